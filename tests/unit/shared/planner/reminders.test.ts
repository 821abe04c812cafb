import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../../../../shared/domain/reminder-settings';
import {
  deliveredAsOf,
  isRecordedByClockAhead,
  catchUpSummary,
  computeReminders,
  dueReminders,
  type ComputeRemindersInput,
  type Reminder,
} from '../../../../shared/planner/reminders';
import { scheduleWeek } from '../../../../shared/planner/schedule';
import { createDisplayFormat } from '../../../../shared/locale/display-format';

const quietSettings: ReminderSettings = {
  ...DEFAULT_REMINDER_SETTINGS,
  digest: { ...DEFAULT_REMINDER_SETTINGS.digest, enabled: false },
  sessionLeadMinutes: null,
  examCountdown: { enabled: false },
  recertification: { enabled: false },
};

function input(over: Partial<ComputeRemindersInput>): ComputeRemindersInput {
  return {
    settings: DEFAULT_REMINDER_SETTINGS,
    timeZone: 'America/New_York',
    sessions: [],
    exams: [],
    certifications: [],
    fromUtc: '2026-10-20T00:00:00Z',
    toUtc: '2026-11-05T00:00:00Z',
    ...over,
  };
}

const session = (id: string, startUtc: string, minutes = 60) => ({ id, startUtc, localStart: 'x', minutes });
const dues = (list: Reminder[]) => list.map((r) => [r.id, r.dueUtc]);

describe('digest', () => {
  it('fires at 18:00 local on Sunday across the New York fall-back (2026-11-01)', () => {
    const list = computeReminders(input({ settings: { ...quietSettings, digest: DEFAULT_REMINDER_SETTINGS.digest } }));
    expect(dues(list)).toEqual([
      ['digest.2026-10-25', '2026-10-25T22:00:00.000Z'], // EDT
      ['digest.2026-11-01', '2026-11-01T23:00:00.000Z'], // EST
    ]);
    expect(list[1]).toMatchObject({
      kind: 'digest',
      title: 'Your study week ahead',
      body: 'No study sessions planned for the week of Mon, 2 Nov 2026 yet.',
      target: { screen: 'week', weekStart: '2026-11-02' },
    });
  });

  it('counts the reviews due by the end of the week it previews, overdue ones included', () => {
    const list = computeReminders(
      input({
        settings: { ...quietSettings, digest: DEFAULT_REMINDER_SETTINGS.digest },
        sessions: [session('s1', '2026-11-03T23:00:00.000Z', 90)],
        reviewDueUtc: [
          '2026-10-01T12:00:00.000Z', // overdue: still due
          '2026-11-04T12:00:00.000Z',
          '2026-11-09T04:59:00.000Z', // Sunday 23:59 in New York: still that week
          '2026-11-09T05:00:00.000Z', // the next Monday, 00:00 in New York: not
        ],
      }),
    );
    expect(list[1]).toMatchObject({ id: 'digest.2026-11-01', body: '1 session, 1.5 hours planned for the week of Mon, 2 Nov 2026. 3 reviews due.' });
    // No line at all when nothing is due (the first digest's week ends before every card above but one).
    const none = computeReminders(input({ settings: { ...quietSettings, digest: DEFAULT_REMINDER_SETTINGS.digest }, reviewDueUtc: ['2026-12-20T12:00:00.000Z'] }));
    expect(none[1]?.body).toBe('No study sessions planned for the week of Mon, 2 Nov 2026 yet.');
  });

  it('fires at 18:00 local across the Europe/Berlin spring-forward (2026-03-29)', () => {
    const list = computeReminders(
      input({
        settings: { ...quietSettings, digest: DEFAULT_REMINDER_SETTINGS.digest },
        timeZone: 'Europe/Berlin',
        fromUtc: '2026-03-16T00:00:00Z',
        toUtc: '2026-04-01T00:00:00Z',
      }),
    );
    expect(dues(list)).toEqual([
      ['digest.2026-03-22', '2026-03-22T17:00:00.000Z'], // CET
      ['digest.2026-03-29', '2026-03-29T16:00:00.000Z'], // CEST
    ]);
  });

  it('moves a digest set inside the spring-forward gap to the end of the gap', () => {
    const list = computeReminders(
      input({
        settings: { ...quietSettings, digest: { enabled: true, weekday: 6, time: '02:30' } },
        timeZone: 'Europe/Berlin',
        fromUtc: '2026-03-20T00:00:00Z',
        toUtc: '2026-04-01T00:00:00Z',
      }),
    );
    expect(dues(list)).toEqual([
      ['digest.2026-03-22', '2026-03-22T01:30:00.000Z'],
      ['digest.2026-03-29', '2026-03-29T01:00:00.000Z'], // 03:00 CEST
    ]);
  });

  it('counts the coming week’s sessions and hours', () => {
    const week = scheduleWeek({
      availability: {
        timeZone: 'America/New_York',
        windows: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '18:00', end: '20:00' })),
        sessionMinutes: { min: 30, max: 90 },
      },
      weeklyHours: 4.5,
      weekStart: '2026-11-02',
    });
    if (!week.ok) throw new Error(week.error.message);
    const list = computeReminders(input({ settings: { ...quietSettings, digest: DEFAULT_REMINDER_SETTINGS.digest }, sessions: week.sessions }));
    expect(list.find((r) => r.id === 'digest.2026-11-01')?.body).toBe('7 sessions, 4.5 hours planned for the week of Mon, 2 Nov 2026.');
    expect(list.find((r) => r.id === 'digest.2026-10-25')?.body).toBe('No study sessions planned for the week of Mon, 26 Oct 2026 yet.');
    // A click opens the week the digest is about: Sunday's digest names the next week.
    expect(list.find((r) => r.id === 'digest.2026-11-01')?.target).toEqual({ screen: 'week', weekStart: '2026-11-02' });
  });

  it('is off when disabled', () => {
    expect(computeReminders(input({ settings: quietSettings }))).toEqual([]);
  });
});

