/**
 * The planner service: one handler per contract channel, grouped by area (plan, records,
 * week). It runs inside the store host (real IndexedDB) and in unit tests (fake-indexeddb).
 * Requests reach it already parsed; every multi-record change is one transaction, and plans
 * are computed before a transaction opens (no non-IndexedDB awaits inside one).
 */
import type { RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { StoreChannel } from '../../shared/ipc/names';
import type { Result } from '../../shared/ipc/result';
import { createStoreContext, type ServiceDeps } from './context';
import { planHandlers } from './plan-handlers';
import { recordHandlers } from './record-handlers';
import { weekHandlers } from './week-handlers';

export type { Emit, ServiceDeps } from './context';

/** One handler per channel the store host answers (main answers the backup channels itself). */
export type Handlers = {
  [C in StoreChannel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
};

export function createPlannerService(deps: ServiceDeps): Handlers {
  const ctx = createStoreContext(deps);
  return { ...planHandlers(ctx), ...recordHandlers(ctx), ...weekHandlers(ctx) };
}
