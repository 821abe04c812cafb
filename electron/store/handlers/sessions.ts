/**
 * The week calendar: a week's sessions are scheduled once (from the plan, inside the learner's
 * availability) and then stored, so marking, skipping and moving them sticks. Past weeks are
 * never back-filled: they show what the learner actually had.
 */
import { EARLIEST_YEAR, isWithinYears, LATEST_STORED_YEAR } from '../../../shared/domain/date-range';
import type { Profile } from '../../../shared/domain/profile';
import type { StudySession } from '../../../shared/domain/records';
import { defaultAvailability } from '../../../shared/planner/default-availability';
import { placeReviewSlot, type ReviewSlot } from '../../../shared/review/review-slot';
import { fail, ok } from '../../../shared/ipc/result';
import { DAY_MS, parseInstant, parseIsoDate, wallToInstant, weekdayOf, formatIsoDate, instantToLocal, mondayOf } from '../../../shared/planner/time';
import { unopenedWeekSessions, weekTotals } from '../../../shared/planner/week-sessions';
import type { StoreContext } from '../context';
import { SINGLETON_KEY } from '../db';
import type { Handlers } from '../service';

const MAX_MISSED = 20;
export const MISSED_LOOKBACK_DAYS = 28;
/** Stored instants may carry an offset (a restored backup); none is more than 14 h from UTC. */
const MAX_OFFSET_MS = 14 * 3_600_000;

/**
 * Sessions still 'planned' that ended in the last four weeks, newest first. Older ones are no
 * longer something to catch up on (the plan has moved on since), and leaving them out keeps the
 * list about this month however many years of history lie behind it. Reads the
 * [status+endUtc] index over that window only, so the cost is the rows shown. The index orders
 * the text of endUtc; the exact check on the parsed instant keeps a row written with an offset
 * (a restored backup) honest.
 */
export async function missedSessions({ db }: StoreContext, nowMs: number): Promise<StudySession[]> {
  const since = nowMs - MISSED_LOOKBACK_DAYS * DAY_MS;
  const lower = new Date(since - MAX_OFFSET_MS).toISOString();
  const upper = new Date(nowMs + MAX_OFFSET_MS).toISOString();
  const rows = await db.sessions
    .where('[status+endUtc]')
    .between(['planned', lower], ['planned', upper])
    .reverse()
    .filter((s) => {
      const end = parseInstant(s.endUtc) ?? 0;
      return end < nowMs && end >= since;
    })
    .limit(MAX_MISSED)
    .toArray();
  return rows.sort((a, b) => b.startUtc.localeCompare(a.startUtc));
}

/**
 * The week's review slot when reviews fall due in it (the week has not ended): cards due before
 * the learner's next Monday, placed from the first day one is due, not before today.
 */
async function weekReviewSlot(
  ctx: StoreContext,
  week: { profile: Profile; timeZone: string; weekStart: string; day: number; sessions: StudySession[]; nowMs: number },
): Promise<ReviewSlot | null> {
  const today = instantToLocal(week.timeZone, week.nowMs).day;
  if (week.day + 6 < today) return null;
  // Every card (one per gate statement or question: about a hundred at most), compared as
  // instants: a restored backup may write a due time with an offset, which text would misorder.
  const weekEnd = wallToInstant(week.timeZone, week.day + 7, 0);
  const due = (await ctx.db.reviewCards.toArray()).filter((c) => !c.suspended && (parseInstant(c.due) ?? Infinity) < weekEnd);
  if (due.length === 0) return null;
  const earliest = Math.min(...due.map((c) => instantToLocal(week.timeZone, parseInstant(c.due) ?? 0).day));
  const firstDue = Math.max(today, week.day, earliest);
  return placeReviewSlot({
    availability: week.profile.availability ?? defaultAvailability(week.timeZone),
    weekStart: week.weekStart,
    weeklyHours: week.profile.weeklyHours,
    sessions: week.sessions,
    dueCount: due.length,
    firstDueDay: formatIsoDate(firstDue),
    nowMs: week.nowMs,
  });
}

