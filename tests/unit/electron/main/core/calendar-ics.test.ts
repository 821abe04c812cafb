/**
 * Writing versioned events as iCalendar text (electron/main/core/calendar-ics.ts), read back with
 * ical.js: times, all-day exams, escaping, SEQUENCE, DTSTAMP and LAST-MODIFIED, alarms, cancelled
 * events, and lines folded by octets.
 */
import { describe, expect, it } from 'vitest';
import { ALARM_TEXT, buildStudyCalendar, CALENDAR_NAME, CALENDAR_PRODUCT_ID, calendarFileName, examUid, sessionUid } from '../../../../../electron/main/core/calendar-ics';
import type { PublishedEvent } from '../../../../../electron/main/core/calendar-ledger';
import { lineProblems, parseCalendar } from '../../../../support/ical';

const session = (over: Partial<PublishedEvent> = {}): PublishedEvent => ({
  uid: sessionUid('session.20261123T1730'),
  kind: 'session',
  allDay: false,
  start: '2026-11-23T17:30:00.000Z',
  end: '2026-11-23T19:30:00.000Z',
  title: 'Study: Python, NumPy; pandas',
  description: 'Milestone: Core Python\nPhase: Foundations\n\nWhat to study: lists, dicts; classes',
  status: 'CONFIRMED',
  alarmMinutes: 15,
  sequence: 3_650_000,
  lastModified: '2026-11-23T10:00:00.000Z',
  ...over,
});

const exam: PublishedEvent = {
  uid: examUid('cert.aws.mla-c01'),
  kind: 'exam',
  allDay: true,
  start: '2026-12-31',
  end: '2027-01-01',
  title: 'Exam: AWS Certified Machine Learning Engineer – Associate',
  description: 'Certification exam booked in MLE Path.',
  status: 'CONFIRMED',
  alarmMinutes: null,
  sequence: 7,
  lastModified: '2026-11-20T08:00:00.000Z',
};

function build(events: PublishedEvent[]) {
  const r = buildStudyCalendar({ events });
  if (!r.ok) throw new Error(r.error.message);
  expect(lineProblems(r.value.text)).toEqual([]);
  return { ...r.value, parsed: parseCalendar(r.value.text) };
}

describe('buildStudyCalendar', () => {
  it('writes one VCALENDAR that ical.js reads, with a VEVENT per event', () => {
    const r = build([session(), exam]);
    expect(r.events).toBe(2);
    expect(r.cancelled).toBe(0);
    expect(r.text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0')).toBe(true);
    expect(r.parsed).toMatchObject({ version: '2.0', prodId: CALENDAR_PRODUCT_ID, name: CALENDAR_NAME });
    expect(r.parsed.events.map((e) => e.uid)).toEqual([session().uid, exam.uid]);
  });

  it('gives a session its UTC times, title, description, version and alarm', () => {
    const [e] = build([session()]).parsed.events;
    expect(e).toMatchObject({
      start: '2026-11-23T17:30:00.000Z',
      end: '2026-11-23T19:30:00.000Z',
      allDay: false,
      summary: 'Study: Python, NumPy; pandas',
      description: 'Milestone: Core Python\nPhase: Foundations\n\nWhat to study: lists, dicts; classes',
      status: 'CONFIRMED',
      sequence: 3_650_000,
      // Without METHOD, DTSTAMP says when the event last changed: the same as LAST-MODIFIED.
      dtstamp: '2026-11-23T10:00:00.000Z',
      lastModified: '2026-11-23T10:00:00.000Z',
      categories: ['MLE Path', 'Study'],
      alarms: [{ action: 'DISPLAY', trigger: '-PT15M', description: ALARM_TEXT }],
    });
    // Commas and semicolons in text are escaped for the parser, not left to chance.
    expect(build([session()]).text).toContain('SUMMARY:Study: Python\\, NumPy\\; pandas');
  });

  it('an alarm at the start is an absolute trigger (ics would write the invalid "PT"); no alarm when off or cancelled', () => {
    expect(build([session({ alarmMinutes: 0 })]).parsed.events[0]?.alarms).toEqual([{ action: 'DISPLAY', trigger: '2026-11-23T17:30:00Z', description: ALARM_TEXT }]);
    expect(build([session({ alarmMinutes: 90 })]).parsed.events[0]?.alarms[0]?.trigger).toBe('-PT90M');
    expect(build([session({ alarmMinutes: null })]).parsed.events[0]?.alarms).toEqual([]);
    const cancelled = build([session({ status: 'CANCELLED' })]);
    expect(cancelled.parsed.events[0]).toMatchObject({ status: 'CANCELLED', alarms: [] });
    expect(cancelled).toMatchObject({ events: 0, cancelled: 1 });
  });

  it('makes exams free all-day events on the booked date, ending the next day (across a year end)', () => {
    const [e] = build([exam]).parsed.events;
    expect(e).toMatchObject({ allDay: true, start: '2026-12-31', end: '2027-01-01', summary: 'Exam: AWS Certified Machine Learning Engineer – Associate', sequence: 7, alarms: [] });
    expect(build([exam]).text).toContain('TRANSP:TRANSPARENT');
  });

  it('folds by octets: a 75-character non-ASCII title gives no line over 75 octets and reads back whole', () => {
    const title = 'Maths intuition — Übung 数学 '.padEnd(75, 'x');
    expect([...title]).toHaveLength(75);
    const r = build([session({ title, description: `${'数学 — Übung '.repeat(40)}end` })]);
    expect(r.parsed.events[0]?.summary).toBe(title);
    expect(r.parsed.events[0]?.description).toBe(`${'数学 — Übung '.repeat(40)}end`);
    for (const line of r.text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('refuses bad input with a message naming what is wrong', () => {
    const bad = buildStudyCalendar({ events: [session({ start: '2026-11-23 17:30' })] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!bad.ok && bad.error.message).toContain(session().uid);
    const badExam = buildStudyCalendar({ events: [{ ...exam, start: '2026-02-30' }] });
    expect(!badExam.ok && badExam.error.message).toContain('Exam: AWS');
    expect(buildStudyCalendar({ events: [] })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('builds an empty calendar when asked to (the kept file once nothing is left)', () => {
    const r = buildStudyCalendar({ events: [], allowEmpty: true });
    expect(r).toMatchObject({ ok: true, value: { events: 0, cancelled: 0 } });
    expect(parseCalendar(r.ok ? r.value.text : '').events).toEqual([]);
  });

  it('surfaces an error from the ics library as a Result instead of throwing', () => {
    // ics refuses negative timestamps (a start before 1970).
    const r = buildStudyCalendar({ events: [session({ start: '1969-12-31T23:50:00.000Z', end: '1970-01-01T00:20:00.000Z' })] });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!r.ok && r.error.message).toMatch(/^The calendar could not be built: .*start/);
  });

  it('names the file after the export day', () => {
    expect(calendarFileName(new Date('2026-11-23T10:00:00Z'))).toBe('mle-path-study-calendar-2026-11-23.ics');
  });
});
