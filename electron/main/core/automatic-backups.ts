/**
 * Which automatic backups exist, when the next daily one is due and which ones to delete: pure
 * decisions over file names, so the rotation is tested without a disk or a clock.
 *
 * MLE Path writes three kinds of backup by itself into one folder of the user-data folder:
 *  - `daily`: once per day the app runs (at start and hourly after), unless nothing changed
 *    since the last one. Kept: the newest of each of the last 7 days that have one, and the
 *    newest of each of the last 4 weeks (the same file can be both), so a mistake noticed a
 *    month later can still be undone.
 *  - `before-restore` and `before-reset`: the data as it was a moment before the learner
 *    replaced or deleted it. The newest 5 of each are kept.
 * The name carries the kind and the instant (`daily-2026-12-03T05-15-57-724Z.json`), so the
 * folder can be listed and rotated without opening the files.
 */
import { getISOWeek, getISOWeekYear } from 'date-fns';
import type { AUTOMATIC_BACKUP_KINDS } from '../../../shared/ipc/contract';

export type AutomaticBackupKind = (typeof AUTOMATIC_BACKUP_KINDS)[number];

export interface AutomaticBackupName {
  fileName: string;
  kind: AutomaticBackupKind;
  /** ISO instant the backup was taken. */
  takenAt: string;
}

export const KEEP = { dailyDays: 7, weeklyWeeks: 4, perSafetyKind: 5 } as const;

const NAME = /^(daily|before-restore|before-reset)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/;

/** The file name for a backup of `kind` taken at `at` (colons and dots are not allowed on Windows). */
export function automaticBackupFileName(kind: AutomaticBackupKind, at: Date): string {
  return `${kind}-${at.toISOString().replace(/[:.]/g, '-')}.json`;
}

/** The kind and instant a file name stands for; null for any other file in the folder. */
export function parseAutomaticBackupName(fileName: string): AutomaticBackupName | null {
  const m = NAME.exec(fileName);
  if (!m) return null;
  const takenAt = `${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`;
  if (Number.isNaN(Date.parse(takenAt)) || new Date(takenAt).toISOString() !== takenAt) return null;
  return { fileName, kind: m[1] as AutomaticBackupKind, takenAt };
}

/** The automatic backups among `fileNames`, newest first. */
export function automaticBackups(fileNames: readonly string[]): AutomaticBackupName[] {
  return fileNames
    .map(parseAutomaticBackupName)
    .filter((b): b is AutomaticBackupName => b !== null)
    .sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : a.fileName < b.fileName ? 1 : -1));
}

/** The calendar day and ISO week of an instant on this computer's clock (the learner's days). */
export interface Calendar {
  day(at: Date): string;
  week(at: Date): string;
}

export const LOCAL_CALENDAR: Calendar = {
  day: (at) => `${at.getFullYear()}-${at.getMonth() + 1}-${at.getDate()}`,
  week: (at) => `${getISOWeekYear(at)}-W${getISOWeek(at)}`,
};

/** A daily backup is due when none was taken on today's date. */
export function dailyBackupDue(backups: readonly AutomaticBackupName[], now: Date, calendar: Calendar = LOCAL_CALENDAR): boolean {
  const today = calendar.day(now);
  return !backups.some((b) => b.kind === 'daily' && calendar.day(new Date(b.takenAt)) === today);
}

/** Newest first in, the newest backup of each of the first `limit` distinct keys out. */
function newestPerKey(backups: readonly AutomaticBackupName[], key: (b: AutomaticBackupName) => string, limit: number): AutomaticBackupName[] {
  const seen = new Set<string>();
  const kept: AutomaticBackupName[] = [];
  for (const b of backups) {
    const k = key(b);
    if (seen.has(k)) continue;
    if (seen.size === limit) break;
    seen.add(k);
    kept.push(b);
  }
  return kept;
}

/** The file names the rotation deletes: everything not kept by the rules in the header. */
export function backupsToDelete(fileNames: readonly string[], calendar: Calendar = LOCAL_CALENDAR): string[] {
  const all = automaticBackups(fileNames);
  const daily = all.filter((b) => b.kind === 'daily');
  const keep = new Set<string>([
    ...newestPerKey(daily, (b) => calendar.day(new Date(b.takenAt)), KEEP.dailyDays).map((b) => b.fileName),
    ...newestPerKey(daily, (b) => calendar.week(new Date(b.takenAt)), KEEP.weeklyWeeks).map((b) => b.fileName),
    ...all.filter((b) => b.kind === 'before-restore').slice(0, KEEP.perSafetyKind).map((b) => b.fileName),
    ...all.filter((b) => b.kind === 'before-reset').slice(0, KEEP.perSafetyKind).map((b) => b.fileName),
  ]);
  return all.filter((b) => !keep.has(b.fileName)).map((b) => b.fileName);
}
