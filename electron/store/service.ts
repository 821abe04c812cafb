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
import { createStoreContext, type ServiceDeps } from './context';
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

export function createPlannerService(deps: ServiceDeps): Handlers {
  const ctx = createStoreContext(deps);
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
