/**
 * The Dexie database the store host owns. Strict durability: a write is acknowledged only
 * after Chromium has flushed it to disk, so an acknowledged tick survives a crash or power cut.
 * Schema changes are new `version(n)` entries with idempotent upgraders; never edit a released
 * one. tests/unit/electron/store/db-versions.test.ts opens a database of every older version
 * with data in it and checks the upgrade.
 */
import { Dexie, type DBCore, type EntityTable, type Transaction } from 'dexie';
import type {
  AppSettings,
  CertificationStatus,
  ChecklistTick,
  MilestoneProgress,
  QuizAttempt,
  ReminderDelivery,
  Spending,
  StudySession,
} from '../../shared/domain/records';
import { BACKUP_TABLES, type PlanRowData, type ProfileRowData, type SettingsRowData } from '../../shared/backup/format';
import { DEFAULT_REMINDER_SETTINGS } from '../../shared/domain/reminder-settings';
import { REVIEW_SETTINGS_DEFAULTS, type ReviewCard, type ReviewLog } from '../../shared/domain/review';
import { isGuardedTable, RowRefusedError, rowIssues } from './row-guard';
import { repairRow, type RepairAction } from './row-repair';
import type { WriteLogRow } from './write-journal';
import type { ContentPackRow } from './content-packs';

export const DB_NAME = 'mle-path';
export const DB_VERSION = 9;

/** Single-row tables use this fixed key. */
export const SINGLETON_KEY = 'me';

/**
 * The single-row tables' rows are the backup format's, so a row the store keeps and a row a
 * backup carries are one type (the format owns them because shared/ may not import store code).
 */
export type ProfileRow = ProfileRowData;
export type PlanRow = PlanRowData;
export type SettingsRow = SettingsRowData;

export type PlannerDb = Dexie & {
  profile: EntityTable<ProfileRow, 'key'>;
  plan: EntityTable<PlanRow, 'key'>;
  milestoneProgress: EntityTable<MilestoneProgress, 'milestoneId'>;
  sessions: EntityTable<StudySession, 'id'>;
  certifications: EntityTable<CertificationStatus, 'certId'>;
  quizAttempts: EntityTable<QuizAttempt, 'id'>;
  spending: EntityTable<Spending, 'id'>;
  settings: EntityTable<SettingsRow, 'key'>;
  reminderLog: EntityTable<ReminderDelivery, 'reminderId'>;
  checklistTicks: EntityTable<ChecklistTick, 'itemId'>;
  /** Spaced-review cards by item id, and every grade given (database v8). */
  reviewCards: EntityTable<ReviewCard, 'itemId'>;
  reviewLogs: EntityTable<ReviewLog, 'id'>;
  /** Writes applied recently, by write id (write-journal.ts); not part of a backup. */
  writeLog: EntityTable<WriteLogRow, 'writeId'>;
  /** The content pack in use (content-packs.ts; database v9); the app's content, not part of a backup. */
  contentPack: EntityTable<ContentPackRow, 'key'>;
  /** How many writes each table has seen since the database was opened (see countWrites). */
  writeCount(table: TableName): number;
};

export const DEFAULT_SETTINGS: AppSettings = {
  reminders: DEFAULT_REMINDER_SETTINGS,
  closeToTray: true,
  trayHintShown: false,
  launchAtLogin: false,
  theme: 'system',
  calendarFolder: null,
  review: REVIEW_SETTINGS_DEFAULTS,
};

/**
 * Table names in a fixed order: backups, dumps and wipes walk them in this order. The backup
 * format owns the list (shared/ may not import store code), so a backup always covers exactly
 * the tables the database has.
 */
export const TABLES = BACKUP_TABLES;
export type TableName = (typeof TABLES)[number];

/** Version 2: everything the planner keeps besides the profile. Creates default settings once. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const settings = tx.table<SettingsRow, string>('settings');
  if (!(await settings.get(SINGLETON_KEY))) await settings.add({ key: SINGLETON_KEY, ...DEFAULT_SETTINGS });
}

/** Version 5: drops a plan stored without a schedule (see the version list below). */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const plan = tx.table<{ key: string; plan: { weeks?: unknown } }, string>('plan');
  const row = await plan.get(SINGLETON_KEY);
  if (row && !Array.isArray(row.plan.weeks)) await plan.delete(SINGLETON_KEY);
}

/**
 * Version 7: repairs or drops each stored row that no backup could hold (row-repair.ts says
 * what is kept); `today` (YYYY-MM-DD) dates what had an impossible date. Returns the counts.
 */
