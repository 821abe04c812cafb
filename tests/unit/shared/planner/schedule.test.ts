import { describe, expect, it } from 'vitest';
import type { WeeklyAvailability } from '../../../../shared/domain/availability';
import { scheduleRange, scheduleWeek, type ScheduleWeekInput } from '../../../../shared/planner/schedule';

const everyDay = (start: string, end: string) =>
  [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start, end }));

function availability(over: Partial<WeeklyAvailability> = {}): WeeklyAvailability {
  return { timeZone: 'America/New_York', windows: everyDay('18:00', '20:00'), sessionMinutes: { min: 30, max: 90 }, ...over };
}

function ok(input: ScheduleWeekInput) {
  const result = scheduleWeek(input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}

const weekday = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;

describe('scheduleWeek: time zones and DST', () => {
  it('keeps 18:00 local on the New York fall-back week (Sunday 2026-11-01)', () => {
    const week = ok({ availability: availability(), weeklyHours: 7, weekStart: '2026-10-26' });
    expect(week.sessions.map((s) => [s.localDate, s.localStart, s.startUtc])).toEqual([
      ['2026-10-26', '18:00', '2026-10-26T22:00:00.000Z'],
      ['2026-10-27', '18:00', '2026-10-27T22:00:00.000Z'],
      ['2026-10-28', '18:00', '2026-10-28T22:00:00.000Z'],
      ['2026-10-29', '18:00', '2026-10-29T22:00:00.000Z'],
      ['2026-10-30', '18:00', '2026-10-30T22:00:00.000Z'],
      ['2026-10-31', '18:00', '2026-10-31T22:00:00.000Z'],
      ['2026-11-01', '18:00', '2026-11-01T23:00:00.000Z'], // EST from here on
    ]);
    expect(week.sessions.every((s) => s.minutes === 60 && s.localEnd === '19:00')).toBe(true);
  });

  it('keeps 18:00 local on the Europe/Berlin spring-forward week (Sunday 2026-03-29)', () => {
    const week = ok({
      availability: availability({ timeZone: 'Europe/Berlin', windows: [5, 6].map((d) => ({ weekday: d, start: '18:00', end: '20:00' })) }),
      weeklyHours: 2,
      weekStart: '2026-03-23',
    });
    expect(week.sessions.map((s) => [s.localDate, s.localStart, s.startUtc])).toEqual([
      ['2026-03-28', '18:00', '2026-03-28T17:00:00.000Z'], // CET, UTC+1
      ['2026-03-29', '18:00', '2026-03-29T16:00:00.000Z'], // CEST, UTC+2
    ]);
  });

  it('skips the nonexistent hour of a window inside the spring-forward gap', () => {
    // 02:00–04:00 on 2026-03-29 in Berlin is really only 03:00–04:00: one hour, not two.
    const week = ok({
      availability: availability({ timeZone: 'Europe/Berlin', windows: [{ weekday: 6, start: '02:00', end: '04:00' }], sessionMinutes: { min: 30, max: 120 } }),
      weeklyHours: 2,
      weekStart: '2026-03-23',
    });
    expect(week.sessions).toEqual([
      {
        id: 'session.20260329T0100',
        startUtc: '2026-03-29T01:00:00.000Z',
        endUtc: '2026-03-29T02:00:00.000Z',
        localDate: '2026-03-29',
        localStart: '03:00',
        localEnd: '04:00',
        minutes: 60,
      },
    ]);
    expect(week.unplacedMinutes).toBe(60);
  });

  it('lets a session run across the gap when the window straddles it', () => {
    const week = ok({
      availability: availability({ timeZone: 'Europe/Berlin', windows: [{ weekday: 6, start: '01:00', end: '04:00' }], sessionMinutes: { min: 30, max: 120 } }),
      weeklyHours: 2,
      weekStart: '2026-03-23',
    });
    expect(week.sessions.map((s) => [s.localStart, s.localEnd, s.minutes])).toEqual([['01:00', '04:00', 120]]);
  });

  it('counts both passes of the repeated fall-back hour as real time', () => {
    const week = ok({
      availability: availability({ windows: [{ weekday: 6, start: '01:00', end: '03:00' }], sessionMinutes: { min: 30, max: 180 } }),
      weeklyHours: 3,
      weekStart: '2026-10-26',
    });
    expect(week.sessions.map((s) => [s.startUtc, s.endUtc, s.minutes])).toEqual([
      ['2026-11-01T05:00:00.000Z', '2026-11-01T08:00:00.000Z', 180],
    ]);
  });

  it('ends a window at 24:00 local midnight', () => {
    const week = ok({
      availability: availability({ windows: [{ weekday: 2, start: '23:00', end: '24:00' }], sessionMinutes: { min: 60, max: 60 } }),
      weeklyHours: 1,
      weekStart: '2026-11-02',
    });
    expect(week.sessions.map((s) => [s.localDate, s.localStart, s.localEnd, s.endUtc])).toEqual([
      ['2026-11-04', '23:00', '24:00', '2026-11-05T05:00:00.000Z'],
    ]);
  });
});

describe('scheduleWeek: budget, bounds and spreading', () => {
  it('never exceeds the weekly hours', () => {
    const week = ok({ availability: availability(), weeklyHours: 3, weekStart: '2026-11-02' });
    expect(week.scheduledMinutes).toBe(180);
    expect(week.sessions.reduce((sum, s) => sum + s.minutes, 0)).toBe(180);
    expect(week.unplacedMinutes).toBe(0);
  });

  it('spreads sessions out over the week instead of front-loading it', () => {
    const week = ok({
      availability: availability({ sessionMinutes: { min: 60, max: 60 } }),
      weeklyHours: 3,
      weekStart: '2026-11-02',
    });
    expect(week.sessions.map((s) => weekday(s.localDate))).toEqual([0, 3, 6]); // Mon, Thu, Sun
  });

  it('splits the budget evenly, one session per day, in 5-minute steps', () => {
    const week = ok({ availability: availability(), weeklyHours: 5, weekStart: '2026-11-02' });
    expect(week.sessions.map((s) => s.minutes)).toEqual([45, 45, 40, 40, 45, 40, 45]);
    expect(new Set(week.sessions.map((s) => s.localDate)).size).toBe(7);
  });

  it('doubles up only after every available day has a session, by at most one', () => {
    const week = ok({
      availability: availability({ windows: everyDay('08:00', '12:00'), sessionMinutes: { min: 60, max: 60 } }),
      weeklyHours: 10,
      weekStart: '2026-11-02',
    });
    const perDay = [0, 1, 2, 3, 4, 5, 6].map((d) => week.sessions.filter((s) => weekday(s.localDate) === d).length);
    expect(perDay.reduce((a, b) => a + b)).toBe(10);
    expect(Math.max(...perDay) - Math.min(...perDay)).toBe(1);
    // A day's second session follows the first back to back in the same window.
    const monday = week.sessions.filter((s) => s.localDate === '2026-11-02');
    expect(monday.map((s) => `${s.localStart}-${s.localEnd}`)).toEqual(['08:00-09:00', '09:00-10:00']);
  });

  it('keeps every session within [min, max]', () => {
    const week = ok({
      availability: availability({ windows: [{ weekday: 0, start: '08:00', end: '20:00' }], sessionMinutes: { min: 45, max: 90 } }),
      weeklyHours: 10,
      weekStart: '2026-11-02',
    });
    expect(week.sessions.every((s) => s.minutes >= 45 && s.minutes <= 90)).toBe(true);
    expect(week.scheduledMinutes).toBe(600);
  });

  it('drops a window leftover shorter than the minimum session', () => {
    // 100-minute window, sessions 45–60: one 60-minute session; the 40 minutes left are too short.
    const week = ok({
      availability: availability({ windows: [{ weekday: 0, start: '18:00', end: '19:40' }], sessionMinutes: { min: 45, max: 60 } }),
      weeklyHours: 10,
      weekStart: '2026-11-02',
    });
    expect(week.sessions.map((s) => s.minutes)).toEqual([60]);
    expect(week.unplacedMinutes).toBe(540);
  });

  it('drops a budget leftover shorter than the minimum session', () => {
    const week = ok({
      availability: availability({ sessionMinutes: { min: 50, max: 60 } }),
      weeklyHours: 1.25,
      weekStart: '2026-11-02',
    });
    expect(week.sessions.map((s) => s.minutes)).toEqual([60]);
    expect(week.unplacedMinutes).toBe(15);
  });

  it('is deterministic', () => {
    const input = { availability: availability(), weeklyHours: 6.5, weekStart: '2026-11-02' };
    expect(scheduleWeek(input)).toEqual(scheduleWeek(structuredClone(input)));
  });
});

describe('scheduleWeek: focus milestones', () => {
  it('gives each session to one milestone, a final sliver one minimum session, and reports what is left', () => {
    const week = ok({
      availability: availability({ sessionMinutes: { min: 60, max: 60 } }),
      weeklyHours: 3,
      weekStart: '2026-11-02',
      focus: [
        { milestoneId: 'python-basics', remainingMinutes: 70 },
        { milestoneId: 'numpy', remainingMinutes: 500 },
      ],
    });
    // 70 minutes with 60-minute sessions: one full session and the 10-minute rest rounded up to a
    // session of its own, so no session is shared between two milestones.
    expect(week.sessions.map((s) => s.milestoneId)).toEqual(['python-basics', 'python-basics', 'numpy']);
    expect(week.sessions.map((s) => s.minutes)).toEqual([60, 60, 60]);
    expect(week.remainingFocus).toEqual([{ milestoneId: 'numpy', remainingMinutes: 440 }]);
  });

  it('plans no more than the focus needs, rounding a tiny remainder up to one session', () => {
    const week = ok({ availability: availability(), weeklyHours: 10, weekStart: '2026-11-02', focus: [{ milestoneId: 'm1', remainingMinutes: 10 }] });
    expect(week.sessions.map((s) => [s.minutes, s.milestoneId])).toEqual([[30, 'm1']]);
    expect(week.remainingFocus).toEqual([]);
  });

  it('returns an explicit empty plan when the focus is already finished', () => {
    const week = ok({ availability: availability(), weeklyHours: 10, weekStart: '2026-11-02', focus: [{ milestoneId: 'm1', remainingMinutes: 0 }] });
    expect(week.sessions).toEqual([]);
    expect(week.remainingFocus).toEqual([]);
  });
});

describe('scheduleWeek: errors', () => {
  const input = { availability: availability(), weeklyHours: 5, weekStart: '2026-11-02' };
  const code = (over: Partial<ScheduleWeekInput>) => {
    const result = scheduleWeek({ ...input, ...over });
    return result.ok ? 'ok' : result.error.code;
  };

  it('rejects zero, negative and non-numeric weekly hours', () => {
    expect(code({ weeklyHours: 0 })).toBe('invalid-weekly-hours');
    expect(code({ weeklyHours: -2 })).toBe('invalid-weekly-hours');
    expect(code({ weeklyHours: Number.NaN })).toBe('invalid-weekly-hours');
    expect(code({ weeklyHours: 200 })).toBe('invalid-weekly-hours');
    expect(code({ weeklyHours: 0.25 })).toBe('weekly-hours-below-session'); // 15 min < 30
  });

  it('rejects availability too small for one minimum session', () => {
    const result = scheduleWeek({
      ...input,
      availability: availability({ windows: [{ weekday: 1, start: '18:00', end: '18:20' }] }),
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'availability-too-small', message: 'No study window in the week of 2026-11-02 is long enough for one 30-minute session.' },
    });
  });

  it('rejects an unknown time zone with its own code', () => {
    const result = scheduleWeek({ ...input, availability: availability({ timeZone: 'Mars/Olympus_Mons' }) });
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown-time-zone', message: 'Time zone "Mars/Olympus_Mons" is not a known IANA time zone.' },
    });
  });

  it('rejects a week start that is not a date or not a Monday', () => {
    expect(code({ weekStart: '2026-02-30' })).toBe('invalid-week-start');
    expect(code({ weekStart: 'next week' })).toBe('invalid-week-start');
    const result = scheduleWeek({ ...input, weekStart: '2026-11-01' });
    expect(result.ok ? '' : result.error.message).toBe('Week start 2026-11-01 is a Sunday; weeks start on Monday.');
  });

  it('rejects invalid availability and focus', () => {
    expect(code({ availability: availability({ windows: [{ weekday: 1, start: '19:00', end: '18:00' }] }) })).toBe('invalid-availability');
    expect(code({ focus: [{ milestoneId: 'a', remainingMinutes: 10 }, { milestoneId: 'a', remainingMinutes: 5 }] })).toBe('invalid-focus');
    expect(code({ focus: [{ milestoneId: 'a', remainingMinutes: -1 }] })).toBe('invalid-focus');
  });
});

