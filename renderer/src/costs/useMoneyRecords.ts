/**
 * The learner's money records (expenses and per-certification spend) from the data layer; an
 * expense added or deleted on this screen goes into the cached list at once. The plan (for the
 * budget) comes from usePlanView, which follows re-plans.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CertificationStatus, Spending } from '../../../shared/domain/records';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import { keyOf, useChannel } from '../data/planner-query';
import { allOf, mapLoaded, type Loadable } from '../shared/LoadStates';

const byDate = (a: Spending, b: Spending) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
const sorted = (rows: Spending[]) => [...rows].sort(byDate);
const SPENDING = keyOf('spending:list', {});

export function useMoneyRecords(planner: PlannerBridge): {
  read: Loadable<readonly [Spending[], CertificationStatus[]]>;
  added: (row: Spending) => void;
  removed: (id: string) => void;
} {
  const client = useQueryClient();
  const spending = useChannel(planner, 'spending:list', {});
  const certifications = useChannel(planner, 'certification:list', {});

  const added = useCallback(
    (row: Spending) => client.setQueryData<Spending[]>(SPENDING, (rows) => rows && [...rows.filter((x) => x.id !== row.id), row]),
    [client],
  );
  const removed = useCallback((id: string) => client.setQueryData<Spending[]>(SPENDING, (rows) => rows?.filter((x) => x.id !== id)), [client]);

  const read = mapLoaded(allOf(spending, certifications), ([rows, certs]) => [sorted(rows), certs] as const);
  return { read, added, removed };
}
