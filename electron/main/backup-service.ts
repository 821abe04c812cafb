/**
 * Export and restore as the learner experiences them: pick a file, see what will change,
 * confirm, and the whole database is replaced at once — after an automatic safety backup of
 * what was there. No `electron` import: dialogs come in as functions, so the e2e harness
 * drives the same code with chosen paths.
 */
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { backupFileName, describeChanges, validateBackupData, type BackupData, type BackupFile } from '../../shared/backup/format';
import type { ResponseOf } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { createBackupFile, readBackupFile, writeBackupFile } from './backup';

export interface BackupDialogs {
  /** Path to save to, or null when cancelled. */
  chooseSavePath(defaultName: string): Promise<string | null>;
  /** Path of the backup to restore, or null when cancelled. */
  chooseOpenPath(): Promise<string | null>;
}

export interface BackupServiceDeps {
  store: { request(channel: string, payload: unknown): Promise<Result<unknown>> };
  dialogs: BackupDialogs;
  appVersion: string;
  now: () => Date;
  /** Folder for the automatic backup taken before every restore (inside the user-data folder). */
  safetyDir: string;
  /** Called after a restore, so main can rescan reminders. */
  onRestored?: () => void;
}

/** A checked file waits this long for the learner's confirmation. */
const PENDING_MS = 10 * 60 * 1000;

export function createBackupService(deps: BackupServiceDeps) {
  const pending = new Map<string, { file: BackupFile; at: number }>();

  async function dump(): Promise<Result<BackupData>> {
    return (await deps.store.request('backup:dump', {})) as Result<BackupData>;
  }

  /**
   * Writes what the store holds now. An export is checked with the same validation a restore
   * applies, so a file MLE Path writes can always be read back; a row that would fail it is
   * named instead of being written into a backup nobody could restore. The safety copy taken
   * before a restore skips that check: its purpose is to keep what was there, whatever it is,
   * and refusing it would also block the restore that repairs the data.
   */
  async function writeSnapshot(filePath: string, options: { checked: boolean }): Promise<Result<{ bytes: number }>> {
    const data = await dump();
    if (!data.ok) return data;
    if (options.checked) {
      const valid = validateBackupData(data.value);
      if (!valid.ok) {
        return fail(
          'internal',
          `No backup was written: some of your data could not be restored from it, so MLE Path did not save a file that would fail later. ${valid.error.message}`.slice(0, 2000),
          valid.error.issues,
        );
      }
    }
    return writeBackupFile(filePath, createBackupFile(data.value, { appVersion: deps.appVersion, now: deps.now() }));
  }

  return {
    async exportAll(): Promise<Result<ResponseOf<'backup:export'>>> {
      const target = await deps.dialogs.chooseSavePath(backupFileName(deps.now()));
      if (!target) return ok(null);
      const written = await writeSnapshot(target, { checked: true });
      return written.ok ? ok({ path: target, bytes: written.value.bytes }) : written;
    },

    async chooseRestore(): Promise<Result<ResponseOf<'backup:choose-restore'>>> {
      const source = await deps.dialogs.chooseOpenPath();
      if (!source) return ok(null);
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
    },

    async restore(token: string): Promise<Result<ResponseOf<'backup:restore'>>> {
      const entry = pending.get(token);
      if (!entry || deps.now().getTime() - entry.at > PENDING_MS) {
        pending.delete(token);
        return fail('not-found', 'That restore has expired; choose the backup file again.');
      }
      // Safety first: if the restore (or the learner's choice) turns out wrong, this file
      // brings back what was there a moment ago.
      await mkdir(deps.safetyDir, { recursive: true });
      const stamp = deps.now().toISOString().replace(/[:.]/g, '-');
      const safetyBackupPath = path.join(deps.safetyDir, `before-restore-${stamp}.json`);
      const safety = await writeSnapshot(safetyBackupPath, { checked: false });
      if (!safety.ok) return fail('internal', `Nothing was restored: the safety backup could not be written (${safety.error.message})`);
      const replaced = (await deps.store.request('backup:replace', { data: entry.file.data })) as Result<{ rows: Record<string, number> }>;
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
    'backup:restore': (request: unknown) => service.restore((request as { token: string }).token),
  };
}
