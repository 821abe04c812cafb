/**
 * "Snooze 1 hour": exactly one real hour later, wholly inside the learner's study time that day,
 * clear of other sessions, still ahead; anything else is refused with the reason.
 */
import { describe, expect, it } from 'vitest';
import type { WeeklyAvailability } from '../../../../shared/domain/availability';
import type { StudySession } from '../../../../shared/domain/records';
import { nextFreeRefusalMessage, nextFreeWindow, snoozeRefusalMessage, snoozeSession, type NextFreeInput, type SnoozeInput } from '../../../../shared/planner/snooze';

const BERLIN: WeeklyAvailability = {
  timeZone: 'Europe/Berlin',
  windows: [
    { weekday: 0, start: '18:00', end: '19:00' },
    { weekday: 0, start: '19:00', end: '20:30' }, // touches the first: one stretch 18:00–20:30
    { weekday: 5, start: '22:00', end: '24:00' },
    { weekday: 6, start: '01:00', end: '05:00' },
  ],
  sessionMinutes: { min: 30, max: 120 },
};

function session(id: string, startUtc: string, minutes: number, status: StudySession['status'] = 'planned') {
  return { id, startUtc, endUtc: new Date(Date.parse(startUtc) + minutes * 60_000).toISOString(), minutes, status };
}

const NOW = Date.parse('2026-11-23T08:00:00Z'); // Monday 09:00 in Berlin
const input = (s: SnoozeInput['session'], others: SnoozeInput['others'] = [], nowMs = NOW): SnoozeInput => ({ session: s, others, availability: BERLIN, timeZone: 'Europe/Berlin', nowMs });

describe('snoozeSession', () => {
  it('moves a planned session one hour later, keeping its length, across touching windows', () => {
    // Monday 18:15–19:00 Berlin → 19:15–20:00.
    const s = session('a', '2026-11-23T17:15:00.000Z', 45);
    expect(snoozeSession(input(s, [s]))).toEqual({ ok: true, startUtc: '2026-11-23T18:15:00.000Z', newSpan: '19:15–20:00' });
  });

  it('refuses when the hour later runs past the end of the study time that day', () => {
    const s = session('a', '2026-11-23T18:00:00.000Z', 60); // 19:00–20:00 → 20:00–21:00, the evening ends 20:30
    const result = snoozeSession(input(s));
    expect(result).toEqual({ ok: false, refusal: { kind: 'outside-study-time', weekday: 'Monday', newSpan: '20:00–21:00', windows: ['18:00–20:30'] } });
    if (!result.ok) {
      expect(snoozeRefusalMessage('Linear regression', result.refusal)).toBe(
        '“Linear regression” was not snoozed: 20:00–21:00 is outside your study time on Mondays (18:00–20:30). Move it to another time instead.',
      );
    }
  });

  it('refuses a session the hour later would overlap; a skipped one does not count', () => {
    const s = session('a', '2026-11-23T17:00:00.000Z', 45); // 18:00–18:45 → 19:00–19:45
    const next = session('b', '2026-11-23T18:30:00.000Z', 30); // 19:30–20:00
    const result = snoozeSession(input(s, [s, next]));
    expect(result).toEqual({ ok: false, refusal: { kind: 'overlap', newSpan: '19:00–19:45', otherSpan: 'Monday 19:30–20:00' } });
    if (!result.ok) expect(snoozeRefusalMessage('Pandas', result.refusal)).toContain('overlaps another session (Monday 19:30–20:00)');
    expect(snoozeSession(input(s, [s, { ...next, status: 'skipped' }])).ok).toBe(true);
  });

  it('never carries a session past midnight into a day without study time; a session may end at 24:00', () => {
    const late = session('a', '2026-11-28T22:00:00.000Z', 45); // Saturday 23:00–23:45 → Sunday 00:00–00:45
    const result = snoozeSession(input(late));
    expect(result).toMatchObject({ ok: false, refusal: { kind: 'outside-study-time', weekday: 'Sunday', newSpan: '00:00–00:45' } });
    const fits = session('b', '2026-11-28T21:30:00.000Z', 30); // Saturday 22:30–23:00 → 23:30–24:00
    expect(snoozeSession(input(fits))).toEqual({ ok: true, startUtc: '2026-11-28T22:30:00.000Z', newSpan: '23:30–24:00' });
  });

  it('waits one real hour across the spring-forward night (02:00 does not exist in Berlin on 28 March 2027)', () => {
    const s = session('a', '2027-03-28T00:30:00.000Z', 30); // Sunday 01:30 CET
    expect(snoozeSession(input(s, [], Date.parse('2027-03-27T12:00:00Z')))).toEqual({ ok: true, startUtc: '2027-03-28T01:30:00.000Z', newSpan: '03:30–04:00' });
  });

  it('refuses a session that is not planned, or whose hour later has begun', () => {
    expect(snoozeSession(input(session('a', '2026-11-23T17:00:00.000Z', 45, 'done')))).toEqual({ ok: false, refusal: { kind: 'not-planned', status: 'done' } });
    const s = session('a', '2026-11-23T17:00:00.000Z', 45);
    const late = snoozeSession(input(s, [], Date.parse('2026-11-23T18:05:00Z')));
    expect(late).toEqual({ ok: false, refusal: { kind: 'already-begun', newStart: '19:00' } });
    if (!late.ok) expect(snoozeRefusalMessage('X', late.refusal)).toBe('“X” was not snoozed: an hour later (19:00) has already begun.');
  });
});

