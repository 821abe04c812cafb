/**
 * "Re-plan the remaining work" when the learner fell behind: the missed sessions (still planned,
 * already over) are let go, and everything not yet done is placed again into the free study time
 * from now on — the same planner as every re-plan (plan-from-now.ts), so never more than the
 * weekly hours in any week and never outside the study windows. Ticks, notes, logged minutes and
 * booked exam dates are the learner's and stay.
 *
 * This module decides what the learner is shown before anything is written: the new finish date,
 * which milestones move, and which booked exams the new plan no longer gets them ready for.
 * The store writes exactly the plan and sessions this preview was made from.
 */
import type { ContentPack } from '../content/schema';
import type { Plan } from '../domain/plan';
import type { StudySession } from '../domain/records';
import { certName } from './advice';
import { bookedExamsNotReady } from './plan';
import { planFromNow, type PlanFromNowInput, type SessionChange } from './plan-from-now';
import type { PlannerFailure } from './result';
import type { PlanErrorCode } from './plan';
import { round1 } from './round';

export interface ReflowMove {
  milestoneId: string;
  title: string;
  fromEndDate: string;
  toEndDate: string;
}

export interface ReflowExamWarning {
  certId: string;
  name: string;
  examDate: string;
  readyDate: string;
  /** True when the current plan still had the learner ready in time. */
  becomesInfeasible: boolean;
}

export interface ReflowPreview {
  /** The missed sessions whose work is placed again (they become skipped). */
  missedIds: string[];
  missedMinutes: number;
  fromEtaDate: string;
  toEtaDate: string;
  weeklyHours: number;
  /** Milestones still to do whose last session moves to another day, in plan order. */
  moves: ReflowMove[];
  /** Booked exams the new plan does not get the learner ready for, named with their dates. */
  exams: ReflowExamWarning[];
}

export type ReflowResult = { ok: true; plan: Plan; sessions: SessionChange; preview: ReflowPreview } | PlannerFailure<PlanErrorCode>;

export interface ReflowInput extends Omit<PlanFromNowInput, 'settle' | 'newBaselineBecause'> {
  /** The plan in use now. */
  current: Plan;
  /** The missed sessions: planned and already over (the week screen's list). */
  missed: readonly StudySession[];
}

/** Why the plan changed, in the learner's words (kept in the plan's "re-planned on …" note). */
export function reflowReason(missed: readonly Pick<StudySession, 'minutes'>[]): string {
  const minutes = missed.reduce((n, s) => n + s.minutes, 0);
  if (missed.length === 0) return 'you re-planned the remaining work from today';
  const count = missed.length === 1 ? '1 missed session' : `${missed.length} missed sessions`;
  return `you re-planned the remaining work after ${count} (${round1(minutes / 60)} h)`;
}

export function reflow(input: ReflowInput): ReflowResult {
  const missed = input.missed.filter((s) => s.status === 'planned' && Date.parse(s.endUtc) <= input.nowMs);
  const result = planFromNow({ ...input, settle: missed.map((s) => s.id), newBaselineBecause: reflowReason(missed) });
  if (!result.ok) return result;
  return { ok: true, plan: result.plan, sessions: result.sessions, preview: reflowPreview(input.current, result.plan, missed, input.pack) };
}

/** What the learner sees before applying: finish, moved milestones, booked exams at risk. */
export function reflowPreview(current: Plan, next: Plan, missed: readonly StudySession[], pack: ContentPack): ReflowPreview {
  const before = new Map(current.milestones.map((m) => [m.id, m]));
  const moves: ReflowMove[] = [];
  for (const m of next.milestones) {
    const old = before.get(m.id);
    if (m.status !== 'planned' || !old || old.status !== 'planned' || old.endDate === m.endDate) continue;
    moves.push({ milestoneId: m.id, title: m.title, fromEndDate: old.endDate, toEndDate: m.endDate });
  }
  const wasLate = new Set(bookedExamsNotReady(current, pack).map((e) => e.certId));
  return {
    missedIds: missed.map((s) => s.id),
    missedMinutes: missed.reduce((n, s) => n + s.minutes, 0),
    fromEtaDate: current.etaDate,
    toEtaDate: next.etaDate,
    weeklyHours: next.weeklyHours,
    moves,
    exams: bookedExamsNotReady(next, pack).map((e) => ({ ...e, name: certName(pack, e.certId), becomesInfeasible: !wasLate.has(e.certId) })),
  };
}
