/**
 * The readiness quiz as data: drawing a quick quiz or an area's practice set from the content
 * pack, scoring one attempt, and the readiness curve over the stored attempts. The curve uses
 * the planner's own `readinessScore` on the answers known after each attempt, so its last point
 * is exactly the readiness main reports.
 */
import { quickQuiz } from '../../../shared/content/quick-quiz';
import type { ContentPack, QuizQuestion } from '../../../shared/content/schema';
import type { QuizAttempt } from '../../../shared/domain/records';
import { SKILL_AREA_LABELS, SKILL_AREAS, type SkillArea } from '../../../shared/domain/skill-area';
import { readinessScore, type SelfRating } from '../../../shared/planner/readiness';

export type { QuizQuestion };
export type QuizKind = QuizAttempt['kind'];

export { SKILL_AREA_LABELS, SKILL_AREAS, type SkillArea };

export interface ActiveQuiz {
  kind: QuizKind;
  /** Set for a practice quiz: the one area it covers. */
  area: SkillArea | null;
  questions: readonly QuizQuestion[];
}

/** The questions of one area, in the pack's order. */
export const questionsInArea = (pack: ContentPack, area: SkillArea) => pack.quiz.filter((q) => q.area === area);

/** Two questions per area, drawn by `seed` (the current time: a different set most times). */
export function startQuickQuiz(pack: ContentPack, seed: number): ActiveQuiz {
  return { kind: 'quick', area: null, questions: quickQuiz(pack, seed) };
}

export function startPractice(pack: ContentPack, area: SkillArea): ActiveQuiz {
  return { kind: 'practice', area, questions: questionsInArea(pack, area) };
}

export interface AttemptScore {
  correct: number;
  answered: number;
  /** 0–100, rounded. */
  percent: number;
}

export function attemptScore(attempt: QuizAttempt): AttemptScore {
  const correct = attempt.answers.filter((a) => a.correct).length;
  const answered = attempt.answers.length;
  return { correct, answered, percent: answered === 0 ? 0 : Math.round((correct / answered) * 100) };
}

/** "Quick quiz" or "Practice: ML modelling" — a practice attempt's answers are all in one area. */
export function attemptLabel(attempt: QuizAttempt): string {
  if (attempt.kind === 'quick') return 'Quick quiz';
  const areas = new Set(attempt.answers.map((a) => a.area));
  const [area] = areas;
  return areas.size === 1 && area ? `Practice: ${SKILL_AREA_LABELS[area]}` : 'Practice';
}

export interface ReadinessPoint {
  attempt: QuizAttempt;
  score: AttemptScore;
  /** Overall readiness once this attempt was counted; null if it could not be computed. */
  readiness: number | null;
}

/** Attempts oldest first, each with the overall readiness after it. */
export function readinessHistory(attempts: readonly QuizAttempt[], selfRating: SelfRating | null): ReadinessPoint[] {
  const sorted = [...attempts].sort((a, b) => (a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : 0));
  const answers: { questionId: string; area: SkillArea; correct: boolean }[] = [];
  return sorted.map((attempt) => {
    for (const a of attempt.answers) answers.push({ questionId: a.questionId, area: a.area, correct: a.correct });
    const result = readinessScore({ answers, selfRating });
    return { attempt, score: attemptScore(attempt), readiness: result.ok ? result.overall : null };
  });
}

/** Splits `code` spans out of a prompt so they can be shown in a monospace face. */
export function promptParts(text: string): { code: boolean; text: string }[] {
  return text
    .split(/`([^`]+)`/)
    .map((part, i) => ({ code: i % 2 === 1, text: part }))
    .filter((p) => p.text !== '');
}
