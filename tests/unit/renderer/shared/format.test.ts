import { addDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { formatDay, formatMonth } from '../../../../renderer/src/shared/format';

describe('formatDay / formatMonth', () => {
  it('words every day of 2024–2030 exactly as date-fns "d MMM yyyy" does', () => {
    let day = parseISO('2024-01-01');
    for (let i = 0; i < 7 * 366; i++, day = addDays(day, 1)) {
      const iso = format(day, 'yyyy-MM-dd');
      expect(formatDay(iso)).toBe(format(day, 'd MMM yyyy'));
    }
  });

  it('words months as date-fns "MMM yyyy" does', () => {
    for (let m = 1; m <= 12; m++) {
      const iso = `2027-${String(m).padStart(2, '0')}`;
      expect(formatMonth(iso)).toBe(format(parseISO(`${iso}-01`), 'MMM yyyy'));
    }
    expect(formatDay('2026-09-07')).toBe('7 Sep 2026');
  });

  it('shows anything that is not a calendar date as it is instead of throwing', () => {
    expect(formatDay('2026-13-01')).toBe('2026-13-01');
    expect(formatDay('soon')).toBe('soon');
    expect(formatDay('2026-11-23T10:00:00Z')).toBe('2026-11-23T10:00:00Z');
    expect(formatMonth('2026-00')).toBe('2026-00');
  });
});
