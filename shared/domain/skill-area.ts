/**
 * The three readiness areas the quiz, the self-rating and the roadmap share.
 * Ids are stable: quiz attempts and progress are stored against them. Plain constants (no zod)
 * so the UI can import them without pulling the schema library into its first bundle; the
 * schema lives in skill-area-schema.ts.
 */
export const SKILL_AREAS = ['python-foundations', 'ml-modelling', 'mlops-deployment'] as const;
export type SkillArea = (typeof SKILL_AREAS)[number];

export const SKILL_AREA_LABELS: Record<SkillArea, string> = {
  'python-foundations': 'Python & foundations',
  'ml-modelling': 'ML modelling',
  'mlops-deployment': 'MLOps & deployment',
};
