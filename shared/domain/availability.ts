/**
 * The learner's weekly availability: when they can study, in which time zone, and how long a
 * single sitting may be. This schema is the single source of truth for the availability form,
 * the IPC contract, the store and the scheduler (shared/planner/schedule.ts).
 *
 * Conventions (shared with the rest of the planner):
 *  - `weekday` is 0 = Monday … 6 = Sunday (ISO order). It is NOT JavaScript's getDay(), where
 *    0 is Sunday; converting at the edges is the UI's job.
 *  - Times are local wall-clock 'HH:mm' in `timeZone`. A window's `end` is exclusive and may be
 *    '24:00' (midnight at the end of that day), so 22:00–24:00 is a valid late window.
 *  - Windows on the same weekday may touch (18:00–19:00 and 19:00–20:00) but not overlap.
 *
 * Messages name the field in the learner's words because the form shows them verbatim.
 */
import { z } from 'zod';
import { formatTimeOfDay, parseTimeOfDay, WEEKDAY_NAMES } from '../planner/time';
import { requiredOr, unknownKeys } from './messages';

export const SESSION_MINUTES = { min: 15, max: 240 } as const;
export const MAX_WINDOWS = 42;
export { WEEKDAY_NAMES };

/**
 * True for an IANA zone name the runtime knows (e.g. 'Europe/Berlin', 'UTC'). We probe Intl
 * instead of `Intl.supportedValuesOf('timeZone')` because the latter is missing from the ES2022
 * lib typing and omits aliases such as 'Asia/Calcutta'. Raw offsets ('+01:00') are rejected:
 * they have no DST rules, so a schedule built on them would drift twice a year.
 */
export function isValidTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  if (!/^[A-Za-z]/.test(value)) return false;
  const known = zoneCheckCache.get(value);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    valid = true;
  } catch {
    valid = false;
  }
  // Building a DateTimeFormat is the slowest step of checking a stored profile, which happens
  // on every tick; a learner uses one or two zones, and junk names from bad input are capped.
  if (zoneCheckCache.size < 256) zoneCheckCache.set(value, valid);
  return valid;
}

const zoneCheckCache = new Map<string, boolean>();

export const TimeZoneSchema = z
  .string({ error: requiredOr('Time zone', 'Time zone must be text such as Europe/Berlin.') })
  .refine(isValidTimeZone, { error: 'Time zone must be a known IANA time zone such as Europe/Berlin.' });

function timeField(label: string, allowEndOfDay: boolean) {
  const hint = allowEndOfDay ? 'HH:mm, 00:00–24:00' : 'HH:mm, 00:00–23:59';
  return z
    .string({ error: requiredOr(label, `${label} must be a time (${hint}).`) })
    .refine((value) => parseTimeOfDay(value, allowEndOfDay) !== null, { error: `${label} must be a time (${hint}).` });
}

export const AvailabilityWindowSchema = z
  .strictObject(
    {
      weekday: z
        .number({ error: requiredOr('Weekday', 'Weekday must be a number from 0 (Monday) to 6 (Sunday).') })
        .int({ error: 'Weekday must be a whole number from 0 (Monday) to 6 (Sunday).' })
        .min(0, { error: 'Weekday must be from 0 (Monday) to 6 (Sunday).' })
        .max(6, { error: 'Weekday must be from 0 (Monday) to 6 (Sunday).' }),
      start: timeField('Start time', false),
      end: timeField('End time', true),
    },
    unknownKeys,
  )
  .refine(
    (w) => {
      const start = parseTimeOfDay(w.start);
      const end = parseTimeOfDay(w.end, true);
      return start === null || end === null || end > start;
    },
    { error: 'End time must be after the start time.', path: ['end'] },
  );

export const SessionMinutesSchema = z
  .strictObject(
    {
      min: z
        .number({ error: requiredOr('Shortest session', 'Shortest session must be a number of minutes.') })
        .int({ error: 'Shortest session must be a whole number of minutes.' })
        .min(SESSION_MINUTES.min, { error: `Shortest session must be at least ${SESSION_MINUTES.min} minutes.` })
        .max(SESSION_MINUTES.max, { error: `Shortest session can be at most ${SESSION_MINUTES.max} minutes.` }),
      max: z
        .number({ error: requiredOr('Longest session', 'Longest session must be a number of minutes.') })
        .int({ error: 'Longest session must be a whole number of minutes.' })
        .min(SESSION_MINUTES.min, { error: `Longest session must be at least ${SESSION_MINUTES.min} minutes.` })
        .max(SESSION_MINUTES.max, { error: `Longest session can be at most ${SESSION_MINUTES.max} minutes.` }),
    },
    unknownKeys,
  )
  .refine((s) => s.min <= s.max, {
    error: 'Longest session must be at least as long as the shortest session.',
    path: ['max'],
  });

export const WeeklyAvailabilitySchema = z
  .strictObject(
    {
      timeZone: TimeZoneSchema,
      windows: z
        .array(AvailabilityWindowSchema, { error: requiredOr('Study windows', 'Study windows must be a list.') })
        .min(1, { error: 'Add at least one study window.' })
        .max(MAX_WINDOWS, { error: `Study windows: at most ${MAX_WINDOWS} windows.` }),
      sessionMinutes: SessionMinutesSchema,
    },
    unknownKeys,
  )
  .superRefine((value, ctx) => {
    // Overlaps are checked per weekday after sorting by start, so each overlap is reported once,
    // on the later window's start field (the one the learner most likely just typed).
    const byDay = new Map<number, { index: number; start: number; end: number }[]>();
    value.windows.forEach((w, index) => {
      const start = parseTimeOfDay(w.start);
      const end = parseTimeOfDay(w.end, true);
      if (start === null || end === null || end <= start) return;
      const list = byDay.get(w.weekday) ?? [];
      list.push({ index, start, end });
      byDay.set(w.weekday, list);
    });
    for (const [weekday, list] of byDay) {
      list.sort((a, b) => a.start - b.start || a.index - b.index);
      // `prev` is the earlier window reaching furthest, so 10:00–20:00 is caught against 13:00–14:00
      // even when 11:00–12:00 sits between them.
      let prev = list[0]!;
      for (let i = 1; i < list.length; i += 1) {
        const cur = list[i]!;
        if (cur.start < prev.end) {
          ctx.addIssue({
            code: 'custom',
            path: ['windows', cur.index, 'start'],
            message:
              `Start time: the ${WEEKDAY_NAMES[weekday]} window ${formatTimeOfDay(cur.start)}–${formatTimeOfDay(cur.end)} ` +
              `overlaps ${formatTimeOfDay(prev.start)}–${formatTimeOfDay(prev.end)}.`,
          });
        }
        if (cur.end > prev.end) prev = cur;
      }
    }
  });

export type AvailabilityWindow = z.infer<typeof AvailabilityWindowSchema>;
export type SessionMinutes = z.infer<typeof SessionMinutesSchema>;
export type WeeklyAvailability = z.infer<typeof WeeklyAvailabilitySchema>;
