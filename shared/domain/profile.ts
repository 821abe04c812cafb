/**
 * The learner's profile: who they are and how much time and money they can give.
 * This schema is the single source of truth for the form, the IPC contract and the store.
 * Messages name the field in the learner's words because the form shows them verbatim.
 */
import { z } from 'zod';

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

/** zod error option: "X is required." when the field is missing, else the given message. */
function requiredOr(label: string, message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? `${label} is required.` : message);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const ProfileSchema = z.strictObject(
  {
    background: z.enum(BACKGROUNDS, {
      error: requiredOr(
        'Background',
        `Background must be one of: ${BACKGROUNDS.map((b) => BACKGROUND_LABELS[b]).join(', ')}.`,
      ),
    }),
    weeklyHours: z
      .number({ error: requiredOr('Weekly hours', 'Weekly hours must be a number.') })
      .int({ error: 'Weekly hours must be a whole number.' })
      .min(WEEKLY_HOURS.min, { error: `Weekly hours must be at least ${WEEKLY_HOURS.min}.` })
      .max(WEEKLY_HOURS.max, { error: `Weekly hours can be at most ${WEEKLY_HOURS.max}.` }),
    budgetUsd: z
      .number({ error: requiredOr('Budget', 'Budget must be a number of US dollars.') })
      .min(BUDGET_USD.min, { error: 'Budget cannot be negative.' })
      .max(BUDGET_USD.max, { error: `Budget can be at most $${BUDGET_USD.max.toLocaleString('en-US')}.` }),
    startDate: z
      .string({ error: requiredOr('Start date', 'Start date must be a date (YYYY-MM-DD).') })
      .max(10, { error: 'Start date must be a date (YYYY-MM-DD).' })
      .refine(isCalendarDate, { error: 'Start date must be a real date (YYYY-MM-DD).' }),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}.` : undefined) },
);

export type Profile = z.infer<typeof ProfileSchema>;

export const FIELD_LABELS: Record<keyof Profile, string> = {
  background: 'Background',
  weeklyHours: 'Weekly hours',
  budgetUsd: 'Budget',
  startDate: 'Start date',
};
