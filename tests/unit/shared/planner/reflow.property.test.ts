/**
 * "Re-plan the remaining work" over the profile grid: a learner part-way through a week, with some
 * sessions done, moved, skipped or missed, re-flows. Whatever the profile, the new sessions stay
 * inside the study windows, no week holds more than the weekly hours, every session the learner
 * did something with is kept, and the preview is the plan and the sessions that apply writes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WeeklyAvailability } from '../../../../shared/domain/availability';
import type { Plan } from '../../../../shared/domain/plan';
import { BACKGROUNDS, CLOUD_PREFERENCES, SPECIALISATION_CHOICES, type Profile } from '../../../../shared/domain/profile';
import type { StudySession } from '../../../../shared/domain/records';
import { defaultAvailability } from '../../../../shared/planner/default-availability';
import { generatePlan, usableWeeklyHours } from '../../../../shared/planner/plan';
import { reflow, type ReflowInput } from '../../../../shared/planner/reflow';
import { instantToLocal, parseTimeOfDay } from '../../../../shared/planner/time';
import { toStoredSession, weekSessions } from '../../../../shared/planner/week-sessions';
import { loadBuiltIn } from '../content/helpers';

const pack = loadBuiltIn();
const BUDGETS = [0, 150, 300, 2000] as const;
const cells = BACKGROUNDS.flatMap((background) =>
  CLOUD_PREFERENCES.flatMap((cloud) => SPECIALISATION_CHOICES.flatMap((specialisation) => BUDGETS.map((budgetUsd) => ({ background, cloud, specialisation, budgetUsd })))),
);

const AVAILABILITIES: WeeklyAvailability[] = [
  defaultAvailability('Europe/Berlin'),
  {
    timeZone: 'America/New_York',
    windows: [
      { weekday: 0, start: '06:00', end: '07:30' },
      { weekday: 2, start: '20:00', end: '22:00' },
      { weekday: 2, start: '22:00', end: '23:00' },
      { weekday: 5, start: '08:00', end: '12:00' },
      { weekday: 6, start: '14:00', end: '18:00' },
    ],
    sessionMinutes: { min: 45, max: 90 },
  },
  {
    timeZone: 'Asia/Kolkata',
    windows: [0, 1, 2, 3, 4].map((weekday) => ({ weekday, start: '21:00', end: '22:00' })),
    sessionMinutes: { min: 25, max: 60 },
  },
];

/** The plan's start week (Monday 7 Dec 2026 or, across the US DST change, 8 Mar 2027). */
const WEEKS = [
  { today: '2026-12-07', monday: '2026-12-07', planAt: '2026-12-06T12:00:00Z' },
  { today: '2027-03-08', monday: '2027-03-08', planAt: '2027-03-07T12:00:00Z' },
] as const;

type Fate = 'untouched' | 'done' | 'skipped' | 'moved';
const draw = fc.record({
  cell: fc.constantFrom(...cells),
  weeklyHours: fc.integer({ min: 1, max: 30 }),
  availability: fc.constantFrom(...AVAILABILITIES),
  week: fc.constantFrom(...WEEKS),
  /** How far into the week "now" is, in hours after the Monday's midnight UTC. */
  nowHours: fc.integer({ min: 20, max: 160 }),
  fates: fc.array(fc.constantFrom<Fate>('untouched', 'untouched', 'done', 'skipped', 'moved'), { minLength: 12, maxLength: 12 }),
});

const weekdayWindows = (a: WeeklyAvailability, weekday: number) =>
  a.windows.filter((w) => w.weekday === weekday).map((w) => [parseTimeOfDay(w.start)!, parseTimeOfDay(w.end, true)!] as const);

/** A session lies inside the learner's windows when its local span is inside one stretch of its weekday. */
function insideAvailability(s: Pick<StudySession, 'startUtc' | 'endUtc'>, a: WeeklyAvailability): boolean {
  const from = instantToLocal(a.timeZone, Date.parse(s.startUtc));
  const to = instantToLocal(a.timeZone, Date.parse(s.endUtc));
  const end = to.day === from.day ? to.minutes : to.day === from.day + 1 && to.minutes === 0 ? 1440 : Infinity;
  const spans = [...weekdayWindows(a, from.weekday)].sort((x, y) => x[0] - y[0]);
  const joined: [number, number][] = [];
  for (const [s0, e0] of spans) {
    const last = joined[joined.length - 1];
    if (last && s0 <= last[1]) last[1] = Math.max(last[1], e0);
    else joined.push([s0, e0]);
  }
  return joined.some(([s0, e0]) => s0 <= from.minutes && end <= e0);
}

type Draw = typeof draw extends fc.Arbitrary<infer T> ? T : never;

