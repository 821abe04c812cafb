/**
 * The planner service: one handler per contract channel, one file per contract area in
 * handlers/ (profile, plan, milestones, sessions, history, certifications, quiz, spending, checklists,
 * settings, reset). It runs inside the store host (real IndexedDB) and in unit tests (fake-indexeddb).
 * Requests reach it already parsed; every multi-record change is one transaction, and plans
 * are computed before a transaction opens (no non-IndexedDB awaits inside one).
 */
import type { RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { StoreChannel } from '../../shared/ipc/names';
import type { Result } from '../../shared/ipc/result';
import type { ContentPreview } from '../../shared/content/update-schema';
import { summarise, type ActivePack, type ShippedPack } from './content-packs';
import { createStoreContext, type ServiceDeps, type StoreContext } from './context';
import { contentHandlers, type ContentChannel } from './handlers/content';
import { certificationsHandlers } from './handlers/certifications';
import { checklistsHandlers } from './handlers/checklists';
import { historyHandlers } from './handlers/history';
import { milestonesHandlers } from './handlers/milestones';
import { planHandlers } from './handlers/plan';
import { profileHandlers } from './handlers/profile';
import { quizHandlers } from './handlers/quiz';
import { resetHandlers } from './handlers/reset';
import { reviewHandlers } from './handlers/review';
import { sessionsHandlers } from './handlers/sessions';
import { settingsHandlers } from './handlers/settings';
import { spendingHandlers } from './handlers/spending';

export type { Emit, ServiceDeps } from './context';

/** One handler per channel the store host answers (main answers the backup channels itself). */
export type Handlers = {
  [C in StoreChannel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
};

/** Every channel but the content ones, which outlive a change of pack. */
type AreaHandlers = Omit<Handlers, ContentChannel>;

function areaHandlers(ctx: StoreContext): AreaHandlers {
  // Typed as the complete map: an area left out here is a compile error.
  return {
    ...profileHandlers(ctx),
    ...planHandlers(ctx),
    ...milestonesHandlers(ctx),
    ...sessionsHandlers(ctx),
    ...historyHandlers(ctx),
    ...certificationsHandlers(ctx),
    ...quizHandlers(ctx),
    ...spendingHandlers(ctx),
    ...checklistsHandlers(ctx),
    ...reviewHandlers(ctx),
    ...settingsHandlers(ctx),
    ...resetHandlers(ctx),
  };
}

export interface StoreServiceDeps extends Omit<ServiceDeps, 'pack'> {
  /** The pack in use at start (content-packs.ts chooseStartPack). */
  active: ActivePack;
  /** The packs this build ships, the first being the default (shared/content/editions). */
  shipped: readonly ShippedPack[];
}

export interface StoreService {
  handlers: Handlers;
  /** The pack in use now (the reminder texts name certifications from it). */
  active(): ActivePack;
  /** Checks a pack file's text main read and previews switching to it (internal channel). */
  checkFile(text: string, fileName: string): Promise<Result<ContentPreview>>;
  /** Re-plans with the pack in use, announcing it (after the pack changed at start). */
  replan(reason: string): Promise<void>;
}

/**
 * The store's handlers over the pack in use. A change of pack (content:apply) builds the other
 * areas' handlers again over the new pack; `handlers` forwards to whichever set is current, so
 * the port, the journal and main keep one object for the life of the page.
 */
export function createStoreService(deps: StoreServiceDeps): StoreService {
  let active = deps.active;
  let ctx = createStoreContext({ ...deps, pack: active.pack });
  let areas = areaHandlers(ctx);
  const content = contentHandlers({
    ctx,
    shipped: deps.shipped,
    active: () => active,
    adopt(next) {
      active = next;
      ctx = createStoreContext({ ...deps, pack: next.pack });
      areas = areaHandlers(ctx);
      return ctx;
    },
  });
  const forwarded: Partial<Record<keyof AreaHandlers, unknown>> = {};
  for (const channel of Object.keys(areas) as (keyof AreaHandlers)[]) {
    forwarded[channel] = (request: never) => (areas[channel] as (r: never) => unknown)(request);
  }
  return {
    // Every key of AreaHandlers was filled from `areas` just above, each with its own signature.
    handlers: { ...(forwarded as AreaHandlers), ...content },
    active: () => active,
    checkFile: (text, fileName) => content.checkFile(text, fileName),
    async replan(reason) {
      await ctx.replanAndAnnounce(reason);
    },
  };
}

/** The store's handlers over one shipped pack (tests, and the composition in main.ts uses createStoreService). */
export function createPlannerService(deps: ServiceDeps): Handlers {
  return createStoreService({
    ...deps,
    active: { pack: deps.pack, origin: 'built-in', text: null, formerCertNames: {} },
    shipped: [{ summary: summarise({ pack: deps.pack, origin: 'built-in' }), load: () => deps.pack }],
  }).handlers;
}
