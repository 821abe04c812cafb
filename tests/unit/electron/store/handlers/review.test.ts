import { describe, expect, it } from 'vitest';
import { REVIEW_SETTINGS_DEFAULTS } from '../../../../../shared/domain/review';
import { reviewItemsForMilestone } from '../../../../../shared/review/items';
import { createInternalService } from '../../../../../electron/store/internal-service';
import { PROFILE, setupService } from '../setup';

const MILESTONE = 'phase.foundations.python-core';
const BERLIN = { ...PROFILE, availability: { timeZone: 'Europe/Berlin', windows: [{ weekday: 0, start: '18:00', end: '21:00' }], sessionMinutes: { min: 30, max: 60 } } };

async function ticked(nowIso = '2026-11-23T09:30:00Z') {
  const service = setupService(nowIso);
  await service.handlers['profile:save'](BERLIN);
  const tick = await service.handlers['milestone:set-done']({ id: MILESTONE, done: true });
  expect(tick.ok).toBe(true);
  return service;
}

describe('ticking a milestone puts its items in review', () => {
  it('creates a card per gate statement and area question, due now, in the tick\'s transaction', async () => {
    const { db, pack, handlers } = await ticked();
    const items = reviewItemsForMilestone(pack, MILESTONE);
    expect(pack.phases[0]!.milestones.some((m) => m.id === MILESTONE)).toBe(true);
    const cards = await db.reviewCards.toArray();
    expect(cards.map((c) => c.itemId).sort()).toEqual(items.map((i) => i.itemId).sort());
    expect(cards.every((c) => c.sources.join() === MILESTONE && c.state === 'new' && !c.suspended)).toBe(true);
    const queue = await handlers['review:queue']({});
    expect(queue).toMatchObject({ ok: true, value: { today: '2026-11-23', timeZone: 'Europe/Berlin', dueToday: items.length, active: items.length, suspended: 0 } });
    if (!queue.ok) return;
    const gate = queue.value.items.find((i) => i.kind === 'gate-statement')!;
    expect(gate.options).toBeNull();
    expect(gate.text).toBe(pack.phases[0]!.gate.items.find((i) => i.id === gate.itemId)!.text);
    expect(queue.value.items.find((i) => i.kind === 'quiz-question')!.options).toHaveLength(4);
  });

  it('ticking a second milestone of the same phase adds it as a source without new cards', async () => {
    const { db, handlers, pack } = await ticked();
    const before = await db.reviewCards.count();
    const other = pack.phases[0]!.milestones[1]!.id;
    await handlers['milestone:set-done']({ id: other, done: true });
    expect(await db.reviewCards.count()).toBe(before);
    expect((await db.reviewCards.toArray()).every((c) => c.sources.includes(MILESTONE) && c.sources.includes(other))).toBe(true);
    // Unticking one keeps them active (the other still holds them); unticking both suspends them.
    await handlers['milestone:set-done']({ id: MILESTONE, done: false });
    expect((await db.reviewCards.toArray()).every((c) => !c.suspended && c.sources.join() === other)).toBe(true);
    await handlers['milestone:set-done']({ id: other, done: false });
    expect((await db.reviewCards.toArray()).every((c) => c.suspended)).toBe(true);
    expect(await handlers['review:queue']({})).toMatchObject({ ok: true, value: { dueToday: 0, active: 0, suspended: before } });
  });

  it('unticking suspends but keeps the history; ticking again resumes where it was', async () => {
    const { db, handlers } = await ticked();
    const graded = await handlers['review:grade']({ itemId: 'gate.foundations.numpy-pandas', rating: 'good' });
    expect(graded.ok).toBe(true);
    await handlers['milestone:set-done']({ id: MILESTONE, done: false });
    expect(await handlers['review:grade']({ itemId: 'gate.foundations.debug-python', rating: 'good' })).toMatchObject({ ok: false, error: { code: 'conflict', message: /paused/ } });
    await handlers['milestone:set-done']({ id: MILESTONE, done: true });
    const card = await db.reviewCards.get('gate.foundations.numpy-pandas');
    expect(card).toMatchObject({ suspended: false, reps: 1, state: 'review' });
    expect(await db.reviewLogs.count()).toBe(1);
  });
});

