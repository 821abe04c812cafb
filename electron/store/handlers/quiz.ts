/**
 * Quiz attempts, graded against the content pack, and the readiness score from them and the
 * learner's self-rating; an attempt refines the plan.
 */
import type { QuizAttempt } from '../../../shared/domain/records';
import { fail, ok } from '../../../shared/ipc/result';
import { readinessScore } from '../../../shared/planner/readiness';
import type { StoreContext } from '../context';
import { SINGLETON_KEY } from '../db';
import type { Handlers } from '../service';

export function quizHandlers(ctx: StoreContext): Pick<Handlers, 'quiz:record' | 'quiz:history'> {
  const { db, pack, now } = ctx;
  const questions = new Map(pack.quiz.map((q) => [q.id, q]));

  async function readiness(attempts: QuizAttempt[]) {
    const profile = (await db.profile.get(SINGLETON_KEY))?.profile;
    const answers = attempts.flatMap((a) => a.answers.map((x) => ({ questionId: x.questionId, area: x.area, correct: x.correct })));
    const result = readinessScore({ answers, selfRating: profile?.selfRating ?? null });
    return result.ok ? { overall: result.overall, byArea: result.byArea, strongest: result.strongest, weakest: result.weakest, basis: result.basis } : null;
  }

  return {
    async 'quiz:record'({ kind, answers }) {
      const graded = [];
      for (const [i, a] of answers.entries()) {
        const q = questions.get(a.questionId);
        if (!q) return fail('invalid-request', `Question "${a.questionId}" is not in the quiz.`, [{ path: `answers[${i}].questionId`, message: 'Unknown question.' }]);
        if (a.chosenIndex >= q.options.length) {
          return fail('invalid-request', `Question "${a.questionId}" has ${q.options.length} options.`, [{ path: `answers[${i}].chosenIndex`, message: 'No such option.' }]);
        }
        graded.push({ questionId: q.id, area: q.area, chosenIndex: a.chosenIndex, correct: a.chosenIndex === q.correctIndex });
      }
      const at = now();
      const attempt: QuizAttempt = { id: `attempt.${at.getTime()}.${globalThis.crypto.randomUUID().slice(0, 8)}`, takenAt: at.toISOString(), kind, answers: graded };
      await db.transaction('rw', db.quizAttempts, async () => {
        await db.quizAttempts.add(attempt);
      });
      const all = await db.quizAttempts.orderBy('takenAt').toArray();
      const score = await readiness(all);
      if (!score) return fail('internal', 'The readiness score could not be computed.');
      // The quiz refines the plan: answers adjust how long each area's milestones are.
      await ctx.replanAfterQuiz();
      return ok({ attempt, readiness: score });
    },

    async 'quiz:history'() {
      const attempts = await db.quizAttempts.orderBy('takenAt').toArray();
      return ok({ attempts, readiness: await readiness(attempts) });
    },
  };
}
