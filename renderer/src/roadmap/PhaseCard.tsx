/** One phase: dates, progress, milestones with their tick boxes, skills, tools and its gate. */
import type { PlannedPhase } from '../../../shared/domain/plan';
import type { PlanView } from '../../../shared/ipc/contract';
import { useContent } from '../shared/content';
import { useDisplayFormat } from '../shared/locale';
import { MilestoneNotes } from './MilestoneNotes';
import { PhaseSource } from './PhaseSource';
import { PrintedNotes } from './PrintedNotes';
import type { RoadmapRecords } from './useRoadmapRecords';
import { Chips } from '../shared/Chips';

interface Props {
  phase: PlannedPhase;
  view: PlanView;
  done: ReadonlySet<string>;
  pending: ReadonlyMap<string, boolean>;
  onToggle: (id: string, done: boolean) => void;
  records: RoadmapRecords;
}

export function PhaseCard({ phase, view, done, pending, onToggle, records }: Props) {
  const format = useDisplayFormat();
  const content = useContent();
  const info = content.phase(phase.id);
  const progress = view.progress.phases.find((p) => p.phaseId === phase.id);
  const percent = progress?.percent ?? 0;
  const project = info ? content.project(info.suggestedProjectId) : undefined;
  const titleId = `${phase.id}-title`;
  return (
    <article className="card phase" aria-labelledby={titleId} data-testid={`phase-${phase.id}`}>
      <header className="phase-head">
        <div>
          <h3 id={titleId}>{phase.title}</h3>
          <p className="muted small">
            {phase.skipped ? 'Skipped: you already know this' : `${format.dayRange(phase.startDate, phase.endDate)} · ${format.hours(phase.hours)}`}
          </p>
        </div>
        <div className="progress-aside">
          <span className="small" data-testid={`phase-progress-${phase.id}`}>
            {format.percent(percent)}
          </span>
          <div className="meter" role="progressbar" aria-label={`${phase.title} progress`} aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
            <span style={{ width: `${percent}%` }} />
          </div>
        </div>
      </header>
      {info && <p className="phase-summary">{info.summary}</p>}
      <ul className="milestones">
        {phase.milestoneIds.map((id) => {
          const m = view.plan.milestones.find((x) => x.id === id);
          if (!m) return null;
          const checked = done.has(id);
          const skipped = m.status === 'skipped';
          return (
            <li key={id} className={`milestone ${checked ? 'is-done' : ''} ${skipped ? 'is-skipped' : ''}`}>
              <label className="milestone-label">
                {/* Not `disabled` while saving: a disabled box drops the keyboard focus to the page,
                    so a learner ticking with Space would lose their place. It says it is busy and
                    ignores presses until the store has answered. */}
                <input
                  type="checkbox"
                  checked={checked}
                  aria-disabled={pending.has(id) || undefined}
                  aria-describedby={`${id}-meta`}
                  onChange={(e) => {
                    if (!pending.has(id)) onToggle(id, e.target.checked);
                  }}
                />
                <span className="milestone-title">{m.title}</span>
              </label>
              <span className="milestone-meta muted small" id={`${id}-meta`}>
                {skipped ? 'Skipped' : `${format.hours(m.hours)} · ${format.dayRange(m.startDate, m.endDate)}`}
                {pending.has(id) ? ' · saving…' : ''}
                {m.adjustment && !skipped ? ` · ${format.message(m.adjustment)}` : ''}
              </span>
              <details className="milestone-notes">
                <summary>
                  Notes and links
                  {records.notes.get(id)?.note || records.notes.get(id)?.links.length ? ' ·  saved' : ''}
                </summary>
                {records.loaded ? (
                  <MilestoneNotes milestoneId={id} title={m.title} saved={records.notes.get(id)} onSave={records.saveNote} />
                ) : (
                  <p className="muted small">Loading your notes…</p>
                )}
              </details>
              <PrintedNotes saved={records.notes.get(id)} />
            </li>
          );
        })}
      </ul>
      {info && (
        <div className="phase-details">
          <div>
            <h4>Key skills</h4>
            <Chips items={info.keySkills} />
          </div>
          <div>
            <h4>Tools</h4>
            <Chips items={info.tools} muted />
          </div>
          {project && (
            <div>
              <h4>Suggested project</h4>
              <p className="small">{project.title}</p>
            </div>
          )}
          <PhaseSource phase={info} sources={content.pack.sources} />
          <fieldset className="gate">
            <legend>
              {info.gate.title} ({info.gate.items.filter((i) => records.gateTicks.has(i.id)).length} of {info.gate.items.length})
            </legend>
            <ul>
              {info.gate.items.map((item) => (
                <li key={item.id}>
                  <label className="inline-check">
                    <input type="checkbox" checked={records.gateTicks.has(item.id)} onChange={(e) => void records.setGate(item.id, e.target.checked)} />
                    {item.text}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        </div>
      )}
    </article>
  );
}
