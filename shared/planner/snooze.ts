/**
 * "Snooze 1 hour" for a study session, from a reminder's action button or the week view: the
 * session moves one hour later, keeping its length, when that hour is still study time.
 *
 * The rule, in the learner's words:
 *  - Only a planned session moves (a done or skipped one is already settled).
 *  - It starts exactly 60 minutes later (real minutes, so across a DST change it is still one
 *    hour of waiting) and keeps its length.
 *  - The moved session must lie wholly inside the learner's study windows for that day (windows
 *    that touch, such as 18:00–19:00 and 19:00–20:00, count as one stretch), on the same day:
 *    snoozing never pushes study time past the end of an evening the learner set aside, or
 *    past midnight.
 *  - It must not overlap another session that still counts (skipped ones do not), and its new
 *    start must still be ahead.
 * Anything else is refused with the reason, and nothing moves. Pure: callers supply the clock.
 */
import type { WeeklyAvailability } from '../domain/availability';
import type { StudySession } from '../domain/records';
import { formatIsoDate, formatTimeOfDay, instantToLocal, MINUTE_MS, MINUTES_PER_DAY, mondayOf, parseInstant, parseTimeOfDay, wallToInstant, WEEKDAY_NAMES, weekdayOf } from './time';

export const SNOOZE_MINUTES = 60;

export type SnoozeRefusal =
  | { kind: 'not-planned'; status: StudySession['status'] }
  | { kind: 'already-begun'; newStart: string }
  | { kind: 'outside-study-time'; weekday: string; newSpan: string; windows: string[] }
  | { kind: 'overlap'; newSpan: string; otherSpan: string };

export type SnoozeResult = { ok: true; startUtc: string; newSpan: string } | { ok: false; refusal: SnoozeRefusal };

export interface SnoozeInput {
  session: Pick<StudySession, 'id' | 'startUtc' | 'endUtc' | 'minutes' | 'status'>;
  /** The other sessions around it (its week, or more); the session itself may be included. */
  others: readonly Pick<StudySession, 'id' | 'startUtc' | 'endUtc' | 'status'>[];
  availability: WeeklyAvailability;
  /** The learner's zone: the zone of the week view and of the study windows. */
  timeZone: string;
  nowMs: number;
}

/** The weekday's study windows as contiguous stretches of minutes (touching windows joined). */
function stretches(availability: WeeklyAvailability, weekday: number): { start: number; end: number }[] {
  const spans = availability.windows
    .filter((w) => w.weekday === weekday)
    .map((w) => ({ start: parseTimeOfDay(w.start) ?? 0, end: parseTimeOfDay(w.end, true) ?? 0 }))
    .sort((a, b) => a.start - b.start);
  const joined: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else joined.push({ ...span });
  }
  return joined;
}

const spanText = (start: number, end: number) => `${formatTimeOfDay(start)}–${formatTimeOfDay(end)}`;

export function snoozeSession(input: SnoozeInput): SnoozeResult {
  const { session, timeZone } = input;
  if (session.status !== 'planned') return { ok: false, refusal: { kind: 'not-planned', status: session.status } };
  const start = parseInstant(session.startUtc);
  if (start === null) throw new RangeError(`Session ${session.id} has no valid start.`);
  const newStart = start + SNOOZE_MINUTES * MINUTE_MS;
  const newEnd = newStart + session.minutes * MINUTE_MS;
  const from = instantToLocal(timeZone, newStart);
  const to = instantToLocal(timeZone, newEnd);
  // A session ending exactly at midnight ends at minute 1440 of its own day.
  const endMinute = to.day === from.day ? to.minutes : to.day === from.day + 1 && to.minutes === 0 ? MINUTES_PER_DAY : Number.POSITIVE_INFINITY;
  const newSpan = Number.isFinite(endMinute) ? spanText(from.minutes, endMinute) : `${formatTimeOfDay(from.minutes)}–${formatTimeOfDay(to.minutes)} the next day`;
  if (newStart <= input.nowMs) return { ok: false, refusal: { kind: 'already-begun', newStart: formatTimeOfDay(from.minutes) } };

  const day = stretches(input.availability, from.weekday);
  if (!day.some((s) => s.start <= from.minutes && endMinute <= s.end)) {
    return {
      ok: false,
      refusal: { kind: 'outside-study-time', weekday: WEEKDAY_NAMES[from.weekday], newSpan, windows: day.map((s) => spanText(s.start, s.end)) },
    };
  }
  for (const other of input.others) {
    if (other.id === session.id || other.status === 'skipped') continue;
    const a = parseInstant(other.startUtc);
    const b = parseInstant(other.endUtc);
    if (a === null || b === null || !(a < newEnd && b > newStart)) continue;
    const la = instantToLocal(timeZone, a);
    const lb = instantToLocal(timeZone, b);
    return { ok: false, refusal: { kind: 'overlap', newSpan, otherSpan: `${WEEKDAY_NAMES[la.weekday]} ${spanText(la.minutes, lb.day === la.day ? lb.minutes : MINUTES_PER_DAY)}` } };
  }
  return { ok: true, startUtc: new Date(newStart).toISOString(), newSpan };
}

