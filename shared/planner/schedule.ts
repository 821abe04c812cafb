/**
 * Turns weekly availability + a weekly-hours goal into concrete study sessions.
 *
 * Owns: `scheduleWeek` (one Monday–Sunday week) and `scheduleRange` (N consecutive weeks that
 * consume the focus milestones' remaining minutes in order). Pure and deterministic: the week
 * is a parameter, nothing reads the clock, and ties are broken by fixed rules, so the same input
 * always yields a deep-equal plan (the store can diff plans, tests can pin them).
 *
 * Rules, in the order they are applied:
 *  1. Windows are local wall-clock times in `availability.timeZone`, converted per day with the
 *     shared DST rules (see ./time.ts): a window keeps its local times across DST changes; the
 *     nonexistent part of a window on a spring-forward night is skipped; a window through the
 *     repeated fall-back hour covers both passes. Touching windows on one day are merged.
 *  2. Budget = floor(weeklyHours × 60) minutes. With `focus`, the week never plans more than the
 *     focus still needs (a final sliver shorter than one session is rounded *up* to one minimum
 *     session, so a milestone is never left 10 minutes from done).
 *  3. Every session lasts between sessionMinutes.min and .max. Minutes that cannot form a
 *     minimum-length session are dropped and reported as `unplacedMinutes`, never squeezed in.
 *  4. Spreading: the number of sessions aims at one per available day (within what the budget and
 *     the session bounds allow), lengths are split evenly (5-minute steps where the bounds permit)
 *     and each next session goes to the day with the fewest sessions, then fewest minutes, then
 *     the day furthest from already-busier days (so 3 sessions land Mon/Thu/Sun, not Mon/Tue/Wed),
 *     then the earliest day. Within a day sessions start at the beginning of the least-used window
 *     that fits and follow each other back to back.
 *  5. Focus: sessions are walked chronologically and each one is given to exactly one milestone,
 *     the first in the queue. A session longer than what that milestone still needs is cut at
 *     the milestone's end; the rest of its slot becomes a session for the next milestone when it
 *     can hold one minimum session, and is left free otherwise. A milestone's last sliver shorter
 *     than one session gets one minimum session (rule 2), so its sessions may add up to slightly
 *     more than it needed, never less. One milestone per session is what lets the roadmap date a
 *     milestone by its sessions and the week calendar show exactly those sessions.
 *  6. Replay: a week can be planned with a fixed target and a start instant (`targetMinutes`,
 *     `notBeforeUtc`). The study plan records both for every week it places, so the week calendar
 *     re-creates the very sessions the plan was dated from, from the plan alone.
 */
import { isValidTimeZone, WeeklyAvailabilitySchema, type WeeklyAvailability } from '../domain/availability';
import { fail, type PlannerFailure } from './result';
import {
  formatInstant,
  formatIsoDate,
  DAY_MS,
  HOUR_MS,
  instantToLocalOn,
  MINUTE_MS,
  offsetTimeline,
  type OffsetSegment,
  parseIsoDate,
  SCHEDULE_SAMPLE_MS,
  parseTimeOfDay,
  wallMs,
  parseInstant,
  wallRangeToIntervals,
  WEEKDAY_NAMES,
  weekdayOf,
} from './time';

/**
 * The scheduler's own bound: a week has 168 hours. The learner's bound on weekly hours
 * (WEEKLY_HOURS in shared/domain/profile-options.ts, checked by the profile schema) is the only
 * one a learner meets; this one guards the placement maths, which is also asked for a week's
 * target when that is more than the learner's hours (week-sessions.ts).
 */
export const HOURS_IN_A_WEEK = 168;
export const MAX_RANGE_WEEKS = 104;

export interface FocusItem {
  milestoneId: string;
  remainingMinutes: number;
}

export interface StudySession {
  /** `session.<start instant, UTC, to the minute>`, e.g. session.20261203T1800. */
  id: string;
  startUtc: string;
  endUtc: string;
  /** Local calendar date of the session in the learner's zone, 'YYYY-MM-DD'. */
  localDate: string;
  localStart: string;
  /** '24:00' when the session ends exactly at local midnight. */
  localEnd: string;
  /** Real elapsed minutes (a session spanning a DST jump is shorter or longer on the wall clock). */
  minutes: number;
  milestoneId?: string;
}

