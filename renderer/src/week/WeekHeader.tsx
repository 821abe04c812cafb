/**
 * The screen's title row: the week being shown, its time zone, and the buttons to step through
 * weeks or jump back to this one. Compact enough to stay on one row in a 900 px window.
 */
import { useDisplayFormat } from '../shared/locale';
import { weekTitle } from './week-time';

interface Props {
  weekStart: string;
  timeZone: string;
  isCurrentWeek: boolean;
  onStep: (weeks: number) => void;
  onThisWeek: () => void;
}

export function WeekHeader({ weekStart, timeZone, isCurrentWeek, onStep, onThisWeek }: Props) {
  const format = useDisplayFormat();
  return (
    <div className="week-head">
      <div className="week-head-text">
        <h1>Your week</h1>
        {/* Announced when it changes, so stepping through weeks is heard, not only seen. */}
        <p className="week-subtitle" aria-live="polite">
          <span className="week-title" data-testid="week-title">
            {weekTitle(weekStart, format)}
          </span>
          {isCurrentWeek && <span className="week-tag">This week</span>}
          <span className="muted">Times in {timeZone}</span>
        </p>
      </div>
      <div className="week-nav" role="group" aria-label="Choose the week">
        <button type="button" className="button button-secondary week-button-small" onClick={() => onStep(-1)}>
          <span aria-hidden="true">‹ </span>Previous week
        </button>
        <button type="button" className="button button-secondary week-button-small" onClick={onThisWeek} disabled={isCurrentWeek}>
          This week
        </button>
        <button type="button" className="button button-secondary week-button-small" onClick={() => onStep(1)}>
          Next week<span aria-hidden="true"> ›</span>
        </button>
      </div>
    </div>
  );
}
