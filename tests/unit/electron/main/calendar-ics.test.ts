import { describe, expect, it } from 'vitest';
import { buildStudyCalendar, CALENDAR_PRODUCT_ID, calendarFileName, examUid, sessionUid, type CalendarInput } from '../../../../electron/main/calendar-ics';

const generatedAt = new Date('2026-11-23T10:00:00Z');

/** Unfolds continuation lines and splits into VEVENT property maps. */
function events(text: string): Record<string, string>[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      out.push(current);
      current = null;
    } else if (current) {
      const i = line.indexOf(':');
      current[line.slice(0, i)] = line.slice(i + 1);
    }
  }
  return out;
}

const input = (over: Partial<CalendarInput> = {}): CalendarInput => ({
  generatedAt,
  sessions: [
    { id: 'wk-2026-11-23-0', startUtc: '2026-11-23T17:30:00Z', minutes: 120, title: 'Study: Python, NumPy; pandas', status: 'planned' },
    { id: 'wk-2026-11-23-1', startUtc: '2026-11-25T17:30:00.000Z', minutes: 45, title: 'Study session (MLE Path)', status: 'done' },
  ],
  exams: [{ certId: 'cert.aws.mla-c01', name: 'AWS Certified Machine Learning Engineer – Associate', examDate: '2026-12-31' }],
  ...over,
});

describe('buildStudyCalendar', () => {
  it('writes one VCALENDAR with a VEVENT per session and exam', () => {
    const r = buildStudyCalendar(input());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.events).toBe(3);
    expect(r.value.text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0')).toBe(true);
    expect(r.value.text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(r.value.text).toContain(`PRODID:${CALENDAR_PRODUCT_ID}`);
    expect(events(r.value.text)).toHaveLength(3);
  });

  it('gives sessions UTC start and end times and their titles, escaped', () => {
    const r = buildStudyCalendar(input());
    if (!r.ok) throw new Error(r.error.message);
    const [first, second] = events(r.value.text);
    expect(first).toMatchObject({ DTSTART: '20261123T173000Z', DTEND: '20261123T193000Z', SUMMARY: 'Study: Python\\, NumPy\\; pandas', STATUS: 'CONFIRMED' });
    expect(second).toMatchObject({ DTSTART: '20261125T173000Z', DTEND: '20261125T181500Z' });
    expect(first?.['DTSTAMP']).toBe('20261123T100000Z');
  });

  it('derives UIDs from ids, so a later export has the same UIDs and a higher SEQUENCE', () => {
    const a = buildStudyCalendar(input());
    const b = buildStudyCalendar(input({ generatedAt: new Date('2026-11-30T10:00:00Z') }));
    if (!a.ok || !b.ok) throw new Error('build failed');
    const uids = (t: string) => events(t).map((e) => e['UID']);
    expect(uids(a.value.text)).toEqual([sessionUid('wk-2026-11-23-0'), sessionUid('wk-2026-11-23-1'), examUid('cert.aws.mla-c01')]);
    expect(uids(b.value.text)).toEqual(uids(a.value.text));
    expect(Number(events(b.value.text)[0]?.['SEQUENCE'])).toBeGreaterThan(Number(events(a.value.text)[0]?.['SEQUENCE']));
  });

  it('makes exams all-day events on the booked date, ending the next day (across a year end)', () => {
    const r = buildStudyCalendar(input());
    if (!r.ok) throw new Error(r.error.message);
    const exam = events(r.value.text)[2];
    expect(exam).toMatchObject({ 'DTSTART;VALUE=DATE': '20261231', 'DTEND;VALUE=DATE': '20270101', SUMMARY: 'Exam: AWS Certified Machine Learning Engineer – Associate' });
  });

  it('keeps a skipped session as CANCELLED so a re-import removes it', () => {
    const r = buildStudyCalendar(input({ sessions: [{ id: 's', startUtc: '2026-11-23T17:30:00Z', minutes: 60, title: 'x', status: 'skipped' }], exams: [] }));
    if (!r.ok) throw new Error(r.error.message);
    expect(events(r.value.text)[0]?.['STATUS']).toBe('CANCELLED');
  });

  it('refuses bad input with a message naming what is wrong', () => {
    const bad = buildStudyCalendar(input({ sessions: [{ id: 'broken', startUtc: '2026-11-23 17:30', minutes: 60, title: 'x' }] }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!bad.ok && bad.error.message).toContain('broken');
    const badExam = buildStudyCalendar(input({ exams: [{ certId: 'c', name: 'Some exam', examDate: '2026-02-30' }] }));
    expect(!badExam.ok && badExam.error.message).toContain('Some exam');
    expect(buildStudyCalendar(input({ sessions: [], exams: [] }))).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('builds an empty calendar when asked to (the kept file once nothing is left)', () => {
    const r = buildStudyCalendar(input({ sessions: [], exams: [], allowEmpty: true }));
    expect(r).toMatchObject({ ok: true, value: { events: 0 } });
    const text = r.ok ? r.value.text : '';
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('END:VCALENDAR');
    expect(events(text)).toEqual([]);
  });

  it('surfaces an error from the ics library as a Result instead of throwing', () => {
    // ics refuses negative timestamps (a start before 1970).
    const r = buildStudyCalendar(input({ sessions: [{ id: 'old', startUtc: '1969-12-31T23:50:00Z', minutes: 30, title: 'x' }] }));
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!r.ok && r.error.message).toMatch(/^The calendar could not be built: .*start/);
  });

  it('names the file after the export day', () => {
    expect(calendarFileName(generatedAt)).toBe('mle-path-study-calendar-2026-11-23.ics');
  });
});
