/**
 * What the calendar files said last, per event, and what the next file must say so that a
 * calendar that imported or subscribed to an earlier one ends up showing exactly the plan. Pure:
 * the ledger, the events the plan has now and the clock in; the events to write and the next
 * ledger out. calendar-ledger-file.ts keeps it on disk.
 *
 * A calendar app that imports a file (Google, Outlook) or follows one (Apple, Thunderbird) matches
 * events by UID and takes a version only if its SEQUENCE is higher than the one it holds. An event
 * that is simply missing from a newer file is kept by an importing calendar forever. So:
 *  - Every change to an event (time, title, description, alarm, status) gets the event's previous
 *    SEQUENCE + 1 and a LAST-MODIFIED (and DTSTAMP) of the moment of that change; an unchanged event
 *    is written byte for byte as before, so a file with no change is the same file.
 *  - An event the plan no longer has, still ahead, is written as STATUS:CANCELLED (+1) and kept so
 *    until it leaves the file's range: every calendar that sees any later file drops it.
 *  - An event the plan no longer has because it is over is kept as it was last written: the week
 *    calendar previews weeks nobody opened without the sessions already over, and the past cannot
 *    be re-planned, so missing-and-over means "happened as announced", not "removed".
 *  - An event is forgotten once it ended before the first week the file covers. Its SEQUENCE is
 *    remembered as a floor for UIDs that are new to the ledger, so one that comes back (a session
 *    the learner moved far ahead) still outranks what calendars hold.
 *  - A new ledger's floor is the minutes since 2020 at its creation. Earlier builds used that
 *    number as every event's SEQUENCE; and if this ledger is ever lost (another computer, a
 *    damaged file), the new floor is higher than anything the old one handed out unless an event
 *    changed more often than once a minute on average since then.
 */
import { z } from 'zod';
import { formatInstant, parseInstant, parseIsoDate } from '../../../shared/planner/time';

