/** The learner's notes, links and gate ticks for the roadmap, with save functions. */
import { useCallback, useEffect, useState } from 'react';
import type { MilestoneProgress } from '../../../shared/domain/records';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { IpcError } from '../../../shared/ipc/result';

export interface RoadmapRecords {
  /** False until the saved notes and ticks have arrived (editors must not start empty). */
  loaded: boolean;
  notes: ReadonlyMap<string, MilestoneProgress>;
  gateTicks: ReadonlySet<string>;
  saveNote(id: string, note: string, links: MilestoneProgress['links']): Promise<IpcError | null>;
  setGate(itemId: string, checked: boolean): Promise<IpcError | null>;
}

export function useRoadmapRecords(planner: PlannerBridge): RoadmapRecords {
  const [notes, setNotes] = useState<ReadonlyMap<string, MilestoneProgress>>(new Map());
  const [gateTicks, setGateTicks] = useState<ReadonlySet<string>>(new Set());
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let live = true;
    void Promise.all([planner.invoke('progress:list', {}), planner.invoke('checklist:list', {})]).then(([progress, ticks]) => {
      if (!live) return;
      if (progress.ok) setNotes(new Map(progress.value.map((p) => [p.milestoneId, p])));
      if (ticks.ok) setGateTicks(new Set(ticks.value.map((t) => t.itemId)));
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [planner]);

  const saveNote = useCallback(
    async (id: string, note: string, links: MilestoneProgress['links']) => {
      const r = await planner.invoke('milestone:save-note', { id, note, links });
      if (!r.ok) return r.error;
      setNotes((m) => new Map(m).set(id, r.value));
      return null;
    },
    [planner],
  );

  const setGate = useCallback(
    async (itemId: string, checked: boolean) => {
      setGateTicks((s) => {
        const next = new Set(s);
        if (checked) next.add(itemId);
        else next.delete(itemId);
        return next;
      });
      const r = await planner.invoke('checklist:set', { itemId, checked });
      if (r.ok) {
        setGateTicks(new Set(r.value.map((t) => t.itemId)));
        return null;
      }
      setGateTicks((s) => {
        const back = new Set(s);
        if (checked) back.delete(itemId);
        else back.add(itemId);
        return back;
      });
      return r.error;
    },
    [planner],
  );

  return { loaded, notes, gateTicks, saveNote, setGate };
}
