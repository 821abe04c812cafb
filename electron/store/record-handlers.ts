/**
 * The learner's own records: certification checklist, quiz attempts and readiness, spending,
 * project and gate checklists, app settings, and the full reset. Ids in requests are checked
 * against the content pack, so nothing is stored against an item that does not exist.
 */
import { certificationDateIssues, shiftMonths } from '../../shared/domain/date-range';
import type { CertificationStatus, QuizAttempt } from '../../shared/domain/records';
import { fail, ok } from '../../shared/ipc/result';
import { readinessScore } from '../../shared/planner/readiness';
import type { StoreContext } from './context';
import { DEFAULT_SETTINGS, SINGLETON_KEY, TABLES } from './db';
import type { Handlers } from './service';
import { readSettings, updateSettings } from './settings-store';

type RecordChannels =
  | 'certification:list'
  | 'certification:update'
  | 'quiz:record'
  | 'quiz:history'
  | 'spending:list'
  | 'spending:add'
  | 'spending:delete'
  | 'checklist:list'
  | 'checklist:set'
  | 'settings:get'
  | 'settings:update'
  | 'data:reset';

export function recordHandlers(ctx: StoreContext): Pick<Handlers, RecordChannels> {
  const { db, pack, now, emit } = ctx;
  const certs = new Map(pack.certifications.map((c) => [c.id, c]));
  const questions = new Map(pack.quiz.map((q) => [q.id, q]));
  const checklistItems = new Set([
    ...pack.projects.flatMap((p) => p.checklist.map((i) => i.id)),
    ...pack.phases.flatMap((p) => p.gate.items.map((i) => i.id)),
  ]);

  async function readiness(attempts: QuizAttempt[]) {
    const profile = (await db.profile.get(SINGLETON_KEY))?.profile;
    const answers = attempts.flatMap((a) => a.answers.map((x) => ({ questionId: x.questionId, area: x.area, correct: x.correct })));
    const result = readinessScore({ answers, selfRating: profile?.selfRating ?? null });
    return result.ok ? { overall: result.overall, byArea: result.byArea, strongest: result.strongest, weakest: result.weakest, basis: result.basis } : null;
  }

  return {
    async 'certification:list'() {
      return ok(await db.certifications.orderBy('certId').toArray());
    },

    async 'certification:update'(request) {
      const cert = certs.get(request.certId);
      if (!cert) return fail('not-found', `Certification "${request.certId}" is not in MLE Path's list.`);
      if (cert.status === 'retired' && request.status !== 'passed' && request.status !== 'renewal-due') {
        const replacement = cert.replacedBy ? certs.get(cert.replacedBy) : undefined;
        return fail(
          'conflict',
          `${cert.name} was retired${cert.retiredOn ? ` on ${cert.retiredOn}` : ''}${replacement ? `; plan ${replacement.name} instead` : ''}.`,
        );
      }
      const [previous, profileRow] = await Promise.all([db.certifications.get(request.certId), db.profile.get(SINGLETON_KEY)]);
      // The checks relative to today (the learner's today, by the store's clock): the request
      // schema bounds the years only, because schemas have no clock.
      const issues = certificationDateIssues(request, ctx.today(profileRow?.profile), previous?.examDate ?? null);
      if (issues.length > 0) return fail('invalid-request', issues.map((i) => i.message).join(' '), issues);
      // Calendar months on the date's own text: a pass date in range gives an expiry in range.
      const expiresOn = request.passedOn && cert.validityYears ? shiftMonths(request.passedOn, Math.round(cert.validityYears * 12)) : null;
      const row: CertificationStatus = { ...request, expiresOn, updatedAt: now().toISOString() };
      await db.transaction('rw', db.certifications, async () => {
        await db.certifications.put(row);
      });
      // A booking (or un-booking) is a fixed point the plan must respect.
      const bookingChanged = (previous?.status === 'exam-booked') !== (row.status === 'exam-booked') || previous?.examDate !== row.examDate;
      if (bookingChanged) await ctx.replanAndAnnounce();
      return ok(row);
    },

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

    async 'spending:list'() {
      return ok(await db.spending.orderBy('date').toArray());
    },

    async 'spending:add'(request) {
      if (request.certId && !certs.has(request.certId)) return fail('not-found', `Certification "${request.certId}" is not in MLE Path's list.`);
      const row = { ...request, id: `spend.${now().getTime()}.${globalThis.crypto.randomUUID().slice(0, 8)}` };
      await db.transaction('rw', db.spending, async () => {
        await db.spending.add(row);
      });
      return ok(row);
    },

    async 'spending:delete'({ id }) {
      const removed = await db.transaction('rw', db.spending, async () => {
        const existing = await db.spending.get(id);
        if (existing) await db.spending.delete(id);
        return Boolean(existing);
      });
      return removed ? ok({ id }) : fail('not-found', 'That expense no longer exists.');
    },

    async 'checklist:list'() {
      return ok(await db.checklistTicks.orderBy('itemId').toArray());
    },

    async 'checklist:set'({ itemId, checked }) {
      if (!checklistItems.has(itemId)) return fail('not-found', `Checklist item "${itemId}" is not in MLE Path's content.`);
      return db.transaction('rw', db.checklistTicks, async () => {
        if (checked) {
          if (!(await db.checklistTicks.get(itemId))) await db.checklistTicks.put({ itemId, checkedAt: now().toISOString() });
        } else {
          await db.checklistTicks.delete(itemId);
        }
        return ok(await db.checklistTicks.orderBy('itemId').toArray());
      });
    },

    async 'settings:get'() {
      return ok(await readSettings(db));
    },

    async 'settings:update'(patch) {
      return ok(await updateSettings(db, patch, emit));
    },

    async 'data:reset'() {
      await db.transaction('rw', TABLES.map((t) => db.table(t)), async () => {
        for (const t of TABLES) await db.table(t).clear();
        await db.settings.put({ key: SINGLETON_KEY, ...DEFAULT_SETTINGS });
      });
      emit('settings:changed', DEFAULT_SETTINGS);
      return ok({ cleared: [...TABLES] });
    },
  };
}
