/**
 * The History screen's read: the sessions of about the last year (through the weekStart index,
 * so the cost is a year's rows however long the history behind them) and the quiz attempts,
 * aggregated by the planner in the learner's zone. The window gets the figures, never the rows.
 */
import { historyReadRange, studyHistory } from '../../../shared/planner/history';
import { ok } from '../../../shared/ipc/result';
import type { StoreContext } from '../context';
import { SINGLETON_KEY } from '../db';
import type { Handlers } from '../service';

export function historyHandlers(ctx: StoreContext): Pick<Handlers, 'history:get'> {
  const { db } = ctx;
  return {
    async 'history:get'() {
      const profile = (await db.profile.get(SINGLETON_KEY))?.profile;
      const timeZone = ctx.timeZone(profile);
      const today = ctx.today(profile);
      const { fromWeek, toWeek } = historyReadRange(today);
      const { sessions, attempts } = await db.transaction('r', [db.sessions, db.quizAttempts], async () => ({
        sessions: await db.sessions.where('weekStart').between(fromWeek, toWeek, true, true).toArray(),
        // Readiness counts every answer ever given; attempts are a few a month.
        attempts: await db.quizAttempts.orderBy('takenAt').toArray(),
      }));
      return ok(studyHistory({ today, timeZone, sessions, attempts, selfRating: profile?.selfRating ?? null }));
    },
  };
}
