import { describe, expect, it } from 'vitest';
import type { PackChanges } from '../../../../shared/content/update-schema';
import { createDisplayFormat } from '../../../../shared/locale/display-format';
import { asOfText, changeLists, isInUse, keepsText, packName } from '../../../../renderer/src/settings/content-pack-text';

const gb = createDisplayFormat(['en-GB']);
const us = createDisplayFormat(['en-US']);

const none: PackChanges = {
  newCertifications: [],
  retiredCertifications: [],
  removedCertifications: [],
  priceChanges: [],
  renamedMilestones: [],
  newMilestones: [],
  removedMilestones: [],
};
const summary = { editionId: 'edition.ml-engineer', title: 'Machine-learning engineer', summary: 's', packVersion: '1.2.0', asOf: '2026-03-31', origin: 'built-in' as const };

describe('keepsText', () => {
  it('names what the learner has and how many of their records move with renamed milestones', () => {
    const renamed = { ...none, renamedMilestones: [{ fromId: 'a', toId: 'b', fromTitle: 'A', toTitle: 'B' }] };
    expect(keepsText({ ticks: 12, notes: 3, reviewCards: 40, bookings: 1, moved: 2 }, renamed)).toBe(
      'Your 12 ticks, 3 notes, 40 review cards and 1 booked exam are kept; 2 records move with the renamed milestones.',
    );
  });

  it('leaves out what the learner has none of, and says "is" for one thing', () => {
    expect(keepsText({ ticks: 1, notes: 0, reviewCards: 0, bookings: 0, moved: 0 }, none)).toBe('Your 1 tick is kept.');
    expect(keepsText({ ticks: 2, notes: 0, reviewCards: 5, bookings: 0, moved: 1 }, none)).toBe('Your 2 ticks and 5 review cards are kept; 1 record moves with the renamed items.');
  });

  it('says there is nothing to carry over for a new learner', () => {
    expect(keepsText({ ticks: 0, notes: 0, reviewCards: 0, bookings: 0, moved: 0 }, none)).toMatch(/nothing to carry over/);
  });
});

describe('changeLists', () => {
  it('lists only the kinds of change there are, prices as money in the learner’s format', () => {
    const lists = changeLists(
      {
        ...none,
        priceChanges: [{ id: 'cert.x', name: 'Exam X', fromUsd: 150, toUsd: 1200 }],
        removedCertifications: [
          { id: 'cert.y', name: 'Exam Y', booked: true },
          { id: 'cert.z', name: 'Exam Z', booked: false },
        ],
        renamedMilestones: [{ fromId: 'm.old', toId: 'm.new', fromTitle: 'Old title', toTitle: 'New title' }],
      },
      us,
    );
    expect(lists.map((l) => l.id)).toEqual(['renamedMilestones', 'priceChanges', 'removedCertifications']);
    expect(lists[0]?.items).toEqual(['“Old title” is now “New title”']);
    expect(lists[1]?.items).toEqual(['Exam X: $150 → $1,200']);
    expect(lists[2]?.items).toEqual(['Exam Y (you have this exam booked: it stays on your checklist, flagged)', 'Exam Z']);
    expect(changeLists(none, us)).toEqual([]);
  });

  it('says when a price is not stated and when a retired exam closed', () => {
    const lists = changeLists(
      {
        ...none,
        priceChanges: [{ id: 'cert.x', name: 'Exam X', fromUsd: null, toUsd: 99 }],
        retiredCertifications: [{ id: 'cert.r', name: 'Exam R', retiredOn: '2026-03-31' }],
      },
      gb,
    );
    expect(lists.find((l) => l.id === 'priceChanges')?.items).toEqual([`Exam X: no price stated → ${gb.usd(99)}`]);
    expect(lists.find((l) => l.id === 'retiredCertifications')?.items).toEqual(['Exam R (retired on 31 Mar 2026)']);
  });
});

describe('a pack as a line', () => {
  it('names the edition and version, and the date in the learner’s format', () => {
    expect(packName(summary)).toBe('Machine-learning engineer 1.2.0');
    expect(asOfText(summary, gb)).toBe('facts as of 31 Mar 2026');
    expect(asOfText(summary, us)).toBe('facts as of Mar 31, 2026');
  });

  it('counts a shipped pack as in use only when it is the built-in pack of that edition and version', () => {
    expect(isInUse(summary, summary)).toBe(true);
    expect(isInUse(summary, { ...summary, origin: 'file' })).toBe(false);
    expect(isInUse(summary, { ...summary, packVersion: '1.3.0' })).toBe(false);
    expect(isInUse({ ...summary, editionId: 'edition.mlops-engineer' }, summary)).toBe(false);
  });
});
