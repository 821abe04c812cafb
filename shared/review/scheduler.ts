/**
 * FSRS scheduling, done by ts-fsrs (the maintained TypeScript FSRS); this module only converts
 * between the stored card (shared/domain/review.ts, plain JSON) and the library's card, and
 * decides which local day a card is due on. Pure: the clock and the zone are parameters.
 *
 * Short-term steps are off (`enable_short_term: false`): FSRS then schedules in whole days, so
 * a card is "due" on a day of the learner's calendar, never "in 10 minutes" while they study.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { ReviewCard, ReviewItemKind, ReviewLog, ReviewRating, ReviewSettings, ReviewState } from '../domain/review';
import { formatIsoDate, instantToLocal, parseInstant } from '../planner/time';

const STATE_NAMES: Record<State, ReviewState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATES: Record<ReviewState, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
const GRADES: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/** One FSRS instance per parameter set: building one validates and clamps its weights. */
const schedulers = new Map<string, FSRS>();
export function schedulerFor(settings: ReviewSettings): FSRS {
  const key = `${settings.requestRetention}|${settings.maximumIntervalDays}|${settings.fuzz}`;
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs({
      request_retention: settings.requestRetention,
      maximum_interval: settings.maximumIntervalDays,
      enable_fuzz: settings.fuzz,
      enable_short_term: false,
    });
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

function toLibraryCard(card: ReviewCard): Card {
  const lastReview = card.lastReview === null ? null : parseInstant(card.lastReview);
  return {
    due: new Date(parseInstant(card.due) ?? 0),
    stability: card.stability,
    difficulty: card.difficulty,
    // Deprecated in ts-fsrs 5 (it measures elapsed time from last_review itself).
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATES[card.state],
    ...(lastReview === null ? {} : { last_review: new Date(lastReview) }),
  };
}

/** The library's card's memory state, written back into the stored card's fields. */
function fromLibraryCard(base: ReviewCard, card: Card): ReviewCard {
  return {
    ...base,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAMES[card.state],
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

/** A card never reviewed: due at once (FSRS's empty card), active. */
export function newReviewCard(item: { itemId: string; kind: ReviewItemKind }, sources: readonly string[], now: Date): ReviewCard {
  const empty = createEmptyCard(now);
  return fromLibraryCard(
    {
      itemId: item.itemId,
      kind: item.kind,
      sources: [...sources],
      suspended: false,
      createdAt: now.toISOString(),
      due: now.toISOString(),
      stability: 0,
      difficulty: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: 'new',
      lastReview: null,
    },
    empty,
  );
}

export interface GradeOutcome {
  card: ReviewCard;
  log: ReviewLog;
}

/** Grades `card` at `now` with ts-fsrs: the card as it is next, and the log row of this grade. */
export function gradeCard(
  card: ReviewCard,
  rating: ReviewRating,
  now: Date,
  settings: ReviewSettings,
  answer: ReviewLog['answer'] = null,
): GradeOutcome {
  const { card: next, log } = schedulerFor(settings).next(toLibraryCard(card), now, GRADES[rating]);
  const graded = fromLibraryCard(card, next);
  return {
    card: graded,
    log: {
      // The card's repetition count makes it unique even for two grades in the same millisecond.
      id: `${card.itemId}#${next.reps}@${now.toISOString()}`,
      itemId: card.itemId,
      rating,
      state: STATE_NAMES[log.state],
      scheduledDays: next.scheduled_days,
      stability: next.stability,
      difficulty: next.difficulty,
      reviewedAt: now.toISOString(),
      nextDue: graded.due,
      answer,
    },
  };
}

/** The day, in the learner's zone, a card is due on (YYYY-MM-DD). */
export function dueDay(card: Pick<ReviewCard, 'due'>, timeZone: string): string {
  return formatIsoDate(instantToLocal(timeZone, parseInstant(card.due) ?? 0).day);
}

/**
 * Due on `day` (the learner's today, YYYY-MM-DD): active and due on that day or before. A card
 * due at 23:30 is due all that day, from the learner's midnight, whatever the UTC date.
 */
export function isDueBy(card: Pick<ReviewCard, 'due' | 'suspended'>, day: string, timeZone: string): boolean {
  return !card.suspended && dueDay(card, timeZone) <= day;
}
