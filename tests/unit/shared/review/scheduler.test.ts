import { describe, expect, it } from 'vitest';
import { REVIEW_SETTINGS_DEFAULTS, ReviewCardSchema, ReviewLogSchema, type ReviewCard } from '../../../../shared/domain/review';
import { dueDay, gradeCard, isDueBy, newReviewCard } from '../../../../shared/review/scheduler';
import { reviewAnswer, reviewItemsForMilestone, reviewPrompt } from '../../../../shared/review/items';
import { loadBuiltIn } from '../content/helpers';

const NO_FUZZ = { ...REVIEW_SETTINGS_DEFAULTS, fuzz: false };
const T0 = new Date('2026-12-01T10:00:00Z');
const fresh = () => newReviewCard({ itemId: 'gate.foundations.numpy-pandas', kind: 'gate-statement' }, ['phase.foundations.python-core'], T0);
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Grades at each due date in turn, returning the interval (days) each grade gave. */
function intervals(ratings: readonly ('again' | 'hard' | 'good' | 'easy')[], settings = NO_FUZZ): { card: ReviewCard; gaps: number[] } {
  let card = fresh();
  const gaps: number[] = [];
  for (const rating of ratings) {
    const at = new Date(card.due);
    card = gradeCard(card, rating, at, settings).card;
    gaps.push(days(at.toISOString(), card.due));
  }
  return { card, gaps };
}

describe('FSRS scheduling through ts-fsrs', () => {
  it('a new card is due at once and passes the stored schema', () => {
    const card = fresh();
    expect(card).toMatchObject({ state: 'new', reps: 0, due: T0.toISOString(), suspended: false, lastReview: null });
    expect(ReviewCardSchema.safeParse(card).success).toBe(true);
  });

  it('Good twice lengthens the interval; each grade is in whole days (no same-day steps)', () => {
    const { gaps, card } = intervals(['good', 'good', 'good']);
    expect(gaps[0]).toBeGreaterThanOrEqual(1);
    expect(gaps[1]).toBeGreaterThan(gaps[0]!);
    expect(gaps[2]).toBeGreaterThan(gaps[1]!);
    expect(card).toMatchObject({ state: 'review', reps: 3, lapses: 0 });
  });

  it('Again after Goods shortens the interval and counts a lapse', () => {
    const good = intervals(['good', 'good', 'good']);
    const lapsed = intervals(['good', 'good', 'good', 'again']);
    expect(lapsed.gaps[3]).toBeLessThan(good.gaps[2]!);
    expect(lapsed.card.lapses).toBe(1);
  });

  it('Easy schedules further out than Good, Hard nearer than Good, Again nearest', () => {
    const first = (r: 'again' | 'hard' | 'good' | 'easy') => intervals([r]).gaps[0]!;
    expect(first('again')).toBeLessThanOrEqual(first('hard'));
    expect(first('hard')).toBeLessThanOrEqual(first('good'));
    expect(first('good')).toBeLessThan(first('easy'));
  });

  it('a higher recall target and a lower maximum interval give shorter gaps', () => {
    const plenty = intervals(['good', 'good', 'good', 'good']).gaps.at(-1)!;
    const strict = intervals(['good', 'good', 'good', 'good'], { ...NO_FUZZ, requestRetention: 0.97 }).gaps.at(-1)!;
    expect(strict).toBeLessThan(plenty);
    const goods = ['good', 'good', 'good', 'good', 'good', 'good'] as const;
    expect(Math.max(...intervals(goods).gaps)).toBeGreaterThan(60);
    // ts-fsrs caps Hard at the maximum and keeps Good a day past Hard (and Easy past Good), so
    // a capped card settles within two days of the cap.
    const capped = intervals(goods, { ...NO_FUZZ, maximumIntervalDays: 10 }).gaps;
    expect(Math.max(...capped)).toBeLessThanOrEqual(12);
    expect(capped.slice(-3)).toEqual([capped.at(-1), capped.at(-1), capped.at(-1)]);
  });

  it('the log row names the grade, the state before it and where it moved the card', () => {
    const { card, log } = gradeCard(fresh(), 'hard', T0, NO_FUZZ, null);
    expect(log).toMatchObject({ id: `gate.foundations.numpy-pandas#1@${T0.toISOString()}`, rating: 'hard', state: 'new', nextDue: card.due, reviewedAt: T0.toISOString() });
    expect(ReviewLogSchema.safeParse(log).success).toBe(true);
  });
});

