/**
 * The week's numbers as the store counts them: planned, done and logged time, sessions done.
 * One compact strip rather than four stat cards, so the calendar stays in view in small windows.
 */
import type { WeekView } from '../../../shared/ipc/contract';
import { formatMinutes } from './week-time';

export function WeekTotals({ view }: { view: WeekView }) {
  const { plannedMinutes, doneMinutes, loggedMinutes, sessions } = view;
  const percent = plannedMinutes > 0 ? Math.min(100, Math.round((doneMinutes / plannedMinutes) * 100)) : 0;
  const counted = sessions.filter((s) => s.status !== 'skipped');
  const done = counted.filter((s) => s.status === 'done').length;
  const skipped = sessions.length - counted.length;
  return (
    <section className="card week-totals" aria-label="This week's totals">
      <div className="week-total">
        <span className="stat-label">Planned</span>
        <span className="week-total-value" data-testid="week-planned">
          {formatMinutes(plannedMinutes)}
        </span>
        <span className="stat-note">{skipped > 0 ? `${skipped} skipped, not counted` : 'This week’s sessions'}</span>
      </div>
      <div className="week-total">
        <span className="stat-label">Done</span>
        <span className="week-total-value" data-testid="week-done">
          {formatMinutes(doneMinutes)}
        </span>
        <div className="meter" role="progressbar" aria-label="Planned time done" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
          <span style={{ width: `${percent}%` }} />
        </div>
      </div>
      <div className="week-total">
        <span className="stat-label">Logged</span>
        <span className="week-total-value" data-testid="week-logged">
          {formatMinutes(loggedMinutes)}
        </span>
        <span className="stat-note">Time you studied</span>
      </div>
      <div className="week-total">
        <span className="stat-label">Sessions</span>
        <span className="week-total-value" data-testid="week-sessions">
          {done} <span className="stat-of">of {counted.length} done</span>
        </span>
        <span className="stat-note">{percent} % of planned time</span>
      </div>
    </section>
  );
}
