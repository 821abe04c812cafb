/**
 * Loads the learner's money records (expenses and per-certification spend) and keeps the
 * expense list current as expenses are added and deleted on this screen. The plan (for the
 * budget) comes from usePlanView, which follows re-plans.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CertificationStatus, Spending } from '../../../shared/domain/records';
import type { PlannerBridge } from '../../../shared/ipc/bridge';

export type RecordsState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; spending: Spending[]; certifications: CertificationStatus[] };

const byDate = (a: Spending, b: Spending) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

export function useMoneyRecords(planner: PlannerBridge) {
  const [state, setState] = useState<RecordsState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void Promise.all([planner.invoke('spending:list', {}), planner.invoke('certification:list', {})]).then(([spending, certs]) => {
      if (!live) return;
      if (!spending.ok) setState({ kind: 'error', message: spending.error.message });
      else if (!certs.ok) setState({ kind: 'error', message: certs.error.message });
      else setState({ kind: 'ready', spending: [...spending.value].sort(byDate), certifications: certs.value });
    });
    return () => {
      live = false;
    };
  }, [planner, attempt]);

  const reload = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const added = useCallback((row: Spending) => {
    setState((s) => (s.kind === 'ready' ? { ...s, spending: [...s.spending.filter((x) => x.id !== row.id), row].sort(byDate) } : s));
  }, []);

  const removed = useCallback((id: string) => {
    setState((s) => (s.kind === 'ready' ? { ...s, spending: s.spending.filter((x) => x.id !== id) } : s));
  }, []);

  return { state, reload, added, removed };
}
