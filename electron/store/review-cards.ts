/**
 * Putting items into review and taking them out, inside a caller's transaction over
 * `reviewCards`. The milestone tick calls these today; a practice bank or any other source feeds
 * its items by id the same way (`addReviewSource` with its own source id and kind).
 */
import type { QuizAnswer } from '../../shared/domain/records';
import type { ReviewCard, ReviewSettings } from '../../shared/domain/review';
import type { ReviewItemRef } from '../../shared/review/items';
import { gradeCard, newReviewCard } from '../../shared/review/scheduler';
import type { PlannerDb } from './db';

/**
 * Makes sure each item has a card that names `sourceId` and is active. A new item gets a new
 * card, due now; an existing card keeps its memory state and history and is resumed if it was
 * suspended. Returns the cards written.
 */
export async function addReviewSource(db: PlannerDb, sourceId: string, items: readonly ReviewItemRef[], now: Date): Promise<ReviewCard[]> {
  const existing = await db.reviewCards.bulkGet(items.map((i) => i.itemId));
  const written: ReviewCard[] = [];
  items.forEach((item, index) => {
    const card = existing[index];
    if (!card) {
      written.push(newReviewCard(item, [sourceId], now));
    } else if (card.suspended) {
      // A suspended card's one remaining source was withdrawn: the new source is its only one.
      written.push({ ...card, suspended: false, sources: [sourceId] });
    } else if (!card.sources.includes(sourceId)) {
      written.push({ ...card, sources: [...card.sources, sourceId] });
    }
  });
  if (written.length > 0) await db.reviewCards.bulkPut(written);
  return written;
}

/**
 * Withdraws `sourceId` from the cards it put in review. A card with no source left is suspended,
 * never deleted: its grades stay in the history, and adding a source again resumes it with the
 * memory state it had. Returns the cards written.
 */
export async function withdrawReviewSource(db: PlannerDb, sourceId: string, items: readonly ReviewItemRef[]): Promise<ReviewCard[]> {
  const existing = await db.reviewCards.bulkGet(items.map((i) => i.itemId));
  const written: ReviewCard[] = [];
  for (const card of existing) {
    if (!card || !card.sources.includes(sourceId)) continue;
    const sources = card.sources.filter((s) => s !== sourceId);
    // The schema keeps at least one source, so the last one stays as the record of where it came from.
    written.push(sources.length === 0 ? { ...card, suspended: true } : { ...card, sources });
  }
  if (written.length > 0) await db.reviewCards.bulkPut(written);
  return written;
}

/**
 * A practice round's answers as reviews, inside the caller's transaction over `reviewCards` and
 * `reviewLogs`: each question gets a card under the certification (`certId` as its source), and
 * the answer grades it at once, right as Good and wrong as Again, as a review question answered
 * on the Review screen is graded. Practising a question early is a review too: FSRS counts the
 * days since the last one, so an early right answer lengthens the interval less.
 */
export async function reviewPracticeAnswers(
  db: PlannerDb,
  certId: string,
  answers: readonly Pick<QuizAnswer, 'questionId' | 'chosenIndex' | 'correct'>[],
  now: Date,
  settings: ReviewSettings,
): Promise<void> {
  await addReviewSource(db, certId, answers.map((a) => ({ itemId: a.questionId, kind: 'practice-question' })), now);
  const cards = await db.reviewCards.bulkGet(answers.map((a) => a.questionId));
  const graded: ReviewCard[] = [];
  const logs = answers.flatMap((a, i) => {
    const card = cards[i];
    if (!card) return [];
    const outcome = gradeCard(card, a.correct ? 'good' : 'again', now, settings, { chosenIndex: a.chosenIndex, correct: a.correct });
    graded.push(outcome.card);
    return [outcome.log];
  });
  await db.reviewCards.bulkPut(graded);
  await db.reviewLogs.bulkAdd(logs);
}
