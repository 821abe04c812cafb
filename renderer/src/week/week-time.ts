/**
 * Calendar arithmetic for the week screen, always in the learner's time zone (WeekView.timeZone),
 * never the machine's: where a session sits in the grid, what a grid slot means as an instant,
 * week titles, and the free-slot search used to bring a missed session into a week.
 * Pure functions over the planner's DST-safe helpers (shared/planner/time.ts), so the grid and
 * the scheduler agree on what "Monday 18:30" is on every computer.
 *
 * A week on screen starts on the locale's first day (Sunday in the US and India, Monday in
 * most of Europe, Saturday in much of the Middle East). The store keeps sessions in ISO weeks,
 * Monday to Sunday, as the plan schedules them; a week on screen is the one or two stored weeks
 * it overlaps, cut to its seven days (`storeWeeksOf`, `composeWeek`).
 */
import type { StudySession } from '../../../shared/domain/records';
import type { WeekView } from '../../../shared/ipc/contract';
import type { DisplayFormat } from '../../../shared/locale/display-format';
import { weekTotals } from '../../../shared/planner/week-totals';
import {
  formatIsoDate,
  instantToLocal,
  MINUTES_PER_DAY,
  mondayOf,
  parseInstant,
  parseIsoDate,
  wallToInstant,
  weekdayOf,
  type Weekday,
} from '../../../shared/planner/time';

/** Moves snap to quarter hours: fine enough for study sessions, coarse enough to hit with a mouse. */
export const SNAP_MINUTES = 15;
/** The grid always shows at least this span (07:00–23:00), widened to fit any session. */
const DEFAULT_FIRST_MINUTE = 7 * 60;
const DEFAULT_LAST_MINUTE = 23 * 60;

/** Where a session sits in the week: day column 0 (the week's first day) … 6 and local wall-clock minutes. */
export interface Placement {
  dayIndex: number;
  startMin: number;
  endMin: number;
}

export interface WeekDay {
  dayIndex: number;
  iso: string;
  /** 'Mon', 'Mo' */
  short: string;
  /** 'Monday', 'Montag' */
  weekday: string;
  /** '7 Dec', 'Dec 7', '7. Dez.' */
  date: string;
}

function dayNumber(iso: string): number {
  const day = parseIsoDate(iso);
  if (day === null) throw new RangeError(`Not a date: ${iso}`);
  return day;
}

/** The week's first day (in the planner's numbering, 0 = Monday) on or before `day`. */
function firstDayOn(day: number, firstDay: Weekday): number {
  return day - ((weekdayOf(day) - firstDay + 7) % 7);
}

/** The first day of the week the learner is living in right now, in their zone. */
export function currentWeekStart(timeZone: string, nowMs: number, firstDay: Weekday): string {
  return formatIsoDate(firstDayOn(instantToLocal(timeZone, nowMs).day, firstDay));
}

export function shiftWeek(weekStart: string, weeks: number): string {
  return formatIsoDate(dayNumber(weekStart) + weeks * 7);
}

/** The first day of the week holding a date, e.g. the plan's start date. */
export function weekStartOf(iso: string, firstDay: Weekday): string {
  return formatIsoDate(firstDayOn(dayNumber(iso), firstDay));
}

/** The stored (Monday to Sunday) weeks a week on screen overlaps: one, or two when it starts on another day. */
export function storeWeeksOf(weekStart: string): string[] {
  const start = dayNumber(weekStart);
  const monday = mondayOf(start);
  return monday === start ? [formatIsoDate(monday)] : [formatIsoDate(monday), formatIsoDate(monday + 7)];
}

/**
 * The week on screen from the stored weeks it overlaps: their sessions that start on one of its
 * seven days (in the learner's zone), once each, in order, with the totals of just those days.
 * The missed list is the store's (the same in every answer: it depends on the moment, not the week).
 */
export function composeWeek(views: readonly WeekView[], weekStart: string): WeekView {
  const first = views[0];
  if (!first) throw new RangeError('A week needs at least one stored week.');
  const start = dayNumber(weekStart);
  const seen = new Set<string>();
  const sessions = views
    .flatMap((v) => v.sessions)
    .filter((s) => {
      if (seen.has(s.id)) return false;
      seen.add(s.id);
      const day = instantToLocal(first.timeZone, parseInstant(s.startUtc) ?? 0).day;
      return day >= start && day < start + 7;
    })
    .sort((a, b) => (parseInstant(a.startUtc) ?? 0) - (parseInstant(b.startUtc) ?? 0));
  // A stored week's review slot, when it falls on a day shown.
  const reviewSlot = views
    .map((v) => v.reviewSlot)
    .find((slot) => {
      if (!slot) return false;
      const day = instantToLocal(first.timeZone, parseInstant(slot.startUtc) ?? 0).day;
      return day >= start && day < start + 7;
    });
  return { weekStart, timeZone: first.timeZone, sessions, ...weekTotals(sessions), missed: first.missed, ...(reviewSlot ? { reviewSlot } : {}) };
}

