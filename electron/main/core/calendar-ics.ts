/**
 * The study calendar as iCalendar text. Pure: versioned events in (calendar-events.ts says what
 * each event is, calendar-ledger.ts gives it its SEQUENCE and LAST-MODIFIED), text out; no clock,
 * no files, no Electron.
 *
 * Rules, and why:
 *  - Sessions are UTC instants (DTSTART…Z): the learner's calendar shows them in its own zone,
 *    exactly when the app's week view does, across DST changes.
 *  - Exams are all-day events on the booked date (a date, not an instant: the exam day is the
 *    same day wherever the learner travels), free time, no alarm.
 *  - DTSTAMP is the event's LAST-MODIFIED: a file without METHOD says when the event last
 *    changed there (RFC 5545 §3.8.7.2), and an unchanged event is then written identically.
 *  - A session's alarm is the learner's heads-up: a display alarm that many minutes before. At
 *    "0 minutes" it is an absolute trigger at the start, because `ics` writes a zero duration as
 *    the invalid "PT".
 *  - `ics` checks and writes the properties; its lines are then folded again by octets
 *    (ics-fold.ts), because it folds by characters.
 *  - Anything `ics` refuses comes back as a Result, never as a throw.
 */
import { createEvents, type Alarm, type EventAttributes } from 'ics';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { parseInstant, parseIsoDate } from '../../../shared/planner/time';
import type { PublishedEvent } from './calendar-ledger';
import { refoldIcs } from './ics-fold';

export { examUid, sessionUid } from './calendar-events';

export interface CalendarInput {
  events: readonly PublishedEvent[];
  /**
   * A calendar without events is an answer, not a refusal. For the file kept in a folder: once
   * nothing is left, an empty calendar replaces the old events instead of leaving them shown.
   */
  allowEmpty?: boolean;
}

export interface BuiltCalendar {
  text: string;
  /** Events a calendar shows (confirmed sessions and exams). */
  events: number;
  /** Events the file withdraws (STATUS:CANCELLED): skipped or no longer planned. */
  cancelled: number;
}

export const CALENDAR_PRODUCT_ID = '-//MLE Path//Study calendar//EN';
export const CALENDAR_NAME = 'MLE Path study plan';
/** The alarm's own text; calendar apps show the event's title with it. */
export const ALARM_TEXT = 'Study session reminder from MLE Path';

/** Default file name for a save dialog: `mle-path-study-calendar-2026-11-23.ics`. */
export function calendarFileName(now: Date): string {
  return `mle-path-study-calendar-${now.toISOString().slice(0, 10)}.ics`;
}

type Timestamped = EventAttributes & { timestamp?: number };

const dateArray = (day: string): [number, number, number] => day.split('-').map(Number) as [number, number, number];

function alarmFor(minutes: number | null, startMs: number): Alarm[] | undefined {
  if (minutes === null) return undefined;
  const trigger = minutes === 0 ? startMs : { before: true, minutes };
  return [{ action: 'display', description: ALARM_TEXT, trigger }];
}

function toAttributes(e: PublishedEvent): Result<Timestamped> {
  const stamp = parseInstant(e.lastModified);
  if (stamp === null) return fail('internal', `The calendar could not be built: event ${e.uid} has no valid modification time.`);
  const common = {
    uid: e.uid,
    title: e.title,
    ...(e.description ? { description: e.description } : {}),
    status: e.status,
    sequence: e.sequence,
    timestamp: stamp,
    lastModified: stamp,
  } as const;
  if (e.allDay) {
    if (parseIsoDate(e.start) === null || parseIsoDate(e.end) === null) return fail('internal', `The calendar could not be built: the date of ${e.title} is not a date.`);
    return ok({ ...common, start: dateArray(e.start), end: dateArray(e.end), busyStatus: 'FREE', transp: 'TRANSPARENT', categories: ['MLE Path', 'Exam'] });
  }
  const start = parseInstant(e.start);
  const end = parseInstant(e.end);
  if (start === null || end === null) return fail('internal', `The calendar could not be built: ${e.uid} has no valid start or end time.`);
  const alarms = e.status === 'CONFIRMED' ? alarmFor(e.alarmMinutes, start) : undefined;
  return ok({
    ...common,
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end,
    endInputType: 'utc',
    endOutputType: 'utc',
    busyStatus: 'BUSY',
    categories: ['MLE Path', 'Study'],
    ...(alarms ? { alarms } : {}),
  });
}

export function buildStudyCalendar(input: CalendarInput): Result<BuiltCalendar> {
  const events: Timestamped[] = [];
  for (const e of input.events) {
    const attributes = toAttributes(e);
    if (!attributes.ok) return attributes;
    events.push(attributes.value);
  }
  if (events.length === 0 && !input.allowEmpty) return fail('not-found', 'There is nothing to export yet: no study sessions in the next weeks and no booked exam.');

  let result: { error: Error | null; value: string | null };
  try {
    result = createEvents(events, { productId: CALENDAR_PRODUCT_ID, calName: CALENDAR_NAME });
  } catch (error) {
    return fail('internal', `The calendar could not be built: ${String(error)}`);
  }
  if (result.error || !result.value) {
    return fail('internal', `The calendar could not be built: ${result.error?.message ?? 'no output'}`);
  }
  const cancelled = input.events.filter((e) => e.status === 'CANCELLED').length;
  return ok({ text: refoldIcs(result.value), events: input.events.length - cancelled, cancelled });
}
