/** The learner's notes, links and gate ticks for the roadmap, with save functions. */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { MilestoneProgress } from '../../../shared/domain/records';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { IpcError } from '../../../shared/ipc/result';
import { failureOf, keyOf, useChannel, useWrite } from '../data/planner-query';
import { useChecklist } from '../projects/useChecklist';
import { allOf, type Loadable } from '../shared/LoadStates';

export interface RoadmapRecords {
  /** The saved notes and ticks: editors wait for them (they must not start empty), and a failure is shown with a retry. */
  read: Loadable<unknown>;
  /** True once the saved notes and ticks have arrived. */
  loaded: boolean;
  notes: ReadonlyMap<string, MilestoneProgress>;
  gateTicks: ReadonlySet<string>;
  saveNote(id: string, note: string, links: MilestoneProgress['links']): Promise<IpcError | null>;
  setGate(itemId: string, checked: boolean): Promise<IpcError | null>;
}

const PROGRESS = keyOf('progress:list', {});

export function useRoadmapRecords(planner: PlannerBridge): RoadmapRecords {
  const client = useQueryClient();
  const progress = useChannel(planner, 'progress:list', {});
  const gates = useChecklist(planner);
  const notes = useMemo(() => new Map((progress.data ?? []).map((p) => [p.milestoneId, p])), [progress.data]);

  const { mutateAsync: sendNote } = useWrite(planner, 'milestone:save-note', {
    onSuccess: (saved) =>
      client.setQueryData<MilestoneProgress[]>(PROGRESS, (rows) => rows && [...rows.filter((p) => p.milestoneId !== saved.milestoneId), saved]),
  });
  // Stable across renders, so the memoised note editors do not render again on every tick.
  const saveNote = useCallback(
    async (id: string, note: string, links: MilestoneProgress['links']) => {
      try {
        await sendNote({ id, note, links });
        return null;
      } catch (error) {
        return failureOf(error);
      }
    },
    [sendNote],
  );

  const read = allOf(progress, gates.read);
  return { read, loaded: read.status === 'success', notes, gateTicks: gates.ticked, saveNote, setGate: gates.toggle };
}
