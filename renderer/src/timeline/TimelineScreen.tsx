/**
 * The timeline: the learner's plan month by month — phases as coloured bands that line up
 * across months, the milestones active each month (ticked ones shown done), exam dates
 * (booked or target) and the hours planned, with "you are here" on the current month. It
 * follows `plan:changed`, so a tick or a re-plan elsewhere shows here at once.
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { useRef, type RefObject } from 'react';
import type { PlanView } from '../../../shared/ipc/contract';
import type { ScreenProps } from '../screens';
import { useContent } from '../shared/content';
import { useDisplayFormat } from '../shared/locale';
import { usePlanView } from '../shared/usePlanView';
import { buildTimeline, type TimelineExam, type TimelineRow } from './timeline-model';
import './timeline.css';
import { EmptyState, Loaded } from '../shared/LoadStates';

export default function TimelineScreen({ planner, navigate }: ScreenProps) {
  return (
    <Loaded read={usePlanView(planner)} what="Your timeline" loading="Loading your timeline…">
      {(view) =>
        view ? (
          <Timeline view={view} />
        ) : (
          <EmptyState title="No timeline yet" action="Set up your profile" onAction={() => navigate('profile')}>
            <p>Save your starting point and MLE Path lays out your plan month by month.</p>
          </EmptyState>
        )
      }
    </Loaded>
  );
}

function Timeline({ view }: { view: PlanView }) {
  const format = useDisplayFormat();
  const { certificationLabel } = useContent();
  const model = buildTimeline(view, certificationLabel);
  const currentHeading = useRef<HTMLHeadingElement>(null);
  const { plan } = view;
  const first = model.rows[0];
  const last = model.rows[model.rows.length - 1];
  const phaseIndex = new Map(model.phases.map((p, i) => [p.id, i]));

  function goToCurrent() {
    currentHeading.current?.scrollIntoView({ block: 'center' });
    currentHeading.current?.focus({ preventScroll: true });
  }

  return (
    <div className="screen">
      <div className="screen-head row-between timeline-head">
        <div>
          <h1>Timeline</h1>
          <p className="lede">
            {model.rows.length} {model.rows.length === 1 ? 'month' : 'months'}
            {first && last ? `, ${format.month(first.month)} – ${format.month(last.month)}` : ''} · {format.hours(plan.totalHours)} at{' '}
            {format.hours(plan.weeklyHours)} a week · finish {format.day(plan.etaDate)}
          </p>
        </div>
        {model.position === 'during' && (
          <button type="button" className="button button-secondary" onClick={goToCurrent}>
            Go to this month
          </button>
        )}
      </div>

      <PositionNote view={view} position={model.position} />

      <section className="card timeline-legend" aria-labelledby="timeline-legend-title">
        <h2 id="timeline-legend-title">Phases</h2>
        {model.phases.length === 0 ? (
          <p className="muted">Every phase is marked as already known, so there is nothing left to schedule.</p>
        ) : (
          <ul className="timeline-legend-list">
            {model.phases.map((p) => (
              <li key={p.id}>
                <span className={`timeline-swatch timeline-colour-${p.colour}`} aria-hidden="true" />
                <span className="timeline-legend-name">{p.title}</span>
                <span className="muted small">
                  {format.dayRange(p.startDate, p.endDate)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="timeline-months-title" className="stack">
        <h2 id="timeline-months-title">Month by month</h2>
        {model.rows.length === 0 ? (
          <div className="card">
            <p className="muted">Your plan has no months left to schedule.</p>
          </div>
        ) : (
          <ol className="card timeline-months" data-testid="timeline">
            {model.rows.map((row) => (
              <MonthRow
                key={row.month}
                row={row}
                lanes={model.phases.length}
                phaseIndex={phaseIndex}
                maxHours={model.maxHours}
                headingRef={row.when === 'current' ? currentHeading : undefined}
              />
            ))}
          </ol>
        )}
        {model.examsOutside.length > 0 && (
          <div className="card timeline-outside">
            <h3>Exams outside these months</h3>
            <ul>
              {model.examsOutside.map((exam) => (
                <li key={exam.certId}>
                  <ExamLine exam={exam} />
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}

function PositionNote({ view, position }: { view: PlanView; position: 'before' | 'during' | 'after' }) {
  const format = useDisplayFormat();
  if (position === 'before') {
    const days = differenceInCalendarDays(parseISO(view.plan.startDate), parseISO(view.today));
    return (
      <p className="alert timeline-note" role="status">
        Your plan starts on {format.day(view.plan.startDate)}
        {days > 0 ? `, in ${days} ${days === 1 ? 'day' : 'days'}` : ''}. You are here, just before the first month.
      </p>
    );
  }
  if (position === 'after') {
    return (
      <p className="alert alert-warning" role="status">
        The last month of this plan has passed. Update your profile to re-plan from today.
      </p>
    );
  }
  return null;
}

interface RowProps {
  row: TimelineRow;
  lanes: number;
  phaseIndex: ReadonlyMap<string, number>;
  maxHours: number;
  headingRef: RefObject<HTMLHeadingElement | null> | undefined;
}

function MonthRow({ row, lanes, phaseIndex, maxHours, headingRef }: RowProps) {
  const format = useDisplayFormat();
  const titleId = `timeline-month-${row.month}`;
  const doneCount = row.milestones.filter((m) => m.done).length;
  return (
    <li
      className={`timeline-month is-${row.when}`}
      aria-labelledby={titleId}
      aria-current={row.when === 'current' ? 'date' : undefined}
      data-testid="timeline-month"
      data-month={row.month}
    >
      <div className="timeline-when">
        <h3 id={titleId} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
          {format.month(row.month)}
        </h3>
        <span className="muted small">Month {row.index}</span>
        {row.when === 'current' && <span className="timeline-here">You are here</span>}
      </div>

      <div className="timeline-lanes" aria-hidden="true">
        {Array.from({ length: lanes }, (_, lane) => {
          const band = row.bands.find((b) => phaseIndex.get(b.phase.id) === lane);
          return (
            <span key={lane} className="timeline-lane">
              {band && (
                <span
                  className={`timeline-band timeline-colour-${band.phase.colour}`}
                  style={{ top: `${band.from * 100}%`, bottom: `${(1 - band.to) * 100}%` }}
                />
              )}
            </span>
          );
        })}
        {row.todayAt !== null && <span className="timeline-today" style={{ top: `${row.todayAt * 100}%` }} />}
      </div>

      <div className="timeline-body">
        {row.bands.length > 0 && (
          <ul className="timeline-phase-names" aria-label="Phases this month">
            {row.bands.map((b) => (
              <li key={b.phase.id}>
                <span className={`timeline-swatch timeline-colour-${b.phase.colour}`} aria-hidden="true" />
                {b.phase.title}
              </li>
            ))}
          </ul>
        )}
        {row.exams.map((exam) => (
          <p key={exam.certId} className={`timeline-exam ${exam.booked ? 'is-booked' : ''}`} data-testid="timeline-exam">
            <ExamLine exam={exam} />
          </p>
        ))}
        {row.milestones.length > 0 ? (
          <ul className="timeline-milestones" aria-label={`Milestones, ${doneCount} of ${row.milestones.length} done`}>
            {row.milestones.map((m) => (
              <li key={m.id} className={m.done ? 'is-done' : undefined} data-milestone={m.id}>
                <span className="timeline-check" aria-hidden="true">
                  {m.done ? '✓' : ''}
                </span>
                <span className="timeline-milestone-title">{m.title}</span>
                {m.done && <span className="sr-only"> (done)</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">No milestones scheduled.</p>
        )}
      </div>

      <div className="timeline-hours">
        <span className="timeline-hours-value">{format.hours(row.hours)}</span>
        <span className="muted small">planned</span>
        <span className="timeline-hours-bar" aria-hidden="true">
          <span style={{ width: `${maxHours > 0 ? (row.hours / maxHours) * 100 : 0}%` }} />
        </span>
      </div>
    </li>
  );
}

function ExamLine({ exam }: { exam: TimelineExam }) {
  const format = useDisplayFormat();
  return (
    <>
      <span className="timeline-exam-kind">{exam.booked ? 'Exam booked' : 'Target exam'}</span>{' '}
      <span className="timeline-exam-name">{exam.label}</span> <span className="muted">· {format.day(exam.date)}</span>
    </>
  );
}
