/**
 * Every attempt with its date, its own score and the overall readiness after it, as a line
 * chart and as a table (the chart's text alternative). Newest first in the table; the chart
 * reads left to right, oldest to newest, and the attempt numbers match.
 */
import { useMemo } from 'react';
import type { HistoryState } from './QuizScreen';
import { useDisplayFormat, useLearnerZone } from '../shared/locale';
import { attemptLabel, readinessHistory } from './quiz-model';
import { ReadinessChart } from './ReadinessChart';
import { LoadError } from '../shared/LoadStates';

interface Props {
  history: HistoryState;
  onRetry: () => void;
}

export function QuizHistory({ history, onRetry }: Props) {
  const format = useDisplayFormat();
  const timeZone = useLearnerZone();
  const data = history.status === 'success' ? history.data : null;
  const points = useMemo(() => (data ? readinessHistory(data.attempts, data.selfRating) : []), [data]);
  const values = useMemo(() => points.map((p) => p.readiness ?? 0), [points]);
  const latest = points.at(-1);
  const summary =
    points.length === 0
      ? ''
      : `Line chart of overall readiness after each of your ${points.length} ${points.length === 1 ? 'attempt' : 'attempts'}, from ${values[0]} to ${values.at(-1)} out of 100. The table lists every value.`;

  return (
    <section className="card quiz-history" aria-labelledby="quiz-history-title" aria-busy={history.status === 'pending' || undefined}>
      <div className="quiz-history-head">
        <h2 id="quiz-history-title">History</h2>
        {latest && latest.readiness !== null && <p className="muted small">Readiness now: {latest.readiness} out of 100</p>}
      </div>
      {history.status === 'pending' && (
        <p className="muted" role="status">
          Loading your past attempts…
        </p>
      )}
      {history.status === 'error' && (
        <LoadError what="Your quiz history" message={history.error?.message ?? ''} onRetry={onRetry} />
      )}
      {history.status === 'success' && points.length === 0 && (
        <p className="muted" data-testid="quiz-history-empty">
          No attempts yet. Each quiz you finish appears here with its date and score.
        </p>
      )}
      {points.length > 0 && (
        <div className="quiz-history-body">
          <figure className="quiz-figure">
            <ReadinessChart values={values} summary={summary} />
            <figcaption className="small muted">Overall readiness (0–100) after each attempt</figcaption>
          </figure>
          {/* Focusable so a long history can be scrolled from the keyboard. */}
          <div className="quiz-table-wrap" role="region" aria-label="Past attempts" tabIndex={0}>
            <table className="quiz-table" aria-labelledby="quiz-history-title" data-testid="quiz-history">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Date</th>
                  <th scope="col">Quiz</th>
                  <th scope="col">Score</th>
                  <th scope="col">Readiness after</th>
                </tr>
              </thead>
              <tbody>
                {[...points].reverse().map((p, i) => (
                  <tr key={p.attempt.id}>
                    <td>{points.length - i}</td>
                    <td>
                      <time dateTime={p.attempt.takenAt}>{format.dateTime(p.attempt.takenAt, timeZone)}</time>
                    </td>
                    <th scope="row">{attemptLabel(p.attempt)}</th>
                    <td>
                      {p.score.correct}/{p.score.answered} · {format.percent(p.score.percent)}
                    </td>
                    <td className="quiz-num">{p.readiness ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
