/**
 * After a quiz: the readiness score main computed (0–100, all attempts, blended with the
 * self-rating when the profile has one), each area, the strongest and weakest, this attempt's
 * own score, and every question with the learner's answer, the right one and why.
 */
import { useEffect, useRef } from 'react';
import type { QuizAttempt } from '../../../shared/domain/records';
import type { ReadinessView } from '../../../shared/ipc/contract';
import { AreaBars } from './AreaBars';
import { PromptText } from './PromptText';
import { useContent } from '../shared/content';
import { attemptScore, SKILL_AREA_LABELS, type ActiveQuiz, type SkillArea } from './quiz-model';
import { useDisplayFormat } from '../shared/locale';

interface Props {
  quiz: ActiveQuiz;
  attempt: QuizAttempt;
  readiness: ReadinessView;
  onQuick: () => void;
  onPractice: (area: SkillArea) => void;
  onDone: () => void;
}

const BASIS: Record<ReadinessView['basis'], string> = {
  quiz: 'From your latest answer to every question you have taken, across all attempts.',
  'self-rating': 'From the self-rating in your profile.',
  both: 'From your latest answer to every question you have taken, blended with the self-rating in your profile.',
};

export function QuizResults({ quiz, attempt, readiness, onQuick, onPractice, onDone }: Props) {
  const format = useDisplayFormat();
  const { quizQuestion } = useContent();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const score = attemptScore(attempt);
  const { strongest, weakest, byArea } = readiness;
  const level = strongest === weakest;

  return (
    <>
      <div className="screen-head row-between quiz-results-head">
        <div>
          <h1 tabIndex={-1} ref={heading}>
            Your results
          </h1>
          <p className="lede">
            {quiz.kind === 'quick' ? 'Quick quiz' : `Practice: ${quiz.area ? SKILL_AREA_LABELS[quiz.area] : ''}`} ·{' '}
            <span data-testid="attempt-score" className="quiz-nowrap">
              {score.correct} of {score.answered} right ({format.percent(score.percent)})
            </span>
          </p>
        </div>
        <div className="quiz-head-actions">
          <button type="button" className="button button-primary" onClick={onQuick}>
            Take another quick quiz
          </button>
          <button type="button" className="button button-secondary" onClick={onDone}>
            Back to quiz start
          </button>
        </div>
      </div>

      <section className="card quiz-summary" aria-labelledby="quiz-score-title">
        <div className="quiz-summary-score">
          <h2 id="quiz-score-title">Readiness score</h2>
          <p className="quiz-score-line">
            <span className="quiz-score-number quiz-score-big" data-testid="readiness-score">
              {readiness.overall}
            </span>
            <span className="muted"> / 100</span>
          </p>
          <p className="muted small">{BASIS[readiness.basis]}</p>
        </div>
        <div className="quiz-summary-areas">
          <h2 className="quiz-subtitle">By area</h2>
          <AreaBars byArea={byArea} testId="area-scores" />
        </div>
        <dl className="quiz-extremes">
          {level ? (
            <div>
              <dt>All areas</dt>
              <dd>Level at {byArea[strongest]} out of 100</dd>
            </div>
          ) : (
            <>
              <div className="quiz-extreme-strong">
                <dt>Strongest area</dt>
                <dd data-testid="strongest-area">
                  {SKILL_AREA_LABELS[strongest]} <span className="muted">({byArea[strongest]})</span>
                </dd>
              </div>
              <div className="quiz-extreme-weak">
                <dt>Weakest area</dt>
                <dd data-testid="weakest-area">
                  {SKILL_AREA_LABELS[weakest]} <span className="muted">({byArea[weakest]})</span>
                </dd>
                <dd>
                  <button type="button" className="link-button" onClick={() => onPractice(weakest)}>
                    Practise {SKILL_AREA_LABELS[weakest]}
                  </button>
                </dd>
              </div>
            </>
          )}
        </dl>
      </section>

      <section className="stack" aria-labelledby="quiz-review-title">
        <h2 id="quiz-review-title">Your answers</h2>
        <ol className="quiz-review">
          {attempt.answers.map((answer, i) => {
            const q = quizQuestion(answer.questionId);
            if (!q) return null;
            const chosen = q.options[answer.chosenIndex];
            const right = q.options[q.correctIndex];
            return (
              <li key={answer.questionId} className={`card quiz-review-item ${answer.correct ? 'is-right' : 'is-wrong'}`} data-testid="review-item">
                <div className="quiz-review-head">
                  <span className="small muted">
                    Question {i + 1} · {SKILL_AREA_LABELS[answer.area]}
                  </span>
                  <span className={`quiz-verdict ${answer.correct ? 'quiz-verdict-right' : 'quiz-verdict-wrong'}`} data-testid="verdict">
                    <span aria-hidden="true">{answer.correct ? '✓' : '✗'}</span> {answer.correct ? 'Right' : 'Wrong'}
                  </span>
                </div>
                <h3 className="quiz-review-prompt">
                  <PromptText text={q.prompt} />
                </h3>
                <dl className="quiz-review-answers">
                  <div>
                    <dt>Your answer</dt>
                    <dd>{chosen ?? '—'}</dd>
                  </div>
                  {!answer.correct && (
                    <div>
                      <dt>Right answer</dt>
                      <dd>{right}</dd>
                    </div>
                  )}
                </dl>
                <p className="quiz-explanation">
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
