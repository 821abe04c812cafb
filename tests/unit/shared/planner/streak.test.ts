import { describe, expect, it } from 'vitest';
import { weeklyStreak } from '../../../../shared/planner/streak';

describe('weeklyStreak', () => {
  // 2026-11-23 is a Monday.
  it('counts consecutive weeks with study, ending this week', () => {
    expect(weeklyStreak(['2026-11-24', '2026-11-18', '2026-11-10', '2026-11-02'], '2026-11-25')).toBe(4);
  });
  it('keeps a streak alive through a week that has not had its session yet', () => {
    expect(weeklyStreak(['2026-11-18', '2026-11-10'], '2026-11-24')).toBe(2);
  });
  it('breaks on a week without study and ignores future dates', () => {
    expect(weeklyStreak(['2026-11-24', '2026-11-04'], '2026-11-25')).toBe(1);
    expect(weeklyStreak(['2026-12-30'], '2026-11-25')).toBe(0);
    expect(weeklyStreak([], '2026-11-25')).toBe(0);
  });
});
