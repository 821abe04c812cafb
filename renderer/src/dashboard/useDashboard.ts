/**
 * Everything the dashboard shows, loaded in parallel and refreshed when the plan changes.
 * Each part may be missing (no quiz yet, no exam booked) without failing the others.
 */
import { useEffect, useState } from 'react';
import type { CertificationStatus, MilestoneProgress, Spending } from '../../../shared/domain/records';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { PlanView, ReadinessView, WeekView } from '../../../shared/ipc/contract';
import type { Weekday } from '../../../shared/planner/time';
import { loadWeek } from '../week/useWeekView';
import { weekStartOf } from '../week/week-time';

export interface DashboardData {
  view: PlanView | null;
  readiness: ReadinessView | null;
  week: WeekView | null;
  certifications: CertificationStatus[];
  spending: Spending[];
  progress: MilestoneProgress[];
}

export type DashboardState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; data: DashboardData };

/** `firstDay`: the locale's first day of the week, so "this week" is the week the Week screen shows. */
export function useDashboard(planner: PlannerBridge, firstDay: Weekday): { state: DashboardState; reload: () => void } {
  const [state, setState] = useState<DashboardState>({ kind: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    async function load(): Promise<DashboardState> {
      const plan = await planner.invoke('plan:get', {});
      if (!plan.ok) return { kind: 'error', message: plan.error.message };
      const view = plan.value;
      const weekStart = view ? weekStartOf(view.today, firstDay) : null;
      const [quiz, week, certs, spending, progress] = await Promise.all([
        planner.invoke('quiz:history', {}),
        weekStart ? loadWeek(planner, weekStart) : Promise.resolve(null),
        planner.invoke('certification:list', {}),
        planner.invoke('spending:list', {}),
        planner.invoke('progress:list', {}),
      ]);
      return {
        kind: 'ready',
        data: {
          view,
          readiness: quiz.ok ? quiz.value.readiness : null,
          week: week && week.ok ? week.value : null,
          certifications: certs.ok ? certs.value : [],
          spending: spending.ok ? spending.value : [],
          progress: progress.ok ? progress.value : [],
        },
      };
    }
    void load().then((next) => {
      if (live) setState(next);
    });
    const off = planner.on('plan:changed', () => setVersion((v) => v + 1));
    return () => {
      live = false;
      off();
    };
  }, [planner, firstDay, version]);

  return { state, reload: () => setVersion((v) => v + 1) };
}
