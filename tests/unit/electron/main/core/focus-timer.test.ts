/** The focus timer's decisions: pause/resume arithmetic, a clock that jumps, minutes to log, the notice once, the saved file. */
import { describe, expect, it } from 'vitest';
import {
  EMPTY_TIMER_FILE,
  elapsedMs,
  endNoticeDue,
  logFor,
  MAX_ELAPSED_MS,
  observe,
  parseTimerFile,
  pauseTimer,
  resumeTimer,
  startTimer,
  TimerFileSchema,
  withEndNotice,
  type FocusTimer,
} from '../../../../../electron/main/core/focus-timer';

const MIN = 60_000;
const T0 = Date.parse('2026-12-07T17:30:00Z');
const START = { sessionId: 'session.2026-12-07.1', weekStart: '2026-12-07', title: 'Maths intuition for ML', timeZone: 'Europe/Berlin', plannedMinutes: 90, baseMinutes: 0 };
const timer = (overrides: Partial<typeof START> = {}): FocusTimer => startTimer({ ...START, ...overrides }, T0);

describe('focus timer: counting', () => {
  it('counts running time only: pause, wait, resume', () => {
    let t = timer();
    expect(elapsedMs(t, T0 + 10 * MIN)).toBe(10 * MIN);
    t = pauseTimer(t, T0 + 10 * MIN);
    expect(elapsedMs(t, T0 + 40 * MIN)).toBe(10 * MIN);
    t = resumeTimer(t, T0 + 40 * MIN);
    expect(elapsedMs(t, T0 + 45 * MIN)).toBe(15 * MIN);
    t = pauseTimer(t, T0 + 47.5 * MIN);
    t = resumeTimer(t, T0 + 60 * MIN);
    expect(elapsedMs(t, T0 + 62 * MIN)).toBe(19.5 * MIN);
  });

  it('a second pause or resume changes nothing', () => {
    const paused = pauseTimer(timer(), T0 + 5 * MIN);
    expect(pauseTimer(paused, T0 + 9 * MIN)).toEqual({ ...paused, lastSeenMs: T0 + 9 * MIN });
    expect(elapsedMs(pauseTimer(paused, T0 + 9 * MIN), T0 + 20 * MIN)).toBe(5 * MIN);
    const running = resumeTimer(paused, T0 + 10 * MIN);
    expect(resumeTimer(running, T0 + 12 * MIN).runningSinceMs).toBe(T0 + 10 * MIN);
    expect(elapsedMs(resumeTimer(running, T0 + 12 * MIN), T0 + 15 * MIN)).toBe(10 * MIN);
  });

  it('a clock that goes back loses no counted time and never counts negative time', () => {
    let t = observe(timer(), T0 + 20 * MIN);
    // The clock is put back 15 minutes: the 20 counted stay, and counting goes on from the new reading.
    t = observe(t, T0 + 5 * MIN);
    expect(elapsedMs(t, T0 + 5 * MIN)).toBe(20 * MIN);
    expect(elapsedMs(t, T0 + 15 * MIN)).toBe(30 * MIN);
    t = observe(t, T0 + 15 * MIN);
    // Back before the start itself: still never less than what was counted.
    expect(elapsedMs(t, T0 - 60 * MIN)).toBe(30 * MIN);
  });

  it('a clock that goes back while paused changes nothing counted, and resuming counts from the new reading', () => {
    let t = pauseTimer(timer(), T0 + 12 * MIN);
    t = observe(t, T0 - 30 * MIN);
    expect(elapsedMs(t, T0 - 30 * MIN)).toBe(12 * MIN);
    t = resumeTimer(t, T0 - 30 * MIN);
    expect(elapsedMs(t, T0 - 20 * MIN)).toBe(22 * MIN);
  });

  it('a clock that jumps forward counts, up to a whole day', () => {
    const t = timer();
    expect(elapsedMs(t, T0 + 3 * 60 * MIN)).toBe(180 * MIN);
    expect(elapsedMs(t, T0 + 5 * 24 * 60 * MIN)).toBe(MAX_ELAPSED_MS);
  });
});

