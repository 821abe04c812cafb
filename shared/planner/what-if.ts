/**
 * What-if: the learner's profile with a few things changed (weekly hours, budget, cloud,
 * specialisation, start date), as a plan to compare with the current one. The plans are made by
 * the same planner as every re-plan and are never stored; applying one is an ordinary profile save.
 */
import type { ContentPack } from '../content/schema';
import type { Plan } from '../domain/plan';
import type { Profile } from '../domain/profile';
import { certName } from './advice';
import { round1 } from './round';

/** The profile fields a what-if may change; everything else stays the learner's. */
export type WhatIfChange = Partial<Pick<Profile, 'weeklyHours' | 'budgetUsd' | 'cloud' | 'specialisation' | 'startDate'>>;

export const MAX_WHAT_IF_VARIANTS = 3;
/** The months the comparison lists milestones for. */
export const WHAT_IF_MONTHS = 3;

export interface PlanSummary {
  startDate: string;
  etaDate: string;
  durationMonths: number;
  weeklyHours: number;
  totalHours: number;
  exams: { certId: string; name: string; costUsd: number; examDate: string; booked: boolean }[];
  examCostUsd: number;
  /** The plan's first months: hours and the milestones with a session in each. */
  firstMonths: { month: string; hours: number; milestones: { id: string; title: string }[] }[];
  warnings: string[];
}

/** The saved profile with the change applied: the request a profile save of this what-if sends. */
export function applyChange(profile: Profile, change: WhatIfChange): Profile {
  const next: Profile = { ...profile };
  if (change.weeklyHours !== undefined) next.weeklyHours = change.weeklyHours;
  if (change.budgetUsd !== undefined) next.budgetUsd = change.budgetUsd;
  if (change.cloud !== undefined) next.cloud = change.cloud;
  if (change.specialisation !== undefined) next.specialisation = change.specialisation;
  if (change.startDate !== undefined) next.startDate = change.startDate;
  return next;
}

export function summarisePlan(plan: Plan, pack: ContentPack): PlanSummary {
  const title = new Map(plan.milestones.map((m) => [m.id, m.title]));
  const exams = [...plan.certifications]
    .sort((a, b) => a.order - b.order)
    .map((c) => ({ certId: c.certId, name: certName(pack, c.certId), costUsd: c.costUsd, examDate: c.targetExamDate, booked: c.booked }));
  return {
    startDate: plan.startDate,
    etaDate: plan.etaDate,
    durationMonths: plan.durationMonths,
    weeklyHours: plan.weeklyHours,
    totalHours: plan.totalHours,
    exams,
    examCostUsd: round1(exams.reduce((n, e) => n + e.costUsd, 0)),
    firstMonths: plan.timeline.slice(0, WHAT_IF_MONTHS).map((m) => ({
      month: m.month,
      hours: m.hours,
      milestones: m.milestoneIds.map((id) => ({ id, title: title.get(id) ?? id })),
    })),
    warnings: [...plan.warnings],
  };
}
