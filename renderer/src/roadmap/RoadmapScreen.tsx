/**
 * The roadmap: where the learner stands (progress, on-track status, ETA, budget), the exam
 * sequence, and every phase with its milestones to tick off. A tick shows at once (optimistic)
 * and is marked as saving until the store has written it durably; if the write fails, the box
 * flips back and the error says why.
 */
import { useState } from 'react';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { PlanView } from '../../../shared/ipc/contract';
import { usePlanView } from '../shared/usePlanView';
import { useDisplayFormat } from '../shared/locale';
import { CertificationSequence } from './CertificationSequence';
import { PdfButton } from './PdfButton';
import { PhaseCard } from './PhaseCard';
import { PlanBasis } from './PlanBasis';
import { PlanSummary } from './PlanSummary';
import { useRoadmapRecords } from './useRoadmapRecords';
import { LoadError, LoadingCard } from '../shared/LoadStates';

interface Props {
  planner: PlannerBridge;
  onEditProfile: () => void;
}

export function RoadmapScreen({ planner, onEditProfile }: Props) {
  const format = useDisplayFormat();
  const { state, reload, set } = usePlanView(planner);
  const records = useRoadmapRecords(planner);
  // Ticks sent but not yet acknowledged, with the state they asked for.
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [tickError, setTickError] = useState<string | null>(null);

  async function toggle(view: PlanView, id: string, done: boolean) {
    setPending((p) => new Map(p).set(id, done));
    setTickError(null);
    const result = await planner.invoke('milestone:set-done', { id, done });
    setPending((p) => {
      const next = new Map(p);
      next.delete(id);
      return next;
    });
    if (result.ok) set(result.value);
    else setTickError(`“${view.plan.milestones.find((m) => m.id === id)?.title ?? id}” could not be saved: ${result.error.message}`);
  }

  if (state.kind === 'loading') {
    return (
      <LoadingCard>Loading your roadmap…</LoadingCard>
    );
  }
  if (state.kind === 'error') {
    return (
      <LoadError what="Your roadmap" message={state.message} onRetry={reload} />
    );
  }
  if (!state.view) {
    return (
      <div className="card empty-state">
        <h1>No roadmap yet</h1>
        <p>Save your starting point and MLE Path builds your roadmap from it.</p>
        <button type="button" className="button button-primary" onClick={onEditProfile}>
          Set up your profile
        </button>
      </div>
    );
  }

  const view = state.view;
  const done = new Set(view.doneMilestoneIds);
  for (const [id, value] of pending) {
    if (value) done.add(id);
    else done.delete(id);
  }
  return (
    <div className="screen">
      <div className="screen-head row-between">
        <div>
          <h1>Your roadmap</h1>
          <p className="lede">
            {format.hours(view.plan.totalHours)} of study from {format.day(view.plan.startDate)} at {format.hours(view.plan.weeklyHours)} a week.
          </p>
        </div>
        <div className="row-actions no-print">
          <PdfButton planner={planner} />
          <button type="button" className="button button-secondary" onClick={onEditProfile}>
            Change profile
          </button>
        </div>
      </div>
      {view.plan.warnings.length > 0 && (
        <div className="alert alert-warning" role="status">
          {view.plan.warnings.map((w) => (
            <p key={w}>{format.message(w)}</p>
          ))}
        </div>
      )}
      {tickError && (
        <div className="alert alert-error" role="alert">
          {tickError}
        </div>
      )}
      <PlanSummary view={view} />
      <PlanBasis plan={view.plan} />
      <CertificationSequence view={view} />
      <section aria-labelledby="phases-title" className="stack">
        <h2 id="phases-title">Phases and milestones</h2>
        {view.plan.phases.map((phase) => (
          <PhaseCard
            key={phase.id}
            phase={phase}
            view={view}
            done={done}
            pending={pending}
            onToggle={(id, value) => void toggle(view, id, value)}
            records={records}
          />
        ))}
      </section>
    </div>
  );
}
