import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SKILL_AREAS, type SkillArea } from '../../../../shared/domain/skill-area';
import { readinessScore, type ReadinessAnswer } from '../../../../shared/planner/readiness';

const answers = (area: SkillArea, correct: number, wrong: number, prefix = area): ReadinessAnswer[] => [
  ...Array.from({ length: correct }, (_, i) => ({ questionId: `${prefix}-c${i}`, area, correct: true })),
  ...Array.from({ length: wrong }, (_, i) => ({ questionId: `${prefix}-w${i}`, area, correct: false })),
];

describe('readinessScore', () => {
  it('scores from the quiz alone; an unanswered area counts as 0', () => {
    const result = readinessScore({
      answers: [...answers('python-foundations', 3, 1), ...answers('ml-modelling', 1, 1)],
      selfRating: null,
    });
    expect(result).toEqual({
      ok: true,
      overall: 42, // (75 + 50 + 0) / 3 = 41.67
      byArea: { 'python-foundations': 75, 'ml-modelling': 50, 'mlops-deployment': 0 },
      strongest: 'python-foundations',
      weakest: 'mlops-deployment',
      basis: 'quiz',
    });
  });

  it('scores from the self-rating alone (rating / 4)', () => {
    const result = readinessScore({ answers: [], selfRating: { 'python-foundations': 2, 'ml-modelling': 4, 'mlops-deployment': 1 } });
    expect(result).toEqual({
      ok: true,
      overall: 58, // (50 + 100 + 25) / 3 = 58.33
      byArea: { 'python-foundations': 50, 'ml-modelling': 100, 'mlops-deployment': 25 },
      strongest: 'ml-modelling',
      weakest: 'mlops-deployment',
      basis: 'self-rating',
    });
  });

  it('blends with quiz weight n / (n + 5)', () => {
    const result = readinessScore({
      answers: [
        ...answers('python-foundations', 5, 0), // quiz 100, weight 5/10 → with rating 50: 75
        ...answers('mlops-deployment', 10, 10), // quiz 50, weight 20/25 → with rating 0: 40
      ],
      selfRating: { 'python-foundations': 2, 'ml-modelling': 4, 'mlops-deployment': 0 }, // ml: rating only → 100
    });
    expect(result).toMatchObject({
      ok: true,
      overall: 72, // (75 + 100 + 40) / 3 = 71.67
      byArea: { 'python-foundations': 75, 'ml-modelling': 100, 'mlops-deployment': 40 },
      strongest: 'ml-modelling',
      weakest: 'mlops-deployment',
      basis: 'both',
    });
  });

  it('breaks ties by SKILL_AREAS order and rounds half up', () => {
    const result = readinessScore({ answers: [], selfRating: { 'python-foundations': 2, 'ml-modelling': 2, 'mlops-deployment': 2 } });
    expect(result).toMatchObject({ strongest: 'python-foundations', weakest: 'python-foundations', overall: 50 });
    // 1 of 8 correct = 12.5 → 13
    const half = readinessScore({ answers: answers('ml-modelling', 1, 7), selfRating: null });
    expect(half.ok && half.byArea['ml-modelling']).toBe(13);
    expect(half).toMatchObject({ strongest: 'ml-modelling', weakest: 'python-foundations' });
  });

  it('counts only the last answer to a repeated question', () => {
    const result = readinessScore({
      answers: [
        { questionId: 'q1', area: 'ml-modelling', correct: false },
        { questionId: 'q1', area: 'ml-modelling', correct: true },
      ],
      selfRating: null,
    });
    expect(result.ok && result.byArea['ml-modelling']).toBe(100);
  });

  it('returns errors for no data and bad input', () => {
    expect(readinessScore({ answers: [], selfRating: null })).toEqual({
      ok: false,
      error: { code: 'no-data', message: 'Take the readiness quiz or rate yourself to get a readiness score.' },
    });
    const rating = (over: object) => ({ 'python-foundations': 2, 'ml-modelling': 2, 'mlops-deployment': 2, ...over });
    const code = (input: unknown) => {
      const r = readinessScore(input as Parameters<typeof readinessScore>[0]);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code({ answers: [], selfRating: rating({ 'ml-modelling': 5 }) })).toBe('invalid-self-rating');
    expect(code({ answers: [], selfRating: rating({ 'ml-modelling': -1 }) })).toBe('invalid-self-rating');
    expect(code({ answers: [], selfRating: rating({ 'ml-modelling': 1.5 }) })).toBe('invalid-self-rating');
    expect(code({ answers: [], selfRating: rating({ statistics: 3 }) })).toBe('invalid-self-rating');
    expect(code({ answers: [], selfRating: { 'python-foundations': 2 } })).toBe('invalid-self-rating');
    expect(code({ answers: [{ questionId: 'q', area: 'cooking', correct: true }], selfRating: null })).toBe('invalid-answer');
    expect(code({ answers: [{ questionId: '', area: 'ml-modelling', correct: true }], selfRating: null })).toBe('invalid-answer');
    expect(code({ answers: [{ questionId: 'q', area: 'ml-modelling', correct: 1 }], selfRating: null })).toBe('invalid-answer');
  });

  it('always yields integers in 0–100, consistent extremes, independent of answer order (property)', () => {
    const answerArb = fc.record({ area: fc.constantFrom(...SKILL_AREAS), correct: fc.boolean() });
    const ratingArb = fc.option(
      fc.record({
        'python-foundations': fc.integer({ min: 0, max: 4 }),
        'ml-modelling': fc.integer({ min: 0, max: 4 }),
        'mlops-deployment': fc.integer({ min: 0, max: 4 }),
      }),
      { nil: null },
    );
    fc.assert(
      fc.property(fc.array(answerArb, { maxLength: 40 }), ratingArb, fc.integer(), (raw, selfRating, seed) => {
        const list = raw.map((a, i) => ({ questionId: `q${i}`, ...a }));
        const result = readinessScore({ answers: list, selfRating });
        if (list.length === 0 && selfRating === null) {
          expect(result.ok).toBe(false);
          return;
        }
        if (!result.ok) throw new Error(result.error.message);
        for (const value of [result.overall, ...Object.values(result.byArea)]) {
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
        expect(result.byArea[result.strongest]).toBe(Math.max(...Object.values(result.byArea)));
        expect(result.byArea[result.weakest]).toBe(Math.min(...Object.values(result.byArea)));
        const shuffled = [...list].sort((a, b) => ((a.questionId.length * 31 + seed) % 7) - ((b.questionId.length * 17 + seed) % 5));
        expect(readinessScore({ answers: shuffled, selfRating })).toEqual(result);
      }),
      { numRuns: 200 },
    );
  });
});
