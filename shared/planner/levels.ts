/**
 * How much of each phase a learner needs: their level per skill area (from the self-rating or
 * the background's typical level, refined by quiz answers), the per-phase rule that turns a
 * level into a share of the content estimate, and the background's calibrated pace.
 *
 * Phase rules: foundations, core ML and MLOps are skipped at level 4 (the learner uses them
 * confidently at work) and shortened below it. Deep learning is shortened by the ML-modelling
 * level but never skipped: confidence in classic models says little about training networks.
 * Generative AI has its own rule: never skipped (the sources treat it as expected of every ML
 * engineer in 2026), full length for an LLM specialisation, otherwise shortened at most to 60 %.
 * Portfolio and job search is never skipped or shortened: every learner has to apply for jobs.
 * So no profile can end with a plan of 0 hours, and no GenAI exam is planned without its phase.
 *
 * Quiz refinement: an area's quiz evidence counts from MIN_QUIZ_ANSWERS answers on; it moves the
 * level at most one step (two from QUIZ_FULL_ANSWERS answers), and the quiz alone never lifts an
 * area to "skip" unless it had that many answers and the learner already rated it 3 or more. Two
 * lucky answers therefore shorten a phase a little but can never drop it.
 */
import type { ContentPack, Phase } from '../content/schema';
import type { AreaLevel } from '../domain/plan';
import type { Background, Profile } from '../domain/profile';
import { SKILL_AREA_LABELS, SKILL_AREAS, type SkillArea } from '../domain/skill-area';

/** Typical starting level per area when the learner gave no rating (0 none … 4 confident). */
export const BACKGROUND_LEVELS: Record<Background, Record<SkillArea, number>> = {
  'new-to-code': { 'python-foundations': 0, 'ml-modelling': 0, 'mlops-deployment': 0 },
  student: { 'python-foundations': 2, 'ml-modelling': 1, 'mlops-deployment': 0 },
  'software-developer': { 'python-foundations': 3, 'ml-modelling': 0, 'mlops-deployment': 2 },
  'data-analyst': { 'python-foundations': 2, 'ml-modelling': 1, 'mlops-deployment': 0 },
  'data-scientist': { 'python-foundations': 3, 'ml-modelling': 3, 'mlops-deployment': 1 },
  'it-professional': { 'python-foundations': 1, 'ml-modelling': 0, 'mlops-deployment': 2 },
};

export const MIN_QUIZ_ANSWERS = 2;
export const QUIZ_FULL_ANSWERS = 6;

export interface QuizEvidence {
  answered: number;
  correct: number;
}
export type QuizByArea = Partial<Record<SkillArea, QuizEvidence>>;

export interface PhaseRule {
  /** The area whose level shortens the phase; null: its length never depends on a level. */
  area: SkillArea | null;
  /** Share of the content estimate at levels 0…4; 0 means skipped. */
  shares: readonly [number, number, number, number, number];
  /** Full length whatever the level, for learners specialising in this (e.g. GenAI for LLMs). */
  fullFor?: Profile['specialisation'];
}

const SKIPPABLE = [1, 0.8, 0.6, 0.4, 0] as const;
export const PHASE_RULES: Readonly<Record<string, PhaseRule>> = {
  'phase.foundations': { area: 'python-foundations', shares: SKIPPABLE },
  'phase.core-ml': { area: 'ml-modelling', shares: SKIPPABLE },
  'phase.deep-learning': { area: 'ml-modelling', shares: [1, 0.8, 0.6, 0.5, 0.4] },
  'phase.mlops': { area: 'mlops-deployment', shares: SKIPPABLE },
  'phase.genai': { area: 'ml-modelling', shares: [1, 0.9, 0.8, 0.7, 0.6], fullFor: 'llm' },
  'phase.portfolio': { area: null, shares: [1, 1, 1, 1, 1] },
};

/** A phase a newer content pack adds: shortened by its own area, never skipped. */
export function phaseRule(phase: Phase): PhaseRule {
  return PHASE_RULES[phase.id] ?? { area: phase.skillArea, shares: [1, 0.9, 0.8, 0.7, 0.6] };
}

export function phaseShare(phase: Phase, levels: Record<SkillArea, AreaLevel>, specialisation: Profile['specialisation']): number {
  const rule = phaseRule(phase);
  if (rule.area === null || (rule.fullFor !== undefined && rule.fullFor === specialisation)) return 1;
  return rule.shares[levels[rule.area].level] ?? 1;
}

