/**
 * The study calendar as iCalendar text (issue 4, ".ics export"). Pure: sessions and exams in,
 * text out; no clock (the export time is a parameter), no files, no Electron.
 *
 * Rules, and why:
 *  - UIDs come from the session id and the certification id, never from randomness: importing
 *    a newer export into the same calendar updates the events instead of adding duplicates.
 *  - SEQUENCE grows with the export time (minutes since 2020), so calendars that only accept
 *    an update with a higher sequence (Google, Outlook) take the newer times.
 *  - Sessions are UTC instants (DTSTART…Z): the learner's calendar shows them in its own zone,
 *    exactly when the app's week view does. A skipped session stays in the file as CANCELLED,
 *    so re-importing removes it from the calendar instead of leaving the stale one.
 *  - Exams are all-day events on the booked date (a date, not an instant: the exam day is
 *    the same day wherever the learner travels).
 *  - Anything `ics` refuses comes back as a Result, never as a throw.
 */
import { createEvents, type EventAttributes } from 'ics';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { formatIsoDate, MINUTE_MS, parseInstant, parseIsoDate } from '../../shared/planner/time';

export interface CalendarSession {
  id: string;
  startUtc: string;
  minutes: number;
  title: string;
  status?: 'planned' | 'done' | 'skipped';
}

export interface CalendarExam {
  certId: string;
  /** The exam's display name, e.g. "AWS Certified Machine Learning Engineer – Associate". */
  name: string;
  /** The booked day, YYYY-MM-DD. */
  examDate: string;
}

export interface CalendarInput {
  sessions: readonly CalendarSession[];
  exams: readonly CalendarExam[];
  /** When the file is made: DTSTAMP and the SEQUENCE base. */
  generatedAt: Date;
  /**
   * A calendar without events is an answer, not a refusal. For the file kept in a folder: once
   * nothing is left, an empty calendar replaces the old events instead of leaving them shown.
   */
  allowEmpty?: boolean;
}

export interface BuiltCalendar {
  text: string;
  events: number;
}

export const CALENDAR_PRODUCT_ID = '-//MLE Path//Study calendar//EN';
export const CALENDAR_NAME = 'MLE Path study plan';
const UID_DOMAIN = 'mle-path.app';
const SEQUENCE_EPOCH_MS = Date.UTC(2020, 0, 1);

export const sessionUid = (sessionId: string): string => `session.${sessionId}@${UID_DOMAIN}`;
export const examUid = (certId: string): string => `exam.${certId}@${UID_DOMAIN}`;

/** Default file name for a save dialog: `mle-path-study-calendar-2026-11-23.ics`. */
export function calendarFileName(now: Date): string {
  return `mle-path-study-calendar-${now.toISOString().slice(0, 10)}.ics`;
}

type Timestamped = EventAttributes & { timestamp?: number };

export function buildStudyCalendar(input: CalendarInput): Result<BuiltCalendar> {
  const stamp = input.generatedAt.getTime();
  if (!Number.isFinite(stamp)) return fail('internal', 'The calendar could not be built: the export time is not a valid date.');
  const sequence = Math.max(0, Math.floor((stamp - SEQUENCE_EPOCH_MS) / MINUTE_MS));
  const events: Timestamped[] = [];

  for (const s of input.sessions) {
    const start = parseInstant(s.startUtc);
    if (start === null) return fail('internal', `The calendar could not be built: session ${s.id} has no valid start time.`);
    if (!Number.isInteger(s.minutes) || s.minutes <= 0) return fail('internal', `The calendar could not be built: session ${s.id} has no valid length.`);
    events.push({
      uid: sessionUid(s.id),
      title: s.title,
      start,
      startInputType: 'utc',
      startOutputType: 'utc',
      end: start + s.minutes * MINUTE_MS,
      endInputType: 'utc',
      endOutputType: 'utc',
      status: s.status === 'skipped' ? 'CANCELLED' : 'CONFIRMED',
      busyStatus: 'BUSY',
      categories: ['MLE Path', 'Study'],
      sequence,
      timestamp: stamp,
    });
  }

  for (const exam of input.exams) {
    const day = parseIsoDate(exam.examDate);
    if (day === null) return fail('internal', `The calendar could not be built: the exam date of ${exam.name} is not a date.`);
    const [y, m, d] = exam.examDate.split('-').map(Number) as [number, number, number];
    const [ny, nm, nd] = formatIsoDate(day + 1).split('-').map(Number) as [number, number, number];
    events.push({
      uid: examUid(exam.certId),
      title: `Exam: ${exam.name}`,
      start: [y, m, d],
      end: [ny, nm, nd],
      status: 'CONFIRMED',
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
      categories: ['MLE Path', 'Exam'],
      sequence,
      timestamp: stamp,
    });
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
  return ok({ text: result.value, events: events.length });
}