describe('due by the learner\'s local day', () => {
  const dueAt = (iso: string) => ({ due: iso, suspended: false });

  it('an instant is due on its day in the learner\'s zone, whatever the UTC date', () => {
    // 2026-12-03T23:30Z is the 4th in Auckland (+13) and still the 3rd in New York (−5).
    expect(dueDay(dueAt('2026-12-03T23:30:00Z'), 'Pacific/Auckland')).toBe('2026-12-04');
    expect(dueDay(dueAt('2026-12-03T23:30:00Z'), 'America/New_York')).toBe('2026-12-03');
    expect(isDueBy(dueAt('2026-12-03T23:30:00Z'), '2026-12-03', 'America/New_York')).toBe(true);
    expect(isDueBy(dueAt('2026-12-03T23:30:00Z'), '2026-12-03', 'Pacific/Auckland')).toBe(false);
  });

  it('a card due later today is already due all day; a suspended card never is', () => {
    expect(isDueBy(dueAt('2026-12-03T22:00:00Z'), '2026-12-03', 'UTC')).toBe(true);
    expect(isDueBy({ due: '2026-12-01T00:00:00Z', suspended: true }, '2026-12-03', 'UTC')).toBe(false);
  });
});

describe('review items of a milestone', () => {
  const pack = loadBuiltIn();

  it('are its phase\'s gate statements and the quiz questions of the phase\'s area', () => {
    const phase = pack.phases.find((p) => p.id === 'phase.mlops')!;
    const items = reviewItemsForMilestone(pack, phase.milestones[0]!.id);
    const gate = items.filter((i) => i.kind === 'gate-statement').map((i) => i.itemId);
    const quiz = items.filter((i) => i.kind === 'quiz-question').map((i) => i.itemId);
    expect(gate).toEqual(phase.gate.items.map((i) => i.id));
    expect(quiz).toEqual(pack.quiz.filter((q) => q.area === phase.skillArea).map((q) => q.id));
    expect(quiz.length).toBeGreaterThanOrEqual(6);
    expect(reviewItemsForMilestone(pack, 'phase.nope.nothing')).toEqual([]);
  });

  it('resolve to text, options for questions only, and the answer for questions only', () => {
    const gate = pack.phases[0]!.gate.items[0]!;
    expect(reviewPrompt(pack, { itemId: gate.id, kind: 'gate-statement' })).toEqual({ text: gate.text, context: pack.phases[0]!.gate.title, options: null });
    expect(reviewAnswer(pack, { itemId: gate.id, kind: 'gate-statement' })).toBeNull();
    const q = pack.quiz[0]!;
    expect(reviewPrompt(pack, { itemId: q.id, kind: 'quiz-question' })?.options).toEqual(q.options);
    expect(reviewAnswer(pack, { itemId: q.id, kind: 'quiz-question' })).toEqual({ correctIndex: q.correctIndex, explanation: q.explanation });
    expect(reviewPrompt(pack, { itemId: 'quiz.gone', kind: 'quiz-question' })).toBeNull();
    // A practice question names its exam and focus area, for every recommendable certification's bank.
    for (const p of pack.practice) {
      const cert = pack.certifications.find((c) => c.id === p.certId)!;
      const context = `${cert.code ?? cert.name} practice · ${p.focusArea}`;
      expect(reviewPrompt(pack, { itemId: p.id, kind: 'practice-question' })).toEqual({ text: p.prompt, context, options: p.options });
      expect(reviewAnswer(pack, { itemId: p.id, kind: 'practice-question' })).toEqual({ correctIndex: p.correctIndex, explanation: p.explanation });
    }
    expect(reviewPrompt(pack, { itemId: 'practice.gone', kind: 'practice-question' })).toBeNull();
  });
});
