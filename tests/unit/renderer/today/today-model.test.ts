/** What Today shows: which session to work on, the rest of the day, the weeks it reads, the ticking display. */
import { describe, expect, it } from 'vitest';
import type { StudySession } from '../../../../shared/domain/records';
import { clockText, displayedElapsed, planToday, todayWeeks } from '../../../../renderer/src/today/today-model';

const TZ = 'Europe/Berlin';
const MIN = 60_000;

function session(id: string, startUtc: string, minutes: number, status: StudySession['status'] = 'planned'): StudySession {
  const start = Date.parse(startUtc);
  return {
    id,
    weekStart: '2026-12-07',
    startUtc,
    endUtc: new Date(start + minutes * MIN).toISOString(),
    minutes,
    milestoneId: null,
    status,
    loggedMinutes: status === 'done' ? minutes : 0,
    movedFromUtc: null,
  };
}

// Tuesday 8 Dec 2026 in Berlin (UTC+1): 07:00–08:00, 12:00–13:00 and 18:30–20:00 local; Thursday 18:30.
const morning = session('s-morning', '2026-12-08T06:00:00Z', 60);
const noon = session('s-noon', '2026-12-08T11:00:00Z', 60);
const evening = session('s-evening', '2026-12-08T17:30:00Z', 90);
const thursday = session('s-thursday', '2026-12-10T17:30:00Z', 120);
const all = [thursday, evening, noon, morning];

describe('planToday', () => {
  it('the session under way is the focus; the others of today follow in order', () => {
    const plan = planToday(all, TZ, Date.parse('2026-12-08T11:20:00Z'), null);
    expect(plan.today).toBe('2026-12-08');
    expect(plan.focus).toEqual({ session: noon, kind: 'now' });
    expect(plan.rest.map((s) => s.id)).toEqual(['s-morning', 's-evening']);
    expect(plan.todayCount).toBe(3);
  });

  it('between sessions the next one today is the focus; done and skipped ones are never the focus', () => {
    const done = { ...noon, status: 'done' as const, loggedMinutes: 60 };
    const skipped = { ...evening, status: 'skipped' as const };
    expect(planToday([morning, done, evening], TZ, Date.parse('2026-12-08T08:00:00Z'), null).focus).toEqual({ session: evening, kind: 'today' });
    const plan = planToday([morning, done, skipped, thursday], TZ, Date.parse('2026-12-08T08:00:00Z'), null);
    expect(plan.focus).toEqual({ session: thursday, kind: 'later' });
    // Skipped sessions are not part of the day; done ones are.
    expect(plan.rest.map((s) => s.id)).toEqual(['s-morning', 's-noon']);
    expect(plan.todayCount).toBe(2);
  });

  it('with nothing today, the next session on a later day (across the week boundary)', () => {
    const plan = planToday(all, TZ, Date.parse('2026-12-09T09:00:00Z'), null);
    expect(plan).toEqual({ today: '2026-12-09', focus: { session: thursday, kind: 'later' }, rest: [], todayCount: 0 });
    expect(planToday(all, TZ, Date.parse('2026-12-11T09:00:00Z'), null)).toEqual({ today: '2026-12-11', focus: null, rest: [], todayCount: 0 });
  });

  it('the timer’s session is the focus whatever the time, even when done', () => {
    const plan = planToday([...all, { ...morning }], TZ, Date.parse('2026-12-08T11:20:00Z'), 's-thursday');
    expect(plan.focus).toEqual({ session: thursday, kind: 'timer' });
    expect(plan.rest.map((s) => s.id)).toEqual(['s-morning', 's-noon', 's-evening']);
  });

  it('"today" is the learner’s day: 23:30 UTC on the 8th is already the 9th in Berlin', () => {
    const late = session('s-late', '2026-12-08T23:30:00Z', 30);
    const plan = planToday([late], TZ, Date.parse('2026-12-08T23:10:00Z'), null);
    expect(plan.today).toBe('2026-12-09');
    expect(plan.focus).toEqual({ session: late, kind: 'today' });
  });
});

describe('todayWeeks, clockText, displayedElapsed', () => {
  it('reads this week and the next, by the learner’s Monday, and the plan’s first week when later', () => {
    expect(todayWeeks(TZ, Date.parse('2026-12-13T23:30:00Z'))).toEqual(['2026-12-14', '2026-12-21']);
    expect(todayWeeks('America/New_York', Date.parse('2026-12-14T03:00:00Z'))).toEqual(['2026-12-07', '2026-12-14']);
    // A plan that starts later: its first week too; one starting within the two weeks adds nothing.
    expect(todayWeeks(TZ, Date.parse('2026-12-03T09:00:00Z'), '2027-05-05')).toEqual(['2026-11-30', '2026-12-07', '2027-05-03']);
    expect(todayWeeks(TZ, Date.parse('2026-12-03T09:00:00Z'), '2026-12-09')).toEqual(['2026-11-30', '2026-12-07']);
  });

  it('shows minutes and seconds, and hours once there are any', () => {
    expect(clockText(0)).toBe('00:00');
    expect(clockText(25 * MIN + 7_900)).toBe('25:07');
    expect(clockText(62 * MIN + 5_000)).toBe('1:02:05');
    expect(clockText(-5)).toBe('00:00');
  });

  it('ticks on from main’s reading only while running, never backwards, at most a day', () => {
    expect(displayedElapsed({ state: 'running', elapsedMs: 10 * MIN }, 30_000)).toBe(10.5 * MIN);
    expect(displayedElapsed({ state: 'running', elapsedMs: 10 * MIN }, -4_000)).toBe(10 * MIN);
    expect(displayedElapsed({ state: 'paused', elapsedMs: 10 * MIN }, 30_000)).toBe(10 * MIN);
    expect(displayedElapsed({ state: 'running', elapsedMs: 1439 * MIN }, 5 * MIN)).toBe(1440 * MIN);
  });
});
