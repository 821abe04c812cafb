/**
 * The three readiness areas the quiz, the self-rating and the roadmap share.
 * Ids are stable: quiz attempts and progress are stored against them.
 */
import { z } from 'zod';

export const SKILL_AREAS = ['python-foundations', 'ml-modelling', 'mlops-deployment'] as const;
export const SkillAreaSchema = z.enum(SKILL_AREAS);
export type SkillArea = z.infer<typeof SkillAreaSchema>;

export const SKILL_AREA_LABELS: Record<SkillArea, string> = {
  'python-foundations': 'Python & foundations',
  'ml-modelling': 'ML modelling',
  'mlops-deployment': 'MLOps & deployment',
};