function clampLevel(n: number): number {
  return Math.max(0, Math.min(4, n));
}

export function areaLevels(profile: Profile, quiz: QuizByArea = {}): Record<SkillArea, AreaLevel> {
  const rated = profile.selfRating;
  const out = {} as Record<SkillArea, AreaLevel>;
  for (const area of SKILL_AREAS) {
    const baseLevel = rated ? rated[area] : BACKGROUND_LEVELS[profile.background][area];
    const basis = rated ? 'self-rating' : 'background';
    const from = basis === 'self-rating' ? `your self-rating ${baseLevel}` : `the typical level ${baseLevel} for your background`;
    const evidence = quiz[area];
    const counted = evidence && evidence.answered >= MIN_QUIZ_ANSWERS ? evidence : null;
    let level = baseLevel;
    let note = `Level ${baseLevel} of 4 in ${SKILL_AREA_LABELS[area]}, from ${from}.`;
    if (evidence && !counted) {
      note += ` The quiz has ${evidence.answered} answer${evidence.answered === 1 ? '' : 's'} here; it counts from ${MIN_QUIZ_ANSWERS}.`;
    }
    if (counted) {
      const full = counted.answered >= QUIZ_FULL_ANSWERS;
      const quizLevel = Math.round((counted.correct / counted.answered) * 4);
      const cap = full ? 2 : 1;
      level = clampLevel(baseLevel + Math.max(-cap, Math.min(cap, quizLevel - baseLevel)));
      if (level === 4 && !(full && baseLevel >= 3)) level = 3;
      const score = `${counted.correct} of ${counted.answered} right in the quiz`;
      note =
        level === baseLevel
          ? `Level ${level} of 4 in ${SKILL_AREA_LABELS[area]}: ${from}, confirmed by ${score}.`
          : `Level ${level} of 4 in ${SKILL_AREA_LABELS[area]}: ${from}, ${level > baseLevel ? 'raised' : 'lowered'} by ${score}.`;
    }
    out[area] = { level, baseLevel, basis, quiz: counted ? { answered: counted.answered, correct: counted.correct } : null, note };
  }
  return out;
}

/** Hours a week the calibration assumes: the default of the seed tool the timelines come from. */
export const CALIBRATION_WEEKLY_HOURS = 8;
export const DAYS_PER_MONTH = 365.25 / 12;
const WEEKS_PER_MONTH = DAYS_PER_MONTH / 7;

/** The core hours (no specialisation, default role emphasis) a background's default plan needs. */
function rawDefaultHours(pack: ContentPack, background: Background, emphasis: ReadonlySet<string>, emphasisFactor: number): number {
  const levels = areaLevels({ background, weeklyHours: CALIBRATION_WEEKLY_HOURS, budgetUsd: 0, startDate: '2026-01-01' });
  let total = 0;
  for (const phase of pack.phases) {
    const share = phaseShare(phase, levels, 'none');
    for (const m of phase.milestones) {
      if (m.specialisation) continue;
      total += m.effortHours * share * (emphasis.has(phase.id) ? emphasisFactor : 1);
    }
  }
  return total;
}

/**
 * The background's pace: a factor on every milestone so that the background's default plan at
 * 8 h a week lasts the middle of the sources' range for it (new to code 12–18 months → 15,
 * developers 6–9 → 7.5, …). The content estimates are written for a learner with some
 * programming; this is what turns them into the sources' timelines for each starting point.
 */
export function backgroundPace(pack: ContentPack, background: Background, emphasis: ReadonlySet<string>, emphasisFactor: number): { pace: number; targetMonths: number } | null {
  const timeline = pack.timelines.find((t) => t.background === background);
  if (!timeline) return null;
  const targetMonths = (timeline.months.min + timeline.months.max) / 2;
  const raw = rawDefaultHours(pack, background, emphasis, emphasisFactor);
  if (raw <= 0) return null;
  // The finish also carries the last exam's review week; the sessions themselves get the rest.
  const targetHours = (targetMonths * WEEKS_PER_MONTH - 1) * CALIBRATION_WEEKLY_HOURS;
  return { pace: targetHours / raw, targetMonths };
}
