/**
 * The study calendar's sessions (the .ics export and the file kept in a folder): stored weeks as
 * they are, weeks nobody opened yet previewed WITHOUT storing them, so a calendar rewritten on
 * every change never freezes the weeks ahead.
 */
import { learnerTimeZone } from '../../../shared/domain/time-zone';
import type { StudySession } from '../../../shared/domain/records';
import { fail, ok } from '../../../shared/ipc/result';
import { instantToLocal, mondayOf, parseInstant, parseIsoDate, weekdayOf } from '../../../shared/planner/time';
import { unopenedWeekSessions } from '../../../shared/planner/week-sessions';
import { SINGLETON_KEY } from '../db';
import type { InternalHandlers, InternalServiceDeps } from '../internal-service';
import { computerZone } from '../page-zone';

export function calendarHandlers(deps: InternalServiceDeps): Pick<InternalHandlers, 'calendar:sessions'> {
  const { db } = deps;
  return {
    async 'calendar:sessions'({ nowUtc, fallbackTimeZone, weekStarts }) {
      const now = parseInstant(nowUtc)!; // the request schema guarantees an instant
      const mondays: number[] = [];
      for (const [i, weekStart] of weekStarts.entries()) {
        const day = parseIsoDate(weekStart);
        if (day === null || weekdayOf(day) !== 0) {
          return fail('invalid-request', 'Week start must be a Monday.', [{ path: `weekStarts[${i}]`, message: 'Week start must be a Monday.' }]);
        }
        mondays.push(day);
      }
      const snap = await db.transaction('r', [db.profile, db.plan, db.sessions, db.milestoneProgress], async () => {
        const [profileRow, planRow, stored, doneIds] = await Promise.all([
          db.profile.get(SINGLETON_KEY),
          db.plan.get(SINGLETON_KEY),
          db.sessions.where('weekStart').anyOf(weekStarts).toArray(),
          // Booleans are not IndexedDB keys: one getAll of the table (hundreds of rows at most).
          db.milestoneProgress.toArray().then((rows) => rows.filter((p) => p.done).map((p) => p.milestoneId)),
        ]);
        return { profileRow, planRow, stored, doneIds };
      });
      const { profileRow, planRow } = snap;
      if (!profileRow || !planRow) return fail('not-found', 'Save your profile first: the calendar is built from your plan.');
      const timeZone = learnerTimeZone(profileRow.profile.availability?.timeZone, () => computerZone(deps.systemTimeZone, fallbackTimeZone));
      const thisMonday = mondayOf(instantToLocal(timeZone, now).day);

      // An opened week is what the week calendar shows, so it is used as stored. A week not
      // opened yet is scheduled the way week:get will store it; an earlier one never is (week:get
      // never back-fills the past either).
      const storedWeeks = new Set(snap.stored.map((s) => s.weekStart));
      const sessions: StudySession[] = [...snap.stored];
      for (const [i, weekStart] of weekStarts.entries()) {
        if (storedWeeks.has(weekStart) || mondays[i]! < thisMonday) continue;
        const scheduled = unopenedWeekSessions(
          { profile: profileRow.profile, plan: planRow.plan, weekStart },
          now,
        );
        if (!scheduled.ok) return fail('invalid-request', scheduled.error.message);
        sessions.push(...scheduled.sessions);
      }
      const unique = [...new Map(sessions.map((s) => [s.id, s])).values()];
      return ok({ sessions: unique.sort((a, b) => a.startUtc.localeCompare(b.startUtc)) });
    },
  };
}
