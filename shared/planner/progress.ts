/**
 * Where the learner stands against their plan, what a re-plan keeps, and what the path costs.
 * Pure functions over a Plan plus the learner's record (ticks, logged hours, bookings, spend).
 *
 * "Behind" compares hours: the hours the plan expected to be finished by today (each planned
 * milestone's hours spread evenly over its dates) against the hours of ticked milestones plus
 * hours logged on milestones not yet ticked (capped at each milestone's estimate, so logging
 * more time than planned on one topic never reads as progress elsewhere).
 */
import type { ContentPack } from '../content/schema';
import type { PhaseProgress, Plan, Progress } from '../domain/plan';
import type { Profile } from '../domain/profile';
import { generatePlan, type BookedExam, type PlanOptions, type PlanResult } from './plan';
import { round1 } from './round';
import { formatIsoDate, parseIsoDate } from './time';

export interface LearnerRecord {
  doneMilestoneIds: readonly string[];
  /** Minutes logged in study sessions, per milestone id. */
  loggedMinutes?: Readonly<Record<string, number>>;
}


/**
 * Hours each planned milestone should have received before `today` starts. Today itself is
 * not yet due: the learner may still study this evening, so a plan starting today is never
 * "behind" on its first day.
 */
function expectedHoursBy(plan: Plan, today: number): number {
  let expected = 0;
  for (const m of plan.milestones) {
    if (m.status !== 'planned') continue;
    const s = parseIsoDate(m.startDate) ?? 0;
    const e = parseIsoDate(m.endDate) ?? s;
    if (today <= s) continue;
    const share = Math.min(1, (today - s) / (e - s + 1));
    expected += m.hours * share;
  }
  return expected;
}

export function computeProgress(plan: Plan, record: LearnerRecord, today: string): Progress {
  const todayDay = parseIsoDate(today) ?? 0;
  const done = new Set(record.doneMilestoneIds);
  const logged = record.loggedMinutes ?? {};
  const phases: PhaseProgress[] = [];
  let total = 0;
  let achieved = 0;
  for (const phase of plan.phases) {
    let phaseTotal = 0;
    let phaseDone = 0;
    for (const id of phase.milestoneIds) {
      const m = plan.milestones.find((x) => x.id === id);
      if (!m || m.status === 'skipped') continue;
      // Milestones done before the plan was made carry 0 future hours; count them as 1 unit so
      // they still show as progress.
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
  // Only hours of milestones the plan still had to do count towards being on schedule.
  let achievedPlanned = 0;
  for (const m of plan.milestones) {
    if (m.status !== 'planned') continue;
    achievedPlanned += done.has(m.id) ? m.hours : Math.min(m.hours, (logged[m.id] ?? 0) / 60);
  }
  const expected = expectedHoursBy(plan, todayDay);
  const gap = expected - achievedPlanned;
  // Half an hour of slack so a session logged tonight does not flip the status back and forth.
  const status: Progress['status'] =
    overallPercent === 100
      ? 'finished'
      : expected === 0 && achievedPlanned === 0
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
    achievedHours: round1(achievedPlanned),
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
  readinessByArea?: PlanOptions['readinessByArea'];
}

/**
 * A fresh plan from today that keeps what the learner owns: ticked milestones stay done and
 * take no future time, booked exam dates stay fixed (with a warning when no longer feasible).
 * Notes and ticks live in the store keyed by content id, so they survive by construction.
 */
export function replanFromToday(input: ReplanInput): PlanResult {
  const today = parseIsoDate(input.today);
  const start = parseIsoDate(input.profile.startDate);
  const startDate = today !== null && start !== null && start < today ? formatIsoDate(today) : input.profile.startDate;
  const options: PlanOptions = { doneMilestoneIds: input.record.doneMilestoneIds };
  if (input.bookedExams) options.bookedExams = input.bookedExams;
  if (input.readinessByArea) options.readinessByArea = input.readinessByArea;
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
