/**
 * The week's review slot never takes the learner past their weekly hours and never leaves their
 * study windows: over random availability (zones with DST and half-hour offsets), weekly hours,
 * session outcomes and clocks, and over the profile grid's real plans. Local times are checked
 * with the independent Intl oracle the scheduler's properties use.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AvailabilityWindow, WeeklyAvailability } from '../../../../shared/domain/availability';
import { BACKGROUNDS, type Profile } from '../../../../shared/domain/profile';
import type { StudySession } from '../../../../shared/domain/records';
import { generatePlan } from '../../../../shared/planner/plan';
import { scheduleWeek } from '../../../../shared/planner/schedule';
import { formatIsoDate, parseIsoDate } from '../../../../shared/planner/time';
import { toStoredSession, weekSessions } from '../../../../shared/planner/week-sessions';
import { MIN_REVIEW_SLOT_MINUTES, placeReviewSlot, REVIEW_SLOT_MINUTES, type ReviewSlot, type ReviewSlotInput } from '../../../../shared/review/review-slot';
import { oracleLocal, toMinutes, ZONES } from '../planner/oracle';
import { loadBuiltIn } from '../content/helpers';

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const MINUTE = 60_000;

const windowsArb = fc
  .array(fc.record({ weekday: fc.integer({ min: 0, max: 6 }), startQ: fc.integer({ min: 0, max: 95 }), lengthQ: fc.integer({ min: 1, max: 24 }) }), { minLength: 1, maxLength: 12 })
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
  .record({ timeZone: fc.constantFrom(...ZONES), windows: windowsArb, min: fc.integer({ min: 15, max: 90 }), extra: fc.integer({ min: 0, max: 120 }) })
  .map(({ timeZone, windows, min, extra }): WeeklyAvailability => ({ timeZone, windows, sessionMinutes: { min, max: Math.min(240, min + extra) } }));
const FIRST_MONDAY = Date.UTC(2026, 0, 5);
const weekStartArb = fc.integer({ min: 0, max: 103 }).map((k) => new Date(FIRST_MONDAY + k * 7 * 86_400_000).toISOString().slice(0, 10));

function insideSomeWindow(windows: readonly AvailabilityWindow[], weekday: number, minutes: number) {
  return windows.some((w) => w.weekday === weekday && minutes >= toMinutes(w.start) && minutes < toMinutes(w.end));
}

/** Every promise the slot makes, checked against its input. */
function checkSlot(input: ReviewSlotInput, slot: ReviewSlot | null): void {
  if (!slot) return;
  const start = Date.parse(slot.startUtc);
  const end = Date.parse(slot.endUtc);
  expect(end - start).toBe(slot.minutes * MINUTE);
  expect(slot.minutes).toBeLessThanOrEqual(REVIEW_SLOT_MINUTES);
  expect(slot.minutes).toBeGreaterThanOrEqual(MIN_REVIEW_SLOT_MINUTES);
  expect(slot.dueCount).toBe(input.dueCount);
  expect(start).toBeGreaterThanOrEqual(input.nowMs);
  // Inside a study window, every minute of it (first and last checked with the oracle).
  const { timeZone, windows } = input.availability;
  for (const t of [start, end - MINUTE]) {
    const at = oracleLocal(timeZone, t);
    expect(insideSomeWindow(windows, at.weekday, at.minutes), `${slot.startUtc} in ${timeZone}`).toBe(true);
    // In the week, on or after the first day a review is due.
    expect(at.date >= input.firstDueDay && at.date >= input.weekStart).toBe(true);
    expect(at.date <= formatIsoDate((parseIsoDate(input.weekStart) ?? 0) + 6)).toBe(true);
  }
  const counted = input.sessions.filter((s) => s.status !== 'skipped');
  const sessionMinutes = counted.reduce((sum, s) => sum + s.minutes, 0);
  if (slot.withinSessionId === null) {
    // Free time: clear of every session, and the week stays within the learner's hours.
    expect(counted.every((s) => Date.parse(s.endUtc) <= start || Date.parse(s.startUtc) >= end)).toBe(true);
    expect(sessionMinutes + slot.minutes).toBeLessThanOrEqual(input.weeklyHours * 60);
  } else {
    // Taken from the budget: the last minutes of a planned session the planner placed, which
    // keeps study time of its own; the week's total does not grow.
    const host = counted.find((s) => s.id === slot.withinSessionId);
    expect(host).toMatchObject({ status: 'planned', movedFromUtc: null });
    expect(Date.parse(host!.startUtc) <= start && end === Date.parse(host!.endUtc)).toBe(true);
    expect(host!.minutes - slot.minutes).toBeGreaterThanOrEqual(15);
  }
}