/** Why "Snooze 1 hour" did nothing, in one sentence naming the session. */
export function snoozeRefusalMessage(title: string, refusal: SnoozeRefusal): string {
  const lead = `“${title}” was not snoozed`;
  switch (refusal.kind) {
    case 'not-planned':
      return `${lead}: it is already ${refusal.status === 'done' ? 'done' : 'skipped'}.`;
    case 'already-begun':
      return `${lead}: an hour later (${refusal.newStart}) has already begun.`;
    case 'outside-study-time':
      return refusal.windows.length === 0
        ? `${lead}: ${refusal.newSpan} is outside your study time, and you have no study window on ${refusal.weekday}s. Move it to another time instead.`
        : `${lead}: ${refusal.newSpan} is outside your study time on ${refusal.weekday}s (${refusal.windows.join(', ')}). Move it to another time instead.`;
    case 'overlap':
      return `${lead}: ${refusal.newSpan} overlaps another session (${refusal.otherSpan}). Move it to another time instead.`;
  }
}

/** Quarter hours: a session snoozed into a stretch already begun starts on the next one. */
const SNAP_MINUTES = 15;

export type NextFreeRefusal = { kind: 'not-planned'; status: StudySession['status'] } | { kind: 'no-free-window'; weekday: string };

export type NextFreeResult = { ok: true; startUtc: string; weekday: string; date: string; newSpan: string } | { ok: false; refusal: NextFreeRefusal };

export interface NextFreeInput {
  session: Pick<StudySession, 'id' | 'startUtc' | 'endUtc' | 'minutes' | 'status' | 'weekStart'>;
  /** The stored sessions of the session's week and the week after it. */
  others: readonly Pick<StudySession, 'id' | 'startUtc' | 'endUtc' | 'minutes' | 'status' | 'weekStart'>[];
  availability: WeeklyAvailability;
  timeZone: string;
  nowMs: number;
  /** The learner's weekly study minutes (the plan's weekly hours). */
  weeklyMinutes: number;
}

/**
 * "Snooze to the next free window": the earliest start from the end of the session's own slot
 * (and not in the past) where the whole session fits inside one study stretch of its day, clear
 * of every other session that still counts, in the rest of its week or the week after. Moving
 * within its own week changes no weekly total; moving into the next week is allowed only while
 * that week stays within the weekly hours. Candidates are each stretch's start, the end of the
 * session's own slot (or the next quarter hour when that is over) and the end of each other
 * session, so the session lands back to back with what is there.
 */
export function nextFreeWindow(input: NextFreeInput): NextFreeResult {
  const { session, timeZone, nowMs } = input;
  if (session.status !== 'planned') return { ok: false, refusal: { kind: 'not-planned', status: session.status } };
  const start = parseInstant(session.startUtc);
  if (start === null) throw new RangeError(`Session ${session.id} has no valid start.`);
  const length = session.minutes * MINUTE_MS;
  const ownDay = instantToLocal(timeZone, start);
  const lastDay = mondayOf(ownDay.day) + 13;
  const counting = input.others.filter((o) => o.id !== session.id && o.status !== 'skipped');
  const busy = counting.flatMap((o) => {
    const a = parseInstant(o.startUtc);
    const b = parseInstant(o.endUtc);
    return a === null || b === null ? [] : [[a, b] as const];
  });
  const weekMinutes = (weekStart: string) => counting.filter((o) => o.weekStart === weekStart).reduce((n, o) => n + o.minutes, 0);
  // Later than the session's own slot, and not in the past: a session already over starts on the next quarter hour.
  const end = start + length;
  const snapped = Math.ceil((nowMs + MINUTE_MS) / (SNAP_MINUTES * MINUTE_MS)) * SNAP_MINUTES * MINUTE_MS;
  const notBefore = Math.max(end, snapped);
  for (let day = ownDay.day; day <= lastDay; day += 1) {
    const weekday = WEEKDAY_NAMES[weekdayOf(day)];
    const weekStart = formatIsoDate(mondayOf(day));
    if (weekStart !== session.weekStart && weekMinutes(weekStart) + session.minutes > input.weeklyMinutes) continue;
    for (const stretch of stretches(input.availability, weekdayOf(day))) {
      const stretchStart = wallToInstant(timeZone, day, stretch.start);
      const stretchEnd = stretch.end === MINUTES_PER_DAY ? wallToInstant(timeZone, day + 1, 0) : wallToInstant(timeZone, day, stretch.end);
      const candidates = [stretchStart, notBefore, ...busy.map(([, b]) => b)]
        .filter((c) => c >= stretchStart && c >= notBefore && c + length <= stretchEnd)
        .sort((a, b) => a - b);
      const found = candidates.find((c) => !busy.some(([a, b]) => a < c + length && b > c));
      if (found === undefined) continue;
      const from = instantToLocal(timeZone, found);
      const to = instantToLocal(timeZone, found + length);
      return {
        ok: true,
        startUtc: new Date(found).toISOString(),
        weekday,
        date: formatIsoDate(from.day),
        newSpan: spanText(from.minutes, to.day === from.day ? to.minutes : MINUTES_PER_DAY),
      };
    }
  }
  return { ok: false, refusal: { kind: 'no-free-window', weekday: WEEKDAY_NAMES[weekdayOf(ownDay.day)] } };
}

/** Why "Snooze to the next free window" did nothing, in one sentence naming the session. */
export function nextFreeRefusalMessage(title: string, refusal: NextFreeRefusal): string {
  const lead = `“${title}” was not snoozed`;
  if (refusal.kind === 'not-planned') return `${lead}: it is already ${refusal.status === 'done' ? 'done' : 'skipped'}.`;
  return `${lead}: your study windows have no free time for it later this week or next week within your weekly hours. Re-plan the remaining work instead.`;
}
