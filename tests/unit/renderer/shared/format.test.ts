/** The schedule status in words, with the hours in the learner's format when they are behind. */
import { describe, expect, it } from 'vitest';
import { createDisplayFormat } from '../../../../shared/locale/display-format';
import { scheduleStatusText } from '../../../../renderer/src/shared/format';

const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('scheduleStatusText', () => {
  const format = createDisplayFormat(['en-GB']);
  it('names every status', () => {
    expect(scheduleStatusText({ status: 'not-started', behindByHours: 0 }, format)).toBe('Starts soon');
    expect(scheduleStatusText({ status: 'on-track', behindByHours: 0 }, format)).toBe('On track');
    expect(scheduleStatusText({ status: 'ahead', behindByHours: 0 }, format)).toBe('Ahead of plan');
    expect(scheduleStatusText({ status: 'finished', behindByHours: 0 }, format)).toBe('Finished');
  });

  it('says by how many hours the learner is behind, in their locale', () => {
    expect(plain(scheduleStatusText({ status: 'behind', behindByHours: 12.5 }, format))).toBe(`Behind by ${plain(format.hours(12.5))}`);
    expect(plain(scheduleStatusText({ status: 'behind', behindByHours: 12.5 }, createDisplayFormat(['de-DE'])))).toMatch(/^Behind by 12,5/);
  });
});
