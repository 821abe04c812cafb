/**
 * The calendar folder setting: which paths `settings:update` accepts (absolute, any desktop OS,
 * at most 1,024 characters, no control characters), the message each refusal carries, and that
 * settings rows and backups from before the field existed still validate.
 */
import { describe, expect, it } from 'vitest';
import { CALENDAR_FOLDER_MAX_LENGTH, CalendarFolderSchema, isAbsoluteFolderPath } from '../../../../shared/domain/calendar-folder';
import { AppSettingsSchema } from '../../../../shared/domain/records';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../shared/domain/reminder-settings';
import { channels } from '../../../../shared/ipc/contract';
import { parseUnknown } from '../../../../shared/ipc/validate';

const update = (payload: unknown) => parseUnknown(channels['settings:update'].request, payload);

describe('calendar folder', () => {
  it('accepts absolute folders of macOS, Linux and Windows, and null to stop', () => {
    for (const folder of ['/home/ada/Calendars', '/Users/ada/Library/Mobile Documents/Kalender', 'C:\\Users\\ada\\Calendars', 'd:/sync', '\\\\nas\\share\\ada', '\\\\?\\C:\\Users\\ada']) {
      expect(isAbsoluteFolderPath(folder), folder).toBe(true);
      expect(update({ calendarFolder: folder }), folder).toEqual({ ok: true, value: { calendarFolder: folder } });
    }
    expect(update({ calendarFolder: null })).toEqual({ ok: true, value: { calendarFolder: null } });
    expect(CalendarFolderSchema.safeParse('/'.padEnd(CALENDAR_FOLDER_MAX_LENGTH, 'a')).success).toBe(true);
  });

  it('refuses anything else with a message naming the field', () => {
    const refused = (payload: unknown) => {
      const r = update(payload);
      return r.ok ? null : r.error.issues;
    };
    const absolute = 'Calendar folder must be an absolute path, such as /home/you/Calendars or C:\\Users\\you\\Calendars.';
    for (const relative of ['', 'Calendars', './Calendars', '../up', '~/Calendars', 'C:relative', '\\\\only-server', 'file:///home/ada']) {
      expect(refused({ calendarFolder: relative }), JSON.stringify(relative)).toEqual([{ path: 'calendarFolder', message: absolute }]);
    }
    expect(refused({ calendarFolder: '/'.padEnd(CALENDAR_FOLDER_MAX_LENGTH + 1, 'a') })).toEqual([
      { path: 'calendarFolder', message: 'Calendar folder path can be at most 1,024 characters.' },
    ]);
    expect(refused({ calendarFolder: '/home/ada/\u0000evil' })).toEqual([{ path: 'calendarFolder', message: 'Calendar folder path must not contain control characters.' }]);
    expect(refused({ calendarFolder: '/home/ada\n/x' })).toEqual([{ path: 'calendarFolder', message: 'Calendar folder path must not contain control characters.' }]);
    for (const wrongType of [42, true, ['/home/ada'], { path: '/home/ada' }]) {
      expect(refused({ calendarFolder: wrongType }), JSON.stringify(wrongType)).toEqual([
        { path: 'calendarFolder', message: 'Calendar folder must be a folder path (text), or null to stop keeping the calendar file.' },
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
