/**
 * Everything the dashboard shows, from the data layer: the plan (kept current by plan:changed),
 * this week's sessions (read again after a plan change: sessions are not in the plan view), the
 * readiness, certifications, spending, milestone progress and the reviews due (read when the
 * dashboard opens).
 * A part that cannot be read is shown as a failure with "Try again", never as an empty part.
 */
import type { CertificationStatus, MilestoneProgress, Spending } from '../../../shared/domain/records';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { PlanView, ReadinessView, ReviewQueue, WeekView } from '../../../shared/ipc/contract';
import type { Weekday } from '../../../shared/planner/time';
import { useChannel } from '../data/planner-query';
import { allOf, mapLoaded, type Loadable } from '../shared/LoadStates';
import { useWeekView } from '../week/useWeekView';
import { weekStartOf } from '../week/week-time';

export interface DashboardData {
  view: PlanView | null;
  readiness: ReadinessView | null;
  week: WeekView | null;
  certifications: CertificationStatus[];
  spending: Spending[];
  progress: MilestoneProgress[];
  reviews: ReviewQueue;
}

/** `firstDay`: the locale's first day of the week, so "this week" is the week the Week screen shows. */
export function useDashboard(planner: PlannerBridge, firstDay: Weekday): Loadable<DashboardData> {
  const plan = useChannel(planner, 'plan:get', {});
  const quiz = useChannel(planner, 'quiz:history', {});
  const certifications = useChannel(planner, 'certification:list', {});
  const spending = useChannel(planner, 'spending:list', {});
  const progress = useChannel(planner, 'progress:list', {});
  const reviews = useChannel(planner, 'review:queue', {});
  // No plan, no week to show (and none asked for).
  const weekStart = plan.data ? weekStartOf(plan.data.today, firstDay) : null;
  const week = useWeekView(planner, weekStart);
  const noWeek: Loadable<null> = { status: 'success', data: null, error: null, refetch: () => undefined };

  return mapLoaded(allOf(plan, quiz, certifications, spending, progress, reviews, weekStart ? week : noWeek), ([view, history, certs, rows, ticks, due, shownWeek]) => ({
    view,
    readiness: history.readiness,
    week: shownWeek,
    certifications: certs,
    spending: rows,
    progress: ticks,
    reviews: due,
  }));
}
