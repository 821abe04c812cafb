/**
 * The learner's ticked checklist items (project steps; the roadmap's phase gates share the same
 * store), with optimistic ticking: a box shows its new state at once and is marked as saving
 * until main confirms it is written; if the write fails the box flips back and the error says why.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { ChecklistTick } from '../../../shared/domain/records';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { IpcError } from '../../../shared/ipc/result';
import { failureOf, putAnswer, useChannel, usePendingWrites, useWrite } from '../data/planner-query';

export function useChecklist(planner: PlannerBridge) {
  const client = useQueryClient();
  const read = useChannel(planner, 'checklist:list', {});
  const [tickError, setTickError] = useState<{ itemId: string; message: string } | null>(null);
  const write = useWrite(planner, 'checklist:set', {
    onSuccess: (ticks: ChecklistTick[]) => putAnswer(client, 'checklist:list', {}, ticks),
  });
  const { mutateAsync } = write;
  const sent = usePendingWrites('checklist:set');

  /** Ticks or unticks one item; the store's refusal when it refused, else null. */
  const toggle = useCallback(
    async (itemId: string, checked: boolean): Promise<IpcError | null> => {
      setTickError(null);
      try {
        await mutateAsync({ itemId, checked });
        return null;
      } catch (error) {
        const failure = failureOf(error);
        setTickError({ itemId, message: failure.message });
        return failure;
      }
    },
    [mutateAsync],
  );

  // Ticks sent but not yet acknowledged, with the state they asked for (the latest wins).
  const pending = useMemo(() => new Map(sent.map((r) => [r.itemId, r.checked])), [sent]);
  /** Ticked items as the learner sees them: stored ticks with pending changes applied. */
  const ticked = useMemo(() => {
    const set = new Set((read.data ?? []).map((t) => t.itemId));
    for (const [id, value] of pending) {
      if (value) set.add(id);
      else set.delete(id);
    }
    return set;
  }, [read.data, pending]);

  return { read, toggle, ticked, pending, tickError };
}
