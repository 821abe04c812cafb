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
import { formatTimeOfDay, instantToLocal, MINUTE_MS, MINUTES_PER_DAY, parseInstant, parseTimeOfDay, WEEKDAY_NAMES } from './time';

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
