/**
 * The folder the study calendar file is kept up to date in. Main picks it through a folder
 * dialog and stores it over its own main-only channel; the page can only turn it off (null),
 * and a restore keeps this computer's folder (a backup's folder belongs to the computer it was
 * made on). Stored rows are still checked here like every other field.
 *
 * Only absolute paths on this computer's drives: a relative one would resolve against whatever
 * folder main happens to run in, and a network or device path is refused outright. On Windows,
 * writing to `\\host\share` (or `\\?\UNC\host\share`, or `//host/share`) makes the system connect
 * to that host and sign in with the learner's account, handing the host a hash of their
 * password; `\\.\…` and `\\?\…` reach devices and raw namespaces, which are no place for a
 * calendar. A share the learner mounted (a drive letter, /mnt/…, /Volumes/…) is a local path
 * and is accepted. Whether the folder exists and can be written is main's business when it
 * writes, and shows in Settings.
 */
import { z } from 'zod';

/** Past the usual limits (Windows' 260 without long paths, macOS' 1024), short of abuse. */
export const CALENDAR_FOLDER_MAX_LENGTH = 1024;

export const NETWORK_FOLDER_MESSAGE =
  'Calendar folder must be a folder on this computer: network and device paths (starting with \\\\ or //) are refused, because Windows would sign in to that computer with your account. To use a shared folder, connect it as a drive first.';

/**
 * True for paths that name another computer or a device rather than a folder on a local drive:
 * any path starting with two separators, in either direction or mixed (`\\host\share`,
 * `//host/share`, `\\?\UNC\…`, `\\.\pipe\…`, `\/host`). Checked for every OS alike, because a
 * path refused on Windows must not slip in through a backup made elsewhere.
 */
export function isNetworkOrDevicePath(value: string): boolean {
  return /^[\\/]{2}/.test(value);
}

/** `/…` (macOS, Linux), `C:\…` or `C:/…` (Windows). */
export function isAbsoluteFolderPath(value: string): boolean {
  return (value.startsWith('/') && !isNetworkOrDevicePath(value)) || /^[A-Za-z]:[\\/]/.test(value);
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Why `value` cannot be the calendar folder, in the learner's words; null when it can. */
export function calendarFolderProblem(value: string): string | null {
  if (value.length > CALENDAR_FOLDER_MAX_LENGTH) {
    return `Calendar folder path can be at most ${CALENDAR_FOLDER_MAX_LENGTH.toLocaleString('en-US')} characters.`;
  }
  if (hasControlCharacter(value)) return 'Calendar folder path must not contain control characters.';
  if (isNetworkOrDevicePath(value)) return NETWORK_FOLDER_MESSAGE;
  if (!isAbsoluteFolderPath(value)) {
    return 'Calendar folder must be an absolute path, such as /home/you/Calendars or C:\\Users\\you\\Calendars.';
  }
  return null;
}

export const CalendarFolderSchema = z
  .string({ error: 'Calendar folder must be a folder path (text), or null to stop keeping the calendar file.' })
  .superRefine((value, ctx) => {
    const problem = calendarFolderProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });
