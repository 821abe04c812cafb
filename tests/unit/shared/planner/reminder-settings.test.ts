import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS, ReminderSettingsSchema } from '../../../../shared/domain/reminder-settings';

function issues(input: unknown) {
  const result = ReminderSettingsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('ReminderSettingsSchema', () => {
  it('defaults to a Sunday 18:00 digest and validates', () => {
    expect(DEFAULT_REMINDER_SETTINGS.digest).toEqual({ enabled: true, weekday: 6, time: '18:00' });
    expect(issues(DEFAULT_REMINDER_SETTINGS)).toEqual([]);
  });

  it('accepts wrapping quiet hours, off switches and a pause instant', () => {
    expect(
      issues({
        ...DEFAULT_REMINDER_SETTINGS,
        sessionLeadMinutes: null,
        quietHours: { start: '22:00', end: '07:00' },
        pausedUntilUtc: '2026-12-01T09:00:00Z',
      }),
    ).toEqual([]);
  });

  it('names the field in each error', () => {
    expect(issues({ ...DEFAULT_REMINDER_SETTINGS, digest: { enabled: true, weekday: 7, time: '18:00' } })).toEqual([
      { path: 'digest.weekday', message: 'Digest day must be from 0 (Monday) to 6 (Sunday).' },
    ]);
    expect(issues({ ...DEFAULT_REMINDER_SETTINGS, digest: { enabled: true, weekday: 6, time: '6pm' } })).toEqual([
      { path: 'digest.time', message: 'Digest time must be a time (HH:mm, 00:00–23:59).' },
    ]);
    expect(issues({ ...DEFAULT_REMINDER_SETTINGS, sessionLeadMinutes: -5 })).toEqual([
      { path: 'sessionLeadMinutes', message: 'Session reminder cannot be negative.' },
    ]);
    expect(issues({ ...DEFAULT_REMINDER_SETTINGS, quietHours: { start: '22:00', end: '22:00' } })[0]?.path).toBe('quietHours.end');
    expect(issues({ ...DEFAULT_REMINDER_SETTINGS, pausedUntilUtc: '2026-12-01 09:00' })[0]?.path).toBe('pausedUntilUtc');
    expect(issues({ ...DEFAULT_REMINDER_SETTINGS, examCountdown: { enabled: 'yes' } })[0]?.path).toBe('examCountdown.enabled');
  });
});
