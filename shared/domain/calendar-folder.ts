/**
 * The folder the study calendar file is kept up to date in (issue 4: "optionally kept up to date
 * in a chosen folder"). Main picks it through a folder dialog, but the setting also arrives
 * through `settings:update` and in backups, so it is checked here like every other field.
 *
 * Only absolute paths: a relative one would resolve against whatever folder main happens to run
 * in. Any desktop OS's form is accepted (a backup may come from another computer); whether the
 * folder exists and can be written is main's business when it writes, and shows in Settings.
 */
import { z } from 'zod';

/** Past the usual limits (Windows' 260 without long paths, macOS' 1024), short of abuse. */
export const CALENDAR_FOLDER_MAX_LENGTH = 1024;

/** `/…` (macOS, Linux), `C:\…` or `C:/…`, and `\\server\share…` (Windows, also `\\?\C:\…`). */
export function isAbsoluteFolderPath(value: string): boolean {
  return value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value) || /^\\\\[^\\/]+[\\/][^\\/]/.test(value);
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export const CalendarFolderSchema = z
  .string({ error: 'Calendar folder must be a folder path (text), or null to stop keeping the calendar file.' })
  .max(CALENDAR_FOLDER_MAX_LENGTH, { error: `Calendar folder path can be at most ${CALENDAR_FOLDER_MAX_LENGTH.toLocaleString('en-US')} characters.` })
  .refine((value) => !hasControlCharacter(value), { error: 'Calendar folder path must not contain control characters.', abort: true })
  .refine(isAbsoluteFolderPath, { error: 'Calendar folder must be an absolute path, such as /home/you/Calendars or C:\\Users\\you\\Calendars.' });
