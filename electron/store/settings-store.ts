/**
 * The learner's settings row: read with the defaults of fields added since it was written, and
 * updated by a patch. Shared by the contract's `settings:update`, main's calendar folder and the
 * restore, so the three agree on what a stored row answers.
 */
import { CalendarFolderSchema } from '../../shared/domain/calendar-folder';
import type { AppSettings } from '../../shared/domain/records';
import type { Emit } from './context';
import { DEFAULT_SETTINGS, SINGLETON_KEY, type PlannerDb } from './db';

/**
 * The settings as stored, with defaults for fields added later. A calendar folder stored by an
 * older build that this one refuses (a network path) answers null: the settings screen must
 * still load, and main must not write there; choosing a folder again replaces it.
 */
export async function readSettings(db: PlannerDb): Promise<AppSettings> {
  const row = await db.settings.get(SINGLETON_KEY);
  const { key: _key, ...rest } = row ?? { key: SINGLETON_KEY, ...DEFAULT_SETTINGS };
  const settings = { ...DEFAULT_SETTINGS, ...rest };
  const folder = settings.calendarFolder;
  return typeof folder === 'string' && !CalendarFolderSchema.safeParse(folder).success ? { ...settings, calendarFolder: null } : settings;
}

/** Applies the fields of `patch` that are set, stores the row and announces it. */
export async function updateSettings(db: PlannerDb, patch: Partial<AppSettings>, emit?: Emit): Promise<AppSettings> {
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const next = await db.transaction('rw', db.settings, async () => {
    const merged: AppSettings = { ...(await readSettings(db)), ...set };
    await db.settings.put({ key: SINGLETON_KEY, ...merged });
    return merged;
  });
  emit?.('settings:changed', next);
  return next;
}
