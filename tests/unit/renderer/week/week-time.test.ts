/**
 * The week on screen starts on the locale's first day while the store keeps Monday-to-Sunday
 * weeks: which stored weeks a week on screen needs, how their sessions are cut to its seven days
 * (in the learner's zone), and where the grid opens.
 */
import { describe, expect, it } from 'vitest';
import type { StudySession } from '../../../../shared/domain/records';
import type { WeekView } from '../../../../shared/ipc/contract';
import { createDisplayFormat } from '../../../../shared/locale/display-format';
import {
  composeWeek,
  currentWeekStart,
  openingPlacement,
  storeWeeksOf,
  weekDays,
  weekStartOf,
  weekTitle,
} from '../../../../renderer/src/week/week-time';

const BERLIN = 'Europe/Berlin';
const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

function session(id: string, startUtc: string, status: StudySession['status'] = 'planned', minutes = 60): StudySession {
  return {
    id,
    weekStart: '2026-12-07',
    startUtc,
    endUtc: new Date(Date.parse(startUtc) + minutes * 60_000).toISOString(),
    minutes,
    milestoneId: null,
    status,
    loggedMinutes: status === 'done' ? minutes : 0,
    movedFromUtc: null,
  };
}

function stored(weekStart: string, sessions: StudySession[], missed: StudySession[] = []): WeekView {
  return { weekStart, timeZone: BERLIN, sessions, plannedMinutes: 0, doneMinutes: 0, loggedMinutes: 0, missed };
}

describe('weeks that start on the locale’s first day', () => {
  it('finds the first day of the week on or before a date', () => {
    // Wednesday 9 Dec 2026.
    expect(weekStartOf('2026-12-09', 0)).toBe('2026-12-07'); // Monday first
    expect(weekStartOf('2026-12-09', 6)).toBe('2026-12-06'); // Sunday first
    expect(weekStartOf('2026-12-09', 5)).toBe('2026-12-05'); // Saturday first
    expect(weekStartOf('2026-12-06', 6)).toBe('2026-12-06'); // a Sunday starts its own week
  });

  it('takes "this week" in the learner’s zone: late Saturday in New York is already Sunday in Berlin', () => {
    const saturdayNightNy = Date.parse('2026-12-13T00:30:00Z'); // Sat 19:30 in New York, Sun 01:30 in Berlin
    expect(currentWeekStart(BERLIN, saturdayNightNy, 6)).toBe('2026-12-13');
    expect(currentWeekStart('America/New_York', saturdayNightNy, 6)).toBe('2026-12-06');
  });

  it('needs one stored week when it starts on Monday, two otherwise', () => {
    expect(storeWeeksOf('2026-12-07')).toEqual(['2026-12-07']);
    expect(storeWeeksOf('2026-12-06')).toEqual(['2026-11-30', '2026-12-07']);
  });

  it('cuts the stored weeks to its seven days in the learner’s zone, once each, with their totals', () => {
    const lastSunday = session('sun', '2026-12-06T17:30:00Z', 'done'); // Sun 6 Dec 18:30 Berlin
    const beforeIt = session('sat', '2026-12-05T17:30:00Z'); // Sat 5 Dec: the week before
    const monday = session('mon', '2026-12-07T17:30:00Z', 'planned', 90);
    const skipped = session('wed', '2026-12-09T17:30:00Z', 'skipped');
    const nextSunday = session('next-sun', '2026-12-13T17:30:00Z'); // Sun 13 Dec: the week after
    // 23:30 UTC on Saturday 12 Dec is 00:30 on Sunday 13 Dec in Berlin: outside the week.
    const lateSaturdayUtc = session('late', '2026-12-12T23:30:00Z');
    const missed = [session('old', '2026-11-16T17:30:00Z')];
    const week = composeWeek(
      [stored('2026-11-30', [beforeIt, lastSunday], missed), stored('2026-12-07', [monday, skipped, lateSaturdayUtc, nextSunday, monday], missed)],
      '2026-12-06',
    );
    expect(week.weekStart).toBe('2026-12-06');
    expect(week.sessions.map((s) => s.id)).toEqual(['sun', 'mon', 'wed']);
    expect(week).toMatchObject({ plannedMinutes: 60 + 90, doneMinutes: 60, loggedMinutes: 60, timeZone: BERLIN, missed });
  });

  it('titles and names the days of a Sunday-first week in the locale', () => {
    const us = createDisplayFormat(['en-US']);
    expect(plain(weekTitle('2026-12-06', us))).toBe('Dec 6 – 12, 2026');
    expect(weekDays('2026-12-06', us).map((d) => `${d.short} ${d.date}`)).toEqual([
      'Sun Dec 6',
      'Mon Dec 7',
      'Tue Dec 8',
      'Wed Dec 9',
      'Thu Dec 10',
      'Fri Dec 11',
      'Sat Dec 12',
    ]);
    const de = createDisplayFormat(['de-DE']);
    expect(plain(weekTitle('2026-12-28', de))).toBe('28. Dez. 2026 – 3. Jan. 2027');
    expect(weekDays('2026-12-07', de)[0]).toMatchObject({ short: 'Mo', weekday: 'Montag', date: '7. Dez.' });
  });
});

describe('where the grid opens', () => {
  const mondayEvening = { dayIndex: 0, startMin: 18 * 60 + 30, endMin: 20 * 60 + 30 };
  const wednesdayEvening = { dayIndex: 2, startMin: 18 * 60 + 30, endMin: 20 * 60 + 30 };
  const saturdayMorning = { dayIndex: 5, startMin: 9 * 60, endMin: 11 * 60 };

  it('opens at the week’s first session by day, not the earliest time of day', () => {
    expect(openingPlacement([saturdayMorning, wednesdayEvening, mondayEvening], null)).toBe(mondayEvening);
  });

  it('in this week, opens at the first session not over yet', () => {
    expect(openingPlacement([saturdayMorning, wednesdayEvening, mondayEvening], { dayIndex: 0, minutes: 21 * 60 })).toBe(wednesdayEvening);
    expect(openingPlacement([saturdayMorning, wednesdayEvening, mondayEvening], { dayIndex: 0, minutes: 19 * 60 })).toBe(mondayEvening);
    // Past the last one: the week's first.
    expect(openingPlacement([saturdayMorning, mondayEvening], { dayIndex: 6, minutes: 12 * 60 })).toBe(mondayEvening);
    expect(openingPlacement([], null)).toBeNull();
  });
});
