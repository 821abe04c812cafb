/**
 * Export and restore as the learner experiences them: pick a file (or one of the automatic
 * backups), see what will change, confirm, and the whole database is replaced at once — after
 * an automatic safety backup of what was there. Also the automatic backups themselves: a daily
 * one, one before every restore and one before a reset (automatic-backups.ts decides which are
 * due and which are kept). No `electron` import: dialogs come in as functions, so the e2e
 * harness drives the same code with chosen paths.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { backupFileName, describeChanges, validateBackupData, type BackupData, type BackupFile } from '../../../shared/backup/format';
import type { RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import {
  automaticBackupFileName,
  automaticBackups,
  backupsToDelete,
  dailyBackupDue,
  parseAutomaticBackupName,
  LOCAL_CALENDAR,
  type AutomaticBackupKind,
  type Calendar,
} from './automatic-backups';
import { backupChecksum, createBackupFile, readBackupFile, writeBackupFile } from './backup';
import type { StoreCalls } from './store-calls';

export interface BackupDialogs {
  /** Path to save to, or null when cancelled. */
  chooseSavePath(defaultName: string): Promise<string | null>;
  /** Path of the backup to restore, or null when cancelled. */
  chooseOpenPath(): Promise<string | null>;
}

export interface BackupServiceDeps {
  store: StoreCalls;
  dialogs: BackupDialogs;
  appVersion: string;
  now: () => Date;
  /** Folder of the automatic backups (inside the user-data folder): daily, before a restore, before a reset. */
  safetyDir: string;
  /** Days and weeks for the daily backup and its rotation; this computer's own by default. */
  calendar?: Calendar;
  /** Called after a restore, so main can rescan reminders. */
  onRestored?: () => void;
}

/** A checked file waits this long for the learner's confirmation. */
const PENDING_MS = 10 * 60 * 1000;

/** True when the data holds anything of the learner's (a fresh install has nothing worth a backup). */
function hasLearnerData(data: BackupData): boolean {
  return (
    data.profile !== null ||
    [data.milestoneProgress, data.sessions, data.certifications, data.quizAttempts, data.spending, data.checklistTicks].some((rows) => rows.length > 0)
  );
}

