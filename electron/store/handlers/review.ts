/**
 * Spaced review: what is due by the learner's today, and grading one item. FSRS scheduling is
 * ts-fsrs's (shared/review/scheduler.ts); "due" is judged by the learner's local day.
 */
import { REVIEW_QUEUE_MAX, type ReviewItemView } from '../../../shared/ipc/contract';
import { fail, ok } from '../../../shared/ipc/result';
import type { ReviewCard, ReviewRating } from '../../../shared/domain/review';
import { REVIEW_SETTINGS_DEFAULTS } from '../../../shared/domain/review';
import { reviewAnswer, reviewPrompt } from '../../../shared/review/items';
import { dueDay, gradeCard, isDueBy } from '../../../shared/review/scheduler';
import { formatIsoDate, mondayOf, parseIsoDate } from '../../../shared/planner/time';
import type { StoreContext } from '../context';
import { SINGLETON_KEY } from '../db';
import type { Handlers } from '../service';
import { readSettings } from '../settings-store';

/** Counts and lists the active cards by the learner's local day. */
export function summariseCards(cards: readonly ReviewCard[], today: string, timeZone: string) {
  const weekEnd = formatIsoDate(mondayOf(parseIsoDate(today) ?? 0) + 6);
  const active = cards.filter((c) => !c.suspended);
  const byDay = active.map((card) => ({ card, day: dueDay(card, timeZone) }));
  const due = byDay.filter((c) => c.day <= today).sort((a, b) => a.card.due.localeCompare(b.card.due) || a.card.itemId.localeCompare(b.card.itemId));
  const later = byDay.filter((c) => c.day > today).map((c) => c.day).sort();
  return {
    due,
    dueToday: due.length,
    dueThisWeek: byDay.filter((c) => c.day <= weekEnd).length,
    nextDueDay: later[0] ?? null,
    active: active.length,
    suspended: cards.length - active.length,
  };
}

export function reviewHandlers(ctx: StoreContext): Pick<Handlers, 'review:queue' | 'review:grade'> {
  const { db, pack, now } = ctx;

  async function learnerDay() {
    const profile = (await db.profile.get(SINGLETON_KEY))?.profile;
    return { today: ctx.today(profile), timeZone: ctx.timeZone(profile) };
  }

  return {
    async 'review:queue'() {
      const { today, timeZone } = await learnerDay();
      const summary = summariseCards(await db.reviewCards.toArray(), today, timeZone);
      const items: ReviewItemView[] = [];
      for (const { card, day } of summary.due) {
        if (items.length >= REVIEW_QUEUE_MAX) break;
        // An item a newer content pack no longer has is left out of the queue, never shown blank.
        const prompt = reviewPrompt(pack, card);
        if (!prompt) continue;
        items.push({ itemId: card.itemId, kind: card.kind, ...prompt, dueDay: day, state: card.state, reps: card.reps, lapses: card.lapses });
      }
      const { due: _due, ...counts } = summary;
      return ok({ today, timeZone, items, ...counts });
    },

    async 'review:grade'({ itemId, rating, chosenIndex }) {
      const { today, timeZone } = await learnerDay();
      const settings = (await readSettings(db)).review ?? REVIEW_SETTINGS_DEFAULTS;
      const at = now();
      const result = await db.transaction('rw', db.reviewCards, db.reviewLogs, async () => {
        const card = await db.reviewCards.get(itemId);
        if (!card) return fail('not-found', `"${itemId}" is not in your reviews.`);
        if (card.suspended) return fail('conflict', 'This review is paused: the milestone that added it is no longer ticked.');
        if (!isDueBy(card, today, timeZone)) return fail('conflict', `This review is not due until ${dueDay(card, timeZone)}.`);
        const answer = reviewAnswer(pack, card);
        const prompt = reviewPrompt(pack, card);
        if (!prompt) return fail('not-found', `"${itemId}" is no longer in MLE Path's content.`);
        let grade: ReviewRating;
        let answered: { chosenIndex: number; correct: boolean } | null = null;
        if (answer) {
          if (chosenIndex === undefined) return fail('invalid-request', 'Answer the question: send the option you chose.', [{ path: 'chosenIndex', message: 'Choose an option.' }]);
          const count = prompt.options?.length ?? 0;
          if (chosenIndex >= count) {
            const message = `Chosen option must be between 0 and ${count - 1}.`;
            return fail('invalid-request', message, [{ path: 'chosenIndex', message }]);
          }
          answered = { chosenIndex, correct: chosenIndex === answer.correctIndex };
          // A question grades itself: right is Good, wrong is Again (see the README's Review).
          grade = answered.correct ? 'good' : 'again';
        } else {
          if (rating === undefined) return fail('invalid-request', 'Grade this statement: Again, Hard, Good or Easy.', [{ path: 'rating', message: 'Choose a grade.' }]);
          grade = rating;
        }
        const outcome = gradeCard(card, grade, at, settings, answered);
        await db.reviewCards.put(outcome.card);
        await db.reviewLogs.add(outcome.log);
        return ok({ outcome, answered, answer });
      });
      if (!result.ok) return result;
      const { outcome, answered, answer } = result.value;
      const remaining = summariseCards(await db.reviewCards.toArray(), today, timeZone).dueToday;
      return ok({
        itemId,
        rating: outcome.log.rating,
        correct: answered?.correct ?? null,
        answer,
        nextDue: outcome.card.due,
        nextDueDay: dueDay(outcome.card, timeZone),
        intervalDays: outcome.card.scheduledDays,
        remaining,
      });
    },
  };
}