export async function upgradeToV7(tx: Transaction, today: string): Promise<Record<RepairAction, number>> {
  const counts: Record<RepairAction, number> = { kept: 0, repaired: 0, dropped: 0 };
  // The tables version 7 has: an upgrade from an older version runs this before version 8's
  // tables exist.
  for (const name of TABLES.filter((t) => t !== 'reviewCards' && t !== 'reviewLogs')) {
    await tx
      .table(name)
      .toCollection()
      .modify((value: unknown, ref: { value?: unknown }) => {
        const result = repairRow(name, value, today);
        counts[result.action]++;
        if (result.action === 'dropped') delete ref.value;
        else if (result.action === 'repaired') ref.value = result.row;
      });
  }
  return counts;
}

/**
 * Counts every write (add, put, delete, clear) per table, below Dexie's API, so no write path
 * can bypass it: a handler, a restore, a reset. A derived value cached in memory (the store
 * host is the database's only writer) stays valid while its table's count is unchanged.
 */
function countWrites(db: Dexie): (table: TableName) => number {
  const counts = new Map<string, number>();
  db.use({
    stack: 'dbcore',
    name: 'write-counter',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(request) {
            counts.set(name, (counts.get(name) ?? 0) + 1);
            return table.mutate(request);
          },
        };
      },
    }),
  });
  return (table) => counts.get(table) ?? 0;
}

/**
 * Checks every row put or added against its table's backup schema before it reaches IndexedDB
 * (row-guard.ts says why). A refused row rejects the write, so the transaction aborts.
 */
function guardRows(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'row-guard',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (!isGuardedTable(name)) return table;
        return {
          ...table,
          mutate(request) {
            if (request.type === 'add' || request.type === 'put') {
              for (const row of request.values) {
                const issues = rowIssues(name, row);
                if (issues.length > 0) return Promise.reject(new RowRefusedError(name, issues));
              }
            }
            return table.mutate(request);
          },
        };
      },
    }),
  });
}

export function openPlannerDb(indexedDB?: IDBFactory, keyRange?: typeof IDBKeyRange): PlannerDb {
  const db = new Dexie(DB_NAME, {
    chromeTransactionDurability: 'strict',
    ...(indexedDB && keyRange ? { indexedDB, IDBKeyRange: keyRange } : {}),
  }) as PlannerDb;
  db.version(1).stores({ profile: 'key' });
  db.version(2)
    .stores({
      plan: 'key',
      milestoneProgress: 'milestoneId',
      sessions: 'id, weekStart, status',
      certifications: 'certId, status',
      quizAttempts: 'id, takenAt',
      spending: 'id, date',
      settings: 'key',
      reminderLog: 'reminderId, deliveredAt',
    })
    .upgrade(upgradeToV2);
  // Version 3: ticks on project checklists and phase gates (no data to move).
  db.version(3).stores({ checklistTicks: 'itemId' });
  // Version 4: the week view's "missed sessions" reads the newest planned sessions that have
  // ended through this index, instead of every planned session ever stored (which grows with
  // years of history). Dexie builds the index from the existing rows; no data moves.
  db.version(4).stores({ sessions: 'id, weekStart, status, [status+endUtc]' });
  // Version 5: plans carry their schedule (weeks of sessions) and a baseline. A plan an older
  // version stored has neither; it is derived data (the profile and the learner's record are
  // kept), so it is dropped and rebuilt from the profile on the next read (context.currentView).
  db.version(5).upgrade(upgradeToV5);
  // Version 6: the journal of recent writes by id, so a write sent twice is applied once. It
  // belongs to this database's history, not to the learner's data, so backups leave it out.
  db.version(6).stores({ writeLog: 'writeId, at' });
  // Version 7: rows earlier builds let in that no schema reads back (an expiry in 10001, a
  // session in year 0000, a start date late in 9999) are repaired or, when derived, dropped, so
  // a database an older build poisoned loads, reminds and exports again (row-repair.ts).
  db.version(7).upgrade(async (tx) => {
    const counts = await upgradeToV7(tx, new Date().toISOString().slice(0, 10));
    if (counts.repaired + counts.dropped > 0) console.info(`database v7: ${counts.repaired} rows repaired, ${counts.dropped} dropped`);
  });
  // Version 8: spaced review. A card per reviewable item, by its content id (about a hundred in
  // all, read whole: due times are compared as instants), and the log of every grade (by card,
  // and by time, for a card's history and history over time). New tables only: the settings row
  // reads its review parameters as defaults until they are changed.
  db.version(8).stores({ reviewCards: 'itemId', reviewLogs: 'id, itemId, reviewedAt' });
  // Version 9: which content pack is in use (one row). Absent, the first shipped pack is used,
  // which is the pack every earlier version planned with, so no data moves.
  db.version(9).stores({ contentPack: 'key' });
  // A brand-new database skips upgraders, so default settings are written on first open too.
  db.on('populate', (tx) => upgradeToV2(tx));
  guardRows(db);
  db.writeCount = countWrites(db);
  return db;
}
