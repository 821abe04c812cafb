/**
 * Certification practice as pure decisions: which certifications have a bank, the questions of a
 * round, grading a round, and the learner's standing per focus area from past rounds.
 *
 * Zod-free (types only from the schema), so the renderer and the store share it.
 */
import type { Certification, ContentPack, PracticeQuestion } from '../content/schema';
import { mulberry32 } from '../content/quick-quiz';
import type { QuizAttempt } from '../domain/records';

type PackPart = Pick<ContentPack, 'certifications' | 'practice'>;

/** Active certifications with a practice bank, in the sources' learning order. */
export function practiceCertifications(pack: PackPart): Certification[] {
  const withBank = new Set(pack.practice.map((q) => q.certId));
  return pack.certifications
    .filter((c) => c.status === 'active' && withBank.has(c.id))
    .sort((a, b) => (a.learningOrder ?? 99) - (b.learningOrder ?? 99) || a.id.localeCompare(b.id));
}

export function bankOf(pack: PackPart, certId: string): PracticeQuestion[] {
  return pack.practice.filter((q) => q.certId === certId);
}

/** Fisher–Yates over a copy, ordered by id first so authoring order never matters. */
function shuffled<T extends { id: string }>(items: readonly T[], next: () => number): T[] {
  const out = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}

/**
 * The questions of one round, reproducible from `seed`. One focus area: its questions, shuffled.
 * A whole certification: every question of its bank, shuffled within each focus area and then
 * dealt one area at a time in the certification's order, so neighbouring questions test
 * different areas. Unknown certifications or areas give an empty round.
 */
export function buildRound(pack: PackPart, certId: string, focusArea: string | null, seed: number): PracticeQuestion[] {
  const next = mulberry32(seed >>> 0);
  const bank = bankOf(pack, certId);
  if (focusArea !== null) return shuffled(bank.filter((q) => q.focusArea === focusArea), next);
  const cert = pack.certifications.find((c) => c.id === certId);
  if (!cert) return [];
  const piles = cert.focusAreas.map((area) => shuffled(bank.filter((q) => q.focusArea === area), next));
  const round: PracticeQuestion[] = [];
  for (let k = 0; piles.some((p) => k < p.length); k++) {
    for (const pile of piles) if (k < pile.length) round.push(pile[k]!);
  }
  return round;
}

export interface FocusAreaStanding {
  focusArea: string;
  /** Questions of this area in the bank. */
  questions: number;
  /** Distinct questions answered at least once. */
  answered: number;
  /** Of those, right on the latest answer. */
  correct: number;
  /** correct / answered × 100, rounded; null when nothing was answered. */
  accuracy: number | null;
}

/**
 * Where the learner stands in each focus area of one certification, weakest first.
 *
 * The latest answer to each question counts (getting it right on a retry shows progress, as in
 * the readiness score). Areas with answers come first, lowest accuracy first; on a tie the area
 * with fewer questions answered first (less evidence it is strong), then the certification's own
 * order. Areas never practised follow, in the certification's order. Answers to questions of
 * another certification, or of an area the certification no longer lists, are ignored.
 */
export function focusAreaStandings(pack: PackPart, certId: string, attempts: readonly QuizAttempt[]): FocusAreaStanding[] {
  const cert = pack.certifications.find((c) => c.id === certId);
  if (!cert) return [];
  const bank = bankOf(pack, certId);
  const latest = new Map<string, { focusArea: string; correct: boolean }>();
  const ordered = [...attempts].sort((a, b) => (a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : 0));
  for (const attempt of ordered) {
    if (attempt.certId !== certId) continue;
    for (const answer of attempt.answers) {
      if (answer.focusArea === undefined) continue;
      latest.delete(answer.questionId);
      latest.set(answer.questionId, { focusArea: answer.focusArea, correct: answer.correct });
    }
  }
  const standings = cert.focusAreas.map((focusArea, order) => {
    const mine = [...latest.values()].filter((a) => a.focusArea === focusArea);
    const correct = mine.filter((a) => a.correct).length;
    const answered = mine.length;
    return {
      order,
      standing: {
        focusArea,
        questions: bank.filter((q) => q.focusArea === focusArea).length,
        answered,
        correct,
        accuracy: answered === 0 ? null : Math.round((correct / answered) * 100),
      },
    };
  });
  return standings
    .sort((a, b) => {
      const x = a.standing;
      const y = b.standing;
      if (x.accuracy === null || y.accuracy === null) return (x.accuracy === null ? 1 : 0) - (y.accuracy === null ? 1 : 0) || a.order - b.order;
      return x.accuracy - y.accuracy || x.answered - y.answered || a.order - b.order;
    })
    .map((s) => s.standing);
}

export interface RoundAreaScore {
  focusArea: string;
  answered: number;
  correct: number;
}

/** One round's score per focus area, in the order the areas first appear in the round. */
export function roundByFocusArea(attempt: QuizAttempt): RoundAreaScore[] {
  const out = new Map<string, RoundAreaScore>();
  for (const a of attempt.answers) {
    if (a.focusArea === undefined) continue;
    const e = out.get(a.focusArea) ?? { focusArea: a.focusArea, answered: 0, correct: 0 };
    e.answered += 1;
    if (a.correct) e.correct += 1;
    out.set(a.focusArea, e);
  }
  return [...out.values()];
}