/**
 * A stored week with a session as the store just saved it: replaced where the week holds it,
 * totals counted again, and off the missed list (any saved change to a missed session, done,
 * skipped or moved, takes it off; the next read puts it back if the store still counts it).
 * A week that does not hold the session comes back unchanged, the same object.
 */
export function withSavedSession(view: WeekView, session: StudySession): WeekView {
  const holds = view.sessions.some((s) => s.id === session.id);
  const missed = view.missed.some((s) => s.id === session.id);
  if (!holds && !missed) return view;
  const sessions = holds ? view.sessions.map((s) => (s.id === session.id ? session : s)) : view.sessions;
  return { ...view, sessions, ...weekTotals(sessions), missed: view.missed.filter((s) => s.id !== session.id) };
}

/** The week's title: '7 – 13 Dec 2026', 'Dec 6 – 12, 2026', '28 Dec 2026 – 3 Jan 2027'. */
export function weekTitle(weekStart: string, format: DisplayFormat): string {
  return format.dayRange(weekStart, formatIsoDate(dayNumber(weekStart) + 6));
}

export function weekDays(weekStart: string, format: DisplayFormat): WeekDay[] {
  const start = dayNumber(weekStart);
  return Array.from({ length: 7 }, (_, dayIndex) => {
    const iso = formatIsoDate(start + dayIndex);
    return { dayIndex, iso, short: format.weekdayOf(iso, 'short'), weekday: format.weekdayOf(iso, 'long'), date: format.dayNoYear(iso) };
  });
}

/** 'Mon 30 Nov' for a session outside the shown week (the missed list). */
export function sessionDayLabel(session: StudySession, timeZone: string, format: DisplayFormat): string {
  return format.weekdayDay(instantToLocal(timeZone, parseInstant(session.startUtc) ?? 0).date);
}

/** '18:30–20:00' of a session on the learner's clock, wherever its week is. */
export function sessionSpan(session: Pick<StudySession, 'startUtc' | 'endUtc'>, timeZone: string, format: DisplayFormat): string {
  const start = instantToLocal(timeZone, parseInstant(session.startUtc) ?? 0);
  const end = instantToLocal(timeZone, parseInstant(session.endUtc) ?? 0);
  return format.timeRange(start.minutes, end.day > start.day ? MINUTES_PER_DAY : end.minutes);
}

/**
 * The session's column and wall-clock span, or null when it is not in this week. A session
 * running past midnight is drawn to the end of its first day (the grid has no overflow row).
 */
export function placeSession(session: Pick<StudySession, 'startUtc' | 'endUtc'>, weekStart: string, timeZone: string): Placement | null {
  const startMs = parseInstant(session.startUtc);
  const endMs = parseInstant(session.endUtc);
  if (startMs === null || endMs === null) return null;
  const start = instantToLocal(timeZone, startMs);
  const end = instantToLocal(timeZone, endMs);
  const dayIndex = start.day - dayNumber(weekStart);
  if (dayIndex < 0 || dayIndex > 6) return null;
  const endMin = end.day > start.day ? MINUTES_PER_DAY : Math.max(end.minutes, start.minutes + SNAP_MINUTES);
  return { dayIndex, startMin: start.minutes, endMin };
}

/** The hours the grid shows: 07:00–23:00, widened to whole hours around every placement. */
export function visibleRange(placements: readonly Placement[]): { firstMin: number; lastMin: number } {
  let firstMin = DEFAULT_FIRST_MINUTE;
  let lastMin = DEFAULT_LAST_MINUTE;
  for (const p of placements) {
    firstMin = Math.min(firstMin, Math.floor(p.startMin / 60) * 60);
    lastMin = Math.max(lastMin, Math.ceil(p.endMin / 60) * 60);
  }
  return { firstMin, lastMin };
}

/** '18:30–20:00', '6:30 – 8:00 PM' */
export function formatSpan(p: Pick<Placement, 'startMin' | 'endMin'>, format: DisplayFormat): string {
  return format.timeRange(p.startMin, p.endMin);
}

export function snapMinutes(minutes: number): number {
  return Math.round(minutes / SNAP_MINUTES) * SNAP_MINUTES;
}

/** Keeps a moved session inside its day: it may not start before 00:00 or run past 24:00. */
export function clampStart(startMin: number, lengthMin: number): number {
  return Math.min(Math.max(startMin, 0), MINUTES_PER_DAY - lengthMin);
}