function scenario(d: Draw) {
  const profile: Profile = { ...d.cell, weeklyHours: d.weeklyHours, startDate: d.week.today, availability: d.availability };
  const made = generatePlan(profile, pack, d.week.today, { fromUtc: d.week.planAt });
  if (!made.ok) throw new Error(made.error.message);
  const current: Plan = made.plan;
  const scheduled = weekSessions({ profile, plan: current, weekStart: d.week.monday });
  if (!scheduled.ok) throw new Error(scheduled.error.message);
  const nowMs = Date.parse(`${d.week.monday}T00:00:00Z`) + d.nowHours * 3_600_000;
  const stored: StudySession[] = scheduled.sessions.map((s, i) => {
    const row = toStoredSession(s, d.week.monday);
    const fate = d.fates[i % d.fates.length]!;
    if (fate === 'done') return { ...row, status: 'done', loggedMinutes: Math.max(1, row.minutes - 5) };
    if (fate === 'skipped') return { ...row, status: 'skipped' };
    if (fate === 'moved') return { ...row, movedFromUtc: row.startUtc };
    return row;
  });
  const missed = stored.filter((s) => s.status === 'planned' && Date.parse(s.endUtc) <= nowMs);
  const logged: Record<string, number> = {};
  for (const s of stored) if (s.status === 'done' && s.milestoneId) logged[s.milestoneId] = (logged[s.milestoneId] ?? 0) + s.loggedMinutes;
  const input: ReflowInput = {
    profile,
    pack,
    today: instantToLocal(d.availability.timeZone, nowMs).date,
    nowMs,
    timeZone: d.availability.timeZone,
    record: { doneMilestoneIds: [], loggedMinutes: logged, bookedExams: [] },
    quizByArea: {},
    stored,
    current,
    missed,
  };
  return { profile, input, stored, missed, nowMs };
}

describe('re-flow over the profile grid', () => {
  it('stays inside the study windows and the weekly hours, keeps every session the learner acted on, and previews what it writes', () => {
    fc.assert(
      fc.property(draw, (d) => {
        const { profile, input, stored, missed, nowMs } = scenario(d);
        const result = reflow(input);
        if (!result.ok) throw new Error(result.error.message);
        const { plan, sessions, preview } = result;
        const budget = Math.floor(Math.min(profile.weeklyHours, usableWeeklyHours(d.availability)) * 60 + 1e-9);

        // Kept: done, skipped, moved and already started sessions are never removed.
        const removed = new Set(sessions.removed);
        for (const s of stored) {
          if (s.status !== 'planned' || s.movedFromUtc !== null || Date.parse(s.startUtc) <= nowMs) expect(removed.has(s.id), s.id).toBe(false);
        }
        expect([...sessions.settled].sort()).toEqual(missed.map((s) => s.id).sort());

        // This week: what is kept (not settled, not skipped, not removed) plus what is added stays within the hours.
        const settled = new Set(sessions.settled);
        const keptMinutes = stored.filter((s) => !removed.has(s.id) && !settled.has(s.id) && s.status !== 'skipped').reduce((n, s) => n + s.minutes, 0);
        const addedMinutes = sessions.added.filter((s) => s.weekStart === d.week.monday).reduce((n, s) => n + s.minutes, 0);
        expect(keptMinutes + addedMinutes).toBeLessThanOrEqual(Math.max(budget, keptMinutes));
        for (const s of sessions.added) {
          expect(insideAvailability(s, d.availability), s.startUtc).toBe(true);
          expect(Date.parse(s.startUtc)).toBeGreaterThanOrEqual(nowMs);
          // Never on top of a session that still holds its time.
          const clash = stored.find((k) => !removed.has(k.id) && !settled.has(k.id) && k.status !== 'skipped' && Date.parse(k.startUtc) < Date.parse(s.endUtc) && Date.parse(k.endUtc) > Date.parse(s.startUtc));
          expect(clash?.id, s.id).toBeUndefined();
        }

        // The following weeks as the calendar will show them: inside the windows, within the hours.
        for (const week of plan.weeks.slice(1, 9)) {
          const shown = weekSessions({ profile, plan, weekStart: week.weekStart });
          if (!shown.ok) throw new Error(shown.error.message);
          expect(shown.scheduledMinutes, week.weekStart).toBeLessThanOrEqual(budget);
          for (const s of shown.sessions) expect(insideAvailability(s, d.availability), s.startUtc).toBe(true);
        }

        // The preview is what apply writes: the same plan again, its finish and its moves.
        expect(reflow(input)).toEqual(result);
        expect(preview.toEtaDate).toBe(plan.etaDate);
        expect(preview.fromEtaDate).toBe(input.current.etaDate);
        expect(preview.missedMinutes).toBe(missed.reduce((n, s) => n + s.minutes, 0));
        for (const m of preview.moves) expect(plan.milestones.find((x) => x.id === m.milestoneId)?.endDate).toBe(m.toEndDate);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