describe('nextFreeWindow', () => {
  // Monday 2026-11-23; Berlin is UTC+1. Stretches: Mon 18:00–20:30, Sat 22:00–24:00, Sun 01:00–05:00.
  const stored = (id: string, startUtc: string, minutes: number, weekStart = '2026-11-23', status: StudySession['status'] = 'planned') => ({ ...session(id, startUtc, minutes, status), weekStart });
  const next = (s: NextFreeInput['session'], others: NextFreeInput['others'], weeklyMinutes = 600, nowMs = NOW): NextFreeInput => ({
    session: s,
    others,
    availability: BERLIN,
    timeZone: 'Europe/Berlin',
    nowMs,
    weeklyMinutes,
  });

  it('moves a session back to back after the next one in the same stretch', () => {
    const a = stored('a', '2026-11-23T17:00:00.000Z', 60); // Mon 18:00–19:00
    const b = stored('b', '2026-11-23T18:00:00.000Z', 60); // Mon 19:00–20:00
    // 20:00–21:00 would run past 20:30, so the next free window is Saturday 22:00.
    expect(nextFreeWindow(next(a, [a, b]))).toEqual({ ok: true, startUtc: '2026-11-28T21:00:00.000Z', weekday: 'Saturday', date: '2026-11-28', newSpan: '22:00–23:00' });
    const short = stored('s', '2026-11-23T17:00:00.000Z', 30);
    // Straight after its own slot when that is free.
    expect(nextFreeWindow(next(short, [short, b]))).toMatchObject({ ok: true, startUtc: '2026-11-23T17:30:00.000Z', newSpan: '18:30–19:00' });
  });

  it('skips stretches another session fills, and skipped sessions leave their time free', () => {
    const a = stored('a', '2026-11-23T18:30:00.000Z', 60); // Mon 19:30–20:30, the end of the evening
    const sat = stored('sat', '2026-11-28T21:00:00.000Z', 120);
    expect(nextFreeWindow(next(a, [a, sat]))).toMatchObject({ ok: true, weekday: 'Sunday', newSpan: '01:00–02:00' });
    const skipped = { ...sat, status: 'skipped' as const };
    expect(nextFreeWindow(next(a, [a, skipped]))).toMatchObject({ ok: true, weekday: 'Saturday', newSpan: '22:00–23:00' });
  });

  it('goes into the next week only while that week stays within the weekly hours', () => {
    // Sunday 01:00–05:00 taken, Saturday taken: the next free window is the next Monday evening.
    const a = stored('a', '2026-11-29T00:00:00.000Z', 240); // Sun 01:00–05:00
    const sat = stored('sat', '2026-11-28T21:00:00.000Z', 120);
    const nextMonday = stored('m', '2026-11-30T17:00:00.000Z', 120, '2026-11-30'); // Mon 18:00–20:00
    const s = stored('s', '2026-11-28T21:00:00.000Z', 30);
    const others = [a, sat, nextMonday, s];
    // Saturday 22:00 is taken by `sat` (s overlaps it, as a session may after a move); Sunday full.
    expect(nextFreeWindow(next(s, others, 150))).toMatchObject({ ok: true, date: '2026-11-30', newSpan: '20:00–20:30' });
    const refused = nextFreeWindow(next(s, others, 120));
    expect(refused).toEqual({ ok: false, refusal: { kind: 'no-free-window', weekday: 'Saturday' } });
    if (!refused.ok) expect(nextFreeRefusalMessage('Linear regression', refused.refusal)).toBe(
      '“Linear regression” was not snoozed: your study windows have no free time for it later this week or next week within your weekly hours. Re-plan the remaining work instead.',
    );
  });

  it('never starts before now: a session already over starts on the next quarter hour of a stretch already begun', () => {
    const a = stored('a', '2026-11-23T17:00:00.000Z', 30); // Mon 18:00–18:30
    const now = Date.parse('2026-11-23T17:37:00Z'); // 18:37 Berlin
    expect(nextFreeWindow(next(a, [a], 600, now))).toMatchObject({ ok: true, startUtc: '2026-11-23T17:45:00.000Z', newSpan: '18:45–19:15' });
    const done = stored('d', '2026-11-23T17:00:00.000Z', 30, '2026-11-23', 'done');
    expect(nextFreeWindow(next(done, []))).toEqual({ ok: false, refusal: { kind: 'not-planned', status: 'done' } });
  });
});
