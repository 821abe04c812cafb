/**
 * Backup and restore inside the store host, the single writer of the database.
 *
 * This module owns reading every table into a backup's `data` (`dumpAll`) and replacing every
 * table with a backup's `data` (`replaceAll`). The file format, its checks and the checksum live
 * in shared/backup/format.ts and electron/main/core/backup.ts; this side only moves rows.
 *
 * Both work in ONE transaction over all tables, so the database is never seen half-written: a dump is a
 * consistent snapshot, and a restore is all-or-nothing — if any write fails, IndexedDB rolls
 * back the clears as well, so the learner keeps exactly what they had.
 *
 * A restore keeps what belongs to this computer (shared/backup/format.ts `restoredData`): its
 * machine-local settings, the reminders it has shown and the scheduler's last check. Those are
 * read inside the same transaction, so a reminder recorded while the restore runs is kept too.
 */
import {
  MACHINE_LOCAL_TABLES,
  restoredData,
  validateBackupData,
  type BackupData,
} from '../../shared/backup/format';
import { remapContentIds } from '../../shared/content/remap-ids';
import { ok, type Result } from '../../shared/ipc/result';
import {
  DEFAULT_SETTINGS,
  SINGLETON_KEY,
  TABLES,
  type PlannerDb,
  type SettingsRow,
  type TableName,
} from './db';
import { readSettings } from './settings-store';

export interface RestoreCounts {
  /** Rows written per table (single-row tables count 0 or 1). */
  rows: Record<TableName, number>;
}

/** Tables holding one row under SINGLETON_KEY; in a backup they are a row or null, not a list. */
const SINGLETON_TABLES: ReadonlySet<TableName> = new Set<TableName>(['profile', 'plan', 'settings']);

/**
 * Every table as a backup's `data`, rows in primary-key order (IndexedDB returns a table in key
 * order, and keys compare the same way everywhere), so two dumps of the same data are equal.
 * Walks `TABLES`, so a table added to db.ts is included (or fails to compile above) by itself.
 */
export async function dumpAll(db: PlannerDb): Promise<BackupData> {
  return db.transaction('r', TABLES, async () => {
    const entries = await Promise.all(
      TABLES.map(async (name): Promise<[TableName, unknown]> => {
        const table = db.table(name);
        return [name, SINGLETON_TABLES.has(name) ? ((await table.get(SINGLETON_KEY)) ?? null) : await table.toArray()];
      }),
    );
    const data = Object.fromEntries(entries) as BackupData;
    // populate/upgradeToV2 always create settings; the fallback keeps a dump valid regardless.
    if ((data.settings as SettingsRow | null) === null) data.settings = { key: SINGLETON_KEY, ...DEFAULT_SETTINGS };
    return data;
  });
}

/**
 * Replaces the whole database with `data`. The data is validated again here because the
 * MessagePort is a trust boundary (and main's parse may come from an older build). Then every
 * table is cleared and refilled in one read-write transaction; `bulkAdd` (not `bulkPut`) so a
 * repeated key aborts instead of silently overwriting. Nothing but IndexedDB is awaited inside.
 *
 * Resolves with the counts written, or with a refusal when the data is invalid (nothing is
 * touched then); rejects only when the database itself fails — and then, because the scope
 * rejected, Dexie aborts the transaction and every table keeps its previous rows.
 */
export async function replaceAll(db: PlannerDb, data: unknown, renamedIds: Readonly<Record<string, string>> = {}): Promise<Result<RestoreCounts>> {
  const validated = validateBackupData(data);
  if (!validated.ok) return validated;
  // Progress is moved to the ids the pack in use gave renamed items, then checked again: a
  // merge of two rows must still be a row a backup accepts.
  const checked = validateBackupData(remapContentIds(validated.value, renamedIds).data);
  if (!checked.ok) return checked;
  const kept: ReadonlySet<TableName> = new Set<TableName>(MACHINE_LOCAL_TABLES);
  const counts = await db.transaction('rw', TABLES, async () => {
    // This computer's own values, as settings:get answers them (a folder an older build stored
    // and this one refuses reads as null, so the restored row passes the row guard).
    const current: SettingsRow = { key: SINGLETON_KEY, ...(await readSettings(db)) };
    const valid = restoredData({ ...checked.value, settings: current, reminderLog: [] }, checked.value);
    const rows = Object.fromEntries(
      TABLES.map((name): [TableName, unknown[]] => {
        const value: unknown = valid[name];
        return [name, kept.has(name) || value === null ? [] : Array.isArray(value) ? value : [value]];
      }),
    ) as Record<TableName, unknown[]>;
    for (const name of TABLES) {
      if (kept.has(name)) continue;
      // The settings table also holds the scheduler's last check (internal-service.ts), which is
      // this computer's: only the learner's row is replaced.
      if (name === 'settings') await db.settings.delete(SINGLETON_KEY);
      else await db.table(name).clear();
    }
    for (const name of TABLES) if (rows[name].length > 0) await db.table(name).bulkAdd(rows[name]);
    return Object.fromEntries(TABLES.map((name) => [name, rows[name].length])) as Record<TableName, number>;
  });
  return ok({ rows: counts });
}