describe('wording in the learner’s locale', () => {
  const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');
  const exam = { certId: 'aws-mla', examDateUtc: '2026-12-10T14:00:00Z', certName: 'AWS ML Engineer Associate' };
  const bodies = (locale: string) =>
    computeReminders(
      input({
        settings: { ...quietSettings, examCountdown: { enabled: true }, sessionLeadMinutes: 15 },
        timeZone: 'Europe/Berlin',
        sessions: [{ id: 's1', startUtc: '2026-12-07T17:30:00.000Z', localStart: '18:30', localEnd: '20:00', minutes: 90 }],
        exams: [exam],
        fromUtc: '2026-12-07T00:00:00Z',
        toUtc: '2026-12-10T00:00:00Z',
        format: createDisplayFormat([locale]),
      }),
    ).map((r) => plain(r.body));

  it('writes dates and times as the locale does, in the learner’s zone', () => {
    expect(bodies('en-US')).toEqual(['Mon, Dec 7, 2026, 6:30 – 8:00 PM (1 h 30 min).', 'AWS ML Engineer Associate exam on Thu, Dec 10, 2026 at 3:00 PM.']);
    expect(bodies('de-DE')).toEqual(['Mo., 7. Dez. 2026, 18:30–20:00 Uhr (1 h 30 min).', 'AWS ML Engineer Associate exam on Do., 10. Dez. 2026 at 15:00.']);
  });
});

