/**
 * A generated study plan: phases and milestones placed on dates, the certification sequence,
 * the budget verdict and a month-by-month timeline. Schema first, so the plan can cross IPC
 * and be stored with the same validation as everything else; all ids are content ids.
 */
import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const MILESTONE_PLAN_STATUSES = ['planned', 'done', 'skipped'] as const;

export const PlannedMilestoneSchema = z.strictObject({
  id: z.string(),
  phaseId: z.string(),
  title: z.string(),
  /** Hours this learner is expected to need (content effort scaled by skill and role). */
  hours: z.number().nonnegative(),
  status: z.enum(MILESTONE_PLAN_STATUSES),
  /** Why the hours differ from the content estimate, or why it is skipped; null when unchanged. */
  adjustment: z.string().nullable(),
  startDate: IsoDate,
  endDate: IsoDate,
});
export type PlannedMilestone = z.infer<typeof PlannedMilestoneSchema>;

export const PlannedPhaseSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  hours: z.number().nonnegative(),
  startDate: IsoDate,
  endDate: IsoDate,
  /** True when every milestone in the phase is skipped for this learner. */
  skipped: z.boolean(),
  milestoneIds: z.array(z.string()),
});
export type PlannedPhase = z.infer<typeof PlannedPhaseSchema>;

export const PlannedCertificationSchema = z.strictObject({
  certId: z.string(),
  order: z.number().int().positive(),
  costUsd: z.number().nonnegative(),
  prepStartDate: IsoDate,
  targetExamDate: IsoDate,
  /** True when the learner booked this date; a re-plan never moves it. */
  booked: z.boolean(),
  reason: z.string(),
});
export type PlannedCertification = z.infer<typeof PlannedCertificationSchema>;

export const BudgetVerdictSchema = z.strictObject({
  budgetUsd: z.number().nonnegative(),
  plannedUsd: z.number().nonnegative(),
  /** What the full recommended sequence would cost before trimming to the budget. */
  idealUsd: z.number().nonnegative(),
  withinBudget: z.boolean(),
  /** Certifications left out because they did not fit. */
  droppedCertIds: z.array(z.string()),
  /** The cheapest active exam that suits the learner, offered when the sequence had to be cut. */
  cheapestAlternative: z.strictObject({ certId: z.string(), costUsd: z.number().nonnegative() }).nullable(),
  message: z.string(),
});
export type BudgetVerdict = z.infer<typeof BudgetVerdictSchema>;

export const TimelineMonthSchema = z.strictObject({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  index: z.number().int().positive(),
  phaseIds: z.array(z.string()),
  milestoneIds: z.array(z.string()),
  examCertIds: z.array(z.string()),
  hours: z.number().nonnegative(),
});
export type TimelineMonth = z.infer<typeof TimelineMonthSchema>;

export const PlanSchema = z.strictObject({
  packVersion: z.string(),
  generatedOn: IsoDate,
  startDate: IsoDate,
  weeklyHours: z.number().positive(),
  targetRoleId: z.string(),
  phases: z.array(PlannedPhaseSchema),
  milestones: z.array(PlannedMilestoneSchema),
  certifications: z.array(PlannedCertificationSchema),
  budget: BudgetVerdictSchema,
  timeline: z.array(TimelineMonthSchema),
  totalHours: z.number().nonnegative(),
  etaDate: IsoDate,
  /** The typical span the sources give for this background, for comparison with the ETA. */
  typicalMonths: z.strictObject({ min: z.number(), max: z.number() }).nullable(),
  warnings: z.array(z.string()),
});
export type Plan = z.infer<typeof PlanSchema>;

export const PhaseProgressSchema = z.strictObject({
  phaseId: z.string(),
  percent: z.number().min(0).max(100),
  doneHours: z.number().nonnegative(),
  totalHours: z.number().nonnegative(),
});
export type PhaseProgress = z.infer<typeof PhaseProgressSchema>;

export const PROGRESS_STATUSES = ['not-started', 'on-track', 'behind', 'ahead', 'finished'] as const;
export const ProgressSchema = z.strictObject({
  overallPercent: z.number().min(0).max(100),
  phases: z.array(PhaseProgressSchema),
  expectedHours: z.number().nonnegative(),
  achievedHours: z.number().nonnegative(),
  status: z.enum(PROGRESS_STATUSES),
  /** Positive when behind, in hours (one decimal). */
  behindByHours: z.number().nonnegative(),
});
export type Progress = z.infer<typeof ProgressSchema>;