export function createBackupService(deps: BackupServiceDeps) {
  const pending = new Map<string, { file: BackupFile; at: number }>();
  const calendar = deps.calendar ?? LOCAL_CALENDAR;

  async function folderNames(): Promise<string[]> {
    try {
      return await readdir(deps.safetyDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /** Deletes what the rotation no longer keeps; a file that cannot be deleted is left for next time. */
  async function rotate(): Promise<void> {
    for (const name of backupsToDelete(await folderNames(), calendar)) await unlink(path.join(deps.safetyDir, name)).catch(() => undefined);
  }

  /**
   * Writes the data as it is now as an automatic backup of `kind`, unchecked (its purpose is to
   * keep what is there, whatever it is), and rotates the folder. Null when there is nothing of
   * the learner's to keep.
   */
  async function takeAutomatic(kind: AutomaticBackupKind, data: BackupData): Promise<Result<string | null>> {
    if (!hasLearnerData(data)) return ok(null);
    try {
      await mkdir(deps.safetyDir, { recursive: true });
    } catch (error) {
      return fail('internal', `The backups folder could not be created (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
    }
    const filePath = path.join(deps.safetyDir, automaticBackupFileName(kind, deps.now()));
    const written = await writeBackupFile(filePath, createBackupFile(data, { appVersion: deps.appVersion, now: deps.now() }));
    if (!written.ok) return written;
    await rotate();
    return ok(filePath);
  }

  /** The checksum a backup file records, or null when it cannot be read as one. */
  async function recordedChecksum(filePath: string): Promise<string | null> {
    try {
      const parsed = JSON.parse(await readFile(filePath, 'utf8')) as { checksum?: { value?: unknown } };
      return typeof parsed.checksum?.value === 'string' ? parsed.checksum.value : null;
    } catch {
      return null;
    }
  }

  /** Checks `source` completely and holds it for the learner's confirmation. */
  async function prepareRestore(source: string): Promise<Result<ResponseOf<'backup:choose-restore'>>> {
    const file = await readBackupFile(source);
    if (!file.ok) return file;
    const current = await dump();
    if (!current.ok) return current;
    const now = deps.now().getTime();
    for (const [key, entry] of pending) if (now - entry.at > PENDING_MS) pending.delete(key);
    const token = randomUUID();
    pending.set(token, { file: file.value, at: now });
    const changes = describeChanges(current.value, file.value.data);
    return ok({
      token,
      fileName: path.basename(source),
      exportedAt: file.value.exportedAt,
      // Each learner setting that changes is its own line, so a restore never changes a
      // preference (a pause, quiet hours, the theme) the learner was not shown.
      changes: changes.filter((c) => c.changed).flatMap((c) => [c.text, ...c.details]),
    });
  }

  async function dump(): Promise<Result<BackupData>> {
    return deps.store.call('backup:dump', {});
  }

  /**
   * Writes what the store holds now. An export is checked with the same validation a restore
   * applies, so a file MLE Path writes can always be read back; a row that would fail it is
   * named instead of being written into a backup nobody could restore. (Automatic backups skip
   * that check: their purpose is to keep what was there, whatever it is, and refusing one would
   * also block the restore that repairs the data.)
   */
  async function writeExport(filePath: string): Promise<Result<{ bytes: number }>> {
    const data = await dump();
    if (!data.ok) return data;
    const valid = validateBackupData(data.value);
    if (!valid.ok) {
      return fail(
        'internal',
        `No backup was written: some of your data could not be restored from it, so MLE Path did not save a file that would fail later. ${valid.error.message}`.slice(0, 2000),
        valid.error.issues,
      );
    }
    return writeBackupFile(filePath, createBackupFile(data.value, { appVersion: deps.appVersion, now: deps.now() }));
  }

  return {
    async exportAll(): Promise<Result<ResponseOf<'backup:export'>>> {
      const target = await deps.dialogs.chooseSavePath(backupFileName(deps.now()));
      if (!target) return ok(null);
      const written = await writeExport(target);
      return written.ok ? ok({ path: target, bytes: written.value.bytes }) : written;
    },

    async chooseRestore(): Promise<Result<ResponseOf<'backup:choose-restore'>>> {
      const source = await deps.dialogs.chooseOpenPath();
      if (!source) return ok(null);
      return prepareRestore(source);
    },

    /** The automatic backups, newest first, for Settings' list. */
    async listAutomatic(): Promise<Result<ResponseOf<'backup:list-automatic'>>> {
      try {
        const found = automaticBackups(await folderNames());
        const backups = await Promise.all(
          found.map(async (b) => ({ fileName: b.fileName, kind: b.kind, takenAt: b.takenAt, bytes: (await stat(path.join(deps.safetyDir, b.fileName))).size })),
        );
        return ok({ folder: deps.safetyDir, backups });
      } catch (error) {
        return fail('internal', `The automatic backups could not be listed (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
      }
    },

    /** "Restore this one": the same check and preview as a chosen file, for a file of the backups folder. */
    async chooseAutomatic(fileName: string): Promise<Result<ResponseOf<'backup:choose-automatic'>>> {
      // Only a name the folder's own pattern allows, so no request can reach outside the folder.
      if (parseAutomaticBackupName(fileName) === null || !(await folderNames()).includes(fileName)) {
        return fail('not-found', 'That automatic backup is no longer there; the list has been refreshed.');
      }
      const prepared = await prepareRestore(path.join(deps.safetyDir, fileName));
      if (!prepared.ok) return prepared;
      return prepared.value === null ? fail('internal', 'The backup could not be prepared.') : ok(prepared.value);
    },

    /**
     * Takes today's backup if none was taken today and the data changed since the newest one.
     * Main calls it at start and every hour; the answer says what happened, for its log.
     */
    async takeDailyIfDue(): Promise<Result<string | null>> {
      let names: string[];
      try {
        names = await folderNames();
      } catch (error) {
        return fail('internal', `The backups folder could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
      }
      const existing = automaticBackups(names);
      if (!dailyBackupDue(existing, deps.now(), calendar)) return ok(null);
      const data = await dump();
      if (!data.ok) return data;
      const newestDaily = existing.find((b) => b.kind === 'daily');
      if (newestDaily && (await recordedChecksum(path.join(deps.safetyDir, newestDaily.fileName))) === backupChecksum(data.value)) return ok(null);
      return takeAutomatic('daily', data.value);
    },

    /**
     * Deletes everything through `reset` (the store's data:reset), after a backup of what was
     * there; if that backup cannot be written, nothing is deleted.
     */
    async resetWithBackup<T>(reset: () => Promise<Result<T>>): Promise<Result<T>> {
      const data = await dump();
      if (!data.ok) return data;
      const safety = await takeAutomatic('before-reset', data.value);
      if (!safety.ok) return fail('internal', `Nothing was deleted: the backup taken before a reset could not be written (${safety.error.message})`);
      return reset();
    },

    async restore(token: string): Promise<Result<ResponseOf<'backup:restore'>>> {
      const entry = pending.get(token);
      if (!entry || deps.now().getTime() - entry.at > PENDING_MS) {
        pending.delete(token);
        return fail('not-found', 'That restore has expired; choose the backup file again.');
      }
      // Safety first: if the restore (or the learner's choice) turns out wrong, this file
      // brings back what was there a moment ago.
      const current = await dump();
      if (!current.ok) return fail('internal', `Nothing was restored: your current data could not be read for the safety backup (${current.error.message})`);
      const safety = await takeAutomatic('before-restore', current.value);
      if (!safety.ok) return fail('internal', `Nothing was restored: the safety backup could not be written (${safety.error.message})`);
      const safetyBackupPath = safety.value;
      const replaced = await deps.store.call('backup:replace', { data: entry.file.data });
      if (!replaced.ok) return replaced;
      pending.delete(token);
      deps.onRestored?.();
      const restoredRows = Object.values(replaced.value.rows).reduce((a, b) => a + b, 0);
      return ok({ restoredRows, safetyBackupPath });
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;

/** The router's local handlers for the backup channels. */
export function backupChannels(service: BackupService) {
  return {
    'backup:export': () => service.exportAll(),
    'backup:choose-restore': () => service.chooseRestore(),
    'backup:restore': (request: RequestOf<'backup:restore'>) => service.restore(request.token),
    'backup:list-automatic': () => service.listAutomatic(),
    'backup:choose-automatic': (request: RequestOf<'backup:choose-automatic'>) => service.chooseAutomatic(request.fileName),
  };
}

/**
 * `data:reset` as main answers it: a backup of everything first (nothing is deleted if it cannot
 * be written), then the store's reset, sent with the window's write id so a retry is applied once.
 */
export function resetChannel(service: BackupService, store: StoreCalls) {
  return {
    'data:reset': (request: RequestOf<'data:reset'>, writeId?: string) => service.resetWithBackup(() => store.call('data:reset', request, writeId)),
  };
}

/** The hour between checks for the daily backup (a day is missed only when the app is not running). */
export const DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000;

/** Checks for the daily backup now and every hour; `first` settles when the first check has. */
export function scheduleDailyBackups(
  service: BackupService,
  timers: { setInterval(fn: () => void, ms: number): unknown; clearInterval(handle: unknown): void },
  log: (message: string) => void,
): { stop(): void; first: Promise<void> } {
  const check = () =>
    service.takeDailyIfDue().then((r) => {
      if (!r.ok) log(`daily backup failed: ${r.error.message}`);
      else if (r.value) log(`daily backup written: ${r.value}`);
    });
  const first = check();
  const handle = timers.setInterval(() => void check(), DAILY_BACKUP_CHECK_MS);
  return { stop: () => timers.clearInterval(handle), first };
}