export const EVENT_STATUSES = ['CONFIRMED', 'CANCELLED'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** The largest SEQUENCE: iCalendar's INTEGER is a signed 32-bit number. */
export const MAX_SEQUENCE = 2_147_483_647;
const SEQUENCE_EPOCH_MS = Date.UTC(2020, 0, 1);

const Instant = z.iso.datetime();
const Day = z.iso.date();

/** One event as the file describes it, without its version. */
export const CalendarEventSchema = z
  .strictObject({
    uid: z.string().min(1).max(200),
    kind: z.enum(['session', 'exam']),
    /** Timed: UTC instants. All-day: dates, `end` the day after the last (exclusive). */
    allDay: z.boolean(),
    start: z.string(),
    end: z.string(),
    title: z.string().min(1).max(500),
    description: z.string().max(8000),
    status: z.enum(EVENT_STATUSES),
    /** A display alarm this many minutes before the start; null for none. */
    alarmMinutes: z.number().int().min(0).max(24 * 60).nullable(),
  })
  .refine((e) => (e.allDay ? Day.safeParse(e.start).success && Day.safeParse(e.end).success : Instant.safeParse(e.start).success && Instant.safeParse(e.end).success), {
    error: 'start and end must be dates for an all-day event and UTC instants otherwise',
  })
  .refine((e) => e.start < e.end, { error: 'an event must end after it starts' });
export type CalendarEvent = z.infer<typeof CalendarEventSchema>;

/** An event as written: with the version calendars compare. */
export const PublishedEventSchema = z.intersection(
  CalendarEventSchema,
  z.strictObject({
    sequence: z.number().int().nonnegative().max(MAX_SEQUENCE),
    /** When its content last changed; also its DTSTAMP. */
    lastModified: Instant,
  }),
);
export type PublishedEvent = CalendarEvent & { sequence: number; lastModified: string };

export const LedgerSchema = z
  .strictObject({
    version: z.literal(1),
    /** SEQUENCE of a UID the ledger does not hold. */
    sequenceFloor: z.number().int().nonnegative().max(MAX_SEQUENCE),
    events: z.array(PublishedEventSchema).max(20_000),
  })
  .refine((l) => new Set(l.events.map((e) => e.uid)).size === l.events.length, { error: 'every UID must appear once' });
export type Ledger = z.infer<typeof LedgerSchema>;

/** A ledger for a computer that never wrote a calendar file. */
export function newLedger(nowMs: number): Ledger {
  const minutes = Math.floor((nowMs - SEQUENCE_EPOCH_MS) / 60_000);
  return { version: 1, sequenceFloor: Number.isFinite(minutes) ? Math.min(Math.max(0, minutes), MAX_SEQUENCE) : 0, events: [] };
}

/** The end of an event as an instant: an all-day event ends once its last day is over everywhere (UTC−12). */
export function eventEndMs(event: Pick<CalendarEvent, 'allDay' | 'end'>): number {
  if (!event.allDay) return parseInstant(event.end) ?? 0;
  return (parseIsoDate(event.end) ?? 0) * 86_400_000 + 12 * 3_600_000;
}

function sameContent(a: CalendarEvent, b: CalendarEvent): boolean {
  return (
    a.kind === b.kind &&
    a.allDay === b.allDay &&
    a.start === b.start &&
    a.end === b.end &&
    a.title === b.title &&
    a.description === b.description &&
    a.status === b.status &&
    a.alarmMinutes === b.alarmMinutes
  );
}

function contentOf(e: PublishedEvent): CalendarEvent {
  return { uid: e.uid, kind: e.kind, allDay: e.allDay, start: e.start, end: e.end, title: e.title, description: e.description, status: e.status, alarmMinutes: e.alarmMinutes };
}

export interface PublishInput {
  ledger: Ledger;
  /** Every event the plan has now, in the file's range (and booked exams wherever they are). */
  events: readonly CalendarEvent[];
  now: Date;
  /** The start of the first week the file covers: events that ended before it are forgotten. */
  keepFromMs: number;
}

export interface Publication {
  /** What the file holds, by start then UID: the same input gives the same file. */
  events: PublishedEvent[];
  ledger: Ledger;
}

export type PublishResult = { ok: true; value: Publication } | { ok: false; message: string };

/**
 * The events to write and the ledger to keep. Refuses two events with one UID and a SEQUENCE that
 * would overflow (neither happens with ids named by their start minute, but a wrong file must not
 * be written quietly).
 */
export function publishEvents(input: PublishInput): PublishResult {
  const nowMs = input.now.getTime();
  if (!Number.isFinite(nowMs)) return { ok: false, message: 'the time of the export is not a valid date.' };
  const now = formatInstant(Math.floor(nowMs / 1000) * 1000);
  const previous = new Map(input.ledger.events.map((e) => [e.uid, e]));
  let floor = input.ledger.sequenceFloor;
  const out = new Map<string, PublishedEvent>();

  const changed = (event: CalendarEvent, before: PublishedEvent | undefined): PublishedEvent => ({
    ...event,
    sequence: before ? before.sequence + 1 : floor,
    // Never earlier than the version it replaces, even after the computer's clock went back.
    lastModified: before && before.lastModified > now ? before.lastModified : now,
  });

  for (const event of input.events) {
    if (out.has(event.uid)) return { ok: false, message: `two events share the UID ${event.uid}.` };
    const before = previous.get(event.uid);
    out.set(event.uid, before && sameContent(contentOf(before), event) ? before : changed(event, before));
  }

  for (const before of input.ledger.events) {
    if (out.has(before.uid)) continue;
    if (eventEndMs(before) <= input.keepFromMs) {
      floor = Math.max(floor, before.sequence + 1);
      continue;
    }
    if (before.status === 'CANCELLED' || eventEndMs(before) <= nowMs) out.set(before.uid, before);
    else out.set(before.uid, changed({ ...contentOf(before), status: 'CANCELLED', alarmMinutes: null }, before));
  }

  const events = [...out.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  if (events.some((e) => e.sequence > MAX_SEQUENCE) || floor > MAX_SEQUENCE) return { ok: false, message: 'an event has changed more often than a calendar can count.' };
  return { ok: true, value: { events, ledger: { version: 1, sequenceFloor: floor, events } } };
}
