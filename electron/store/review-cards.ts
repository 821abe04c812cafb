/**
 * Putting items into review and taking them out, inside a caller's transaction over
 * `reviewCards`. The milestone tick calls these today; a practice bank or any other source feeds
 * its items by id the same way (`addReviewSource` with its own source id and kind).
 */
import type { ReviewCard } from '../../shared/domain/review';
import type { ReviewItemRef } from '../../shared/review/items';
import { newReviewCard } from '../../shared/review/scheduler';
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
