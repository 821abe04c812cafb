/**
 * A certification's focus areas, weakest first, each with how the learner's latest answers went
 * (or "not practised yet") and a button to practise just that area.
 */
import { useDisplayFormat } from '../shared/locale';
import type { FocusAreaStanding } from './practice-model';

interface Props {
  standings: readonly FocusAreaStanding[];
  onPractise: (focusArea: string) => void;
}

export function FocusAreaList({ standings, onPractise }: Props) {
  const format = useDisplayFormat();
  return (
    <ol className="practice-areas" data-testid="practice-weak-areas">
      {standings.map((s) => (
        <li key={s.focusArea} className="practice-area" data-focus-area={s.focusArea}>
          <div className="practice-area-text">
            <span className="practice-area-name">{s.focusArea}</span>
            <span className="small muted practice-area-standing">
              {s.accuracy === null
                ? `Not practised yet · ${s.questions} questions`
                : `${s.correct} of ${s.answered} right (${format.percent(s.accuracy)}) · ${s.answered} of ${s.questions} questions practised`}
            </span>
            {s.accuracy !== null && (
              <span className="meter practice-area-meter" aria-hidden="true">
                <span style={{ width: `${s.accuracy}%` }} />
              </span>
            )}
          </div>
          <button type="button" className="button button-secondary" onClick={() => onPractise(s.focusArea)} aria-label={`Practise ${s.focusArea}`}>
            Practise
          </button>
        </li>
      ))}
    </ol>
  );
}
