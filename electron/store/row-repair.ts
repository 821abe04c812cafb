/**
 * Repairs rows that builds before the date ranges and the row guard let into the database: a
 * certification passed on 9999-12-31 (its expiry "10001-12-31"), a session moved to year 0000,
 * a profile starting late in 9999, a calendar folder on a network share. One such row made its
 * table unreadable, stopped every reminder check and every export. Version 7 of the database
 * runs each stored row through `repairRow` once.
 *
 * What is kept is the learner's own record, with only the impossible value taken out:
 *  - a certification keeps its status, amount and the dates that are possible; an impossible
 *    pass or exam date is cleared (a "passed" or "booked" status without its date goes back to
 *    "studying"), an impossible expiry is cleared and computed again at the next change;
 *  - a profile with an impossible start date starts on the day of the repair (the plan is
 *    rebuilt from it);
 *  - an expense with an impossible date is dated the day of the repair, amount and label kept;
 *  - settings get the default for each field that cannot be kept (a network calendar folder
 *    becomes "none", as the store already reads it).
 * What is derived is dropped and rebuilt: the plan (from the profile, on the next read) and study
 * sessions outside the stored span (no real session lies there; the week calendar places the
 * plan's sessions again). A row still unfit after its repair is dropped, so the upgrade itself
 * can never fail on it.
 */
import { DEFAULT_REMINDER_SETTINGS } from '../../shared/domain/reminder-settings';
import { REVIEW_SETTINGS_DEFAULTS } from '../../shared/domain/review';
import type { BackupTable } from '../../shared/backup/format';
import { rowIssues } from './row-guard';
import { SCHEDULER_STATE_KEY } from './scheduler-state';

export type RepairAction = 'kept' | 'repaired' | 'dropped';

export interface RepairResult {
  action: RepairAction;
  /** The row to store when repaired (the original when kept); null when dropped. */
  row: unknown;
}

type Row = Record<string, unknown>;

/** True when the field at `path` is one the row guard names. */
function flagged(table: BackupTable, row: unknown, field: string): boolean {
  return rowIssues(table, row).some((i) => i.path === field || i.path.startsWith(`${field}.`));
}

function repairCertification(row: Row): Row {
  const fixed: Row = { ...row };
  for (const field of ['passedOn', 'examDate', 'expiresOn']) if (flagged('certifications', fixed, field)) fixed[field] = null;
  if ((fixed['status'] === 'passed' || fixed['status'] === 'renewal-due') && fixed['passedOn'] === null) fixed['status'] = 'studying';
  if (fixed['status'] === 'exam-booked' && fixed['examDate'] === null) fixed['status'] = 'studying';
  // An expiry follows from the pass date; without one it cannot stand.
  if (fixed['passedOn'] === null) fixed['expiresOn'] = null;
  return fixed;
}

function repairProfile(row: Row, today: string): Row {
  if (!flagged('profile', row, 'profile.startDate')) return row;
  return { ...row, profile: { ...(row['profile'] as Row), startDate: today } };
}

function repairSpending(row: Row, today: string): Row {
  return flagged('spending', row, 'date') ? { ...row, date: today } : row;
}

function repairSettings(row: Row): Row {
  const fixed: Row = { ...row };
  const defaults: Row = { reminders: DEFAULT_REMINDER_SETTINGS, calendarFolder: null, review: REVIEW_SETTINGS_DEFAULTS, theme: 'system', closeToTray: true, trayHintShown: false, launchAtLogin: false };
  for (const [field, value] of Object.entries(defaults)) if (flagged('settings', fixed, field)) fixed[field] = value;
  return fixed;
}

/** What version 7 does with one stored row of `table`; `today` is the repair's date (YYYY-MM-DD). */
export function repairRow(table: BackupTable, row: unknown, today: string): RepairResult {
  if (rowIssues(table, row).length === 0) return { action: 'kept', row };
  if (typeof row !== 'object' || row === null || table === 'plan' || table === 'sessions') return { action: 'dropped', row: null };
  const source = row as Row;
  // The scheduler's own row: without it the next check runs as a first run, which shows nothing twice.
  if (table === 'settings' && source['key'] === SCHEDULER_STATE_KEY) return { action: 'dropped', row: null };
  const fixed =
    table === 'certifications'
      ? repairCertification(source)
      : table === 'profile'
        ? repairProfile(source, today)
        : table === 'spending'
          ? repairSpending(source, today)
          : table === 'settings'
            ? repairSettings(source)
            : source;
  return rowIssues(table, fixed).length === 0 ? { action: 'repaired', row: fixed } : { action: 'dropped', row: null };
}
