/**
 * The internal contract: calls between main and the store host that no window may make. Same
 * shape as contract.ts (channel → zod request and response; types inferred), but these names are
 * deliberately NOT in names.ts, so the preload allowlist and the IPC router refuse them as
 * unknown channels. Only main's own MessagePort to the store host carries them.
 *
 * Today they serve the reminder scheduler (electron/main/core/reminder-scheduler.ts):
 *  - `reminders:inputs`: everything `computeReminders` needs, read in one snapshot, plus what
 *    was already delivered and when the previous check ran.
 *  - `reminders:mark-delivered`: records delivered ids and the check time in one transaction,
 *    before anything is shown, and answers which ids were new (so nothing is shown twice).
 * And backups (electron/main/core/backup-service.ts): `backup:dump` reads every table in one
 * snapshot; `backup:replace` swaps all of them in one transaction (all or nothing).
 * And the study calendar (.ics export and the file kept in a folder): `calendar:sessions` reads
 * the sessions of the weeks asked for WITHOUT storing the weeks nobody opened yet. Going through
 * `week:get` would store them, and a calendar rewritten on every change would then freeze the
 * next 8 weeks, so a change of weekly hours would no longer reshape them.
 * And the calendar folder: `settings:set-calendar-folder` stores the folder main's folder dialog
 * returned. It is here, not in the contract, so that the folder the calendar file is written to
 * is always one the learner picked in that dialog, never one a page sent.
 */
import { z } from 'zod';
import { TimeZoneSchema } from '../domain/availability';
import { CalendarFolderSchema } from '../domain/calendar-folder';
import { AppSettingsSchema, ReminderDeliverySchema, StudySessionSchema } from '../domain/records';
import { ReminderSettingsSchema } from '../domain/reminder-settings';
import { BACKUP_TABLES, BackupDataSchema, type BackupData } from '../backup/format';
import { ContentPreviewSchema, MAX_PACK_BYTES } from '../content/update-schema';
import type { Channel } from './names';

export const INTERNAL_CHANNEL_NAMES = [
  'reminders:inputs',
  'reminders:mark-delivered',
  'backup:dump',
  'backup:replace',
  'calendar:sessions',
  'settings:set-calendar-folder',
  'content:check-file',
] as const;
export type InternalChannel = (typeof INTERNAL_CHANNEL_NAMES)[number];

// An internal name that is also a contract name would be reachable from the renderer: this
// fails to compile if the two lists ever share a name.
type MustBeNever<T extends never> = T;
type _NoOverlap = MustBeNever<Extract<InternalChannel, Channel>>;

const internalSet: ReadonlySet<string> = new Set(INTERNAL_CHANNEL_NAMES);
export function isInternalChannel(value: unknown): value is InternalChannel {
  return typeof value === 'string' && internalSet.has(value);
}

/**
 * How far back a check looks for reminders missed while the app was closed or asleep. Older
 * ones are no longer news: after a month away "you missed 30 reminders" helps nobody, and the
 * next exam countdown or digest is coming anyway. Also bounds the delivered-id list and the
 * stored sessions the store host sends each check.
 */
export const REMINDER_LOOKBACK_DAYS = 14;

/** The most weeks one `calendar:sessions` call reads: half a year. */
export const CALENDAR_MAX_WEEKS = 26;

const Instant = z.iso.datetime({ offset: true, error: 'must be an ISO date-time, e.g. 2026-11-23T18:00:00Z' });
const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'must be a local time HH:mm' });

/** A study session as the reminder computation reads it (shared/planner/reminders.ts ReminderSession). */
export const ReminderSessionSchema = z.strictObject({
  id: z.string().min(1).max(120),
  startUtc: Instant,
  minutes: z.number().int().positive().max(24 * 60),
  localStart: LocalTime,
  localEnd: LocalTime,
  milestoneId: z.string().max(120).optional(),
});