export type ScheduleErrorCode =
  | 'invalid-availability'
  | 'unknown-time-zone'
  | 'invalid-weekly-hours'
  | 'weekly-hours-below-session'
  | 'invalid-week-start'
  | 'week-start-not-monday'
  | 'availability-too-small'
  | 'invalid-focus'
  | 'invalid-week-count';

export interface ScheduleWeekInput {
  availability: WeeklyAvailability;
  weeklyHours: number;
  /** 'YYYY-MM-DD', a Monday, read as a calendar date in the learner's zone. */
  weekStart: string;
  /** Milestones to work on, in order. Omit to plan unlabelled study time for the full budget. */
  focus?: readonly FocusItem[];
  /** Minutes to place this week instead of min(budget, focus); at most the budget (rule 6). */
  targetMinutes?: number;
  /** No session starts before this instant (rule 6). */
  notBeforeUtc?: string;
}

export interface WeekPlan {
  weekStart: string;
  sessions: StudySession[];
  scheduledMinutes: number;
  /** Minutes of this week's target that the windows or session bounds could not hold. */
  unplacedMinutes: number;
}

export type ScheduleWeekResult =
  | ({ ok: true } & WeekPlan & { remainingFocus?: FocusItem[] })
  | PlannerFailure<ScheduleErrorCode>;

export interface ScheduleRangeInput extends ScheduleWeekInput {
  /** Number of consecutive weeks, 1…104. */
  weeks: number;
}

export type ScheduleRangeResult =
  | { ok: true; weeks: WeekPlan[]; sessions: StudySession[]; remainingFocus?: FocusItem[] }
  | PlannerFailure<ScheduleErrorCode>;

// ---------------------------------------------------------------------------------------------
// Validation

/** A week to plan, already validated (the study plan calls planWeek directly for each week). */
export interface Prepared {
  availability: WeeklyAvailability;
  budget: number;
  weekStartDay: number;
  focus: FocusItem[] | undefined;
  targetMinutes?: number;
  notBeforeMs?: number;
  /** Offsets covering the week ±15 h; built per week when absent. */
  timeline?: readonly OffsetSegment[];
  /** Only the placed intervals are needed (the study plan): skip building session records. */
  intervalsOnly?: boolean;
  /**
   * The caller owns `focus` and wants it consumed in place (the study plan walks one queue
   * through hundreds of weeks; copying it every week was most of a plan's cost). Items must
   * have remaining minutes above 0.
   */
  consumeFocus?: boolean;
  /** Placements of single-offset weeks, by offset and target, reused across one plan's weeks. */
  placements?: Map<string, readonly (readonly [number, number])[]>;
}

function prepare(input: ScheduleWeekInput): { ok: true; value: Prepared } | PlannerFailure<ScheduleErrorCode> {
  const raw = input.availability as unknown;
  const zone = typeof raw === 'object' && raw !== null ? (raw as { timeZone?: unknown }).timeZone : undefined;
  // Checked before the schema so a bad zone gets its own code: it is the one error the UI can
  // often fix itself (re-detect the zone) instead of sending the learner back to the form.
  if (zone !== undefined && !isValidTimeZone(zone)) {
    return fail('unknown-time-zone', `Time zone "${String(zone)}" is not a known IANA time zone.`);
  }
  const parsed = WeeklyAvailabilitySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('invalid-availability', issue?.message ?? 'Availability is not valid.');
  }
  const availability = parsed.data;

  const hours = input.weeklyHours;
  if (typeof hours !== 'number' || !Number.isFinite(hours)) {
    return fail('invalid-weekly-hours', 'Weekly hours must be a number.');
  }
  if (hours <= 0) return fail('invalid-weekly-hours', 'Weekly hours must be more than 0.');
  if (hours > HOURS_IN_A_WEEK) {
    return fail('invalid-weekly-hours', `Weekly hours can be at most ${HOURS_IN_A_WEEK}.`);
  }
  // The epsilon absorbs float noise (0.1 × 60 = 6.000000000000001) without ever rounding up.
  const budget = Math.floor(hours * 60 + 1e-9);
  if (budget < availability.sessionMinutes.min) {
    return fail(
      'weekly-hours-below-session',
      `Weekly hours (${hours}) add up to ${budget} minutes, less than one ${availability.sessionMinutes.min}-minute session.`,
    );
  }

  const weekStartDay = parseIsoDate(input.weekStart);
  if (weekStartDay === null) {
    return fail('invalid-week-start', `Week start "${String(input.weekStart)}" must be a real date (YYYY-MM-DD).`);
  }
  if (weekdayOf(weekStartDay) !== 0) {
    return fail(
      'week-start-not-monday',
      `Week start ${input.weekStart} is a ${WEEKDAY_NAMES[weekdayOf(weekStartDay)]}; weeks start on Monday.`,
    );
  }

  let focus: FocusItem[] | undefined;
  if (input.focus !== undefined) {
    const checked = checkFocus(input.focus);
    if (!checked.ok) return checked;
    focus = checked.value;
  }
  const value: Prepared = { availability, budget, weekStartDay, focus };
  if (input.targetMinutes !== undefined) {
    const t = input.targetMinutes;
    if (!Number.isInteger(t) || t < 0 || t > budget) {
      return fail('invalid-focus', `Target minutes must be a whole number from 0 to the weekly budget (${budget}).`);
    }
    value.targetMinutes = t;
  }
  if (input.notBeforeUtc !== undefined) {
    const ms = parseInstant(input.notBeforeUtc);
    if (ms === null) return fail('invalid-week-start', `"${input.notBeforeUtc}" is not an instant.`);
    value.notBeforeMs = ms;
  }
  return { ok: true, value };
}

