/**
 * The Dexie database the store host owns. Strict durability: a write is acknowledged only
 * after Chromium has flushed it to disk, so an acknowledged tick survives a crash or power cut.
 * Schema changes are new `version(n)` entries; never edit a released one.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Profile } from '../../shared/domain/profile';

export const DB_NAME = 'mle-path';

/** Single-row tables use this fixed key. */
export const SINGLETON_KEY = 'me';

export interface ProfileRow {
  key: typeof SINGLETON_KEY;
  profile: Profile;
  savedAt: string;
}

export type PlannerDb = Dexie & {
  profile: EntityTable<ProfileRow, 'key'>;
};

export function openPlannerDb(indexedDB?: IDBFactory, keyRange?: typeof IDBKeyRange): PlannerDb {
  const db = new Dexie(DB_NAME, {
    chromeTransactionDurability: 'strict',
    ...(indexedDB && keyRange ? { indexedDB, IDBKeyRange: keyRange } : {}),
  }) as PlannerDb;
  db.version(1).stores({ profile: 'key' });
  return db;
}