describe('session reminders', () => {
  const sessions = [session('session.2026-11-02.1', '2026-11-02T23:00:00.000Z'), session('session.2026-11-03.1', '2026-11-03T23:00:00.000Z')];
  const range = { fromUtc: '2026-11-02T00:00:00Z', toUtc: '2026-11-05T00:00:00Z', sessions };

  it('fires lead minutes before each session', () => {
    const list = computeReminders(input({ ...range, settings: { ...quietSettings, sessionLeadMinutes: 15 } }));
    expect(dues(list)).toEqual([
      ['session.session.2026-11-02.1.2026-11-02T23:00:00.000Z', '2026-11-02T22:45:00.000Z'],
      ['session.session.2026-11-03.1.2026-11-03T23:00:00.000Z', '2026-11-03T22:45:00.000Z'],
    ]);
    expect(list[0]).toMatchObject({
      kind: 'session',
      title: 'Study session in 15 minutes',
      target: { screen: 'week', weekStart: '2026-11-02', sessionId: 'session.2026-11-02.1', sessionStartUtc: '2026-11-02T23:00:00.000Z' },
    });
  });

  it('is off when the lead is null and never duplicates ids', () => {
    expect(computeReminders(input({ ...range, settings: quietSettings }))).toEqual([]);
    const doubled = computeReminders(input({ ...range, sessions: [...sessions, ...sessions], settings: { ...quietSettings, sessionLeadMinutes: 0 } }));
    expect(doubled.map((r) => r.title)).toEqual(['Study session starting now', 'Study session starting now']);
  });
});

describe('exam countdown and recertification', () => {
  it('counts down 30, 7 and 1 calendar days at 09:00 local', () => {
    const list = computeReminders(
      input({
        settings: { ...quietSettings, examCountdown: { enabled: true } },
        timeZone: 'Europe/Berlin',
        exams: [{ certId: 'aws-mla', examDateUtc: '2026-12-10T14:00:00Z', certName: 'AWS ML Engineer Associate' }],
        fromUtc: '2026-11-01T00:00:00Z',
        toUtc: '2026-12-31T00:00:00Z',
      }),
    );
    expect(dues(list)).toEqual([
      ['exam.aws-mla.2026-12-10.30d', '2026-11-10T08:00:00.000Z'],
      ['exam.aws-mla.2026-12-10.7d', '2026-12-03T08:00:00.000Z'],
      ['exam.aws-mla.2026-12-10.1d', '2026-12-09T08:00:00.000Z'],
    ]);
    expect(list.map((r) => r.title)).toEqual(['Exam in 30 days', 'Exam in 7 days', 'Exam tomorrow']);
    expect(list[2]).toMatchObject({
      kind: 'exam-countdown',
      body: 'AWS ML Engineer Associate exam on Thu, 10 Dec 2026 at 15:00.',
      target: { screen: 'certifications', certId: 'aws-mla' },
    });
  });

  it('keeps 09:00 local when the countdown crosses a DST change', () => {
    const list = computeReminders(
      input({
        settings: { ...quietSettings, examCountdown: { enabled: true } },
        timeZone: 'Europe/Berlin',
        exams: [{ certId: 'gcp-mle', examDateUtc: '2026-04-10T12:00:00Z' }],
        fromUtc: '2026-03-01T00:00:00Z',
        toUtc: '2026-04-30T00:00:00Z',
      }),
    );
    expect(dues(list)).toEqual([
      ['exam.gcp-mle.2026-04-10.30d', '2026-03-11T08:00:00.000Z'], // CET
      ['exam.gcp-mle.2026-04-10.7d', '2026-04-03T07:00:00.000Z'], // CEST
      ['exam.gcp-mle.2026-04-10.1d', '2026-04-09T07:00:00.000Z'],
    ]);
  });

  it('warns 90 days before a certification expires', () => {
    const list = computeReminders(
      input({
        settings: { ...quietSettings, recertification: { enabled: true } },
        certifications: [{ certId: 'azure-dp100', expiresOnUtc: '2027-03-01' }],
        fromUtc: '2026-11-01T00:00:00Z',
        toUtc: '2027-03-01T00:00:00Z',
      }),
    );
    expect(list).toEqual([
      {
        id: 'recert.azure-dp100.2027-03-01',
        kind: 'recertification',
        dueUtc: '2026-12-01T14:00:00.000Z',
        title: 'Recertification coming up',
        body: 'azure-dp100 expires on Mon, 1 Mar 2027, in 90 days. Plan your renewal.',
        target: { screen: 'certifications', certId: 'azure-dp100' },
      },
    ]);
  });
});

