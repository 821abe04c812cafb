import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../shared/domain/profile';
import { changeOf, describeChange, draftFrom } from '../../../../renderer/src/whatif/whatif-model';

const saved: Profile = { background: 'data-analyst', weeklyHours: 8, budgetUsd: 900, startDate: '2026-12-07', cloud: 'aws' };
const words = { hours: (n: number) => `${n} h`, usd: (n: number) => `$${n}`, day: (d: string) => d, cloud: (c: string) => c.toUpperCase(), specialisation: (s: string) => s };

describe('what-if drafts', () => {
  it('send only what the learner changed', () => {
    const draft = draftFrom(saved, 0);
    expect(changeOf(draft, saved)).toEqual({});
    expect(changeOf({ ...draft, weeklyHours: '6' }, saved)).toEqual({ weeklyHours: 6 });
    expect(changeOf({ ...draft, budgetUsd: '0', cloud: 'gcp', specialisation: 'llm', startDate: '2027-01-04' }, saved)).toEqual({
      budgetUsd: 0,
      cloud: 'gcp',
      specialisation: 'llm',
      startDate: '2027-01-04',
    });
    // An emptied field is sent as not-a-number, so the schema names it instead of comparing the saved value.
    expect(Number.isNaN(changeOf({ ...draft, weeklyHours: ' ' }, saved).weeklyHours)).toBe(true);
  });

  it('say in a column heading what a plan changes', () => {
    expect(describeChange({ weeklyHours: 10 }, words)).toBe('10 h a week');
    expect(describeChange({ budgetUsd: 0, cloud: 'gcp', startDate: '2027-01-04' }, words)).toBe('$0 budget, GCP, start 2027-01-04');
    expect(describeChange({}, words)).toBe('nothing changed');
  });
});
