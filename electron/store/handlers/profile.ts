/**
 * The learner's profile: saving one re-plans from it in the same transaction, and announces
 * both the profile and the new plan.
 */
import { startDateProblem } from '../../../shared/domain/profile';
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
      const problem = startDateProblem(profile.startDate, day, previous?.profile.startDate ?? null);
      if (problem !== null) return fail('invalid-request', problem, [{ path: 'startDate', message: problem }]);
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
