/**
 * The learner's profile: saving one re-plans from it in the same transaction, and announces
 * both the profile and the new plan.
 */
import { shiftYears } from '../../../shared/domain/date-range';
import { fail, ok } from '../../../shared/ipc/result';
import type { StoreContext } from '../context';
import { SINGLETON_KEY } from '../db';
import { profileChange } from '../profile-change';
import type { Handlers } from '../service';

export function profileHandlers(ctx: StoreContext): Pick<Handlers, 'profile:get' | 'profile:save'> {
  const { db, emit } = ctx;
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
  };
}
