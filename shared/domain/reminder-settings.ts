/**
 * The learner's reminder preferences: weekly digest, per-session heads-up, quiet hours, pause,
 * exam countdown and recertification alerts. Single source of truth for the settings form, the
 * IPC contract, the store and shared/planner/reminders.ts.
 *
 * Conventions:
 *  - `digest.weekday` is 0 = Monday … 6 = Sunday (same numbering as availability windows).
 *  - All times are local wall-clock 'HH:mm' in the learner's time zone (the zone itself lives
 *    with the availability, so there is exactly one place that says where the learner is).
 *  - `quietHours` may wrap midnight (22:00–07:00); `end` is exclusive; start and end must differ.
 *    A reminder that falls inside quiet hours is moved to the moment they end.
 *  - `sessionLeadMinutes: null` turns session reminders off; 0 means "at the start".
 *  - `pausedUntilUtc` is an ISO instant with an explicit zone (…Z or ±HH:mm), or null.
 */
import { z } from 'zod';
import { parseInstant, parseTimeOfDay } from '../planner/time';
import { requiredOr, unknownKeys } from './messages';

export const SESSION_LEAD_MINUTES = { min: 0, max: 24 * 60 } as const;

function timeField(label: string) {
  return z
    .string({ error: requiredOr(label, `${label} must be a time (HH:mm, 00:00–23:59).`) })
    .refine((value) => parseTimeOfDay(value) !== null, { error: `${label} must be a time (HH:mm, 00:00–23:59).` });
}

function toggle(label: string) {
  return z.strictObject(
    { enabled: z.boolean({ error: requiredOr(`${label} on/off`, `${label} on/off must be true or false.`) }) },
    unknownKeys,
  );
}

export const DigestSettingsSchema = z.strictObject(
  {
    enabled: z.boolean({ error: requiredOr('Weekly digest on/off', 'Weekly digest on/off must be true or false.') }),
    weekday: z
      .number({ error: requiredOr('Digest day', 'Digest day must be a number from 0 (Monday) to 6 (Sunday).') })
      .int({ error: 'Digest day must be a whole number from 0 (Monday) to 6 (Sunday).' })
      .min(0, { error: 'Digest day must be from 0 (Monday) to 6 (Sunday).' })
      .max(6, { error: 'Digest day must be from 0 (Monday) to 6 (Sunday).' }),
    time: timeField('Digest time'),
  },
  unknownKeys,
);

export const QuietHoursSchema = z
  .strictObject({ start: timeField('Quiet hours start'), end: timeField('Quiet hours end') }, unknownKeys)
  .refine((q) => q.start !== q.end, {
    error: 'Quiet hours end must differ from the start (use "off" instead of an empty period).',
    path: ['end'],
  });

export const ReminderSettingsSchema = z.strictObject(
  {
    digest: DigestSettingsSchema,
    sessionLeadMinutes: z
      .number({ error: requiredOr('Session reminder', 'Session reminder must be a number of minutes or off.') })
      .int({ error: 'Session reminder must be a whole number of minutes.' })
      .min(SESSION_LEAD_MINUTES.min, { error: 'Session reminder cannot be negative.' })
      .max(SESSION_LEAD_MINUTES.max, { error: 'Session reminder can be at most 24 hours before the session.' })
      .nullable(),
    quietHours: QuietHoursSchema.nullable(),
    pausedUntilUtc: z
      .string({ error: requiredOr('Paused until', 'Paused until must be a date and time or off.') })
      .refine((value) => parseInstant(value) !== null, {
        error: 'Paused until must be an ISO date-time with a zone, e.g. 2026-11-01T09:00:00Z.',
      })
      .nullable(),
    examCountdown: toggle('Exam countdown'),
    recertification: toggle('Recertification reminders'),
  },
  unknownKeys,
);

export type DigestSettings = z.infer<typeof DigestSettingsSchema>;
export type QuietHours = z.infer<typeof QuietHoursSchema>;
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;

/**
 * Defaults: digest Sunday 18:00 (plan the week the evening before it starts), a 15-minute
 * heads-up before each session, no quiet hours (sessions only sit inside the learner's own
 * windows, so night pings come only from a digest/exam time they chose), not paused, exam
 * countdown and recertification alerts on.
 */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  digest: { enabled: true, weekday: 6, time: '18:00' },
  sessionLeadMinutes: 15,
  quietHours: null,
  pausedUntilUtc: null,
  examCountdown: { enabled: true },
  recertification: { enabled: true },
};