describe('quiet hours and pause', () => {
  const quiet = { start: '22:00', end: '07:00' };

  it('moves a reminder in wrapping quiet hours to when they end', () => {
    const late = computeReminders(
      input({
        settings: { ...quietSettings, digest: { enabled: true, weekday: 6, time: '23:00' }, quietHours: quiet },
        fromUtc: '2026-11-08T00:00:00Z',
        toUtc: '2026-11-10T00:00:00Z',
      }),
    );
    expect(dues(late)).toEqual([['digest.2026-11-08', '2026-11-09T12:00:00.000Z']]); // Mon 07:00 EST
    const early = computeReminders(
      input({
        settings: { ...quietSettings, digest: { enabled: true, weekday: 6, time: '06:00' }, quietHours: quiet },
        fromUtc: '2026-11-08T00:00:00Z',
        toUtc: '2026-11-10T00:00:00Z',
      }),
    );
    expect(dues(early)).toEqual([['digest.2026-11-08', '2026-11-08T12:00:00.000Z']]); // same day 07:00
  });

  it('never moves a reminder backwards on the repeated fall-back hour', () => {
    // Due 01:20 EST (second pass); quiet hours end at 01:30, which first happened an hour earlier.
    const list = computeReminders(
      input({
        settings: { ...quietSettings, sessionLeadMinutes: 40, quietHours: { start: '00:00', end: '01:30' } },
        sessions: [session('s1', '2026-11-01T07:00:00.000Z')],
      }),
    );
    expect(dues(list)).toEqual([['session.s1.2026-11-01T07:00:00.000Z', '2026-11-01T06:30:00.000Z']]);
    expect(list[0]?.title).toBe('Study session in 30 minutes');
  });

  it('drops a session reminder that quiet hours would push past the session start', () => {
    const list = computeReminders(
      input({
        settings: { ...quietSettings, sessionLeadMinutes: 15, quietHours: quiet },
        sessions: [session('at-0650', '2026-11-02T11:50:00.000Z'), session('at-0700', '2026-11-02T12:00:00.000Z')],
      }),
    );
    expect(list.map((r) => [r.id, r.dueUtc, r.title])).toEqual([
      ['session.at-0700.2026-11-02T12:00:00.000Z', '2026-11-02T12:00:00.000Z', 'Study session starting now'],
    ]);
  });

  it('drops reminders due before pausedUntil', () => {
    const list = computeReminders(
      input({ settings: { ...quietSettings, digest: DEFAULT_REMINDER_SETTINGS.digest, pausedUntilUtc: '2026-11-01T12:00:00Z' } }),
    );
    expect(list.map((r) => r.id)).toEqual(['digest.2026-11-01']);
  });

  it('assigns a reminder to a range by its final due time, so ranges compose', () => {
    const settings = { ...DEFAULT_REMINDER_SETTINGS, digest: { enabled: true, weekday: 6, time: '23:00' }, quietHours: quiet };
    const whole = computeReminders(input({ settings }));
    const a = computeReminders(input({ settings, toUtc: '2026-10-26T05:00:00Z' }));
    const b = computeReminders(input({ settings, fromUtc: '2026-10-26T05:00:00Z' }));
    expect([...a, ...b]).toEqual(whole);
    expect(a.map((r) => r.id)).toEqual([]); // Sunday 23:00 digest moved into Monday 07:00, i.e. range b
  });

  it('throws on an unknown time zone instead of returning nothing', () => {
    expect(() => computeReminders(input({ timeZone: 'Nowhere/Land' }))).toThrow(RangeError);
  });
});

