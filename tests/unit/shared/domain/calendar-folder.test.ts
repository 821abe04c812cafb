/**
 * The calendar folder setting: which paths main may store (absolute, on a local drive of any
 * desktop OS, at most 1,024 characters, no control characters), the message each refusal
 * carries, that the page can only turn it off, and that settings rows and backups from before
 * the field existed still validate.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CALENDAR_FOLDER_MAX_LENGTH,
  calendarFolderProblem,
  CalendarFolderSchema,
  isAbsoluteFolderPath,
  isNetworkOrDevicePath,
  NETWORK_FOLDER_MESSAGE,
} from '../../../../shared/domain/calendar-folder';
import { AppSettingsSchema } from '../../../../shared/domain/records';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../shared/domain/reminder-settings';
import { channels } from '../../../../shared/ipc/contract';
import { internalChannels } from '../../../../shared/ipc/internal';
import { parseUnknown } from '../../../../shared/ipc/validate';

const update = (payload: unknown) => parseUnknown(channels['settings:update'].request, payload);
const store = (payload: unknown) => parseUnknown(internalChannels['settings:set-calendar-folder'].request, payload);

describe('calendar folder', () => {
  it('main may store absolute folders of macOS, Linux and Windows; the page may only send null', () => {
    for (const folder of ['/home/ada/Calendars', '/Users/ada/Library/Mobile Documents/Kalender', 'C:\\Users\\ada\\Calendars', 'd:/sync', '/mnt/nas/cal']) {
      expect(isAbsoluteFolderPath(folder), folder).toBe(true);
      expect(store({ folder }), folder).toEqual({ ok: true, value: { folder } });
      expect(update({ calendarFolder: folder }), folder).toMatchObject({
        ok: false,
        error: {
          issues: [
            {
              path: 'calendarFolder',
              message: 'Calendar folder can only be chosen with the folder dialog (Settings → Choose a folder…); send null to stop keeping the calendar file.',
            },
          ],
        },
      });
    }
    expect(update({ calendarFolder: null })).toEqual({ ok: true, value: { calendarFolder: null } });
    expect(CalendarFolderSchema.safeParse('/'.padEnd(CALENDAR_FOLDER_MAX_LENGTH, 'a')).success).toBe(true);
  });

  it('refuses network and device paths, as Windows and POSIX paths read them, with the reason', () => {
    // Each of these names another computer or a device on Windows: its root is not a drive.
    const network = ['\\\\host\\share', '\\\\?\\UNC\\host\\share', '\\\\.\\pipe\\x', '//host/share', '\\\\host\\share\\cal', '\\/host/share', '\\\\?\\C:\\Users\\ada'];
    for (const folder of network) {
      expect(path.win32.parse(folder).root, folder).toMatch(/^[\\/]{2}/);
      expect(isNetworkOrDevicePath(folder), folder).toBe(true);
      expect(calendarFolderProblem(folder), folder).toBe(NETWORK_FOLDER_MESSAGE);
      expect(store({ folder }), folder).toMatchObject({ ok: false, error: { issues: [{ path: 'folder', message: NETWORK_FOLDER_MESSAGE }] } });
    }
    // And these are folders on this computer's drives, as each OS reads them.
    for (const [folder, flavour] of [
      ['C:\\Users\\me\\Cal', path.win32],
      ['/home/me/cal', path.posix],
      ['/Volumes/Share/cal', path.posix],
    ] as const) {
      expect(flavour.isAbsolute(folder), folder).toBe(true);
      expect(calendarFolderProblem(folder), folder).toBeNull();
    }
  });

  it('refuses anything else with a message naming the field', () => {
    const refused = (payload: unknown) => {
      const r = store(payload);
      return r.ok ? null : r.error.issues;
    };
    const absolute = 'Calendar folder must be an absolute path, such as /home/you/Calendars or C:\\Users\\you\\Calendars.';
    for (const relative of ['', 'Calendars', './Calendars', '../up', '~/Calendars', 'C:relative', 'file:///home/ada']) {
      expect(refused({ folder: relative }), JSON.stringify(relative)).toEqual([{ path: 'folder', message: absolute }]);
    }
    expect(refused({ folder: '/'.padEnd(CALENDAR_FOLDER_MAX_LENGTH + 1, 'a') })).toEqual([
      { path: 'folder', message: 'Calendar folder path can be at most 1,024 characters.' },
    ]);
    expect(refused({ folder: '/home/ada/\u0000evil' })).toEqual([{ path: 'folder', message: 'Calendar folder path must not contain control characters.' }]);
    expect(refused({ folder: '/home/ada\n/x' })).toEqual([{ path: 'folder', message: 'Calendar folder path must not contain control characters.' }]);
    for (const wrongType of [42, true, ['/home/ada'], { path: '/home/ada' }]) {
      expect(refused({ folder: wrongType }), JSON.stringify(wrongType)).toEqual([
        { path: 'folder', message: 'Calendar folder must be a folder path (text), or null to stop keeping the calendar file.' },
      ]);
    }
  });

  it('is optional in stored settings: a row or backup from before it existed still validates', () => {
    const before = { reminders: DEFAULT_REMINDER_SETTINGS, closeToTray: true, trayHintShown: false, launchAtLogin: false, theme: 'system' };
    expect(AppSettingsSchema.safeParse(before).success).toBe(true);
    expect(AppSettingsSchema.safeParse({ ...before, calendarFolder: null }).success).toBe(true);
    expect(AppSettingsSchema.safeParse({ ...before, calendarFolder: '/home/ada/Calendars' }).success).toBe(true);
    expect(AppSettingsSchema.safeParse({ ...before, calendarFolder: 'Calendars' }).success).toBe(false);
  });
});
