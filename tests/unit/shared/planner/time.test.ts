import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatIsoDate,
  instantToLocal,
  mondayOf,
  offsetTimeline,
  parseInstant,
  parseIsoDate,
  parseTimeOfDay,
  wallMs,
  wallRangeToIntervals,
  wallToInstant,
  wallToInstants,
  weekdayOf,
} from '../../../../shared/planner/time';
import { oracleLocal, ZONES } from './oracle';

const day = (iso: string) => parseIsoDate(iso)!;
const iso = (ms: number) => new Date(ms).toISOString();

describe('calendar helpers', () => {
  it('parses real dates only', () => {
    expect(formatIsoDate(day('2026-11-01'))).toBe('2026-11-01');
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(parseIsoDate('2026-1-05')).toBeNull();
    expect(parseIsoDate(20261101)).toBeNull();
    expect(parseIsoDate('2028-02-29')).not.toBeNull();
    // Years below 100 are real four-digit dates too (Date.UTC would read 0050 as 1950).
    expect(formatIsoDate(parseIsoDate('0050-03-01')!)).toBe('0050-03-01');
    expect(formatIsoDate(parseIsoDate('0001-01-01')!)).toBe('0001-01-01');
    expect(parseIsoDate('0000-02-29')).not.toBeNull();
    expect(parseIsoDate('0100-02-29')).toBeNull();
  });

  it('numbers weekdays from Monday = 0', () => {
    expect(weekdayOf(day('2026-11-02'))).toBe(0); // Monday
    expect(weekdayOf(day('2026-11-01'))).toBe(6); // Sunday
    expect(weekdayOf(day('1970-01-01'))).toBe(3); // Thursday
    expect(weekdayOf(day('1969-12-29'))).toBe(0); // negative day numbers too
    expect(formatIsoDate(mondayOf(day('2026-11-01')))).toBe('2026-10-26');
  });

  it('parses HH:mm with 24:00 only when allowed', () => {
    expect(parseTimeOfDay('18:30')).toBe(1110);
    expect(parseTimeOfDay('24:00')).toBeNull();
    expect(parseTimeOfDay('24:00', true)).toBe(1440);
    expect(parseTimeOfDay('23:60')).toBeNull();
    expect(parseTimeOfDay('7:00')).toBeNull();
  });

  it('requires instants to carry a zone', () => {
    expect(parseInstant('2026-11-01T23:00:00.000Z')).toBe(Date.UTC(2026, 10, 1, 23));
    expect(parseInstant('2026-11-01T18:00-05:00')).toBe(Date.UTC(2026, 10, 1, 23));
    expect(parseInstant('2026-11-01T23:00:00')).toBeNull();
    expect(parseInstant('yesterday')).toBeNull();
  });
});

describe('offset timeline', () => {
  it('finds transitions to the exact minute, including half-hour ones', () => {
    const lordHowe = offsetTimeline('Australia/Lord_Howe', Date.UTC(2026, 9, 3), Date.UTC(2026, 9, 4));
    expect(lordHowe.map((s) => [iso(s.startMs), s.offsetMinutes])).toEqual([
      ['2026-10-03T00:00:00.000Z', 630],
      ['2026-10-03T15:30:00.000Z', 660],
    ]);
    const stJohns = offsetTimeline('America/St_Johns', Date.UTC(2026, 2, 8), Date.UTC(2026, 2, 9));
    expect(stJohns.map((s) => [iso(s.startMs), s.offsetMinutes])).toEqual([
      ['2026-03-08T00:00:00.000Z', -210],
      ['2026-03-08T05:30:00.000Z', -150],
    ]);
  });
});

describe('wall clock to instant', () => {
  it('keeps 18:00 local across the New York fall-back', () => {
    expect(iso(wallToInstant('America/New_York', day('2026-10-25'), 18 * 60))).toBe('2026-10-25T22:00:00.000Z');
    expect(iso(wallToInstant('America/New_York', day('2026-11-01'), 18 * 60))).toBe('2026-11-01T23:00:00.000Z');
  });

  it('resolves a nonexistent time to the end of the gap (Berlin 2026-03-29)', () => {
    expect(iso(wallToInstant('Europe/Berlin', day('2026-03-29'), 2 * 60 + 30))).toBe('2026-03-29T01:00:00.000Z');
    expect(instantToLocal('Europe/Berlin', Date.UTC(2026, 2, 29, 1)).time).toBe('03:00');
  });

  it('resolves a repeated time to its first occurrence, listing both', () => {
    const both = wallToInstants('America/New_York', day('2026-11-01'), 90);
    expect(both.map(iso)).toEqual(['2026-11-01T05:30:00.000Z', '2026-11-01T06:30:00.000Z']);
    expect(iso(wallToInstant('America/New_York', day('2026-11-01'), 90))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('skips the gap in a range and covers both passes of a repeated hour', () => {
    const berlinDay = day('2026-03-29');
    const berlin = offsetTimeline('Europe/Berlin', wallMs(berlinDay, 0) - 15 * 3600e3, wallMs(berlinDay + 1, 0) + 15 * 3600e3);
    expect(wallRangeToIntervals(berlin, wallMs(berlinDay, 60), wallMs(berlinDay, 240)).map(([a, b]) => [iso(a), iso(b)])).toEqual([
      ['2026-03-29T00:00:00.000Z', '2026-03-29T02:00:00.000Z'],
    ]);
    const nyDay = day('2026-11-01');
    const ny = offsetTimeline('America/New_York', wallMs(nyDay, 0) - 15 * 3600e3, wallMs(nyDay + 1, 0) + 15 * 3600e3);
    // 01:30–02:30 happens as 01:30–02:00 EDT, then 01:30–02:30 EST: two separate stretches.
    expect(wallRangeToIntervals(ny, wallMs(nyDay, 90), wallMs(nyDay, 150)).map(([a, b]) => [iso(a), iso(b)])).toEqual([
      ['2026-11-01T05:30:00.000Z', '2026-11-01T06:00:00.000Z'],
      ['2026-11-01T06:30:00.000Z', '2026-11-01T07:30:00.000Z'],
    ]);
  });

  it('agrees with Intl for every zone (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2025, 0, 1) / 60000, max: Date.UTC(2028, 0, 1) / 60000 }),
        (zone, minute) => {
          const ms = minute * 60000;
          const local = instantToLocal(zone, ms);
          const oracle = oracleLocal(zone, ms);
          expect([local.date, local.time, local.weekday]).toEqual([oracle.date, oracle.time, oracle.weekday]);
          // Round trip: the wall time maps back to this instant (one of two in an overlap).
          expect(wallToInstants(zone, local.day, local.minutes)).toContain(ms);
        },
      ),
      { numRuns: 300 },
    );
  });
});
