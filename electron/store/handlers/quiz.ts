/**
 * Quiz attempts, graded against the content pack, and the readiness score from them and the
 * learner's self-rating; an attempt refines the plan.
 *
 * A certification practice round (`certId` set) is stored as a quiz attempt too, graded against
 * that certification's bank, but it is not a readiness quiz: it leaves the readiness score and
 * the plan alone, since its questions test one exam's services, not the three skill areas the
 * roadmap is sized by. `quiz:history` therefore answers readiness quizzes only. Its answers do
 * go into spaced review, each graded as that question's review.
 */
import { isCertificationRound, type QuizAnswer, type QuizAttempt } from '../../../shared/domain/records';
import type { RequestOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { fail, ok } from '../../../shared/ipc/result';
import { readinessScore } from '../../../shared/planner/readiness';
import type { StoreContext } from '../context';
import { REVIEW_SETTINGS_DEFAULTS } from '../../../shared/domain/review';
import { SINGLETON_KEY } from '../db';
import { reviewPracticeAnswers } from '../review-cards';
import type { Handlers } from '../service';
import { readSettings } from '../settings-store';

export function quizHandlers(ctx: StoreContext): Pick<Handlers, 'quiz:record' | 'quiz:history' | 'practice:history'> {
  const { db, pack, now } = ctx;
  const questions = new Map(pack.quiz.map((q) => [q.id, q]));
  const practiceQuestions = new Map(pack.practice.map((q) => [q.id, q]));
  const skillAreaOfPhase = new Map(pack.phases.map((p) => [p.id, p.skillArea]));
  const readinessAttempts = async () => (await db.quizAttempts.orderBy('takenAt').toArray()).filter((a) => !isCertificationRound(a));

  /** Grades a readiness quiz against the quiz bank. */
  function gradeQuiz(answers: RequestOf<'quiz:record'>['answers']): Result<QuizAnswer[]> {
    const graded: QuizAnswer[] = [];
    for (const [i, a] of answers.entries()) {
      const q = questions.get(a.questionId);
      if (!q) return fail('invalid-request', `Question "${a.questionId}" is not in the quiz.`, [{ path: `answers[${i}].questionId`, message: 'Unknown question.' }]);
      if (a.chosenIndex >= q.options.length) {
        return fail('invalid-request', `Question "${a.questionId}" has ${q.options.length} options.`, [{ path: `answers[${i}].chosenIndex`, message: 'No such option.' }]);
      }
      graded.push({ questionId: q.id, area: q.area, chosenIndex: a.chosenIndex, correct: a.chosenIndex === q.correctIndex });
    }
    return ok(graded);
  }

  /** Grades a practice round against one certification's bank (and one focus area, if given). */
  function gradeRound(certId: string, focusArea: string | undefined, answers: RequestOf<'quiz:record'>['answers']): Result<QuizAnswer[]> {
    const cert = pack.certifications.find((c) => c.id === certId);
    const area = cert?.phaseId ? skillAreaOfPhase.get(cert.phaseId) : undefined;
    if (!cert || cert.status !== 'active' || !area || !pack.practice.some((q) => q.certId === certId)) {
      return fail('invalid-request', `There is no practice for "${certId}".`, [{ path: 'certId', message: 'No practice bank for this certification.' }]);
    }
    if (focusArea !== undefined && !cert.focusAreas.includes(focusArea)) {
      return fail('invalid-request', `"${focusArea}" is not a focus area of ${cert.name}.`, [{ path: 'focusArea', message: 'Unknown focus area.' }]);
    }
    const graded: QuizAnswer[] = [];
    const seen = new Set<string>();
    for (const [i, a] of answers.entries()) {
      const q = practiceQuestions.get(a.questionId);
      const at = `answers[${i}]`;
      if (!q || q.certId !== certId) return fail('invalid-request', `Question "${a.questionId}" is not in the ${cert.name} practice bank.`, [{ path: `${at}.questionId`, message: 'Unknown question.' }]);
      if (focusArea !== undefined && q.focusArea !== focusArea) {
        return fail('invalid-request', `Question "${a.questionId}" is not about ${focusArea}.`, [{ path: `${at}.questionId`, message: 'Question of another focus area.' }]);
      }
      if (seen.has(q.id)) return fail('invalid-request', `Question "${q.id}" is answered twice.`, [{ path: `${at}.questionId`, message: 'Answered twice.' }]);
      seen.add(q.id);
      if (a.chosenIndex >= q.options.length) {
        return fail('invalid-request', `Question "${q.id}" has ${q.options.length} options.`, [{ path: `${at}.chosenIndex`, message: 'No such option.' }]);
      }
      graded.push({ questionId: q.id, area, chosenIndex: a.chosenIndex, correct: a.chosenIndex === q.correctIndex, focusArea: q.focusArea });
    }
    return ok(graded);
  }

  async function readiness(attempts: QuizAttempt[]) {
    const profile = (await db.profile.get(SINGLETON_KEY))?.profile;
    const answers = attempts.flatMap((a) => a.answers.map((x) => ({ questionId: x.questionId, area: x.area, correct: x.correct })));
    const result = readinessScore({ answers, selfRating: profile?.selfRating ?? null });
    return result.ok ? { overall: result.overall, byArea: result.byArea, strongest: result.strongest, weakest: result.weakest, basis: result.basis } : null;
  }

  return {
    async 'quiz:record'({ kind, answers, certId, focusArea }) {
      const graded = certId === undefined ? gradeQuiz(answers) : gradeRound(certId, focusArea, answers);
      if (!graded.ok) return graded;
      const at = now();
      const attempt: QuizAttempt = {
        id: `attempt.${at.getTime()}.${globalThis.crypto.randomUUID().slice(0, 8)}`,
        takenAt: at.toISOString(),
        kind,
        answers: graded.value,
        ...(certId !== undefined ? { certId } : {}),
        ...(focusArea !== undefined ? { focusArea } : {}),
      };
      // Only a practice round goes into review, so only it needs the review settings.
      const reviewSettings = certId === undefined ? null : ((await readSettings(db)).review ?? REVIEW_SETTINGS_DEFAULTS);
      await db.transaction('rw', db.quizAttempts, db.reviewCards, db.reviewLogs, async () => {
        await db.quizAttempts.add(attempt);
        // Practising feeds spaced review: each answer is that question's review (right is Good,
        // wrong is Again), so a missed question comes back tomorrow and a known one later, on
        // FSRS's schedule, under the certification that brought it in.
        if (certId !== undefined && reviewSettings) await reviewPracticeAnswers(db, certId, attempt.answers, at, reviewSettings);
      });
      const score = await readiness(await readinessAttempts());
      // A certification round scores nothing for readiness, so there may be nothing to score yet.
      if (isCertificationRound(attempt)) return ok({ attempt, readiness: score });
      if (!score) return fail('internal', 'The readiness score could not be computed.');
      // A readiness quiz refines the plan: answers adjust how long each area's milestones are.
      await ctx.replanAfterQuiz();
      return ok({ attempt, readiness: score });
    },

    async 'quiz:history'() {
      const attempts = await readinessAttempts();
      return ok({ attempts, readiness: await readiness(attempts) });
    },

    async 'practice:history'() {
      const attempts = (await db.quizAttempts.orderBy('takenAt').toArray()).filter(isCertificationRound);
      return ok({ attempts });
    },
  };
}