/** The instant a grid slot stands for, as the ISO string session:update expects. */
export function slotToUtc(timeZone: string, weekStart: string, dayIndex: number, startMin: number): string {
  return new Date(wallToInstant(timeZone, dayNumber(weekStart) + dayIndex, startMin)).toISOString();
}

/** Whether a placement would sit on top of another session that still counts (not skipped). */
export function overlapsAny(target: Placement, others: readonly { placement: Placement }[]): boolean {
  return others.some(({ placement: p }) => p.dayIndex === target.dayIndex && p.startMin < target.endMin && p.endMin > target.startMin);
}

/**
 * Where a missed session can go in a week: the same time of day on the first day, from today
 * on, where it fits; failing that, the first free quarter hour between 07:00 and 23:00.
 * Only slots still in the future count. Returns null when the week has no room left.
 */
export function findFreeSlot(
  session: StudySession,
  week: { weekStart: string; timeZone: string; sessions: readonly StudySession[] },
  nowMs: number,
): string | null {
  const { weekStart, timeZone } = week;
  const length = session.minutes;
  const taken = week.sessions
    .filter((s) => s.id !== session.id && s.status !== 'skipped')
    .flatMap((s) => {
      const placement = placeSession(s, weekStart, timeZone);
      return placement ? [{ placement }] : [];
    });
  const original = instantToLocal(timeZone, parseInstant(session.startUtc) ?? nowMs).minutes;
  const fits = (dayIndex: number, startMin: number) => {
    if (startMin < 0 || startMin + length > MINUTES_PER_DAY) return false;
    const start = wallToInstant(timeZone, dayNumber(weekStart) + dayIndex, startMin);
    return start > nowMs && !overlapsAny({ dayIndex, startMin, endMin: startMin + length }, taken);
  };
  for (let dayIndex = 0; dayIndex < 7; dayIndex += 1) {
    if (fits(dayIndex, original)) return slotToUtc(timeZone, weekStart, dayIndex, original);
  }
  for (let dayIndex = 0; dayIndex < 7; dayIndex += 1) {
    for (let startMin = DEFAULT_FIRST_MINUTE; startMin + length <= DEFAULT_LAST_MINUTE; startMin += SNAP_MINUTES) {
      if (fits(dayIndex, startMin)) return slotToUtc(timeZone, weekStart, dayIndex, startMin);
    }
  }
  return null;
}

/** 'Monday 18:30–20:00': how a placement is read out, with the week's own days. */
export function describePlacement(p: Placement, days: readonly WeekDay[], format: DisplayFormat): string {
  return `${days[p.dayIndex]?.weekday ?? ''} ${formatSpan(p, format)}`;
}

/**
 * Where the grid opens: the first session of the week that is not over yet (this week), else the
 * week's first session — by day, then time, not the earliest time of day, which would open on a
 * Saturday-morning session and hide every weekday evening. Null for an empty week.
 */
export function openingPlacement(placements: readonly Placement[], now: { dayIndex: number; minutes: number } | null): Placement | null {
  const ordered = [...placements].sort((a, b) => a.dayIndex - b.dayIndex || a.startMin - b.startMin);
  const ahead = now ? ordered.find((p) => p.dayIndex > now.dayIndex || (p.dayIndex === now.dayIndex && p.endMin > now.minutes)) : undefined;
  return ahead ?? ordered[0] ?? null;
}

/**
 * Side-by-side lanes for sessions that overlap on one day (a skipped session may share its time
 * with a planned one, since skipped sessions do not block a slot), so no block hides another.
 */
export function assignLanes<T extends { placement: Placement }>(items: readonly T[]): Map<T, { lane: number; lanes: number }> {
  const result = new Map<T, { lane: number; lanes: number }>();
  for (let dayIndex = 0; dayIndex < 7; dayIndex += 1) {
    const day = items.filter((i) => i.placement.dayIndex === dayIndex).sort((a, b) => a.placement.startMin - b.placement.startMin);
    let cluster: T[] = [];
    let laneEnds: number[] = [];
    let clusterEnd = -1;
    const close = () => {
      for (const item of cluster) result.set(item, { lane: result.get(item)?.lane ?? 0, lanes: laneEnds.length });
      cluster = [];
      laneEnds = [];
    };
    for (const item of day) {
      if (item.placement.startMin >= clusterEnd) close();
      let lane = laneEnds.findIndex((end) => end <= item.placement.startMin);
      if (lane === -1) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = item.placement.endMin;
      result.set(item, { lane, lanes: 1 });
      cluster.push(item);
      clusterEnd = Math.max(clusterEnd, item.placement.endMin);
    }
    close();
  }
  return result;
}
