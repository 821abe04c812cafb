/** Loads the plan view once and keeps it current from main's `plan:changed` events. */
import { useCallback, useEffect, useState } from 'react';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { PlanView } from '../../../shared/ipc/contract';

export type PlanState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; view: PlanView | null };

export function usePlanView(planner: PlannerBridge): { state: PlanState; reload: () => void; set: (view: PlanView) => void } {
  const [state, setState] = useState<PlanState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void planner.invoke('plan:get', {}).then((result) => {
      if (!live) return;
      setState(result.ok ? { kind: 'ready', view: result.value } : { kind: 'error', message: result.error.message });
    });
    const off = planner.on('plan:changed', (view) => {
      if (live) setState({ kind: 'ready', view });
    });
    return () => {
      live = false;
      off();
    };
  }, [planner, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const set = useCallback((view: PlanView) => setState({ kind: 'ready', view }), []);
  return { state, reload, set };
}
