/**
 * The plan as the store holds it, and a fresh plan from today on request.
 */
import { fail, ok } from '../../../shared/ipc/result';
import type { StoreContext } from '../context';
import { SINGLETON_KEY } from '../db';
import type { Handlers } from '../service';

export function planHandlers(ctx: StoreContext): Pick<Handlers, 'plan:get' | 'plan:regenerate'> {
  const { db } = ctx;
  return {
    async 'plan:get'() {
      return ok(await ctx.currentView());
    },

    async 'plan:regenerate'() {
      const profileRow = await db.profile.get(SINGLETON_KEY);
      if (!profileRow) return fail('not-found', 'Save your profile first: the plan is built from it.');
      return ctx.replan(profileRow.profile, 'you asked for a fresh plan from today');
    },
  };
}
