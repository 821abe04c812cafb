import { describe, expect, it } from 'vitest';
import { BackupDataSchema } from '../../../shared/backup/format';
import { generateHistory, HISTORY_SIZES } from '../../bench/data/history';

const NOW = new Date('2026-11-23T10:00:00Z');

describe('benchmark history generator', () => {
  const sizes = HISTORY_SIZES.map((size) => ({ ...size, data: generateHistory(size.months, NOW) }));

  it('produces data the store accepts as a restore, for every size', () => {
    for (const { label, data } of sizes) {
      const parsed = BackupDataSchema.safeParse(data);
      expect(parsed.success, `${label}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 2))}`).toBe(true);
    }
  });

  it('grows with the history: about four sessions a week, a quiz a month', () => {
    for (const { months, data } of sizes) {
      const weeks = (months * 365.25) / 12 / 7;
      expect(data.sessions.length).toBeGreaterThan(weeks * 3.5);
      expect(data.sessions.length).toBeLessThan(weeks * 4.5 + 8);
      expect(data.quizAttempts).toHaveLength(months);
      expect(data.sessions.every((s) => Date.parse(s.endUtc) < NOW.getTime())).toBe(true);
    }
  });

  it('keeps the last month identical at every size, so sizes differ only in older history', () => {
    const recent = (data: (typeof sizes)[number]['data']) =>
      data.sessions.filter((s) => Date.parse(s.startUtc) > NOW.getTime() - 28 * 86_400_000).map((s) => ({ ...s, milestoneId: null }));
    const month = recent(sizes[0]!.data);
    expect(month.length).toBeGreaterThan(10);
    for (const { data } of sizes.slice(1)) expect(recent(data)).toEqual(month);
  });
});
