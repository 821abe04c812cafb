/**
 * Sessions of earlier weeks still left as planned: the learner can say they did it after all,
 * skip it, or bring it into the week they are planning (the first free slot, see findFreeSlot).
 * A session dealt with leaves the list; the keyboard focus then moves to the next one (or, when
 * none is left, to the screen's heading) instead of falling to the page.
 */
import { useEffect, useRef } from 'react';
import type { StudySession } from '../../../shared/domain/records';
import { useDisplayFormat } from '../shared/locale';
import { focusMainContent } from '../shared/screen-focus';
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

/** Nothing has the focus any more: it was on something that went away. */
const focusLost = () => document.activeElement === null || document.activeElement === document.body;

export function MissedSessions({ missed, timeZone, titleOf, targetLabel, busy, onDone, onSkip, onMoveIn }: Props) {
  const format = useDisplayFormat();
  const list = useRef<HTMLUListElement>(null);
  // The row a button was pressed in, until the focus has found its next place.
  const actedOn = useRef<number | null>(null);

  useEffect(() => {
    const index = actedOn.current;
    if (index === null || !focusLost()) return;
    const rows = list.current?.querySelectorAll('li');
    const next = rows?.[Math.min(index, rows.length - 1)]?.querySelector('button');
    // The last one went and the list with it: the screen's heading takes the focus.
    const main = document.querySelector('main');
    if (next) next.focus();
    else if (main) focusMainContent(main);
    actedOn.current = null;
  }, [missed]);

  if (missed.length === 0) return null;
  const act = (index: number, session: StudySession, action: (s: StudySession) => void) => {
    if (busy.has(session.id)) return;
    actedOn.current = index;
    action(session);
  };
  return (
    <section className="card stack" aria-labelledby="missed-title" data-testid="missed-sessions">
      <div>
        <h2 id="missed-title">Missed sessions</h2>
        <p className="muted small">Sessions of the last four weeks still open. Did you study anyway? Mark them done; otherwise skip them or catch up in {targetLabel}.</p>
      </div>
      <ul className="week-missed" ref={list}>
        {missed.map((session, index) => {
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
                {/* Busy, not disabled, while saving: a disabled button would drop the focus. */}
                <button type="button" className="button button-secondary week-button-small" aria-disabled={saving || undefined} onClick={() => act(index, session, onDone)}>
                  I did it
                </button>
                <button type="button" className="button button-secondary week-button-small" aria-disabled={saving || undefined} onClick={() => act(index, session, onSkip)}>
                  Skip
                </button>
                <button type="button" className="button button-primary week-button-small" aria-disabled={saving || undefined} onClick={() => act(index, session, onMoveIn)}>
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