describe('dueReminders', () => {
  const r = (id: string, dueUtc: string): Reminder => ({
    id,
    kind: 'digest',
    dueUtc,
    title: id,
    body: '',
    target: { screen: 'week', weekStart: '2026-11-02' },
  });
  const list = [
    r('old', '2026-11-01T10:00:00.000Z'),
    r('missed', '2026-11-01T11:30:00.000Z'),
    r('late', '2026-11-01T11:50:00.000Z'),
    r('now', '2026-11-01T12:00:00.000Z'),
    r('future', '2026-11-01T12:01:00.000Z'),
  ];

  it('shows reminders up to 15 minutes late and folds older ones since the last check', () => {
    const out = dueReminders({ reminders: list, delivered: new Set(), nowUtc: '2026-11-01T12:00:00Z', lastCheckUtc: '2026-11-01T11:00:00Z' });
    expect(out.due.map((x) => x.id)).toEqual(['late', 'now']);
    expect(out.missed.map((x) => x.id)).toEqual(['missed']);
  });

  it('never returns delivered ids', () => {
    const out = dueReminders({ reminders: list, delivered: new Set(['late', 'missed']), nowUtc: '2026-11-01T12:00:00Z', lastCheckUtc: '2026-11-01T11:00:00Z' });
    expect([...out.due, ...out.missed].map((x) => x.id)).toEqual(['now']);
  });

  it('reports no backlog on the first check', () => {
    const out = dueReminders({ reminders: list, delivered: new Set(), nowUtc: '2026-11-01T12:00:00Z', lastCheckUtc: null });
    expect(out).toEqual({ due: [list[2], list[3]], missed: [] });
  });
});

describe('catchUpSummary', () => {
  const base = { body: '', target: { screen: 'week' as const, weekStart: '2026-11-02' } };
  it('returns null when nothing was missed', () => {
    expect(catchUpSummary([])).toBeNull();
  });

  it('summarises missed reminders into one, opening the most urgent', () => {
    const missed: Reminder[] = [
      { ...base, id: 'd', kind: 'digest', dueUtc: '2026-11-01T23:00:00.000Z', title: 'Your study week ahead' },
      { ...base, id: 'e', kind: 'exam-countdown', dueUtc: '2026-11-02T14:00:00.000Z', title: 'Exam in 7 days', target: { screen: 'certifications', certId: 'x' } },
      { ...base, id: 's1', kind: 'session', dueUtc: '2026-11-02T22:45:00.000Z', title: 'Study session in 15 minutes' },
      { ...base, id: 's2', kind: 'session', dueUtc: '2026-11-03T22:45:00.000Z', title: 'Study session in 15 minutes' },
    ];
    expect(catchUpSummary(missed)).toEqual({
      id: 'catch-up.2026-11-03T22:45:00.000Z.4',
      kind: 'catch-up',
      dueUtc: '2026-11-03T22:45:00.000Z',
      title: 'You missed 4 reminders',
      body: 'Your study week ahead; Exam in 7 days; Study session in 15 minutes; and 1 more.',
      target: { screen: 'certifications', certId: 'x' },
    });
  });
});

describe('deliveries recorded by a clock that ran ahead', () => {
  const deliveries = [
    { reminderId: 'digest.2026-11-22', deliveredAt: '2026-11-22T17:00:00.000Z' },
    { reminderId: 'digest.2026-11-29', deliveredAt: '2026-12-02T12:00:00.000Z' },
    { reminderId: 'session.fast', deliveredAt: '2026-11-22T17:14:00.000Z' },
    { reminderId: 'unreadable', deliveredAt: 'soon' },
  ];

  it('count only up to now plus the grace period (and unreadable ones always count)', () => {
    expect([...deliveredAsOf(deliveries, '2026-11-22T17:00:00.000Z')].sort()).toEqual(['digest.2026-11-22', 'session.fast', 'unreadable']);
    expect([...deliveredAsOf(deliveries, '2026-11-22T17:00:00.000Z', 5)].sort()).toEqual(['digest.2026-11-22', 'unreadable']);
    expect(deliveredAsOf(deliveries, '2026-12-02T12:00:00.000Z').size).toBe(4);
  });

  it('a record is replaced only when its check ran later than this one', () => {
    expect(isRecordedByClockAhead('2026-12-02T12:00:00.000Z', Date.parse('2026-11-29T17:00:00Z'))).toBe(true);
    expect(isRecordedByClockAhead('2026-11-29T17:00:00.000Z', Date.parse('2026-11-29T17:00:00Z'))).toBe(false);
    expect(isRecordedByClockAhead('soon', 0)).toBe(false);
  });
});