export function sessionsHandlers(ctx: StoreContext): Pick<Handlers, 'week:get' | 'session:update'> {
  const { db, now } = ctx;
  return {
    async 'week:get'({ weekStart }) {
      const day = parseIsoDate(weekStart);
      if (day === null) return fail('invalid-request', 'Week start must be a real date.', [{ path: 'weekStart', message: 'Week start must be a real date.' }]);
      if (weekdayOf(day) !== 0) return fail('invalid-request', 'Week start must be a Monday.', [{ path: 'weekStart', message: 'Week start must be a Monday.' }]);
      // No session can be stored outside this span (domain/date-range.ts), so no such week has any.
      if (!isWithinYears(weekStart, EARLIEST_YEAR, LATEST_STORED_YEAR)) {
        const message = `Week start must be in the years ${EARLIEST_YEAR} to ${LATEST_STORED_YEAR}.`;
        return fail('invalid-request', message, [{ path: 'weekStart', message }]);
      }
      const [profileRow, planRow] = await Promise.all([db.profile.get(SINGLETON_KEY), db.plan.get(SINGLETON_KEY)]);
      if (!profileRow || !planRow) return fail('not-found', 'Save your profile first: the calendar is built from your plan.');
      const timeZone = ctx.timeZone(profileRow.profile);
      const nowMs = now().getTime();
      const thisMonday = mondayOf(instantToLocal(timeZone, nowMs).day);

      let sessions = await db.sessions.where('weekStart').equals(weekStart).toArray();
      if (sessions.length === 0 && day >= thisMonday) {
        const scheduled = unopenedWeekSessions(
          { profile: profileRow.profile, plan: planRow.plan, weekStart },
          nowMs,
        );
        if (!scheduled.ok) return fail('invalid-request', scheduled.error.message);
        const fresh = scheduled.sessions;
        await db.transaction('rw', db.sessions, async () => {
          // Another call may have filled the week meanwhile; keep whatever is there.
          if ((await db.sessions.where('weekStart').equals(weekStart).count()) === 0) await db.sessions.bulkPut(fresh);
        });
        sessions = await db.sessions.where('weekStart').equals(weekStart).toArray();
      }
      sessions.sort((a, b) => a.startUtc.localeCompare(b.startUtc));
      const missed = await missedSessions(ctx, nowMs);
      const reviewSlot = await weekReviewSlot(ctx, { profile: profileRow.profile, timeZone, weekStart, day, sessions, nowMs });
      return ok({ weekStart, timeZone, sessions, ...weekTotals(sessions), missed, ...(reviewSlot ? { reviewSlot } : {}) });
    },

    async 'session:update'({ id, status, loggedMinutes, startUtc }) {
      const profileRow = await db.profile.get(SINGLETON_KEY);
      const timeZone = ctx.timeZone(profileRow?.profile);
      const result = await db.transaction('rw', db.sessions, async () => {
        const existing = await db.sessions.get(id);
        if (!existing) return fail('not-found', 'That session no longer exists; reload the week.');
        const next: StudySession = { ...existing };
        if (startUtc !== undefined) {
          const start = parseInstant(startUtc);
          if (start === null) return fail('invalid-request', 'Start must be a date-time.', [{ path: 'startUtc', message: 'Start must be a date-time.' }]);
          // A move stays within a year of today, so week keys and the calendar file stay in range.
          const nowMs = now().getTime();
          if (Math.abs(start - nowMs) > 365 * DAY_MS) {
            const message = 'A session can be moved to at most a year before or after today.';
            return fail('invalid-request', message, [{ path: 'startUtc', message }]);
          }
          const end = start + existing.minutes * 60_000;
          const weekStart = formatIsoDate(mondayOf(instantToLocal(timeZone, start).day));
          const others = (await db.sessions.where('weekStart').equals(weekStart).toArray()).filter((s) => s.id !== id && s.status !== 'skipped');
          const clash = others.find((s) => (parseInstant(s.startUtc) ?? 0) < end && (parseInstant(s.endUtc) ?? 0) > start);
          if (clash) return fail('conflict', 'That time overlaps another session.');
          next.movedFromUtc = existing.movedFromUtc ?? existing.startUtc;
          next.startUtc = new Date(start).toISOString();
          next.endUtc = new Date(end).toISOString();
          next.weekStart = weekStart;
        }
        if (status !== undefined) next.status = status;
        if (loggedMinutes !== undefined) next.loggedMinutes = loggedMinutes;
        else if (status === 'done' && existing.status !== 'done') next.loggedMinutes = existing.minutes;
        else if (status && status !== 'done') next.loggedMinutes = 0;
        await db.sessions.put(next);
        return ok(next);
      });
      if (result.ok) {
        // Logged time counts towards progress, so the plan view changes too. A move changes no
        // progress but it does change what main derives from the sessions (session reminders,
        // the tray's "today", the synced calendar file), and plan:changed is what they follow.
        const fresh = await ctx.currentView();
        if (fresh) ctx.emit('plan:changed', fresh);
      }
      return result;
    },
  };
}
