/**
 * Review: the items FSRS says are due today (the learner's day), one at a time. A statement from a
 * phase gate is graded by the learner (Again / Hard / Good / Easy); a quiz question is answered
 * and graded by its answer (right → Good, wrong → Again), then the explanation is shown. Grades
 * go to the store (`review:grade`), which schedules the item with ts-fsrs.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { REVIEW_RATINGS, type ReviewRating } from '../../../shared/domain/review';
import type { ResponseOf, ReviewItemView, ReviewQueue } from '../../../shared/ipc/contract';
import { failureOf, keyOf, useChannel, useWrite } from '../data/planner-query';
import type { ScreenProps } from '../screens';
import { EmptyState, Loaded } from '../shared/LoadStates';
import { useDisplayFormat } from '../shared/locale';
import './review.css';

type Graded = ResponseOf<'review:grade'>;

const RATING_LABELS: Record<ReviewRating, { label: string; hint: string }> = {
  again: { label: 'Again', hint: 'Not yet' },
  hard: { label: 'Hard', hint: 'Only with effort' },
  good: { label: 'Good', hint: 'With some thought' },
  easy: { label: 'Easy', hint: 'Without thinking' },
};
const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];

export default function ReviewScreen({ planner, navigate }: ScreenProps) {
  const queue = useChannel(planner, 'review:queue', {});
  return (
    <Loaded read={queue} what="Your reviews" loading="Loading your reviews…">
      {(data) => <Review queue={data} planner={planner} navigate={navigate} />}
    </Loaded>
  );
}

function Review({ queue, planner, navigate }: { queue: ReviewQueue; planner: ScreenProps['planner']; navigate: ScreenProps['navigate'] }) {
  const format = useDisplayFormat();
  const client = useQueryClient();
  // Items graded on this visit: left out even before the queue is read again after a grade.
  const [graded, setGraded] = useState<ReadonlySet<string>>(new Set());
  const done = graded.size;
  // The last grade, shown until the learner goes on (a question's answer and explanation).
  const [shown, setShown] = useState<{ item: ReviewItemView; graded: Graded; chosen: number | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const write = useWrite(planner, 'review:grade', {
    onSuccess: () => void client.invalidateQueries({ queryKey: keyOf('review:queue', {}) }),
  });

  const item = shown?.item ?? queue.items.find((i) => !graded.has(i.itemId));
  const total = done + queue.items.filter((i) => !graded.has(i.itemId)).length + Math.max(0, queue.dueToday - queue.items.length);

  async function grade(target: ReviewItemView, request: { rating: ReviewRating } | { chosenIndex: number }) {
    setError(null);
    try {
      const answer = await write.mutateAsync({ itemId: target.itemId, ...request });
      setGraded((ids) => new Set([...ids, target.itemId]));
      setShown({ item: target, graded: answer, chosen: 'chosenIndex' in request ? request.chosenIndex : null });
    } catch (failure) {
      setError(failureOf(failure).message);
    }
  }

  return (
    <div className="screen review-screen">
      <div className="screen-head">
        <h1>Review</h1>
        <p className="lede" data-testid="review-summary">
          {queue.dueToday === 0
            ? queue.nextDueDay
              ? `Nothing due today. Next review: ${format.weekdayDayYear(queue.nextDueDay)}.`
              : 'Nothing to review yet.'
            : `${format.number(queue.dueToday)} due today · ${format.number(queue.dueThisWeek)} this week`}
        </p>
      </div>

      {queue.active === 0 && !shown ? (
        <EmptyState title="Nothing to review yet" action="Open roadmap" onAction={() => navigate('roadmap')}>
          <p>
            When you tick a milestone off, its phase's “ready for the next phase?” statements and the quiz questions of its area come
            here for spaced review: a little each day, timed so you remember what you learned.
          </p>
          {queue.suspended > 0 && <p className="muted small">{format.number(queue.suspended)} items are paused because their milestones are no longer ticked.</p>}
        </EmptyState>
      ) : item ? (
        <ReviewCard
          key={item.itemId}
          item={item}
          position={Math.min(done + (shown ? 0 : 1), total)}
          total={total}
          shown={shown?.item.itemId === item.itemId ? shown : null}
          saving={write.isPending}
          error={error}
          onGrade={(request) => void grade(item, request)}
          onNext={() => setShown(null)}
        />
      ) : (
        <section className="card stack review-done" aria-labelledby="review-done-title">
          <h2 id="review-done-title">{done > 0 ? 'All done for today' : 'Nothing due today'}</h2>
          <p data-testid="review-next">
            {queue.nextDueDay ? `Your next review is on ${format.weekdayDayYear(queue.nextDueDay)}.` : 'No review is scheduled.'}
            {queue.dueThisWeek > 0 ? ` ${format.number(queue.dueThisWeek)} more fall due by the end of this week.` : ''}
          </p>
          <p className="muted small">
            {format.number(queue.active)} items in review{queue.suspended > 0 ? ` · ${format.number(queue.suspended)} paused (their milestones are unticked)` : ''}.
          </p>
          <button type="button" className="button button-secondary" onClick={() => navigate('dashboard')}>
            Back to the dashboard
          </button>
        </section>
      )}
    </div>
  );
}

interface CardProps {
  item: ReviewItemView;
  position: number;
  total: number;
  shown: { graded: Graded; chosen: number | null } | null;
  saving: boolean;
  error: string | null;
  onGrade: (request: { rating: ReviewRating } | { chosenIndex: number }) => void;
  onNext: () => void;
}

function ReviewCard({ item, position, total, shown, saving, error, onGrade, onNext }: CardProps) {
  const format = useDisplayFormat();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    (shown ? next.current : heading.current)?.focus();
  }, [shown]);

  function check(event: FormEvent) {
    event.preventDefault();
    if (chosen === null) {
      setMissing(true);
      return;
    }
    onGrade({ chosenIndex: chosen });
  }

  const answered = item.options !== null;
  return (
    <section className="card review-card" aria-labelledby={`${id}-text`} data-review-item={item.itemId}>
      <div className="review-top">
        <p className="review-kicker">{item.context}</p>
        <p className="small muted">
          Item {format.number(position)} of {format.number(total)} · {item.reps === 0 ? 'new' : `reviewed ${format.number(item.reps)}×`}
        </p>
      </div>
      <h2 className="review-text" id={`${id}-text`} tabIndex={-1} ref={heading}>
        {item.text}
      </h2>

      {answered ? (
        <form onSubmit={check} noValidate className="stack">
          <fieldset className="review-options" disabled={shown !== null} aria-describedby={missing && chosen === null ? `${id}-missing` : undefined}>
            <legend className="sr-only">Your answer</legend>
            {item.options?.map((option, i) => {
              const verdict = shown?.graded.answer ? (i === shown.graded.answer.correctIndex ? 'is-right' : i === shown.chosen ? 'is-wrong' : '') : '';
              return (
                <label key={option} className={`choice review-option ${verdict}`}>
                  <input type="radio" name={`${id}-answer`} value={i} checked={chosen === i} onChange={() => setChosen(i)} />
                  <span className="review-letter" aria-hidden="true">
                    {LETTERS[i]}
                  </span>
                  <span>{option}</span>
                  {verdict === 'is-right' && <span className="review-mark">right answer</span>}
                  {verdict === 'is-wrong' && <span className="review-mark">your answer</span>}
                </label>
              );
            })}
          </fieldset>
          {missing && chosen === null && (
            <p className="field-error" id={`${id}-missing`}>
              Choose an answer first.
            </p>
          )}
          {!shown && (
            <div className="form-actions">
              <button type="submit" className="button button-primary" aria-disabled={saving}>
                {saving ? 'Checking…' : 'Check answer'}
              </button>
            </div>
          )}
        </form>
      ) : (
        !shown && (
          <div className="stack">
            <p id={`${id}-ask`}>How well can you say this of yourself today?</p>
            <div className="review-grades" role="group" aria-labelledby={`${id}-ask`}>
              {REVIEW_RATINGS.map((rating) => (
                <button key={rating} type="button" className="button button-secondary review-grade" aria-disabled={saving} onClick={() => !saving && onGrade({ rating })}>
                  <span className="review-grade-label">{RATING_LABELS[rating].label}</span>
                  <span className="small muted">{RATING_LABELS[rating].hint}</span>
                </button>
              ))}
            </div>
          </div>
        )
      )}

      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}

      <div role="status" className="review-result">
        {shown && (
          <div className="stack">
            {shown.graded.correct !== null && (
              <p className={shown.graded.correct ? 'review-verdict is-right' : 'review-verdict is-wrong'}>
                {shown.graded.correct ? 'Right.' : `Not quite: the answer is ${LETTERS[shown.graded.answer?.correctIndex ?? 0]}.`}
              </p>
            )}
            {shown.graded.answer && <p>{shown.graded.answer.explanation}</p>}
            <p data-testid="review-scheduled">
              Graded {RATING_LABELS[shown.graded.rating].label}. Next review {format.weekdayDayYear(shown.graded.nextDueDay)} (in{' '}
              {format.number(shown.graded.intervalDays)} {shown.graded.intervalDays === 1 ? 'day' : 'days'}).
            </p>
          </div>
        )}
      </div>
      {shown && (
        <div className="form-actions">
          <button type="button" className="button button-primary" ref={next} onClick={onNext}>
            {shown.graded.remaining > 0 ? 'Next item' : 'Finish'}
          </button>
        </div>
      )}
    </section>
  );
}
