/**
 * Loads one week of sessions (the stored weeks it overlaps, see week-time.ts) and keeps it
 * current: a refresh after every saved change and every plan:changed (totals and the missed
 * list are the store's to compute), and a saved session patched in at once so the block never
 * flickers back to its old state while the refresh is under way.
 */
import { useCallback, useEffect, useState } from 'react';
import type { StudySession } from '../../../shared/domain/records';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { WeekView } from '../../../shared/ipc/contract';
import type { ErrorCode, Result } from '../../../shared/ipc/result';
import { weekTotals } from '../../../shared/planner/week-totals';
import { composeWeek, storeWeeksOf } from './week-time';

/** The week starting on `weekStart` (the locale's first day), from the one or two stored weeks it overlaps. */
export async function loadWeek(planner: PlannerBridge, weekStart: string): Promise<Result<WeekView>> {
  const answers = await Promise.all(storeWeeksOf(weekStart).map((monday) => planner.invoke('week:get', { weekStart: monday })));
  const views: WeekView[] = [];
  for (const answer of answers) {
    if (!answer.ok) return answer;
    views.push(answer.value);
  }
  // Not result.ts's ok(): that module brings zod, and the dashboard (in the first bundle) loads weeks too.
  return { ok: true, value: composeWeek(views, weekStart) };
}

export type WeekState =
  | { kind: 'loading'; weekStart: string }
  | { kind: 'error'; weekStart: string; code: ErrorCode; message: string }
  | { kind: 'ready'; view: WeekView };

export interface WeekViewApi {
  state: WeekState;
  /** Fetches the week again without showing the loading state. */
  refresh: () => void;
  /** Fetches the week again from the loading state (after an error). */
  reload: () => void;
  /** Shows a session as the store returned it, before the refresh arrives. */
  patchSession: (session: StudySession) => void;
}

export function useWeekView(planner: PlannerBridge, weekStart: string | null): WeekViewApi {
  const [state, setState] = useState<WeekState>({ kind: 'loading', weekStart: weekStart ?? '' });
  const [generation, setGeneration] = useState(0);

  // Loading is shown only when the week itself changes, not on refreshes of the same week.
  const [shownWeek, setShownWeek] = useState(weekStart);
  if (shownWeek !== weekStart) {
    setShownWeek(weekStart);
    setState({ kind: 'loading', weekStart: weekStart ?? '' });
  }

  useEffect(() => {
    if (!weekStart) return;
    let live = true;
    void loadWeek(planner, weekStart).then((result) => {
      if (!live) return;
      setState(result.ok ? { kind: 'ready', view: result.value } : { kind: 'error', weekStart, code: result.error.code, message: result.error.message });
    });
    return () => {
      live = false;
    };
  }, [planner, weekStart, generation]);

  // A session changed elsewhere (a reminder's Done / Snooze / Skip button, a re-plan): read the
  // week again, without the loading state.
  useEffect(() => planner.on('plan:changed', () => setGeneration((n) => n + 1)), [planner]);

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  const reload = useCallback(() => {
    setState({ kind: 'loading', weekStart: weekStart ?? '' });
    setGeneration((n) => n + 1);
  }, [weekStart]);
  const patchSession = useCallback((session: StudySession) => {
    setState((current) => {
      if (current.kind !== 'ready') return current;
      const { view } = current;
      const sessions = view.sessions.map((s) => (s.id === session.id ? session : s));
      return {
        kind: 'ready',
        view: {
          ...view,
          sessions,
          ...weekTotals(sessions),
          // Any saved change to a missed session (done, skipped, moved) takes it off the list;
          // the refresh puts it back if the store still counts it as missed.
          missed: view.missed.filter((s) => s.id !== session.id),
        },
      };
    });
  }, []);
  return { state, refresh, reload, patchSession };
}
