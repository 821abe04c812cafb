/**
 * The roadmap: where the learner stands (progress, on-track status, ETA, budget), the exam
 * sequence, and every phase with its milestones to tick off. A tick shows at once (optimistic)
 * and is marked as saving until the store has written it durably; if the write fails, the box
 * flips back and the error says why.
 */
import { useQueryClient } from '@tanstack/react-query';
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
import './roadmap.css';
import { EmptyState, LoadError, Loaded } from '../shared/LoadStates';
import { putAnswer, usePendingWrites, useWrite } from '../data/planner-query';

interface Props {
  planner: PlannerBridge;
  onEditProfile: () => void;
}

export function RoadmapScreen({ planner, onEditProfile }: Props) {
  return (
    <Loaded read={usePlanView(planner)} what="Your roadmap" loading="Loading your roadmap…">
      {(view) =>
        view ? (
          <Roadmap view={view} planner={planner} onEditProfile={onEditProfile} />
        ) : (
          <EmptyState title="No roadmap yet" action="Set up your profile" onAction={onEditProfile}>
            <p>Save your starting point and MLE Path builds your roadmap from it.</p>
          </EmptyState>
        )
      }
    </Loaded>
  );
}

function Roadmap({ view, planner, onEditProfile }: Props & { view: PlanView }) {
  const format = useDisplayFormat();
  const client = useQueryClient();
  const records = useRoadmapRecords(planner);
  const [tickError, setTickError] = useState<string | null>(null);
  // The reply is the new plan view: it goes into the cache in the same render that ends "saving",
  // and the plan:changed that follows it carries the same view, so it renders nothing.
  const { mutate: tick } = useWrite(planner, 'milestone:set-done', {
    onSuccess: (next) => putAnswer(client, 'plan:get', {}, next),
    onError: (error, { id }) => setTickError(`“${view.plan.milestones.find((m) => m.id === id)?.title ?? id}” could not be saved: ${error.message}`),
  });
  // Ticks sent but not yet acknowledged, with the state they asked for.
  const sent = usePendingWrites('milestone:set-done');
  const pending = new Map(sent.map((r) => [r.id, r.done]));
  const toggle = (id: string, done: boolean) => {
    setTickError(null);
    tick({ id, done });
  };

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
      {records.read.status === 'error' && (
        <LoadError what="Your notes and checklist ticks" message={records.read.error?.message ?? ''} onRetry={() => void records.read.refetch()} />
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
            onToggle={toggle}
            records={records}
          />
        ))}
      </section>
    </div>
  );
}
