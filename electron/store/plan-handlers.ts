/** Profile, plan and milestone channels: saving a profile re-plans; ticks and notes by content id. */
import { fail, ok } from '../../shared/ipc/result';
import type { StoreContext } from './context';
import { SINGLETON_KEY } from './db';
import type { Handlers } from './service';
import { profileChange } from './profile-change';
import { shiftYears } from '../../shared/domain/date-range';

type PlanChannels = 'profile:get' | 'profile:save' | 'plan:get' | 'plan:regenerate' | 'milestone:set-done' | 'milestone:save-note' | 'progress:list';

export function planHandlers(ctx: StoreContext): Pick<Handlers, PlanChannels> {
  const { db, now, emit } = ctx;
  return {
    async 'profile:get'() {
      const row = await db.profile.get(SINGLETON_KEY);
      return ok(row ? { profile: row.profile, savedAt: row.savedAt } : null);
    },

    async 'profile:save'(profile) {
      const previous = await db.profile.get(SINGLETON_KEY);
      const day = ctx.today(profile);
      // A start date already in the past is fine when it is the one saved before (the plan
      // then re-plans from today); typing a new past date is a mistake worth flagging.
      if (profile.startDate < day && previous?.profile.startDate !== profile.startDate) {
        const message = `Start date cannot be in the past (today is ${day}).`;
        return fail('invalid-request', message, [{ path: 'startDate', message }]);
      }
      // Plans reach at most ten years; a start more than two years out is almost always a typo.
      const latest = shiftYears(day, 2);
      if (latest !== null && profile.startDate > latest) {
        const message = `Start date can be at most two years ahead (until ${latest}).`;
        return fail('invalid-request', message, [{ path: 'startDate', message }]);
      }
      const because = previous ? profileChange(previous.profile, profile) : undefined;
      const planned = await ctx.planFor(profile, because ?? undefined);
      if (!planned.ok) return planned;
      const saved = { profile, savedAt: planned.value.row.savedAt };
      await ctx.storePlan(planned.value.row, planned.value.sessions, async () => {
        await db.profile.put({ key: SINGLETON_KEY, ...saved });
      });
      emit('profile:changed', saved);
      emit('plan:changed', planned.value.view);
      return ok(saved);
    },

    async 'plan:get'() {
      return ok(await ctx.currentView());
    },

    async 'plan:regenerate'() {
      const profileRow = await db.profile.get(SINGLETON_KEY);
      if (!profileRow) return fail('not-found', 'Save your profile first: the plan is built from it.');
      return ctx.replan(profileRow.profile, 'you asked for a fresh plan from today');
    },

    async 'milestone:set-done'({ id, done }) {
      if (!ctx.milestoneIds.has(id)) return fail('not-found', `Milestone "${id}" is not in the roadmap.`);
      const at = now().toISOString();
      await db.transaction('rw', db.milestoneProgress, async () => {
        const existing = await db.milestoneProgress.get(id);
        await db.milestoneProgress.put({
          milestoneId: id,
          note: existing?.note ?? '',
          links: existing?.links ?? [],
          done,
          doneAt: done ? (existing?.done ? existing.doneAt : at) : null,
          updatedAt: at,
        });
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