describe('grading', () => {
  it('a statement takes the learner\'s grade; FSRS moves it out of today and logs it', async () => {
    const { db, handlers } = await ticked();
    const before = await handlers['review:queue']({});
    const result = await handlers['review:grade']({ itemId: 'gate.foundations.numpy-pandas', rating: 'good' });
    expect(result).toMatchObject({ ok: true, value: { rating: 'good', correct: null, answer: null } });
    if (!result.ok || !before.ok) return;
    expect(result.value.nextDueDay > '2026-11-23').toBe(true);
    expect(result.value.intervalDays).toBeGreaterThanOrEqual(1);
    expect(result.value.remaining).toBe(before.value.dueToday - 1);
    const logs = await db.reviewLogs.toArray();
    expect(logs).toMatchObject([{ itemId: 'gate.foundations.numpy-pandas', rating: 'good', state: 'new', answer: null, nextDue: result.value.nextDue }]);
    // Not due again today: a second grade is refused and changes nothing.
    expect(await handlers['review:grade']({ itemId: 'gate.foundations.numpy-pandas', rating: 'easy' })).toMatchObject({ ok: false, error: { code: 'conflict', message: /not due until/ } });
    expect(await db.reviewLogs.count()).toBe(1);
  });

  it('a question is graded by its answer: right is Good, wrong is Again, and the answer is shown', async () => {
    const { handlers, pack } = await ticked();
    const [q1, q2] = pack.quiz.filter((q) => q.area === pack.phases[0]!.skillArea);
    const right = await handlers['review:grade']({ itemId: q1!.id, chosenIndex: q1!.correctIndex });
    expect(right).toMatchObject({ ok: true, value: { rating: 'good', correct: true, answer: { correctIndex: q1!.correctIndex, explanation: q1!.explanation } } });
    const wrong = await handlers['review:grade']({ itemId: q2!.id, chosenIndex: (q2!.correctIndex + 1) % 4 });
    expect(wrong).toMatchObject({ ok: true, value: { rating: 'again', correct: false } });
    if (right.ok && wrong.ok) expect(wrong.value.intervalDays).toBeLessThan(right.value.intervalDays);
  });

  it('refuses a grade of the wrong form, an unknown item or an option out of range; nothing changes', async () => {
    const { db, handlers, pack } = await ticked();
    const q = pack.quiz.find((x) => x.area === pack.phases[0]!.skillArea)!;
    expect(await handlers['review:grade']({ itemId: q.id, rating: 'good' })).toMatchObject({ ok: false, error: { code: 'invalid-request', message: /Answer the question/ } });
    expect(await handlers['review:grade']({ itemId: 'gate.foundations.numpy-pandas', chosenIndex: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-request', message: /Grade this statement/ } });
    expect(await handlers['review:grade']({ itemId: q.id, chosenIndex: 7 })).toMatchObject({ ok: false, error: { code: 'invalid-request', message: /between 0 and 3/ } });
    expect(await handlers['review:grade']({ itemId: 'gate.mlops.unknown', rating: 'good' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await db.reviewLogs.count()).toBe(0);
  });

  it('is scheduled with the FSRS parameters in settings', async () => {
    const { handlers, setNow } = await ticked();
    const id = 'gate.foundations.numpy-pandas';
    const updated = await handlers['settings:update']({ review: { requestRetention: 0.9, maximumIntervalDays: 2, fuzz: false } });
    expect(updated.ok && updated.value.review).toEqual({ requestRetention: 0.9, maximumIntervalDays: 2, fuzz: false });
    let day = '2026-11-23T09:30:00Z';
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      setNow(day);
      const r = await handlers['review:grade']({ itemId: id, rating: 'good' });
      if (!r.ok) throw new Error(r.error.message);
      gaps.push(r.value.intervalDays);
      day = r.value.nextDue;
    }
    // Capped near 2 days (ts-fsrs keeps Good past Hard, which it caps), where the defaults
    // reach about two months after four Goods (scheduler.test.ts).
    expect(Math.max(...gaps)).toBeLessThanOrEqual(4);
  });

  it('reads the defaults when settings were stored before review existed', async () => {
    const { handlers } = setupService();
    const settings = await handlers['settings:get']({});
    expect(settings.ok && settings.value.review).toEqual(REVIEW_SETTINGS_DEFAULTS);
  });

  it('judges "due today" by the learner\'s day: a card due on the local morning is due from local midnight', async () => {
    // 2026-11-23T23:30Z is already the 24th in Berlin.
    const { handlers, setNow } = await ticked('2026-11-20T09:30:00Z');
    const graded = await handlers['review:grade']({ itemId: 'gate.foundations.numpy-pandas', rating: 'again' });
    if (!graded.ok) throw new Error(graded.error.message);
    const dueDay = graded.value.nextDueDay;
    // Just before the learner's midnight of the due day (in Berlin, UTC+1 in November) it is not due…
    setNow(new Date(Date.parse(`${dueDay}T00:00:00+01:00`) - 60_000).toISOString());
    let queue = await handlers['review:queue']({});
    expect(queue.ok && queue.value.items.some((i) => i.itemId === 'gate.foundations.numpy-pandas')).toBe(false);
    // …and a minute after it, it is, although in UTC it is still the day before.
    setNow(new Date(Date.parse(`${dueDay}T00:00:00+01:00`) + 60_000).toISOString());
    queue = await handlers['review:queue']({});
    expect(queue.ok && queue.value.items.some((i) => i.itemId === 'gate.foundations.numpy-pandas')).toBe(true);
  });
});

describe('due reviews in the week and the digest', () => {
  it('the week with reviews due gets its review slot; a graded-out week does not', async () => {
    const { handlers, db } = await ticked();
    const due = await db.reviewCards.count();
    // The plan starts in March, so this week has no sessions: the slot goes into Monday's free window.
    const week = await handlers['week:get']({ weekStart: '2026-11-23' });
    expect(week.ok && week.value.reviewSlot).toEqual({ startUtc: '2026-11-23T17:00:00.000Z', endUtc: '2026-11-23T17:15:00.000Z', minutes: 15, dueCount: due, withinSessionId: null });
    // A week already over gets none, whatever is due.
    const past = await handlers['week:get']({ weekStart: '2026-11-16' });
    expect(past.ok && past.value.reviewSlot).toBeUndefined();
    // Unticked: paused cards are not due, so no slot.
    await handlers['milestone:set-done']({ id: MILESTONE, done: false });
    const after = await handlers['week:get']({ weekStart: '2026-11-23' });
    expect(after.ok && after.value.reviewSlot).toBeUndefined();
  });

  it('reminders:inputs carries when each active card is due, for the digest', async () => {
    const { db, handlers } = await ticked();
    const internal = createInternalService({ db });
    const inputs = await internal['reminders:inputs']({ nowUtc: '2026-11-23T09:30:00Z', fallbackTimeZone: 'UTC' });
    expect(inputs.ok && inputs.value.reviewDueUtc.length).toBe(await db.reviewCards.count());
    await handlers['milestone:set-done']({ id: MILESTONE, done: false });
    const paused = await internal['reminders:inputs']({ nowUtc: '2026-11-23T09:30:00Z', fallbackTimeZone: 'UTC' });
    expect(paused.ok && paused.value.reviewDueUtc).toEqual([]);
  });
});

describe('practice feeds review', () => {
  const MLA = 'cert.aws.mla-c01';

  it('each answered practice question becomes a review graded by the answer: wrong is due tomorrow, right later', async () => {
    const { db, pack, handlers, setNow } = setupService('2026-11-23T09:30:00Z');
    await handlers['profile:save'](BERLIN);
    const [right, wrong] = pack.practice.filter((q) => q.certId === MLA);
    const round = await handlers['quiz:record']({
      kind: 'practice',
      certId: MLA,
      answers: [
        { questionId: right!.id, chosenIndex: right!.correctIndex },
        { questionId: wrong!.id, chosenIndex: (wrong!.correctIndex + 1) % wrong!.options.length },
      ],
    });
    expect(round.ok).toBe(true);
    const cards = new Map((await db.reviewCards.toArray()).map((c) => [c.itemId, c]));
    expect([...cards.keys()].sort()).toEqual([right!.id, wrong!.id].sort());
    for (const card of cards.values()) expect(card).toMatchObject({ kind: 'practice-question', sources: [MLA], suspended: false, reps: 1 });
    const logs = await db.reviewLogs.toArray();
    expect(logs.map((l) => [l.itemId, l.rating, l.answer?.correct]).sort()).toEqual(
      [
        [right!.id, 'good', true],
        [wrong!.id, 'again', false],
      ].sort(),
    );
    expect(cards.get(wrong!.id)!.due < cards.get(right!.id)!.due).toBe(true);

    // Nothing is due on the day it was practised; the missed one is back the next day, with its exam and focus area.
    expect(await handlers['review:queue']({})).toMatchObject({ ok: true, value: { dueToday: 0 } });
    setNow('2026-11-24T09:30:00Z');
    const queue = await handlers['review:queue']({});
    expect(queue.ok).toBe(true);
    if (!queue.ok) return;
    expect(queue.value.items.map((i) => i.itemId)).toEqual([wrong!.id]);
    expect(queue.value.items[0]).toMatchObject({ kind: 'practice-question', text: wrong!.prompt, context: `MLA-C01 practice · ${wrong!.focusArea}`, options: wrong!.options });

    // Answered right on the Review screen, it moves out like any review question.
    const graded = await handlers['review:grade']({ itemId: wrong!.id, chosenIndex: wrong!.correctIndex });
    expect(graded).toMatchObject({ ok: true, value: { correct: true, rating: 'good', remaining: 0 } });
  });

  it('a readiness quiz adds no review cards, and a refused round adds none either', async () => {
    const { db, pack, handlers } = setupService('2026-11-23T09:30:00Z');
    await handlers['profile:save'](BERLIN);
    await handlers['quiz:record']({ kind: 'quick', answers: pack.quiz.slice(0, 3).map((q) => ({ questionId: q.id, chosenIndex: q.correctIndex })) });
    const q = pack.practice.find((x) => x.certId === MLA)!;
    const refused = await handlers['quiz:record']({ kind: 'practice', certId: MLA, answers: [{ questionId: q.id, chosenIndex: 9 }] });
    expect(refused.ok).toBe(false);
    expect(await db.reviewCards.count()).toBe(0);
    expect(await db.reviewLogs.count()).toBe(0);
  });
});