describe('review slot placement', () => {
  it('random availability, hours, outcomes and clocks: inside the windows, within the weekly hours', () => {
    fc.assert(
      fc.property(
        availabilityArb,
        fc.integer({ min: 4, max: 160 }).map((q) => q / 4),
        weekStartArb,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: -2 * 24 * 60, max: 8 * 24 * 60 }),
        fc.array(fc.constantFrom('planned', 'done', 'skipped', 'moved'), { minLength: 30, maxLength: 30 }),
        (availability, weeklyHours, weekStart, targetShare, dueCount, dueOffset, nowOffsetMinutes, outcomes) => {
          const target = Math.floor((weeklyHours * 60 * targetShare) / 100);
          const scheduled = scheduleWeek({ availability, weeklyHours, weekStart, targetMinutes: target });
          if (!scheduled.ok) return;
          const sessions: StudySession[] = scheduled.sessions.map((s, i) => {
            const stored = toStoredSession(s, weekStart);
            const outcome = outcomes[i % outcomes.length];
            return outcome === 'moved' ? { ...stored, movedFromUtc: stored.startUtc } : { ...stored, status: outcome === 'planned' ? 'planned' : outcome === 'done' ? 'done' : 'skipped' };
          });
          const monday = Date.parse(`${weekStart}T00:00:00Z`);
          const input: ReviewSlotInput = {
            availability,
            weekStart,
            weeklyHours,
            sessions,
            dueCount,
            firstDueDay: formatIsoDate((parseIsoDate(weekStart) ?? 0) + dueOffset),
            nowMs: monday + nowOffsetMinutes * MINUTE + 17_000,
          };
          checkSlot(input, placeReviewSlot(input));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('no reviews due, or due only after the week: no slot', () => {
    const availability: WeeklyAvailability = { timeZone: 'Europe/Berlin', windows: [{ weekday: 0, start: '18:00', end: '21:00' }], sessionMinutes: { min: 30, max: 60 } };
    const base = { availability, weekStart: '2026-12-07', weeklyHours: 2, sessions: [], nowMs: Date.parse('2026-12-06T12:00:00Z') };
    expect(placeReviewSlot({ ...base, dueCount: 0, firstDueDay: '2026-12-07' })).toBeNull();
    expect(placeReviewSlot({ ...base, dueCount: 3, firstDueDay: '2026-12-14' })).toBeNull();
    expect(placeReviewSlot({ ...base, dueCount: 3, firstDueDay: '2026-12-07' })).toEqual({
      startUtc: '2026-12-07T17:00:00.000Z',
      endUtc: '2026-12-07T17:15:00.000Z',
      minutes: 15,
      dueCount: 3,
      withinSessionId: null,
    });
  });

  it('a full week takes the slot from the end of its first planned session instead', () => {
    const availability: WeeklyAvailability = { timeZone: 'Europe/Berlin', windows: [{ weekday: 0, start: '18:00', end: '19:00' }, { weekday: 2, start: '18:00', end: '19:00' }], sessionMinutes: { min: 30, max: 60 } };
    const session = (id: string, start: string): StudySession => ({ id, weekStart: '2026-12-07', startUtc: start, endUtc: new Date(Date.parse(start) + 60 * MINUTE).toISOString(), minutes: 60, milestoneId: null, status: 'planned', loggedMinutes: 0, movedFromUtc: null });
    const sessions = [session('a', '2026-12-07T17:00:00.000Z'), session('b', '2026-12-09T17:00:00.000Z')];
    const slot = placeReviewSlot({ availability, weekStart: '2026-12-07', weeklyHours: 2, sessions, dueCount: 5, firstDueDay: '2026-12-08', nowMs: Date.parse('2026-12-07T08:00:00Z') });
    expect(slot).toEqual({ startUtc: '2026-12-09T17:45:00.000Z', endUtc: '2026-12-09T18:00:00.000Z', minutes: 15, dueCount: 5, withinSessionId: 'b' });
  });
});

describe('review slot over the profile grid', () => {
  const pack = loadBuiltIn();
  const availability: WeeklyAvailability = {
    timeZone: 'America/New_York',
    windows: [
      { weekday: 0, start: '19:00', end: '21:30' },
      { weekday: 2, start: '06:30', end: '08:00' },
      { weekday: 3, start: '19:00', end: '21:00' },
      { weekday: 5, start: '09:00', end: '13:00' },
      { weekday: 6, start: '14:00', end: '17:00' },
    ],
    sessionMinutes: { min: 30, max: 90 },
  };

  it('every background × weekly hours, the plan\'s first weeks: inside the windows, within the hours', () => {
    let placed = 0;
    let within = 0;
    for (const background of BACKGROUNDS) {
      for (const weeklyHours of [1, 2, 3, 5, 8, 10, 12]) {
        const profile: Profile = { background, weeklyHours, budgetUsd: 300, startDate: '2026-12-07', availability };
        const r = generatePlan(profile, pack, '2026-12-01');
        if (!r.ok) continue;
        for (const week of r.plan.weeks.slice(0, 6)) {
          const scheduled = weekSessions({ profile, plan: r.plan, weekStart: week.weekStart });
          if (!scheduled.ok) continue;
          const sessions = scheduled.sessions.map((s) => toStoredSession(s, week.weekStart));
          const input: ReviewSlotInput = { availability, weekStart: week.weekStart, weeklyHours, sessions, dueCount: 12, firstDueDay: week.weekStart, nowMs: Date.parse('2026-12-01T12:00:00Z') };
          const slot = placeReviewSlot(input);
          checkSlot(input, slot);
          if (slot) placed++;
          if (slot?.withinSessionId) within++;
        }
      }
    }
    // The grid reaches both ways of placing a slot.
    expect(placed).toBeGreaterThan(100);
    expect(within).toBeGreaterThan(0);
    expect(placed - within).toBeGreaterThan(0);
  });
});