function checkFocus(focus: unknown): { ok: true; value: FocusItem[] } | PlannerFailure<ScheduleErrorCode> {
  if (!Array.isArray(focus)) return fail('invalid-focus', 'Focus must be a list of milestones.');
  const seen = new Set<string>();
  const out: FocusItem[] = [];
  for (const [i, item] of focus.entries()) {
    const id = (item as FocusItem | null)?.milestoneId;
    const minutes = (item as FocusItem | null)?.remainingMinutes;
    if (typeof id !== 'string' || id.length === 0) {
      return fail('invalid-focus', `Focus item ${i + 1}: milestone id is required.`);
    }
    if (seen.has(id)) return fail('invalid-focus', `Focus item ${i + 1}: milestone "${id}" is listed twice.`);
    if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 0) {
      return fail('invalid-focus', `Focus item ${i + 1}: remaining minutes must be a whole number, 0 or more.`);
    }
    seen.add(id);
    out.push({ milestoneId: id, remainingMinutes: minutes });
  }
  return { ok: true, value: out };
}

// ---------------------------------------------------------------------------------------------
// Placement

interface Piece {
  start: number;
  end: number;
  cursor: number;
  sessions: number;
}

interface DayState {
  pieces: Piece[];
  sessions: number;
  minutes: number;
}

/** A window's start and end in minutes, parsed once per window object (a plan reuses them every week). */
const parsedWindows = new WeakMap<object, readonly [number, number]>();
function windowMinutes(w: WeeklyAvailability['windows'][number]): readonly [number, number] {
  let parsed = parsedWindows.get(w);
  if (!parsed) {
    parsed = [parseTimeOfDay(w.start)!, parseTimeOfDay(w.end, true)!];
    parsedWindows.set(w, parsed);
  }
  return parsed;
}

/** The offsets a week's windows need: the week ±15 h, which covers every real UTC offset. */
export function weekTimeline(timeZone: string, weekStartDay: number): OffsetSegment[] {
  return offsetTimeline(timeZone, wallMs(weekStartDay, 0) - 15 * HOUR_MS, wallMs(weekStartDay + 7, 0) + 15 * HOUR_MS, SCHEDULE_SAMPLE_MS);
}

/**
 * Per weekday (0 = Monday), the instants available for study, merged and sorted; nothing before
 * `notBeforeMs` (the part of a window already over when a plan is made mid-week).
 */
function buildDays(availability: WeeklyAvailability, weekStartDay: number, given?: readonly OffsetSegment[], notBeforeMs?: number): DayState[] {
  const timeline = given ?? weekTimeline(availability.timeZone, weekStartDay);
  const days: DayState[] = [];
  for (let weekday = 0; weekday < 7; weekday += 1) {
    const day = weekStartDay + weekday;
    const intervals: [number, number][] = [];
    for (const w of availability.windows) {
      if (w.weekday !== weekday) continue;
      const [start, end] = windowMinutes(w);
      for (const [a, b] of wallRangeToIntervals(timeline, wallMs(day, start), wallMs(day, end))) {
        const from = notBeforeMs === undefined ? a : Math.max(a, Math.ceil(notBeforeMs / MINUTE_MS) * MINUTE_MS);
        if (from < b) intervals.push([from, b]);
      }
    }
    intervals.sort((x, y) => x[0] - y[0]);
    const pieces: Piece[] = [];
    for (const [a, b] of intervals) {
      const last = pieces[pieces.length - 1];
      if (last && a <= last.end) last.end = Math.max(last.end, b);
      else pieces.push({ start: a, end: b, cursor: a, sessions: 0 });
    }
    days.push({ pieces, sessions: 0, minutes: 0 });
  }
  return days;
}