describe('scheduleRange', () => {
  it('consumes focus minutes in order across weeks, then plans empty weeks', () => {
    const result = scheduleRange({
      availability: availability(),
      weeklyHours: 3,
      weekStart: '2026-10-19',
      weeks: 4,
      focus: [
        { milestoneId: 'a', remainingMinutes: 240 },
        { milestoneId: 'b', remainingMinutes: 160 },
      ],
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.weeks.map((w) => [w.weekStart, w.scheduledMinutes])).toEqual([
      ['2026-10-19', 180],
      ['2026-10-26', 180],
      ['2026-11-02', 40],
      ['2026-11-09', 0],
    ]);
    expect(result.remainingFocus).toEqual([]);
    expect(result.sessions.filter((s) => s.milestoneId === 'a').reduce((n, s) => n + s.minutes, 0)).toBeGreaterThanOrEqual(240);
    expect(result.sessions.at(-1)).toMatchObject({ id: `session.${result.sessions.at(-1)!.startUtc.slice(0, 16).replace(/[-:]/g, '')}`, milestoneId: 'b', minutes: 40 });
    // DST week in the middle: still 18:00 local everywhere.
    expect(result.sessions.every((s) => s.localStart === '18:00')).toBe(true);
  });

  it('plans unlabelled weeks without focus and rejects bad week counts', () => {
    const result = scheduleRange({ availability: availability(), weeklyHours: 2, weekStart: '2026-11-02', weeks: 2 });
    expect(result.ok && result.weeks.map((w) => w.scheduledMinutes)).toEqual([120, 120]);
    expect(result.ok && 'remainingFocus' in result).toBe(false);
    const bad = scheduleRange({ availability: availability(), weeklyHours: 2, weekStart: '2026-11-02', weeks: 0 });
    expect(bad.ok ? '' : bad.error.code).toBe('invalid-week-count');
  });
});
