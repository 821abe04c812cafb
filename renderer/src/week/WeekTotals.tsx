/**
 * The week's numbers as the store counts them: planned, done and logged time, sessions done.
 * One compact strip rather than four stat cards, so the calendar stays in view in small windows.
 */
import type { WeekView } from '../../../shared/ipc/contract';
import { useDisplayFormat } from '../shared/locale';

export function WeekTotals({ view }: { view: WeekView }) {
  const { plannedMinutes, doneMinutes, loggedMinutes, sessions } = view;
  const format = useDisplayFormat();
  const percent = plannedMinutes > 0 ? Math.min(100, Math.round((doneMinutes / plannedMinutes) * 100)) : 0;
  const counted = sessions.filter((s) => s.status !== 'skipped');
  const done = counted.filter((s) => s.status === 'done').length;
  const skipped = sessions.length - counted.length;
  return (
    <section className="card week-totals" aria-label="This week's totals">
      <div className="week-total">
        <span className="stat-label">Planned</span>
        <span className="week-total-value" data-testid="week-planned">
          {format.duration(plannedMinutes)}
        </span>
        <span className="stat-note">{skipped > 0 ? `${format.number(skipped)} skipped, not counted` : 'This week’s sessions'}</span>
      </div>
      <div className="week-total">
        <span className="stat-label">Done</span>
        <span className="week-total-value" data-testid="week-done">
          {format.duration(doneMinutes)}
        </span>
        <div className="meter" role="progressbar" aria-label="Planned time done" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
          <span style={{ width: `${percent}%` }} />
        </div>
      </div>
      <div className="week-total">
        <span className="stat-label">Logged</span>
        <span className="week-total-value" data-testid="week-logged">
          {format.duration(loggedMinutes)}
        </span>
        <span className="stat-note">Time you studied</span>
      </div>
      <div className="week-total">
        <span className="stat-label">Sessions</span>
        <span className="week-total-value" data-testid="week-sessions">
          {done} <span className="stat-of">of {counted.length} done</span>
        </span>
        <span className="stat-note">{format.percent(percent)} of planned time</span>
      </div>
    </section>
  );
}
