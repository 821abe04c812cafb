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
  /**
   * Minutes of study sessions the plan places for it from the plan's start (0 when done or
   * skipped). Derived from the sessions, so the week calendar and the roadmap add up the same.
   */
  minutes: z.number().int().nonnegative(),
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

/** One week of the schedule: how much of which milestones its sessions hold. */
export const PlanWeekSchema = z.strictObject({
  /** Monday of the week in the learner's zone. */
  weekStart: IsoDate,
  /** The minutes the week's sessions were placed for (the weekly budget, or what was left). */
  targetMinutes: z.number().int().nonnegative(),
  /** Milestones in the order their sessions come, with the minutes each gets this week. */
  items: z.array(z.strictObject({ milestoneId: z.string(), minutes: z.number().int().positive() })),
});
export type PlanWeek = z.infer<typeof PlanWeekSchema>;

/** Minutes of planned study on one local day: what "due by today" is measured against. */
export const PlanDaySchema = z.strictObject({ date: IsoDate, minutes: z.number().int().positive() });

/**
 * The plan the learner is measured against. A re-plan the learner asked for (a changed profile,
 * quiz results that change the hours) starts a new baseline; re-plans that only follow the
 * learner's own record (a tick, a booking) keep it, so "ahead" or "behind" never jumps because
 * of them.
 */
export const PlanBaselineSchema = z.strictObject({
  since: IsoDate,
  etaDate: IsoDate,
  /** Hours already done when the baseline started (ticked milestones and logged time). */
  doneHours: z.number().nonnegative(),
  days: z.array(PlanDaySchema),
});
export type PlanBaseline = z.infer<typeof PlanBaselineSchema>;

/** The last re-plan that started a new baseline, in the learner's words. */
export const ReplanNoteSchema = z.strictObject({
  on: IsoDate,
  fromEtaDate: IsoDate,
  toEtaDate: IsoDate,
  reason: z.string().max(500),
});
export type ReplanNote = z.infer<typeof ReplanNoteSchema>;

export const LEVEL_BASES = ['background', 'self-rating'] as const;
/** Where a skill area's level came from, and what the quiz did to it. */
export const AreaLevelSchema = z.strictObject({
  level: z.number().int().min(0).max(4),
  /** Level before the quiz: the self-rating, else the background's typical level. */
  baseLevel: z.number().int().min(0).max(4),
  basis: z.enum(LEVEL_BASES),
  quiz: z.strictObject({ answered: z.number().int().nonnegative(), correct: z.number().int().nonnegative() }).nullable(),
  note: z.string(),
});
export type AreaLevel = z.infer<typeof AreaLevelSchema>;

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
  /** Real months from the start to the finish (days / 30.44, one decimal). */
  durationMonths: z.number().nonnegative(),
  /** The typical span the sources give for this background, for comparison with the ETA. */
  typicalMonths: z.strictObject({ min: z.number(), max: z.number() }).nullable(),
  /** How this plan's length compares with the sources' figure for the background, with its source. */
  timelineNote: z.string(),
  /** The zone the sessions were placed in (the learner's, else this computer's when planned). */
  timeZone: z.string(),
  /** Sessions of the first week start no earlier than this instant (the moment of planning). */
  scheduleFromUtc: z.iso.datetime(),
  /** The schedule week by week: the week calendar replays these into sessions. */
  weeks: z.array(PlanWeekSchema),
  levels: z.strictObject({
    'python-foundations': AreaLevelSchema,
    'ml-modelling': AreaLevelSchema,
    'mlops-deployment': AreaLevelSchema,
  }),
  baseline: PlanBaselineSchema,
  lastReplan: ReplanNoteSchema.nullable(),
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
  /** Positive when behind, in hours (one decimal), against the baseline. */
  behindByHours: z.number().nonnegative(),
});
export type Progress = z.infer<typeof ProgressSchema>;
