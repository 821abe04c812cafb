/**
 * After a round: its score, how each focus area in it went, every question with the learner's
 * answer, the right one and why, and the certification's focus areas weakest first, now with
 * this round counted. Next steps: practise the weakest area, or go back to the start.
 */
import { useEffect, useRef } from 'react';
import type { QuizAttempt } from '../../../shared/domain/records';
import { roundByFocusArea } from '../../../shared/practice/practice';
import { PromptText } from '../quiz/PromptText';
import { useDisplayFormat } from '../shared/locale';
import { FocusAreaList } from './FocusAreaList';
import { useContent } from '../shared/content';
import { certLabel, practiceCertificationsOf, standingsFor, type ActiveRound } from './practice-model';

interface Props {
  round: ActiveRound;
  attempt: QuizAttempt;
  /** Every practice round stored, this one included. */
  attempts: readonly QuizAttempt[];
  onPractise: (focusArea: string | null) => void;
  onDone: () => void;
}

const LETTERS = ['A', 'B', 'C', 'D'];

export function PracticeSummary({ round, attempt, attempts, onPractise, onDone }: Props) {
  const format = useDisplayFormat();
  const { pack, practiceQuestion } = useContent();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const cert = practiceCertificationsOf(pack).find((c) => c.id === round.certId);
  const correct = attempt.answers.filter((a) => a.correct).length;
  const total = attempt.answers.length;
  // The reply may land before the history read does; the round itself always counts.
  const all = attempts.some((a) => a.id === attempt.id) ? attempts : [...attempts, attempt];
  const standings = standingsFor(pack, round.certId, all);
  const weakest = standings.find((s) => s.accuracy !== null && s.accuracy < 100);

  return (
    <>
      <div className="screen-head row-between practice-summary-head">
        <div>
          <h1 tabIndex={-1} ref={heading}>
            Round complete
          </h1>
          <p className="lede">
            {cert ? certLabel(cert) : round.certId}
            {round.focusArea !== null ? ` · ${round.focusArea}` : ' · all focus areas'} ·{' '}
            <span data-testid="practice-score">
              {correct} of {total} right ({format.percent(total === 0 ? 0 : Math.round((correct / total) * 100))})
            </span>
          </p>
          <p className="hint" data-testid="practice-review-note">
            {correct < total
              ? `The ${total - correct === 1 ? 'question you missed comes' : `${total - correct} questions you missed come`} back in Review tomorrow; the others when spaced review says you are about to forget them.`
              : 'These questions come back in Review when spaced review says you are about to forget them.'}
          </p>
        </div>
        <div className="practice-head-actions">
          {weakest && (
            <button type="button" className="button button-primary" onClick={() => onPractise(weakest.focusArea)}>
              Practise {weakest.focusArea}
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={onDone}>
            Back to exam practice
          </button>
        </div>
      </div>

      <div className="practice-summary-grid">
        <section className="card" aria-labelledby="practice-round-areas">
          <h2 id="practice-round-areas">This round by focus area</h2>
          <ul className="practice-round-areas">
            {roundByFocusArea(attempt).map((a) => (
              <li key={a.focusArea}>
                <span>{a.focusArea}</span>
                <span className="muted">
                  {a.correct} of {a.answered} right
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="practice-summary-weak">
          <h2 id="practice-summary-weak">Your focus areas now, weakest first</h2>
          <FocusAreaList standings={standings} onPractise={(area) => onPractise(area)} />
        </section>
      </div>

      <section className="card" aria-labelledby="practice-review">
        <h2 id="practice-review">Each question</h2>
        <ol className="practice-review">
          {attempt.answers.map((a) => {
            const q = practiceQuestion(a.questionId);
            if (!q) return null;
            return (
              <li key={a.questionId} className={a.correct ? 'practice-review-right' : 'practice-review-wrong'}>
                <p className="practice-review-prompt">
                  <PromptText text={q.prompt} />
                </p>
                <p className="small">
                  <strong>{a.correct ? 'Right' : 'Wrong'}</strong> · you chose {LETTERS[a.chosenIndex]}: <PromptText text={q.options[a.chosenIndex] ?? ''} />
                  {!a.correct && (
                    <>
                      {' '}
                      · right answer {LETTERS[q.correctIndex]}: <PromptText text={q.options[q.correctIndex] ?? ''} />
                    </>
                  )}
                </p>
                <p className="small muted">
                  <PromptText text={q.explanation} />
                </p>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
