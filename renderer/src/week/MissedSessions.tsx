/**
 * Sessions of earlier weeks still left as planned: the learner can say they did it after all,
 * skip it, or bring it into the week they are planning (the first free slot, see findFreeSlot).
 */
import type { StudySession } from '../../../shared/domain/records';
import { useDisplayFormat } from '../shared/locale';
import { sessionDayLabel, sessionSpan } from './week-time';

interface Props {
  missed: readonly StudySession[];
  timeZone: string;
  titleOf: (session: StudySession) => string;
  /** 'this week' or '14 – 20 Dec 2026'. */
  targetLabel: string;
  busy: ReadonlySet<string>;
  onDone: (session: StudySession) => void;
  onSkip: (session: StudySession) => void;
  onMoveIn: (session: StudySession) => void;
}

export function MissedSessions({ missed, timeZone, titleOf, targetLabel, busy, onDone, onSkip, onMoveIn }: Props) {
  const format = useDisplayFormat();
  if (missed.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="missed-title" data-testid="missed-sessions">
      <div>
        <h2 id="missed-title">Missed sessions</h2>
        <p className="muted small">Sessions of the last four weeks still open. Did you study anyway? Mark them done; otherwise skip them or catch up in {targetLabel}.</p>
      </div>
      <ul className="week-missed">
        {missed.map((session) => {
          const title = titleOf(session);
          const labelId = `missed-${session.id}`;
          const saving = busy.has(session.id);
          return (
            <li key={session.id} className="week-missed-item">
              <div className="week-missed-text" id={labelId}>
                <span className="week-missed-title">{title}</span>
                <span className="muted small">
                  {sessionDayLabel(session, timeZone, format)} · {sessionSpan(session, timeZone, format)} · {format.duration(session.minutes)}
                  {saving ? ' · saving…' : ''}
                </span>
              </div>
              <div className="week-missed-actions" role="group" aria-labelledby={labelId}>
                <button type="button" className="button button-secondary week-button-small" disabled={saving} onClick={() => onDone(session)}>
                  I did it
                </button>
                <button type="button" className="button button-secondary week-button-small" disabled={saving} onClick={() => onSkip(session)}>
                  Skip
                </button>
                <button type="button" className="button button-primary week-button-small" disabled={saving} onClick={() => onMoveIn(session)}>
                  Move to {targetLabel}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
