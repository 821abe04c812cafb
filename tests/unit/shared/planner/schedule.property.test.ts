/**
 * Property tests for the scheduler. Local times are checked with an independent Intl oracle
 * (./oracle.ts), across zones with DST, half-hour offsets and southern-hemisphere rules, over
 * two years of weeks so every transition week is in reach.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AvailabilityWindow, WeeklyAvailability } from '../../../../shared/domain/availability';
import { scheduleRange, scheduleWeek, type FocusItem } from '../../../../shared/planner/schedule';
import { oracleLocal, toMinutes, ZONES } from './oracle';

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Random windows, made valid by dropping any that overlap an earlier one on the same day. */
const windowsArb = fc
  .array(
    fc.record({
      weekday: fc.integer({ min: 0, max: 6 }),
      startQ: fc.integer({ min: 0, max: 95 }), // quarter hours, so DST hours (01:00–03:00) are hit often
      lengthQ: fc.integer({ min: 1, max: 24 }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((raw) => {
    const kept: { weekday: number; start: number; end: number }[] = [];
    for (const r of raw) {
      const start = r.startQ * 15;
      const end = Math.min(1440, start + r.lengthQ * 15);
      if (kept.some((k) => k.weekday === r.weekday && start < k.end && k.start < end)) continue;
      kept.push({ weekday: r.weekday, start, end });
    }
    return kept.map((k): AvailabilityWindow => ({ weekday: k.weekday, start: hhmm(k.start), end: hhmm(k.end) }));
  });

const availabilityArb = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    windows: windowsArb,
    min: fc.integer({ min: 15, max: 120 }),
    extra: fc.integer({ min: 0, max: 120 }),
  })
  .map(({ timeZone, windows, min, extra }): WeeklyAvailability => ({
    timeZone,
    windows,
    sessionMinutes: { min, max: Math.min(240, min + extra) },
  }));

const FIRST_MONDAY = Date.UTC(2026, 0, 5);
const weekStartArb = fc.integer({ min: 0, max: 103 }).map((k) => new Date(FIRST_MONDAY + k * 7 * 86_400_000).toISOString().slice(0, 10));
const hoursArb = fc.integer({ min: 4, max: 160 }).map((q) => q / 4); // 1–40 h in quarter hours

function insideSomeWindow(windows: AvailabilityWindow[], weekday: number, minutes: number) {
  return windows.some((w) => w.weekday === weekday && minutes >= toMinutes(w.start) && minutes < toMinutes(w.end));
}

describe('scheduleWeek properties', () => {
  it('places every session inside a window, within bounds and the weekly cap', () => {
    fc.assert(
      fc.property(availabilityArb, hoursArb, weekStartArb, (availability, weeklyHours, weekStart) => {
        const result = scheduleWeek({ availability, weeklyHours, weekStart });
        const { min, max } = availability.sessionMinutes;
        if (!result.ok) {
          // The only legitimate failures for this generator, and never a silent empty plan.
          expect(['availability-too-small', 'weekly-hours-below-session']).toContain(result.error.code);
          if (result.error.code === 'availability-too-small') {
            // DST can remove at most one hour from a window.
            expect(availability.windows.every((w) => toMinutes(w.end) - toMinutes(w.start) < min + 60)).toBe(true);
          }
          return;
        }
        expect(result.sessions.length).toBeGreaterThan(0);
        const total = result.sessions.reduce((sum, s) => sum + s.minutes, 0);
        expect(total).toBeLessThanOrEqual(weeklyHours * 60);
        expect(total).toBe(result.scheduledMinutes);

        const weekStartMs = Date.parse(`${weekStart}T00:00:00Z`);
        let previousEnd = -Infinity;
        result.sessions.forEach((s, i) => {
          // Named by the start minute in UTC: stable across re-plans that keep the time.
          expect(s.id).toBe(`session.${s.startUtc.slice(0, 16).replace(/[-:]/g, '')}`);
          expect(i).toBeGreaterThanOrEqual(0);
          const start = Date.parse(s.startUtc);
          const end = Date.parse(s.endUtc);
          expect(s.minutes).toBe((end - start) / 60_000);
          expect(s.minutes).toBeGreaterThanOrEqual(min);
          expect(s.minutes).toBeLessThanOrEqual(max);
          expect(start).toBeGreaterThanOrEqual(previousEnd); // sorted, no overlaps
          previousEnd = end;

          const local = oracleLocal(availability.timeZone, start);
          expect([local.date, local.time]).toEqual([s.localDate, s.localStart]);
          const dayIndex = (Date.parse(`${s.localDate}T00:00:00Z`) - weekStartMs) / 86_400_000;
          expect(dayIndex).toBeGreaterThanOrEqual(0);
          expect(dayIndex).toBeLessThan(7);
          // Every 15 minutes of the session, and its last minute, read inside a window that day.
          for (let t = start; t < end; t += 15 * 60_000) {
            const at = oracleLocal(availability.timeZone, t);
            expect(at.date).toBe(s.localDate);
            expect(insideSomeWindow(availability.windows, at.weekday, at.minutes)).toBe(true);
          }
          const last = oracleLocal(availability.timeZone, end - 60_000);
          expect(last.date).toBe(s.localDate);
          expect(insideSomeWindow(availability.windows, last.weekday, last.minutes)).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(availabilityArb, hoursArb, weekStartArb, (availability, weeklyHours, weekStart) => {
        const a = scheduleWeek({ availability, weeklyHours, weekStart });
        const b = scheduleWeek({ availability: structuredClone(availability), weeklyHours, weekStart });
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});

describe('scheduleRange properties', () => {
  const focusArb = fc
    .array(fc.integer({ min: 0, max: 600 }), { minLength: 1, maxLength: 5 })
    .map((mins) => mins.map((remainingMinutes, i): FocusItem => ({ milestoneId: `m${i}`, remainingMinutes })));

  it('consumes focus in order and accounts for every minute', () => {
    fc.assert(
      fc.property(availabilityArb, hoursArb, weekStartArb, focusArb, fc.integer({ min: 1, max: 4 }), (availability, weeklyHours, weekStart, focus, weeks) => {
        const result = scheduleRange({ availability, weeklyHours, weekStart, weeks, focus });
        if (!result.ok) return;
        const demand = focus.reduce((n, f) => n + f.remainingMinutes, 0);
        const scheduled = result.sessions.reduce((n, s) => n + s.minutes, 0);
        const left = (result.remainingFocus ?? []).reduce((n, f) => n + f.remainingMinutes, 0);
        // One milestone per session: a milestone's sessions cover what it used of its demand, and
        // at most one minimum session more (its last sliver rounded up), never less.
        expect(left).toBeGreaterThanOrEqual(Math.max(0, demand - scheduled));
        for (const f of focus) {
          const used = f.remainingMinutes - ((result.remainingFocus ?? []).find((r) => r.milestoneId === f.milestoneId)?.remainingMinutes ?? 0);
          const got = result.sessions.filter((x) => x.milestoneId === f.milestoneId).reduce((n, x) => n + x.minutes, 0);
          expect(got).toBeGreaterThanOrEqual(used);
          expect(got).toBeLessThan(used + availability.sessionMinutes.min + (used === 0 ? 1 : 0));
        }
        // Labels never go back to an earlier milestone.
        const order = result.sessions.map((s) => Number(s.milestoneId?.slice(1)));
        expect(order).toEqual([...order].sort((x, y) => x - y));
        expect(new Set(result.sessions.map((s) => s.id)).size).toBe(result.sessions.length);
        result.weeks.forEach((w) => expect(w.scheduledMinutes).toBeLessThanOrEqual(weeklyHours * 60));
      }),
      { numRuns: 100 },
    );
  });
});