export const RemindersInputsSchema = z.strictObject({
  /** The learner's zone (their availability's), else the zone main sent as the fallback. */
  timeZone: TimeZoneSchema,
  /** False before a profile and plan are saved: no digest then (there is no week to preview). */
  hasPlan: z.boolean(),
  settings: ReminderSettingsSchema,
  /** Planned sessions of the current and next week, plus stored ones from the lookback window. */
  sessions: z.array(ReminderSessionSchema).max(2000),
  exams: z.array(z.strictObject({ certId: z.string().max(120), examDateUtc: Instant, certName: z.string().max(200).optional() })).max(200),
  certifications: z
    .array(z.strictObject({ certId: z.string().max(120), expiresOnUtc: z.string().max(40), certName: z.string().max(200).optional() }))
    .max(200),
  /**
   * Reminders delivered within the lookback window (older ones can no longer come due), with
   * when each was recorded: a record made by a clock that ran ahead does not count (see
   * shared/planner/reminders.ts `deliveredAsOf`).
   */
  delivered: z.array(z.strictObject({ reminderId: z.string().max(200), deliveredAt: z.string().max(40) })).max(20_000),
  /** When the previous check ran; null on a fresh install or after a reset (a restore keeps it). */
  lastCheckUtc: Instant.nullable(),
  /** When each review card in review (not paused) is due: the weekly digest counts those due in its week. */
  reviewDueUtc: z.array(Instant).max(5000),
});
export type RemindersInputs = z.infer<typeof RemindersInputsSchema>;

export const internalChannels = {
  'reminders:inputs': {
    request: z.strictObject({
      /** Main's clock, so "this week" is the scheduler's week, not the store page's. */
      nowUtc: Instant,
      /** Main's current zone, used when the learner has not set one. */
      fallbackTimeZone: TimeZoneSchema,
    }),
    response: RemindersInputsSchema,
  },
  'reminders:mark-delivered': {
    request: z.strictObject({
      checkUtc: Instant,
      deliveries: z.array(ReminderDeliverySchema.pick({ reminderId: true, kind: true })).max(2000),
    }),
    response: z.strictObject({
      /**
       * The ids this call recorded: the ones never delivered before, or last recorded by a check
       * whose clock was ahead of this one. Only these may be shown.
       */
      recorded: z.array(z.string()),
      checkUtc: Instant,
    }),
  },
  'calendar:sessions': {
    request: z.strictObject({
      /** Main's clock: sessions already over in a week not opened yet are left out, as week:get does. */
      nowUtc: Instant,
      /** Main's current zone, used when the learner has not set one. */
      fallbackTimeZone: TimeZoneSchema,
      /** Mondays (YYYY-MM-DD) in the learner's zone. */
      weekStarts: z.array(z.iso.date()).min(1).max(CALENDAR_MAX_WEEKS),
    }),
    /** Stored sessions of opened weeks, scheduled ones of the others, by start time. */
    response: z.strictObject({ sessions: z.array(StudySessionSchema).max(5000) }),
  },
  'settings:set-calendar-folder': {
    request: z.strictObject({ folder: CalendarFolderSchema }),
    response: AppSettingsSchema,
  },
  /** A content pack file main read (Settings → Content → Load from file…), checked and previewed by the store. */
  'content:check-file': {
    request: z.strictObject({ text: z.string().max(MAX_PACK_BYTES), fileName: z.string().min(1).max(255) }),
    response: ContentPreviewSchema,
  },
  'backup:dump': { request: z.strictObject({}), response: BackupDataSchema },
  'backup:replace': {
    // The data is checked once, by the store's replaceAll (validateBackupData), which names every
    // problem with its table and row; parsing it here as well would check the same rows twice.
    request: z.strictObject({ data: z.custom<BackupData>(() => true) }),
    response: z.strictObject({ rows: z.record(z.enum(BACKUP_TABLES), z.number().int().nonnegative()) }),
  },
} as const satisfies Record<InternalChannel, { request: z.ZodType; response: z.ZodType }>;

export type InternalRequestOf<C extends InternalChannel> = z.input<(typeof internalChannels)[C]['request']>;
export type InternalResponseOf<C extends InternalChannel> = z.output<(typeof internalChannels)[C]['response']>;
