/**
 * One practice question: choose an option, check it, and see at once whether it was right, the
 * right answer and why; then go on. Focus starts on the question and moves to the verdict once
 * the answer is checked, so keyboard and screen-reader users read it next.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { PromptText } from '../quiz/PromptText';
import { useContent } from '../shared/content';
import { certLabel, practiceCertificationsOf, type ActiveRound } from './practice-model';
import '../shared/question-card.css';

interface Props {
  round: ActiveRound;
  index: number;
  chosen: number | undefined;
  checked: boolean;
  submitting: boolean;
  error: string | null;
  onChoose: (option: number) => void;
  onCheck: () => void;
  onNext: () => void;
  onLeave: () => void;
}

const LETTERS = ['A', 'B', 'C', 'D'];

export function PracticeQuestionCard({ round, index, chosen, checked, submitting, error, onChoose, onCheck, onNext, onLeave }: Props) {
  const id = useId();
  const prompt = useRef<HTMLHeadingElement>(null);
  const verdict = useRef<HTMLHeadingElement>(null);
  const [missing, setMissing] = useState(false);
  const question = round.questions[index];
  const total = round.questions.length;
  const last = index + 1 === total;
  const cert = practiceCertificationsOf(useContent().pack).find((c) => c.id === round.certId);

  useEffect(() => {
    prompt.current?.focus();
  }, []);
  useEffect(() => {
    if (checked) verdict.current?.focus();
  }, [checked]);

  if (!question) return null;
  const right = chosen === question.correctIndex;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (submitting) return;
    if (checked) return onNext();
    if (chosen === undefined) return setMissing(true);
    onCheck();
  }

  const percent = Math.round(((index + (checked ? 1 : 0)) / total) * 100);
  return (
    <form className="card question-card practice-question" onSubmit={submit} noValidate aria-labelledby={`${id}-title`} data-question-id={question.id}>
      <div className="question-card-top practice-question-top">
        <h1 className="question-kicker practice-kicker" id={`${id}-title`}>
          Practice: {cert ? (cert.code ?? cert.name) : round.certId}
          {round.focusArea !== null && ` · ${round.focusArea}`}
        </h1>
        <p className="small muted">
          Question {index + 1} of {total} · {question.focusArea}
          {cert && <span className="sr-only"> · {certLabel(cert)}</span>}
        </p>
        <div className="meter" role="progressbar" aria-label="Round progress" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
          <span style={{ width: `${percent}%` }} />
        </div>
      </div>

      <fieldset className="question-fieldset practice-fieldset" aria-describedby={missing && chosen === undefined ? `${id}-missing` : undefined}>
        <legend className="question-legend practice-legend">
          <h2 className="question-prompt practice-prompt" tabIndex={-1} ref={prompt}>
            <PromptText text={question.prompt} />
          </h2>
        </legend>
        <div className="question-options practice-options">
          {question.options.map((option, i) => {
            const mark = checked ? (i === question.correctIndex ? 'right' : i === chosen ? 'wrong' : null) : null;
            return (
              <label key={option} className={`choice question-option practice-option${mark ? ` practice-option-${mark}` : ''}`}>
                <input type="radio" name={`${id}-answer`} value={i} checked={chosen === i} disabled={checked} onChange={() => onChoose(i)} />
                <span className="question-letter practice-letter" aria-hidden="true">
                  {LETTERS[i]}
                </span>
                <span className="practice-option-text">
                  <PromptText text={option} />
                </span>
                {mark && <span className="practice-mark">{mark === 'right' ? 'Right answer' : 'Your answer'}</span>}
              </label>
            );
          })}
        </div>
        {missing && chosen === undefined && (
          <p className="field-error" id={`${id}-missing`} role="alert">
            Choose an answer to check it.
          </p>
        )}
      </fieldset>

      {checked && (
        <section className={`practice-feedback ${right ? 'practice-feedback-right' : 'practice-feedback-wrong'}`} aria-labelledby={`${id}-verdict`} data-testid="practice-feedback">
          <h3 id={`${id}-verdict`} tabIndex={-1} ref={verdict}>
            {right ? 'Right.' : `Not quite: the answer is ${LETTERS[question.correctIndex]}.`}
          </h3>
          <p>
            <PromptText text={question.explanation} />
          </p>
        </section>
      )}

      {error && (
        <div className="alert alert-error" role="alert">
          <span>
            <strong>This round was not saved.</strong> {error}
          </span>
          <span>Your answers are still here; try finishing again.</span>
        </div>
      )}

      <div className="question-actions practice-actions">
        <button type="submit" className="button button-primary" aria-disabled={submitting || undefined}>
          {!checked ? 'Check answer' : submitting ? 'Saving…' : last ? 'Finish the round' : 'Next question'}
        </button>
        <span className="question-actions-spacer practice-actions-spacer" />
        <button type="button" className="button button-secondary" onClick={onLeave} disabled={submitting} aria-describedby={`${id}-leave-hint`}>
          Leave round
        </button>
        <span className="hint" id={`${id}-leave-hint`}>
          Leaving keeps nothing of this round.
        </span>
      </div>
    </form>
  );
}
