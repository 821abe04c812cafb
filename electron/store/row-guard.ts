/**
 * The last check before anything reaches IndexedDB: every row written to a table must pass the
 * schema a backup of that table is read with (shared/backup/format.ts). A row that does not
 * would be kept, then fail every later read that checks it: the reply contract of the screen
 * that lists it, each reminder check, every export and every restore of a backup holding it.
 * Refusing it at the write keeps the database restorable whatever a handler computed.
 *
 * It runs below Dexie's API (a DBCore middleware, like the write counter in db.ts), so no write
 * path can bypass it: a handler, a re-plan, a restore. A refused row rejects the write, which
 * aborts the transaction around it, so nothing of that change is kept.
 */
import type { z } from 'zod';
import { STORED_ROW_SCHEMAS, type BackupTable } from '../../shared/backup/format';
import { fieldIssues } from '../../shared/ipc/validate';
import type { FieldIssue } from '../../shared/ipc/result';
import { SchedulerStateRowSchema, SCHEDULER_STATE_KEY } from './scheduler-state';


/** The schema a row of `table` must pass; the settings table also holds the scheduler's row. */
function schemaFor(table: BackupTable, row: unknown): z.ZodType {
  const isSchedulerRow = table === 'settings' && typeof row === 'object' && row !== null && (row as { key?: unknown }).key === SCHEDULER_STATE_KEY;
  return isSchedulerRow ? SchedulerStateRowSchema : STORED_ROW_SCHEMAS[table];
}

/** Why `row` may not be stored in `table`, one issue per field; empty when it may. */
export function rowIssues(table: BackupTable, row: unknown): FieldIssue[] {
  const parsed = schemaFor(table, row).safeParse(row);
  return parsed.success ? [] : fieldIssues(parsed.error);
}

/** Thrown (and so aborting the transaction) when a write would store a row no backup can hold. */
export class RowRefusedError extends Error {
  override readonly name = 'RowRefusedError';
  constructor(
    readonly table: string,
    readonly issues: FieldIssue[],
  ) {
    const shown = issues
      .slice(0, 3)
      .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
      .join('; ');
    super(`Nothing was saved: a ${table} record would not fit what MLE Path can keep and restore (${shown}).`);
  }
}

export function isGuardedTable(name: string): name is BackupTable {
  return Object.prototype.hasOwnProperty.call(STORED_ROW_SCHEMAS, name);
}
