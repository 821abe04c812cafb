/**
 * The planner service: answers each contract channel from the database. It runs inside the
 * store host (real IndexedDB) and in unit tests (fake-indexeddb). Requests reach it already
 * parsed; every multi-record change is one transaction.
 */
import type { Channel, EventName, EventPayloadOf, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import { ok, type Result } from '../../shared/ipc/result';
import { SINGLETON_KEY, type PlannerDb } from './db';

export type Handlers = {
  [C in Channel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
};

export type Emit = <E extends EventName>(event: E, payload: EventPayloadOf<E>) => void;

export interface ServiceDeps {
  db: PlannerDb;
  now: () => Date;
  emit: Emit;
}

export function createPlannerService({ db, now, emit }: ServiceDeps): Handlers {
  return {
    async 'profile:get'() {
      const row = await db.profile.get(SINGLETON_KEY);
      return ok(row ? { profile: row.profile, savedAt: row.savedAt } : null);
    },
    async 'profile:save'(profile) {
      const saved = { profile, savedAt: now().toISOString() };
      await db.transaction('rw', db.profile, async () => {
        await db.profile.put({ key: SINGLETON_KEY, ...saved });
      });
      emit('profile:changed', saved);
      return ok(saved);
    },
  };
}
