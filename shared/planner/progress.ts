/**
 * Where the learner stands against their plan, what a re-plan keeps, and what the path costs.
 * Pure functions over a Plan plus the learner's record (ticks, logged hours, bookings, spend).
 *
 * "Behind" compares hours against the plan's baseline: what was done when the baseline began
 * plus its sessions' minutes on the days before today, against the hours of ticked milestones
 * plus hours logged on milestones not yet ticked (capped at each milestone's estimate, so
 * logging more time than planned on one topic never reads as progress elsewhere).
 */
import type { ContentPack } from '../content/schema';
import type { PhaseProgress, Plan, Progress } from '../domain/plan';
import type { Profile } from '../domain/profile';
import { achievedHours, generatePlan, type BookedExam, type PlanOptions, type PlanResult } from './plan';
import { round1 } from './round';
import { formatIsoDate, parseIsoDate } from './time';

export interface LearnerRecord {
  doneMilestoneIds: readonly string[];
  /** Minutes logged in study sessions, per milestone id. */
  loggedMinutes?: Readonly<Record<string, number>>;
}


/**
 * Hours the baseline expected to be done before `today` starts: what was done when it began,
 * plus the minutes of its sessions on earlier days. Today itself is not yet due: the learner may
 * still study this evening, so a plan starting today is never "behind" on its first day.
 */
function expectedHoursBy(plan: Plan, today: string): number {
  let minutes = 0;
  for (const d of plan.baseline.days) {
    if (d.date >= today) break;
    minutes += d.minutes;
  }
  return plan.baseline.doneHours + minutes / 60;
}

export function computeProgress(plan: Plan, record: LearnerRecord, today: string): Progress {
  const done = new Set(record.doneMilestoneIds);
  const logged = record.loggedMinutes ?? {};
  const byId = new Map(plan.milestones.map((m) => [m.id, m]));
  const phases: PhaseProgress[] = [];
  let total = 0;
  let achieved = 0;
  for (const phase of plan.phases) {
    let phaseTotal = 0;
    let phaseDone = 0;
    for (const id of phase.milestoneIds) {
      const m = byId.get(id);
      if (!m || m.status === 'skipped') continue;
      // A milestone estimated at 0 h still counts as one unit, so ticking it shows.
      const weight = m.hours > 0 ? m.hours : 1;
      phaseTotal += weight;
      if (done.has(id) || m.status === 'done') phaseDone += weight;
      else phaseDone += Math.min(weight, (logged[id] ?? 0) / 60);
    }
    total += phaseTotal;
    achieved += phaseDone;
    phases.push({
      phaseId: phase.id,
      percent: phaseTotal === 0 ? 100 : Math.floor((phaseDone / phaseTotal) * 100),
      doneHours: round1(phaseDone),
      totalHours: round1(phaseTotal),
    });
  }
  const overallPercent = total === 0 ? 100 : Math.floor((achieved / total) * 100);
  // Measured in the same hours as the baseline's own starting point, so a re-plan that keeps the
  // baseline (a tick, a booking) never moves either side.
  const achievedNow = achievedHours(plan.milestones, done, logged);
  const expected = expectedHoursBy(plan, today);
  const gap = expected - achievedNow;
  // Half an hour of slack so a session logged tonight does not flip the status back and forth.
  const status: Progress['status'] =
    overallPercent === 100
      ? 'finished'
      : expected === 0 && achievedNow === 0
        ? 'not-started'
        : gap > 0.5
          ? 'behind'
          : gap < -0.5
            ? 'ahead'
            : 'on-track';
  return {
    overallPercent,
    phases,
    expectedHours: round1(expected),
    achievedHours: round1(achievedNow),
    status,
    behindByHours: round1(Math.max(0, gap)),
  };
}

export interface ReplanInput {
  profile: Profile;
  pack: ContentPack;
  today: string;
  record: LearnerRecord;
  bookedExams?: readonly BookedExam[];
  options?: Omit<PlanOptions, 'doneMilestoneIds' | 'loggedMinutes' | 'bookedExams'>;
}

/**
 * A fresh plan from today that keeps what the learner owns: ticked milestones stay done and
 * take no future time, logged minutes count, booked exam dates stay fixed (with a warning when no
 * longer feasible). Notes and ticks live in the store keyed by content id, so they survive by
 * construction. A start date already past becomes today.
 */
export function replanFromToday(input: ReplanInput): PlanResult {
  const today = parseIsoDate(input.today);
  const start = parseIsoDate(input.profile.startDate);
  const startDate = today !== null && start !== null && start < today ? formatIsoDate(today) : input.profile.startDate;
  const options: PlanOptions = { ...input.options, doneMilestoneIds: input.record.doneMilestoneIds };
  if (input.record.loggedMinutes) options.loggedMinutes = input.record.loggedMinutes;
  if (input.bookedExams) options.bookedExams = input.bookedExams;
  return generatePlan({ ...input.profile, startDate }, input.pack, input.today, options);
}

export interface Spend {
  amountUsd: number;
  certId?: string;
}

export interface CostSummary {
  budgetUsd: number;
  plannedUsd: number;
  spentUsd: number;
  /** Budget minus what is spent and what is still planned but not yet paid for. */
  remainingUsd: number;
  overBudget: boolean;
}

export function costSummary(plan: Plan, spending: readonly Spend[]): CostSummary {
  const spentUsd = spending.reduce((s, x) => s + (Number.isFinite(x.amountUsd) && x.amountUsd > 0 ? x.amountUsd : 0), 0);
  const paidCerts = new Set(spending.filter((s) => s.certId).map((s) => s.certId));
  const stillToPay = plan.certifications.filter((c) => !paidCerts.has(c.certId)).reduce((s, c) => s + c.costUsd, 0);
  const remainingUsd = plan.budget.budgetUsd - spentUsd - stillToPay;
  return {
    budgetUsd: plan.budget.budgetUsd,
    plannedUsd: plan.budget.plannedUsd,
    spentUsd: round1(spentUsd),
    remainingUsd: round1(remainingUsd),
    overBudget: remainingUsd < 0,
  };
}
