/**
 * The week's short review slot: when reviews fall due in a week, a 15-minute slot for them is
 * placed inside the learner's study windows and counted within their weekly hours, never on top:
 *
 *  1. Room left in the week's budget (weekly hours minus the minutes of its sessions, skipped ones
 *     not counted): the slot goes into the first free stretch of a study window, on or after the
 *     first day something is due and after `now`, clear of every session. Its length is 15
 *     minutes, or the room left if less (but at least 10).
 *  2. No room (the plan fills the week, as it usually does): the slot is taken from the budget, as
 *     the last 15 minutes of the first planned session still to come on or after the first due
 *     day, placed by the planner (not moved by the learner), that is long enough to keep 15
 *     minutes of study. That session's own minutes then count
 *     the review inside them; the week's total does not change.
 *  3. Neither (no free stretch, no session left): no slot; the reviews are still on the
 *     dashboard and the Review screen.
 *
 * Pure: the clock, the zone and the week are parameters.
 */
import type { WeeklyAvailability } from '../domain/availability';
import type { StudySession } from '../domain/records';
import { MINUTE_MS, parseInstant, parseIsoDate, parseTimeOfDay, wallToInstant, weekdayOf } from '../planner/time';

export const REVIEW_SLOT_MINUTES = 15;
/** Shorter than this is not worth a slot of its own. */
export const MIN_REVIEW_SLOT_MINUTES = 10;
/** A session the slot is taken from keeps at least this much study. */
const MIN_STUDY_LEFT = 15;

export interface ReviewSlot {
  startUtc: string;
  endUtc: string;
  minutes: number;
  /** Reviews due by the end of the week. */
  dueCount: number;
  /** The session whose last minutes the slot is (case 2 above); null for a slot in free time. */
  withinSessionId: string | null;
}

export interface ReviewSlotInput {
  availability: WeeklyAvailability;
  /** Monday of the stored week, YYYY-MM-DD, in the learner's zone. */
  weekStart: string;
  weeklyHours: number;
  sessions: readonly Pick<StudySession, 'id' | 'startUtc' | 'endUtc' | 'minutes' | 'status' | 'movedFromUtc'>[];
  /** Reviews due by the week's last day (the learner's Sunday). */
  dueCount: number;
  /** The first local day (YYYY-MM-DD) with a review due; earlier days of the week get no slot. */
  firstDueDay: string;
  nowMs: number;
}

interface Interval {
  start: number;
  end: number;
}

/** Free stretches of one window: the window minus the sessions, cut at `from`. */
function freeStretches(window: Interval, busy: readonly Interval[], from: number): Interval[] {
  let pieces: Interval[] = [{ start: Math.max(window.start, from), end: window.end }];
  for (const b of busy) {
    pieces = pieces.flatMap((p) => {
      if (b.end <= p.start || b.start >= p.end) return [p];
      const out: Interval[] = [];
      if (b.start > p.start) out.push({ start: p.start, end: b.start });
      if (b.end < p.end) out.push({ start: b.end, end: p.end });
      return out;
    });
  }
  return pieces.filter((p) => p.end > p.start);
}

export function placeReviewSlot(input: ReviewSlotInput): ReviewSlot | null {
  const { availability, sessions, nowMs, dueCount } = input;
  const monday = parseIsoDate(input.weekStart);
  const firstDue = parseIsoDate(input.firstDueDay);
  if (dueCount <= 0 || monday === null || firstDue === null || firstDue > monday + 6) return null;
  const counted = sessions.filter((s) => s.status !== 'skipped');
  const busy = counted.map((s) => ({ start: parseInstant(s.startUtc) ?? 0, end: parseInstant(s.endUtc) ?? 0 }));
  const room = Math.floor(input.weeklyHours * 60) - counted.reduce((sum, s) => sum + s.minutes, 0);
  // Slots start on a whole minute, never in the minute already under way.
  const from = Math.ceil(nowMs / MINUTE_MS) * MINUTE_MS;
  const slot = (start: number, minutes: number, withinSessionId: string | null): ReviewSlot => ({
    startUtc: new Date(start).toISOString(),
    endUtc: new Date(start + minutes * MINUTE_MS).toISOString(),
    minutes,
    dueCount,
    withinSessionId,
  });

  if (room >= MIN_REVIEW_SLOT_MINUTES) {
    const minutes = Math.min(REVIEW_SLOT_MINUTES, room);
    for (let day = Math.max(monday, firstDue); day <= monday + 6; day++) {
      const windows = availability.windows
        .filter((w) => w.weekday === weekdayOf(day))
        .map((w) => ({ start: wallToInstant(availability.timeZone, day, parseTimeOfDay(w.start) ?? 0), end: wallToInstant(availability.timeZone, day, parseTimeOfDay(w.end, true) ?? 0) }))
        .sort((a, b) => a.start - b.start);
      for (const window of windows) {
        const fit = freeStretches(window, busy, from).find((p) => p.end - p.start >= minutes * MINUTE_MS);
        if (fit) return slot(fit.start, minutes, null);
      }
    }
  }

  const dueFrom = wallToInstant(availability.timeZone, Math.max(monday, firstDue), 0);
  const host = counted
    // A session the learner moved may sit outside the study windows; the planner's own never do.
    .filter((s) => s.status === 'planned' && s.movedFromUtc === null && (parseInstant(s.startUtc) ?? 0) >= Math.max(from, dueFrom) && s.minutes >= REVIEW_SLOT_MINUTES + MIN_STUDY_LEFT)
    .sort((a, b) => a.startUtc.localeCompare(b.startUtc))[0];
  if (host) return slot((parseInstant(host.endUtc) ?? 0) - REVIEW_SLOT_MINUTES * MINUTE_MS, REVIEW_SLOT_MINUTES, host.id);
  return null;
}