const freeMinutes = (p: Piece) => Math.floor((p.end - p.cursor) / MINUTE_MS);

/** Preferred length of the next session: the remainder split evenly over the sessions still planned. */
function idealLength(remaining: number, sessionsLeft: number, min: number, max: number): number {
  if (sessionsLeft <= 1) return Math.min(remaining, max);
  const exact = remaining / sessionsLeft;
  const rounded5 = Math.round(exact / 5) * 5;
  if (rounded5 >= min && rounded5 <= max && rounded5 <= remaining) return rounded5;
  return Math.min(max, remaining, Math.max(min, Math.round(exact)));
}

/** Distance from `index` to the nearest day that already has more sessions (7 = none). */
function gapToBusier(days: DayState[], index: number): number {
  let gap = 7;
  for (let j = 0; j < days.length; j += 1) {
    if (j !== index && days[j]!.sessions > days[index]!.sessions) gap = Math.min(gap, Math.abs(j - index));
  }
  return gap;
}

function place(days: DayState[], target: number, min: number, max: number): [number, number][] {
  const usableDays = days.filter((d) => d.pieces.some((p) => freeMinutes(p) >= min)).length;
  const fewest = Math.ceil(target / max);
  const most = Math.floor(target / min);
  // One session per available day when the budget and bounds allow; otherwise as close as possible.
  const planned = fewest <= most ? Math.min(most, Math.max(fewest, usableDays)) : Math.max(1, most);

  const placed: [number, number][] = [];
  let remaining = target;
  while (remaining >= min) {
    let best = -1;
    let bestKey: number[] = [];
    days.forEach((d, i) => {
      if (!d.pieces.some((p) => freeMinutes(p) >= min)) return;
      const key = [d.sessions, d.minutes, -gapToBusier(days, i), i];
      if (best < 0 || compareKeys(key, bestKey) < 0) {
        best = i;
        bestKey = key;
      }
    });
    if (best < 0) break;
    const day = days[best]!;

    // Sessions still to come: the plan's count, raised if the bounds force more, capped at how
    // many minimum sessions the remainder can still fill (so 75 min with 50–60 is one 60, not 50).
    const sessionsLeft = Math.max(1, Math.min(Math.floor(remaining / min), Math.max(planned - placed.length, Math.ceil(remaining / max))));
    let length = idealLength(remaining, sessionsLeft, min, max);

    const fitting = day.pieces.filter((p) => freeMinutes(p) >= length);
    let piece: Piece;
    if (fitting.length > 0) {
      piece = fitting.reduce((a, b) => (b.sessions < a.sessions ? b : a));
    } else {
      piece = day.pieces.reduce((a, b) => (freeMinutes(b) > freeMinutes(a) ? b : a));
      length = freeMinutes(piece);
    }

    // Never strand a remainder shorter than a session: absorb it here if this piece can, or
    // shorten this session so exactly one minimum session is left for later.
    const rest = remaining - length;
    if (rest > 0 && rest < min) {
      if (remaining <= Math.min(max, freeMinutes(piece))) length = remaining;
      else if (length - (min - rest) >= min) length -= min - rest;
    }

    const start = piece.cursor;
    const end = start + length * MINUTE_MS;
    piece.cursor = end;
    piece.sessions += 1;
    day.sessions += 1;
    day.minutes += length;
    remaining -= length;
    placed.push([start, end]);
  }
  return placed;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const diff = a[i]! - b[i]!;
    if (diff !== 0) return diff;
  }
  return 0;
}

