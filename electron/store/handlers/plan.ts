/**
 * The plan as the store holds it, a fresh plan from today on request, "Re-plan the remaining
 * work" after missed sessions (preview, then apply exactly that), and what-if comparisons that
 * are planned and summarised but never stored.
 */
import { ProfileSchema, startDateProblem } from '../../../shared/domain/profile';
import { formatPath } from '../../../shared/ipc/field-path';
import { fail, ok } from '../../../shared/ipc/result';
import { applyChange, summarisePlan } from '../../../shared/planner/what-if';
import type { StoreContext } from '../context';
import { SINGLETON_KEY } from '../db';
import { profileChange } from '../profile-change';
import type { Handlers } from '../service';
import { missedSessions } from './sessions';

export function planHandlers(ctx: StoreContext): Pick<Handlers, 'plan:get' | 'plan:regenerate' | 'plan:reflow-preview' | 'plan:reflow' | 'plan:what-if'> {
  const { db, pack, now } = ctx;

  /** The re-flow as it would be made now, from the stored profile, plan and missed sessions. */
  async function reflowNow() {
    const [profileRow, planRow] = await Promise.all([db.profile.get(SINGLETON_KEY), db.plan.get(SINGLETON_KEY)]);
    if (!profileRow || !planRow) return fail('not-found', 'Save your profile first: the plan is built from it.');
    const missed = await missedSessions(ctx, now().getTime());
    return ctx.reflowFor(profileRow.profile, planRow, missed);
  }

  return {
    async 'plan:get'() {
      return ok(await ctx.currentView());
    },

    async 'plan:regenerate'() {
      const profileRow = await db.profile.get(SINGLETON_KEY);
      if (!profileRow) return fail('not-found', 'Save your profile first: the plan is built from it.');
      return ctx.replan(profileRow.profile, 'you asked for a fresh plan from today');
    },

    async 'plan:reflow-preview'() {
      const made = await reflowNow();
      return made.ok ? ok(made.value.preview) : made;
    },

    async 'plan:reflow'({ missedIds, toEtaDate }) {
      const made = await reflowNow();
      if (!made.ok) return made;
      const { preview } = made.value;
      // Applied only as previewed: a session marked meanwhile, or a finish that moved, is a new
      // preview for the learner to look at first.
      const same = preview.toEtaDate === toEtaDate && [...preview.missedIds].sort().join('|') === [...missedIds].sort().join('|');
      if (!same) return fail('conflict', 'Your plan changed since the preview (a session was marked or time has passed). Look at the new preview before applying it.');
      await ctx.storePlan(made.value.row, made.value.sessions);
      ctx.emit('plan:changed', made.value.view);
      return ok(made.value.view);
    },

    async 'plan:what-if'({ changes }) {
      const [profileRow, planRow] = await Promise.all([db.profile.get(SINGLETON_KEY), db.plan.get(SINGLETON_KEY)]);
      if (!profileRow || !planRow) return fail('not-found', 'Save your profile first: a what-if starts from your plan.');
      const saved = profileRow.profile;
      const variants = [];
      for (const change of changes) {
        const profile = applyChange(saved, change);
        // The same checks a profile save makes, so a plan offered here can always be applied.
        const parsed = ProfileSchema.safeParse(profile);
        const issue = parsed.success ? undefined : parsed.error.issues[0];
        const problem = issue ? issue.message : startDateProblem(profile.startDate, ctx.today(profile), saved.startDate);
        if (problem !== null) {
          variants.push({ ok: false as const, message: problem, path: issue ? formatPath(issue.path) : 'startDate' });
          continue;
        }
        const planned = await ctx.planFor(profile, profileChange(saved, profile) ?? undefined);
        variants.push(
          planned.ok
            ? { ok: true as const, summary: summarisePlan(planned.value.row.plan, pack) }
            : { ok: false as const, message: planned.error.message, path: planned.error.issues?.[0]?.path ?? '' },
        );
      }
      return ok({ current: summarisePlan(planRow.plan, pack), variants });
    },
  };
}
