/**
 * Spaced review as the store keeps it: one card per reviewable item (a phase-gate statement, a
 * quiz question, later a practice-bank question), keyed by the item's stable content id, and one
 * log row per grade. The card carries the FSRS memory state ts-fsrs computes (shared/review/
 * scheduler.ts); the same schemas check every row before it is written and every backup.
 */
import { z } from 'zod';
import { EARLIEST_YEAR, isWithinYears, LATEST_STORED_YEAR } from './date-range';

const IsoInstant = z.iso.datetime({ offset: true, error: 'must be an ISO date-time, e.g. 2026-11-23T18:00:00Z' });
/** A card's due instant stays within the stored span, so "due on" always names a real day. */
const StoredInstant = IsoInstant.refine((v) => isWithinYears(v, EARLIEST_YEAR, LATEST_STORED_YEAR), {
  error: `must be a date-time between ${EARLIEST_YEAR}-01-01 and ${LATEST_STORED_YEAR}-12-31`,
});
const ContentId = z.string().min(1).max(120).regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, { error: 'must be a content id such as gate.mlops.deploy-api' });
const Count = z.number().int().nonnegative().max(1_000_000);
/** FSRS stability and difficulty: finite, non-negative (difficulty is 1–10 once reviewed, 0 while new). */
const Memory = z.number().finite().nonnegative().max(1_000_000);

/**
 * What a card asks, by where its content comes from. A kind names a resolver
 * (shared/review/items.ts) that turns the item id into the text shown; a new question bank adds a
 * kind and its resolver, and feeds cards in by id with `ensureReviewCards`.
 */
export const REVIEW_ITEM_KINDS = ['gate-statement', 'quiz-question', 'practice-question'] as const;
export const ReviewItemKindSchema = z.enum(REVIEW_ITEM_KINDS, { error: `Review item kind must be one of: ${REVIEW_ITEM_KINDS.join(', ')}.` });
export type ReviewItemKind = z.infer<typeof ReviewItemKindSchema>;

/** FSRS's card states (ts-fsrs `State`), by name so a stored row reads without the library. */
export const REVIEW_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** The four grades (ts-fsrs `Rating` without Manual). */
export const REVIEW_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export const ReviewRatingSchema = z.enum(REVIEW_RATINGS, { error: `Grade must be one of: ${REVIEW_RATINGS.join(', ')}.` });
export type ReviewRating = z.infer<typeof ReviewRatingSchema>;

export const ReviewCardSchema = z.strictObject({
  itemId: ContentId,
  kind: ReviewItemKindSchema,
  /**
   * The content ids that put the card in review (ticked milestones; later a practice bank). A
   * card whose sources are all withdrawn (every one unticked) is suspended, not deleted: its
   * history stays, and ticking again resumes it where it was.
   */
  sources: z.array(ContentId).min(1).max(200),
  suspended: z.boolean(),
  createdAt: IsoInstant,
  due: StoredInstant,
  stability: Memory,
  difficulty: Memory,
  scheduledDays: Count,
  learningSteps: Count,
  reps: Count,
  lapses: Count,
  state: z.enum(REVIEW_STATES),
  lastReview: IsoInstant.nullable(),
});
export type ReviewCard = z.infer<typeof ReviewCardSchema>;

export const ReviewLogSchema = z.strictObject({
  /** `<itemId>#<repetition>@<reviewedAt>`: one grade of one card. */
  id: z.string().min(1).max(200),
  itemId: ContentId,
  rating: ReviewRatingSchema,
  /** The card's state before this grade, and the interval the grade gave (days). */
  state: z.enum(REVIEW_STATES),
  scheduledDays: Count,
  stability: Memory,
  difficulty: Memory,
  reviewedAt: IsoInstant,
  /** When the grade moved the card to. */
  nextDue: StoredInstant,
  /** For an answered question: the option chosen and whether it was right. */
  answer: z.strictObject({ chosenIndex: z.number().int().min(0).max(9), correct: z.boolean() }).nullable(),
});
export type ReviewLog = z.infer<typeof ReviewLogSchema>;

/**
 * The FSRS parameters the learner can change. Defaults (REVIEW_SETTINGS_DEFAULTS): 90 % recall
 * wanted (FSRS's own default), at most 365 days between reviews (a roadmap runs months to two
 * years, so a yearly check keeps everything in view; FSRS alone allows 100 years), and fuzz on
 * (Anki's default: cards graded together spread over nearby days instead of piling up).
 */
export const REVIEW_RETENTION = { min: 0.7, max: 0.99 } as const;
export const REVIEW_MAX_INTERVAL = { min: 1, max: 36_500 } as const;
export const ReviewSettingsSchema = z.strictObject({
  requestRetention: z
    .number({ error: 'Recall target must be a number.' })
    .min(REVIEW_RETENTION.min, { error: `Recall target must be at least ${REVIEW_RETENTION.min * 100} %.` })
    .max(REVIEW_RETENTION.max, { error: `Recall target can be at most ${REVIEW_RETENTION.max * 100} %.` }),
  maximumIntervalDays: z
    .number({ error: 'Longest gap must be a number of days.' })
    .int({ error: 'Longest gap must be a whole number of days.' })
    .min(REVIEW_MAX_INTERVAL.min, { error: `Longest gap must be at least ${REVIEW_MAX_INTERVAL.min} day.` })
    .max(REVIEW_MAX_INTERVAL.max, { error: `Longest gap can be at most ${REVIEW_MAX_INTERVAL.max} days.` }),
  fuzz: z.boolean({ error: 'Spread reviews must be on or off.' }),
});
export type ReviewSettings = z.infer<typeof ReviewSettingsSchema>;

export const REVIEW_SETTINGS_DEFAULTS: ReviewSettings = { requestRetention: 0.9, maximumIntervalDays: 365, fuzz: true };