describe('focus timer: what a stop logs', () => {
  it('nothing under half a minute; the nearest whole minute otherwise', () => {
    expect(logFor(timer(), T0 + 29_000)).toBeNull();
    expect(logFor(timer(), T0 + 30_000)).toEqual({ timerMinutes: 1, loggedMinutes: 1 });
    expect(logFor(timer(), T0 + 29.4 * MIN)).toEqual({ timerMinutes: 29, loggedMinutes: 29 });
    expect(logFor(timer(), T0 + 29.6 * MIN)).toEqual({ timerMinutes: 30, loggedMinutes: 30 });
  });

  it('a session that already had minutes gets them plus the timer’s (never counted twice), clamped to a day', () => {
    expect(logFor(timer({ baseMinutes: 40 }), T0 + 30 * MIN)).toEqual({ timerMinutes: 30, loggedMinutes: 70 });
    expect(logFor(timer({ baseMinutes: 1430 }), T0 + 60 * MIN)).toEqual({ timerMinutes: 60, loggedMinutes: 1440 });
    expect(logFor(timer(), T0 + 3 * 24 * 60 * MIN)).toEqual({ timerMinutes: 1440, loggedMinutes: 1440 });
  });

  it('inputs outside the schema are clamped at the start', () => {
    const t = startTimer({ ...START, plannedMinutes: 5000, baseMinutes: -3, title: '' }, T0);
    expect([t.plannedMinutes, t.baseMinutes, t.title]).toEqual([1440, 0, 'Study session']);
    expect(TimerFileSchema.safeParse({ version: 1, timer: t, pendingLog: null }).success).toBe(true);
  });
});

describe('focus timer: the planned-time notice', () => {
  it('is due once the running time reaches the planned length, and not again once handled', () => {
    let t = timer({ plannedMinutes: 45 });
    expect(endNoticeDue(t, T0 + 44.9 * MIN)).toBe(false);
    t = pauseTimer(t, T0 + 30 * MIN);
    // Paused time does not bring it closer.
    expect(endNoticeDue(t, T0 + 90 * MIN)).toBe(false);
    t = resumeTimer(t, T0 + 90 * MIN);
    expect(endNoticeDue(t, T0 + 104 * MIN)).toBe(false);
    expect(endNoticeDue(t, T0 + 105 * MIN)).toBe(true);
    expect(endNoticeDue(withEndNotice(t, 'shown'), T0 + 200 * MIN)).toBe(false);
    expect(endNoticeDue(withEndNotice(t, 'suppressed'), T0 + 200 * MIN)).toBe(false);
  });
});

describe('focus timer: the saved file', () => {
  it('a timer written and read back (a restart) counts on exactly as before', () => {
    const t = pauseTimer(resumeTimer(pauseTimer(observe(timer(), T0 + 20 * MIN), T0 + 25 * MIN), T0 + 30 * MIN), T0 + 32 * MIN);
    const running = resumeTimer(t, T0 + 40 * MIN);
    const back = parseTimerFile(JSON.stringify({ version: 1, timer: running, pendingLog: null }));
    expect(back.problem).toBeNull();
    expect(back.file.timer).toEqual(running);
    expect(elapsedMs(back.file.timer as FocusTimer, T0 + 50 * MIN)).toBe(elapsedMs(running, T0 + 50 * MIN));
    expect(elapsedMs(running, T0 + 50 * MIN)).toBe(37 * MIN);
  });

  it('a damaged or foreign file reads as no timer, with the reason', () => {
    expect(parseTimerFile('{"version":1,"timer":')).toEqual({ file: EMPTY_TIMER_FILE, problem: 'it is not JSON' });
    const wrong = parseTimerFile(JSON.stringify({ version: 2, timer: null, pendingLog: null }));
    expect(wrong.file).toEqual(EMPTY_TIMER_FILE);
    expect(wrong.problem).toBeTruthy();
    const negative = parseTimerFile(JSON.stringify({ version: 1, timer: { ...timer(), accumulatedMs: -5 }, pendingLog: null }));
    expect(negative.file).toEqual(EMPTY_TIMER_FILE);
  });
});
