/**
 * "Delete all my data": every table cleared and the settings back to their defaults, in one
 * transaction (main takes a backup before it forwards this).
 */
import { ok } from '../../../shared/ipc/result';
import type { StoreContext } from '../context';
import { DEFAULT_SETTINGS, SINGLETON_KEY, TABLES } from '../db';
import type { Handlers } from '../service';

export function resetHandlers(ctx: StoreContext): Pick<Handlers, 'data:reset'> {
  const { db, emit } = ctx;
  return {
    async 'data:reset'() {
      await db.transaction('rw', TABLES.map((t) => db.table(t)), async () => {
        for (const t of TABLES) await db.table(t).clear();
        await db.settings.put({ key: SINGLETON_KEY, ...DEFAULT_SETTINGS });
      });
      emit('settings:changed', DEFAULT_SETTINGS);
      return ok({ cleared: [...TABLES] });
    },
  };
}
