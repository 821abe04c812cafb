/**
 * Calendar arithmetic for the week screen, always in the learner's time zone (WeekView.timeZone),
 * never the machine's: where a session sits in the grid, what a grid slot means as an instant,
 * week titles, and the free-slot search used to bring a missed session into a week.
 * Pure functions over the planner's DST-safe helpers (shared/planner/time.ts), so the grid and
 * the scheduler agree on what "Monday 18:30" is on every computer.
 */
import type { StudySession } from '../../../shared/domain/records';
import {
  formatIsoDate,
  formatTimeOfDay,
  instantToLocal,
  MINUTES_PER_DAY,
  mondayOf,
  parseInstant,
  parseIsoDate,
  wallToInstant,
  WEEKDAY_NAMES,
} from '../../../shared/planner/time';

/** Moves snap to quarter hours: fine enough for study sessions, coarse enough to hit with a mouse. */
export const SNAP_MINUTES = 15;
/** The grid always shows at least this span (07:00–23:00), widened to fit any session. */
const DEFAULT_FIRST_MINUTE = 7 * 60;
const DEFAULT_LAST_MINUTE = 23 * 60;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Where a session sits in the week: day column 0 (Monday) … 6 and local wall-clock minutes. */
export interface Placement {
  dayIndex: number;
  startMin: number;
  endMin: number;
}

export interface WeekDay {
  dayIndex: number;
  iso: string;
  /** 'Mon' */
  short: string;
  /** 'Monday' */
  weekday: string;
  /** '7 Dec' */
  date: string;
}

function dayNumber(iso: string): number {
  const day = parseIsoDate(iso);
  if (day === null) throw new RangeError(`Not a date: ${iso}`);
  return day;
}

function dayMonth(day: number): { d: number; month: string; year: number } {
  const date = new Date(day * 86_400_000);
  return { d: date.getUTCDate(), month: MONTHS[date.getUTCMonth()] ?? '', year: date.getUTCFullYear() };
}

/** Monday of the week the learner is living in right now, in their zone. */
export function currentWeekStart(timeZone: string, nowMs: number): string {
  return formatIsoDate(mondayOf(instantToLocal(timeZone, nowMs).day));
}

export function shiftWeek(weekStart: string, weeks: number): string {
  return formatIsoDate(dayNumber(weekStart) + weeks * 7);
}

/** Monday of the week holding a date, e.g. the plan's start date. */
export function weekStartOf(iso: string): string {
  return formatIsoDate(mondayOf(dayNumber(iso)));
}

/** '7 – 13 Dec 2026', '30 Nov – 6 Dec 2026', '28 Dec 2026 – 3 Jan 2027'. */
export function weekTitle(weekStart: string): string {
  const first = dayMonth(dayNumber(weekStart));
  const last = dayMonth(dayNumber(weekStart) + 6);
  if (first.year !== last.year) return `${first.d} ${first.month} ${first.year} – ${last.d} ${last.month} ${last.year}`;
  if (first.month !== last.month) return `${first.d} ${first.month} – ${last.d} ${last.month} ${last.year}`;
  return `${first.d} – ${last.d} ${last.month} ${last.year}`;
}

export function weekDays(weekStart: string): WeekDay[] {
  const monday = dayNumber(weekStart);
  return WEEKDAY_NAMES.map((weekday, dayIndex) => {
    const { d, month } = dayMonth(monday + dayIndex);
    return { dayIndex, iso: formatIsoDate(monday + dayIndex), short: weekday.slice(0, 3), weekday, date: `${d} ${month}` };
  });
}

/** 'Mon 30 Nov' for a session outside the shown week (the missed list). */
export function sessionDayLabel(session: StudySession, timeZone: string): string {
  const local = instantToLocal(timeZone, parseInstant(session.startUtc) ?? 0);
  const { d, month } = dayMonth(local.day);
  return `${WEEKDAY_NAMES[local.weekday].slice(0, 3)} ${d} ${month}`;
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

export const formatClock = formatTimeOfDay;

/** '18:30–20:00' */
export function formatSpan(p: Pick<Placement, 'startMin' | 'endMin'>): string {
  return `${formatClock(p.startMin)}–${formatClock(p.endMin)}`;
}

/** '1 h 30 min', '45 min', '6 h'. Totals are read at a glance, so no decimals. */
export function formatMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
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

/** 'Monday 18:30–20:00': how a placement is read out. */
export function describePlacement(p: Placement): string {
  return `${WEEKDAY_NAMES[p.dayIndex] ?? ''} ${formatSpan(p)}`;
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