function toSession(
  timeline: readonly OffsetSegment[],
  [start, end]: [number, number],
  milestoneId: string | undefined,
): StudySession {
  const local = instantToLocalOn(timeline, start);
  const localEnd = instantToLocalOn(timeline, end);
  const startUtc = formatInstant(start);
  const session: StudySession = {
    // Named by its start instant, not its position: a re-plan that keeps a session's time keeps
    // its id (and its reminders), and a new session can never take a kept one's id, because two
    // sessions never start at the same minute.
    id: `session.${startUtc.slice(0, 16).replace(/[-:]/g, '')}`,
    startUtc,
    endUtc: formatInstant(end),
    localDate: local.date,
    localStart: local.time,
    localEnd: localEnd.day > local.day && localEnd.minutes === 0 ? '24:00' : localEnd.time,
    minutes: Math.round((end - start) / MINUTE_MS),
  };
  if (milestoneId !== undefined) session.milestoneId = milestoneId;
  return session;
}

/**
 * Rule 5: gives each placed interval to the milestone at the head of the queue, cutting it where
 * that milestone's minutes end and starting the next milestone's session right after.
 */
function assign(intervals: readonly [number, number][], queue: FocusItem[], min: number): { interval: [number, number]; milestoneId: string }[] {
  const out: { interval: [number, number]; milestoneId: string }[] = [];
  for (const [start, end] of intervals) {
    let cursor = start;
    while (queue.length > 0) {
      const left = Math.round((end - cursor) / MINUTE_MS);
      if (left <= 0 || (cursor !== start && left < min)) break;
      const head = queue[0]!;
      const give = head.remainingMinutes >= left ? left : Math.min(left, Math.max(head.remainingMinutes, min));
      out.push({ interval: [cursor, cursor + give * MINUTE_MS], milestoneId: head.milestoneId });
      head.remainingMinutes = Math.max(0, head.remainingMinutes - give);
      if (head.remainingMinutes === 0) queue.shift();
      cursor += give * MINUTE_MS;
    }
  }
  return out;
}

/** What one week's sessions hold, per milestone in session order (consecutive ones merged). */
export interface WeekAllocation {
  milestoneId: string;
  minutes: number;
}

export interface PlannedWeek {
  plan: WeekPlan;
  remainingFocus?: FocusItem[];
  /** The target the week was placed for (rule 6), and the focus minutes each milestone got. */
  targetMinutes: number;
  allocation: WeekAllocation[];
  /** The placed sessions as instants, in order, each with its milestone. */
  placed: { interval: [number, number]; milestoneId: string | undefined }[];
}

