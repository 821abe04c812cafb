/**
 * Ticks and notes on milestones, by content id: a tick re-plans (the calendar stops planning a
 * finished milestone) and answers with the new plan.
 */
import { fail, ok } from '../../../shared/ipc/result';
import { reviewItemsForMilestone } from '../../../shared/review/items';
import { addReviewSource, withdrawReviewSource } from '../review-cards';
import type { StoreContext } from '../context';
import type { Handlers } from '../service';

export function milestonesHandlers(ctx: StoreContext): Pick<Handlers, 'milestone:set-done' | 'milestone:save-note' | 'progress:list'> {
  const { db, now } = ctx;
  return {
    async 'milestone:set-done'({ id, done }) {
      if (!ctx.milestoneIds.has(id)) return fail('not-found', `Milestone "${id}" is not in the roadmap.`);
      const at = now().toISOString();
      // The tick and the review items it adds or pauses are one change: both land or neither.
      const reviewItems = reviewItemsForMilestone(ctx.pack, id);
      await db.transaction('rw', db.milestoneProgress, db.reviewCards, async () => {
        const existing = await db.milestoneProgress.get(id);
        await db.milestoneProgress.put({
          milestoneId: id,
          note: existing?.note ?? '',
          links: existing?.links ?? [],
          done,
          doneAt: done ? (existing?.done ? existing.doneAt : at) : null,
          updatedAt: at,
        });
        if (done) await addReviewSource(db, id, reviewItems, new Date(at));
        else await withdrawReviewSource(db, id, reviewItems);
      });
      // The plan moves on from the tick (the calendar stops planning a finished milestone) while
      // the baseline stays, so the tick shows as progress, never as a reset.
      const fresh = (await ctx.replanAndAnnounce()) ?? (await ctx.currentView());
      if (!fresh) return fail('not-found', 'There is no plan yet: save your profile first.');
      return ok(fresh);
    },

    async 'milestone:save-note'({ id, note, links }) {
      if (!ctx.milestoneIds.has(id)) return fail('not-found', `Milestone "${id}" is not in the roadmap.`);
      const at = now().toISOString();
      return db.transaction('rw', db.milestoneProgress, async () => {
        const existing = await db.milestoneProgress.get(id);
        const row = { milestoneId: id, done: existing?.done ?? false, doneAt: existing?.doneAt ?? null, note, links, updatedAt: at };
        await db.milestoneProgress.put(row);
        return ok(row);
      });
    },

    async 'progress:list'() {
      return ok(await db.milestoneProgress.orderBy('milestoneId').toArray());
    },
  };
}
