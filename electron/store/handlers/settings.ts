/**
 * The learner's settings (theme, reminders, tray, login, calendar heads-up); a change is announced
 * as settings:changed.
 */
import { ok } from '../../../shared/ipc/result';
import type { StoreContext } from '../context';
import type { Handlers } from '../service';
import type { InternalHandlers, InternalServiceDeps } from '../internal-service';
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

/**
 * The folder main's folder dialog returned (main-only, so the folder the calendar file is
 * written to is always one the learner picked in that dialog, never one a page sent).
 */
export function calendarFolderHandlers(deps: InternalServiceDeps): Pick<InternalHandlers, 'settings:set-calendar-folder'> {
  const { db } = deps;
  return {
    async 'settings:set-calendar-folder'({ folder }) {
      return ok(await updateSettings(db, { calendarFolder: folder }, deps.emit));
    },
  };
}
