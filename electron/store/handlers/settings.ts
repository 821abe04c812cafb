/**
 * The learner's settings (theme, reminders, tray, login, calendar heads-up); a change is announced
 * as settings:changed.
 */
import { ok } from '../../../shared/ipc/result';
import type { StoreContext } from '../context';
import type { Handlers } from '../service';
import { readSettings, updateSettings } from '../settings-store';

export function settingsHandlers(ctx: StoreContext): Pick<Handlers, 'settings:get' | 'settings:update'> {
  const { db, emit } = ctx;
  return {
    async 'settings:get'() {
      return ok(await readSettings(db));
    },

    async 'settings:update'(patch) {
      return ok(await updateSettings(db, patch, emit));
    },
  };
}
