/**
 * The focus timer for one session: Start, Pause, Resume and Stop and log, the time ticking from
 * main's state, and what a stop logged. When the timer runs for another session, it says so.
 */
import type { StudySession } from '../../../shared/domain/records';
import { useDisplayFormat } from '../shared/locale';
import { clockText } from './today-model';
import type { FocusTimer } from './useFocusTimer';

interface Props {
  session: StudySession;
  title: string;
  timer: FocusTimer;
  onLogged(text: string): void;
}

export function FocusTimerPanel({ session, title, timer, onLogged }: Props) {
  const format = useDisplayFormat();
  const view = timer.view;
  if (!view) return null;
  const mine = view.session?.id === session.id && view.state !== 'idle';
  const elsewhere = view.state !== 'idle' && !mine ? view.session : null;
  const busy = timer.busy || undefined;

  async function stop() {
    const logged = await timer.stop();
    if (logged) onLogged(`Logged ${format.duration(logged.timerMinutes)} with the timer: “${title}” now has ${format.duration(logged.loggedMinutes)}.`);
    else if (!timer.error) onLogged('Stopped under a minute: nothing was logged.');
  }

  return (
    <div className="today-timer" role="group" aria-label="Focus timer">
      <p className="today-timer-clock" data-testid="timer-clock" aria-hidden="true">
        {clockText(mine ? timer.elapsedMs : 0)}
      </p>
      <p className="small" data-testid="timer-state">
        {mine
          ? `${view.state === 'running' ? 'Running' : 'Paused'} · ${format.duration(Math.floor(timer.elapsedMs / 60_000))} of ${format.duration(session.minutes)} planned${view.plannedReached ? ' · planned time reached' : ''}`
          : elsewhere
            ? `The timer is running for “${elsewhere.title}”: stop it before starting this one.`
            : `Planned: ${format.duration(session.minutes)}. The timer keeps running when you close the window.`}
      </p>
      {view.unsavedLog && (
        <p className="alert alert-warning small" role="status">
          {format.duration(view.unsavedLog.loggedMinutes)} for “{view.unsavedLog.title}” wait to be saved; MLE Path keeps trying.
        </p>
      )}
      <div className="today-timer-actions">
        {!mine && !elsewhere && session.status !== 'skipped' && (
          <button type="button" className="button button-primary" aria-disabled={busy} onClick={() => void (!busy && timer.start({ sessionId: session.id, weekStart: session.weekStart }))}>
            Start focus timer
          </button>
        )}
        {mine && view.state === 'running' && (
          <button type="button" className="button button-secondary" aria-disabled={busy} onClick={() => void (!busy && timer.pause())}>
            Pause
          </button>
        )}
        {mine && view.state === 'paused' && (
          <button type="button" className="button button-secondary" aria-disabled={busy} onClick={() => void (!busy && timer.resume())}>
            Resume
          </button>
        )}
        {mine && (
          <button type="button" className="button button-primary" aria-disabled={busy} onClick={() => void (!busy && stop())}>
            Stop and log
          </button>
        )}
      </div>
      {timer.error && (
        <p className="alert alert-error" role="alert">
          {timer.error}
        </p>
      )}
    </div>
  );
}
