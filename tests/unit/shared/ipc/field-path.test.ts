import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../../shared/ipc/field-path';

describe('field paths', () => {
  it('names fields the same way for the pack, the IPC checks and backups', () => {
    expect(formatPath(['phases', 2, 'milestones', 0, 'id'])).toBe('phases[2].milestones[0].id');
    expect(formatPath([0, 'prototype'])).toBe('[0].prototype');
    expect(formatPath([])).toBe('');
  });

  it('quotes a key that is not an identifier, so a dotted or hyphenated key stays one segment', () => {
    expect(formatPath(['sources', '000'])).toBe('sources["000"]');
    expect(formatPath(['selfRating', 'ml-modelling'])).toBe('selfRating["ml-modelling"]');
    expect(formatPath(['a.b'])).toBe('["a.b"]');
  });
});
