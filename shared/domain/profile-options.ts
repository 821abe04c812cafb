/**
 * The choices and limits of the learner's profile as plain constants (no zod), so the UI can
 * show them without loading the schema library up front. profile.ts builds the schema from
 * these and re-exports them.
 */
import type { SkillArea } from './skill-area';

export const BACKGROUNDS = [
  'new-to-code',
  'student',
  'software-developer',
  'data-analyst',
  'data-scientist',
  'it-professional',
] as const;
export type Background = (typeof BACKGROUNDS)[number];

export const BACKGROUND_LABELS: Record<Background, string> = {
  'new-to-code': 'New to code',
  student: 'Student (CS, maths or science)',
  'software-developer': 'Software developer',
  'data-analyst': 'Data analyst',
  'data-scientist': 'Data scientist',
  'it-professional': 'IT / DevOps professional',
};

export const WEEKLY_HOURS = { min: 1, max: 60 } as const;
export const BUDGET_USD = { min: 0, max: 20_000 } as const;

export const CLOUD_PREFERENCES = ['any', 'aws', 'gcp', 'azure', 'databricks'] as const;
export type CloudPreference = (typeof CLOUD_PREFERENCES)[number];
export const CLOUD_LABELS: Record<CloudPreference, string> = {
  any: 'No preference',
  aws: 'AWS',
  gcp: 'Google Cloud',
  azure: 'Microsoft Azure',
  databricks: 'Databricks',
};

export const SPECIALISATION_CHOICES = ['none', 'llm', 'cv-nlp', 'recsys'] as const;
export type SpecialisationChoice = (typeof SPECIALISATION_CHOICES)[number];
export const SPECIALISATION_LABELS: Record<SpecialisationChoice, string> = {
  none: 'Not yet / general',
  llm: 'LLMs and generative AI',
  'cv-nlp': 'Computer vision and NLP',
  recsys: 'Recommender systems',
};

/** Self-rating per area: 0 = never touched it … 4 = use it confidently at work. */
export const SELF_RATING = { min: 0, max: 4 } as const;
export type SelfRating = Record<SkillArea, number>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
