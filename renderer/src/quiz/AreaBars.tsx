/** A score per skill area as text with a bar; the bar only repeats the number, so it is hidden from assistive tech. */
import type { ReadinessView } from '../../../shared/ipc/contract';
import { SKILL_AREA_LABELS, SKILL_AREAS } from './quiz-model';

export function AreaBars({ byArea, testId }: { byArea: ReadinessView['byArea']; testId?: string }) {
  return (
    <ul className="quiz-bars" data-testid={testId}>
      {SKILL_AREAS.map((area) => (
        <li key={area} className="quiz-bar">
          <span className="quiz-bar-label">{SKILL_AREA_LABELS[area]}</span>
          <span className="quiz-bar-value">
            {byArea[area]}
            <span className="quiz-visually-hidden"> out of 100</span>
          </span>
          <span className="meter quiz-bar-track" aria-hidden="true">
            <span style={{ width: `${byArea[area]}%` }} />
          </span>
        </li>
      ))}
    </ul>
  );
}