export function planWeek(p: Prepared): ({ ok: true } & PlannedWeek) | PlannerFailure<ScheduleErrorCode> {
  const { availability, budget, weekStartDay } = p;
  const { min, max } = availability.sessionMinutes;
  const weekStart = formatIsoDate(weekStartDay);
  const timeline = p.timeline ?? weekTimeline(availability.timeZone, weekStartDay);
  // A week with one UTC offset throughout places exactly like every other such week with the
  // same offset and target, shifted by whole weeks; the study plan reuses that placement.
  const base = wallMs(weekStartDay, 0);
  const single = timeline.length === 1 && p.notBeforeMs === undefined ? timeline[0] : undefined;
  const reusable = p.placements !== undefined && single !== undefined && single.startMs <= base - 15 * HOUR_MS && single.endMs >= base + 7 * DAY_MS + 15 * HOUR_MS;
  const cacheKey = reusable ? `${single.offsetMinutes}|${p.targetMinutes ?? ''}` : '';
  const cached = reusable ? p.placements?.get(cacheKey) : undefined;
  const days = cached ? [] : buildDays(availability, weekStartDay, timeline, p.notBeforeMs);

  const empty = (remainingFocus: FocusItem[] | undefined) => ({
    ok: true as const,
    plan: { weekStart, sessions: [], scheduledMinutes: 0, unplacedMinutes: 0 },
    targetMinutes: 0,
    allocation: [],
    placed: [],
    ...(remainingFocus ? { remainingFocus } : {}),
  });
  if (!cached && !days.some((d) => d.pieces.some((piece) => freeMinutes(piece) >= min))) {
    // Windows all over before the plan's start instant: an empty week, not an error (the plan
    // checks that the availability itself can hold a session).
    if (p.notBeforeMs !== undefined) return empty(p.focus?.filter((f) => f.remainingMinutes > 0).map((f) => ({ ...f })));
    return fail(
      'availability-too-small',
      `No study window in the week of ${weekStart} is long enough for one ${min}-minute session.`,
    );
  }

  const queue = p.consumeFocus ? p.focus : p.focus?.filter((f) => f.remainingMinutes > 0).map((f) => ({ ...f }));
  let target = p.targetMinutes ?? budget;
  if (queue !== undefined && p.targetMinutes === undefined) {
    const demand = queue.reduce((sum, f) => sum + f.remainingMinutes, 0);
    target = demand === 0 ? 0 : Math.min(budget, Math.max(demand, min));
  }
  // Nothing left to study is a finished plan, not an error: report it explicitly.
  if (target === 0 || (queue !== undefined && queue.length === 0)) return empty(queue);

  let intervals: [number, number][];
  if (cached) {
    intervals = cached.map(([a, b]) => [a + base, b + base]);
  } else {
    intervals = place(days, target, min, max).sort((a, b) => a[0] - b[0]);
    if (reusable && p.targetMinutes !== undefined) p.placements?.set(cacheKey, intervals.map(([a, b]) => [a - base, b - base]));
  }
  const placed: { interval: [number, number]; milestoneId: string | undefined }[] =
    queue === undefined ? intervals.map((interval) => ({ interval, milestoneId: undefined })) : assign(intervals, queue, min);
  const allocation: WeekAllocation[] = [];
  let scheduledMinutes = 0;
  for (const { interval, milestoneId } of placed) {
    const minutes = Math.round((interval[1] - interval[0]) / MINUTE_MS);
    scheduledMinutes += minutes;
    if (milestoneId === undefined) continue;
    const last = allocation[allocation.length - 1];
    if (last?.milestoneId === milestoneId) last.minutes += minutes;
    else allocation.push({ milestoneId, minutes });
  }
  const sessions = p.intervalsOnly ? [] : placed.map((l) => toSession(timeline, l.interval, l.milestoneId));
  const plan: WeekPlan = { weekStart, sessions, scheduledMinutes, unplacedMinutes: Math.max(0, target - scheduledMinutes) };
  return queue === undefined
    ? { ok: true, plan, targetMinutes: target, allocation, placed }
    : { ok: true, plan, remainingFocus: queue, targetMinutes: target, allocation, placed };
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Plans one Monday–Sunday week. Errors (never an empty plan in disguise): unknown time zone,
 * invalid availability, weekly hours ≤ 0 / above 168 / below one minimum session, week start not
 * a date or not a Monday, no window in that week long enough for one minimum session, bad focus.
 * With `focus`, `remainingFocus` is what is left after this week (finished milestones removed).
 */
export function scheduleWeek(input: ScheduleWeekInput): ScheduleWeekResult {
  const prepared = prepare(input);
  if (!prepared.ok) return prepared;
  const result = planWeek(prepared.value);
  if (!result.ok) return result;
  return result.remainingFocus === undefined
    ? { ok: true, ...result.plan }
    : { ok: true, ...result.plan, remainingFocus: result.remainingFocus };
}

/**
 * Plans `weeks` consecutive weeks from `weekStart`. Focus minutes carry over: week 2 starts where
 * week 1's sessions left the queue. Once the focus is exhausted, later weeks are empty plans.
 * Any week's error fails the whole range, with the week named in the message.
 */
export function scheduleRange(input: ScheduleRangeInput): ScheduleRangeResult {
  const { weeks } = input;
  if (typeof weeks !== 'number' || !Number.isInteger(weeks) || weeks < 1 || weeks > MAX_RANGE_WEEKS) {
    return fail('invalid-week-count', `Number of weeks must be a whole number from 1 to ${MAX_RANGE_WEEKS}.`);
  }
  const prepared = prepare(input);
  if (!prepared.ok) return prepared;

  const plans: WeekPlan[] = [];
  let focus = prepared.value.focus;
  for (let w = 0; w < weeks; w += 1) {
    const weekStartDay = prepared.value.weekStartDay + 7 * w;
    const result = planWeek({ ...prepared.value, weekStartDay, focus });
    if (!result.ok) {
      return fail(result.error.code, `Week of ${formatIsoDate(weekStartDay)}: ${result.error.message}`);
    }
    plans.push(result.plan);
    if (focus !== undefined) focus = result.remainingFocus ?? [];
  }
  const sessions = plans.flatMap((plan) => plan.sessions);
  return focus === undefined ? { ok: true, weeks: plans, sessions } : { ok: true, weeks: plans, sessions, remainingFocus: focus };
}
