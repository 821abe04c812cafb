/**
 * The History screen's read: the sessions of about the last year (through the weekStart index,
 * so the cost is a year's rows however long the history behind them) and the quiz attempts,
 * aggregated by the planner in the learner's zone. The window gets the figures, never the rows.
 */
import type { QuizAttempt } from '../../../shared/domain/records';
import { historyReadRange, studyHistory } from '../../../shared/planner/history';
import { ok } from '../../../shared/ipc/result';
import type { StoreContext } from '../context';
import { SINGLETON_KEY } from '../db';
import type { Handlers } from '../service';

export function historyHandlers(ctx: StoreContext): Pick<Handlers, 'history:get'> {
  const { db } = ctx;

  /**
   * Readiness counts every answer ever given, so every attempt is read: the one part of this
   * read that grows with the years (a quiz a month is 120 attempts of 25 answers in ten years).
   * Kept in memory while the attempts table has seen no write, as the logged minutes are
   * (context.ts): the count is taken before the read, and a write meanwhile means it is used
   * once but not kept.
   */
  let attempts: { writes: number; rows: readonly QuizAttempt[] } | null = null;
  async function allAttempts(): Promise<readonly QuizAttempt[]> {
    const writes = db.writeCount('quizAttempts');
    if (attempts?.writes === writes) return attempts.rows;
    const rows = await db.quizAttempts.orderBy('takenAt').toArray();
    if (db.writeCount('quizAttempts') === writes) attempts = { writes, rows };
    return rows;
  }

  return {
    async 'history:get'() {
      const profile = (await db.profile.get(SINGLETON_KEY))?.profile;
      const timeZone = ctx.timeZone(profile);
      const today = ctx.today(profile);
      const { fromWeek, toWeek } = historyReadRange(today);
      const [sessions, quizAttempts] = await Promise.all([db.sessions.where('weekStart').between(fromWeek, toWeek, true, true).toArray(), allAttempts()]);
      return ok(studyHistory({ today, timeZone, sessions, attempts: quizAttempts, selfRating: profile?.selfRating ?? null }));
    },
  };
}
