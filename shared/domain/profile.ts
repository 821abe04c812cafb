/**
 * The learner's profile: who they are and how much time and money they can give.
 * This schema is the single source of truth for the form, the IPC contract and the store.
 * Messages name the field in the learner's words because the form shows them verbatim.
 */
import { z } from 'zod';
import { WeeklyAvailabilitySchema } from './availability';
import { EARLIEST_YEAR, isWithinYears, LATEST_ENTERED_YEAR, shiftYears } from './date-range';
import {
  BACKGROUND_LABELS,
  BACKGROUNDS,
  BUDGET_USD,
  CLOUD_PREFERENCES,
  isCalendarDate,
  SELF_RATING,
  SPECIALISATION_CHOICES,
  WEEKLY_HOURS,
} from './profile-options';
import { requiredOr } from './messages';

export * from './profile-options';

const ratingField = (label: string) =>
  z
    .number({ error: requiredOr(label, `${label} rating must be a number from 0 to 4.`) })
    .int({ error: `${label} rating must be a whole number from 0 to 4.` })
    .min(SELF_RATING.min, { error: `${label} rating must be a number from 0 to 4.` })
    .max(SELF_RATING.max, { error: `${label} rating must be a number from 0 to 4.` });

export const SelfRatingSchema = z.strictObject({
  'python-foundations': ratingField('Python & foundations'),
  'ml-modelling': ratingField('ML modelling'),
  'mlops-deployment': ratingField('MLOps & deployment'),
});

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
      .refine(isCalendarDate, { error: 'Start date must be a real date (YYYY-MM-DD).', abort: true })
      // Schemas have no clock, so this is the absolute span every date of the plan can be
      // stored in (domain/date-range.ts); "not years ahead of today" is the planner's check.
      .refine((v) => isWithinYears(v, EARLIEST_YEAR, LATEST_ENTERED_YEAR), {
        error: `Start date must be between ${EARLIEST_YEAR}-01-01 and ${LATEST_ENTERED_YEAR}-12-31.`,
      }),
    // Planning preferences. Optional so a profile saved before they existed still loads; the
    // planner fills the gaps with the defaults in shared/planner/plan.ts.
    targetRoleId: z
      .string({ error: 'Target role must be one of the roles MLE Path lists.' })
      .max(80, { error: 'Target role must be one of the roles MLE Path lists.' })
      .regex(/^role\.[a-z0-9-]+$/, { error: 'Target role must be one of the roles MLE Path lists.' })
      .optional(),
    cloud: z
      .enum(CLOUD_PREFERENCES, { error: `Cloud preference must be one of: ${CLOUD_PREFERENCES.join(', ')}.` })
      .optional(),
    specialisation: z
      .enum(SPECIALISATION_CHOICES, { error: `Specialisation must be one of: ${SPECIALISATION_CHOICES.join(', ')}.` })
      .optional(),
    selfRating: SelfRatingSchema.optional(),
    availability: WeeklyAvailabilitySchema.optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}.` : undefined) },
);

export type Profile = z.infer<typeof ProfileSchema>;

/** How far ahead a start date may be: plans reach at most ten years, and more than two years out is almost always a typo. */
export const START_DATE_MAX_YEARS_AHEAD = 2;

/**
 * The start-date rule relative to the learner's today (the schema bounds only the years, because
 * schemas have no clock). A start already in the past is fine when it is the one saved before
 * (the plan then re-plans from today); typing a new past date is a mistake worth flagging.
 * Returns the message for the startDate field, or null when the date is fine.
 */
export function startDateProblem(startDate: string, today: string, savedStartDate: string | null): string | null {
  if (startDate < today && savedStartDate !== startDate) return `Start date cannot be in the past (today is ${today}).`;
  const latest = shiftYears(today, START_DATE_MAX_YEARS_AHEAD);
  if (latest !== null && startDate > latest) return `Start date can be at most two years ahead (until ${latest}).`;
  return null;
}
