/**
 * One question at a time: the prompt as the legend of a radio group with four options, so the
 * arrow keys move between options and Enter goes on. Focus lands on the question each time it
 * changes, so keyboard and screen-reader users start reading at the top.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { SKILL_AREA_LABELS, type ActiveQuiz } from './quiz-model';
import { PromptText } from './PromptText';
import '../shared/question-card.css';

interface Props {
  quiz: ActiveQuiz;
  index: number;
  chosen: number | undefined;
  submitting: boolean;
  error: string | null;
  onChoose: (questionId: string, option: number) => void;
  onBack: () => void;
  onNext: () => void;
  onLeave: () => void;
}

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

export function QuestionCard({ quiz, index, chosen, submitting, error, onChoose, onBack, onNext, onLeave }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [missing, setMissing] = useState(false);
  const question = quiz.questions[index];
  const total = quiz.questions.length;
  const last = index + 1 === total;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  if (!question) return null;

  function next(event: FormEvent) {
    event.preventDefault();
    if (chosen === undefined) {
      setMissing(true);
      return;
    }
    onNext();
  }

  const title = quiz.kind === 'quick' ? 'Quick readiness quiz' : `Practice: ${quiz.area ? SKILL_AREA_LABELS[quiz.area] : ''}`;
  const percent = Math.round((index / total) * 100);
  return (
    <form className="card question-card quiz-question" onSubmit={next} noValidate aria-labelledby={`${id}-title`} data-question-id={question.id}>
      <div className="question-card-top quiz-question-top">
        <h1 className="question-kicker quiz-kicker" id={`${id}-title`}>
          {title}
        </h1>
        <p className="small muted" id={`${id}-position`}>
          Question {index + 1} of {total} · {SKILL_AREA_LABELS[question.area]}
        </p>
        <div className="meter" role="progressbar" aria-label="Quiz progress" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
          <span style={{ width: `${percent}%` }} />
        </div>
      </div>

      <fieldset className="question-fieldset quiz-fieldset" aria-describedby={missing && chosen === undefined ? `${id}-missing` : undefined}>
        <legend className="question-legend quiz-legend">
          <h2 className="question-prompt quiz-prompt" tabIndex={-1} ref={heading}>
            <PromptText text={question.prompt} />
          </h2>
        </legend>
        <div className="question-options quiz-options">
          {question.options.map((option, i) => (
            <label key={option} className="choice question-option quiz-option">
              <input type="radio" name={`${id}-answer`} value={i} checked={chosen === i} onChange={() => onChoose(question.id, i)} />
              <span className="question-letter quiz-letter" aria-hidden="true">
                {LETTERS[i]}
              </span>
              <span className="quiz-option-text">{option}</span>
            </label>
          ))}
        </div>
        {missing && chosen === undefined && (
          <p className="field-error" id={`${id}-missing`} role="alert">
            Choose an answer to continue.
          </p>
        )}
      </fieldset>

      {error && (
        <div className="alert alert-error" role="alert">
          <span>
            <strong>Your answers were not saved.</strong> {error}
          </span>
          <span>Your answers are still here; try submitting again.</span>
        </div>
      )}

      <div className="question-actions quiz-actions">
        <button type="button" className="button button-secondary" onClick={onBack} disabled={index === 0 || submitting}>
          Previous
        </button>
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? 'Scoring…' : last ? 'Submit answers' : 'Next question'}
        </button>
        <span className="question-actions-spacer quiz-actions-spacer" />
        <button type="button" className="button button-secondary" onClick={onLeave} disabled={submitting} aria-describedby={`${id}-leave-hint`}>
          Leave quiz
        </button>
        <span className="hint" id={`${id}-leave-hint`}>
          Leaving discards these answers.
        </span>
      </div>
    </form>
  );
}
