/**
 * How ready the learner is, per skill area and overall, from quiz answers and/or a self-rating.
 *
 * Owns: `readinessScore`. The blend, per area:
 *  - quiz score   = correct / answered × 100 (answers in that area only)
 *  - rating score = selfRating / 4 × 100 (the 0–4 scale: 0 = never touched it … 4 = confident)
 *  - both present: quizWeight = n / (n + 5) for n answers in the area, so the quiz counts as much
 *    as the self-rating after 5 answers, 80 % after 20, and keeps growing. A quiz is evidence; a
 *    self-rating is a prior that people reliably get wrong in both directions, so more evidence
 *    should outweigh it, but two lucky answers should not erase it.
 *  - only one present: that one. Neither (quiz-only learner who skipped an area): 0 — no evidence
 *    counts as "not ready yet", which also makes that area the weakest, i.e. where to look next.
 *  - overall = mean of the three unrounded area scores, then rounded (areas weigh equally: the
 *    roadmap needs all three). All outputs are integers 0–100, rounded half up.
 *  - strongest / weakest compare the rounded area scores the UI shows, so the choice never
 *    depends on invisible decimals; ties go to the area listed first in SKILL_AREAS. When all
 *    areas tie, strongest and weakest are the same area.
 *  - If a questionId appears more than once, the last answer counts (a retake supersedes).
 * Pure and deterministic; bad input is returned as `{ ok: false, error }`, never thrown.
 */
import { SKILL_AREAS, type SkillArea } from '../domain/skill-area';
import { fail, type PlannerFailure } from './result';

export const SELF_RATING_MAX = 4;
/** Answers in an area at which quiz and self-rating weigh the same. */
export const QUIZ_HALF_WEIGHT_ANSWERS = 5;

export interface ReadinessAnswer {
  questionId: string;
  area: SkillArea;
  correct: boolean;
}

export type SelfRating = Record<SkillArea, number>;
export type ReadinessBasis = 'quiz' | 'self-rating' | 'both';

export interface Readiness {
  overall: number;
  byArea: Record<SkillArea, number>;
  strongest: SkillArea;
  weakest: SkillArea;
  basis: ReadinessBasis;
}

export type ReadinessErrorCode = 'no-data' | 'invalid-answer' | 'invalid-self-rating';
export type ReadinessResult = ({ ok: true } & Readiness) | PlannerFailure<ReadinessErrorCode>;

export interface ReadinessInput {
  answers: readonly ReadinessAnswer[];
  selfRating: SelfRating | null;
}

const isSkillArea = (value: unknown): value is SkillArea => (SKILL_AREAS as readonly unknown[]).includes(value);

/** Round half up, immune to float noise such as 62.49999999999999 for an exact 62.5. */
function roundScore(value: number): number {
  return Math.round(Math.round(value * 1e6) / 1e6);
}

export function readinessScore(input: ReadinessInput): ReadinessResult {
  if (!Array.isArray(input.answers)) return fail('invalid-answer', 'Answers must be a list.');
  const latest = new Map<string, ReadinessAnswer>();
  for (const [i, answer] of input.answers.entries()) {
    const a = answer as Partial<ReadinessAnswer> | null;
    if (typeof a?.questionId !== 'string' || a.questionId.length === 0) {
      return fail('invalid-answer', `Answer ${i + 1}: question id is required.`);
    }
    if (!isSkillArea(a.area)) {
      return fail('invalid-answer', `Answer ${i + 1}: area must be one of ${SKILL_AREAS.join(', ')}.`);
    }
    if (typeof a.correct !== 'boolean') return fail('invalid-answer', `Answer ${i + 1}: correct must be true or false.`);
    // Delete first so the map's order follows the last occurrence (kept deterministic either way).
    latest.delete(a.questionId);
    latest.set(a.questionId, { questionId: a.questionId, area: a.area, correct: a.correct });
  }

  const rating = input.selfRating;
  if (rating !== null) {
    if (typeof rating !== 'object' || Array.isArray(rating)) {
      return fail('invalid-self-rating', 'Self-rating must give a 0–4 rating for each area.');
    }
    const extra = Object.keys(rating).filter((k) => !isSkillArea(k));
    if (extra.length > 0) return fail('invalid-self-rating', `Self-rating has unknown area(s): ${extra.join(', ')}.`);
    for (const area of SKILL_AREAS) {
      const value = (rating as Partial<SelfRating>)[area];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > SELF_RATING_MAX) {
        return fail('invalid-self-rating', `Self-rating for ${area} must be a whole number from 0 to ${SELF_RATING_MAX}.`);
      }
    }
  }

  if (latest.size === 0 && rating === null) {
    return fail('no-data', 'Take the readiness quiz or rate yourself to get a readiness score.');
  }

  const exact = {} as Record<SkillArea, number>;
  for (const area of SKILL_AREAS) {
    let answered = 0;
    let correct = 0;
    for (const a of latest.values()) {
      if (a.area !== area) continue;
      answered += 1;
      if (a.correct) correct += 1;
    }
    const quiz = answered > 0 ? (correct / answered) * 100 : null;
    const self = rating !== null ? (rating[area] / SELF_RATING_MAX) * 100 : null;
    if (quiz !== null && self !== null) {
      const w = answered / (answered + QUIZ_HALF_WEIGHT_ANSWERS);
      exact[area] = w * quiz + (1 - w) * self;
    } else {
      exact[area] = quiz ?? self ?? 0;
    }
  }

  const byArea = {} as Record<SkillArea, number>;
  for (const area of SKILL_AREAS) byArea[area] = roundScore(exact[area]);
  const overall = roundScore(SKILL_AREAS.reduce((sum, area) => sum + exact[area], 0) / SKILL_AREAS.length);

  let strongest: SkillArea = SKILL_AREAS[0];
  let weakest: SkillArea = SKILL_AREAS[0];
  for (const area of SKILL_AREAS) {
    if (byArea[area] > byArea[strongest]) strongest = area;
    if (byArea[area] < byArea[weakest]) weakest = area;
  }

  const basis: ReadinessBasis = latest.size > 0 && rating !== null ? 'both' : latest.size > 0 ? 'quiz' : 'self-rating';
  return { ok: true, overall, byArea, strongest, weakest, basis };
}
