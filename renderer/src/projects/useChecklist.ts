/**
 * The learner's ticked checklist items (project steps; phase gates share the same store), with
 * optimistic ticking: a box shows its new state at once and is marked as saving until main
 * confirms it is written; if the write fails the box flips back and the error says why.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PlannerBridge } from '../../../shared/ipc/bridge';

export type ChecklistState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; ticked: ReadonlySet<string> };

export function useChecklist(planner: PlannerBridge) {
  const [state, setState] = useState<ChecklistState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Ticks sent but not yet acknowledged, with the state they asked for.
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [tickError, setTickError] = useState<{ itemId: string; message: string } | null>(null);

  useEffect(() => {
    let live = true;
    void planner.invoke('checklist:list', {}).then((result) => {
      if (!live) return;
      setState(result.ok ? { kind: 'ready', ticked: new Set(result.value.map((t) => t.itemId)) } : { kind: 'error', message: result.error.message });
    });
    return () => {
      live = false;
    };
  }, [planner, attempt]);

  const reload = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const toggle = useCallback(
    async (itemId: string, checked: boolean) => {
      setPending((p) => new Map(p).set(itemId, checked));
      setTickError(null);
      const result = await planner.invoke('checklist:set', { itemId, checked });
      setPending((p) => {
        const next = new Map(p);
        next.delete(itemId);
        return next;
      });
      if (result.ok) setState({ kind: 'ready', ticked: new Set(result.value.map((t) => t.itemId)) });
      else setTickError({ itemId, message: result.error.message });
    },
    [planner],
  );

  /** Ticked items as the learner sees them: stored ticks with pending changes applied. */
  const ticked = new Set(state.kind === 'ready' ? state.ticked : []);
  for (const [id, value] of pending) {
    if (value) ticked.add(id);
    else ticked.delete(id);
  }

  return { state, reload, toggle, ticked, pending, tickError };
}
