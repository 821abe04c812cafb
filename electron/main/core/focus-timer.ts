/**
 * The focus timer as pure decisions: one timer for one study session, started, paused, resumed
 * and stopped by the learner, counted on the wall clock (so it can be saved and picked up after a
 * restart), and the "planned time reached" notice due exactly once. No I/O here:
 * focus-timer-service.ts loads and saves it and carries out what these functions decide.
 *
 * Rules, and why:
 *  - Time counts in running stretches: `accumulatedMs` holds the finished ones, `runningSinceMs`
 *    the start of the current one (null while paused). Paused time never counts.
 *  - A clock that goes back (corrected by hand or by the network) never takes time away and
 *    never makes it negative: the stretch is closed at the latest reading seen (`lastSeenMs`)
 *    and a new one starts at the new reading. A clock that jumps forward counts, as any wall
 *    clock would (a timer left running while the computer slept counted that time too): the
 *    learner sees it and can stop with the real figure in the week view.
 *  - Nothing counts past a whole day (`MAX_ELAPSED_MS`), the most a session can log.
 *  - Minutes are rounded to the nearest whole minute; the logged figure is the minutes the
 *    session had when the timer started plus the timer's, clamped to a day (see logFor).
 *  - The notice is due once elapsed reaches the planned length; it is marked handled ('shown'
 *    or 'suppressed' by quiet hours) before it is shown, so a crash or restart cannot repeat it.
 */
import { z } from 'zod';

export const MINUTE_MS = 60_000;
/** The most a session can log (StudySessionSchema.loggedMinutes), and so the most the timer counts. */
export const MAX_LOGGED_MINUTES = 24 * 60;
export const MAX_ELAPSED_MS = MAX_LOGGED_MINUTES * MINUTE_MS;

/** An instant in ms, within what Date can hold. */
const Instant = z.number().int().min(0).max(8.64e15);

export const FocusTimerSchema = z.strictObject({
  sessionId: z.string().min(1).max(120),
  /** Monday of the session's week (the store's key for it). */
  weekStart: z.iso.date(),
  /** The milestone's title when the timer started, for the notice and the tray. */
  title: z.string().min(1).max(300),
  /** The learner's zone, for quiet hours. */
  timeZone: z.string().min(1).max(100),
  plannedMinutes: z.number().int().min(1).max(MAX_LOGGED_MINUTES),
  /** Minutes the session had logged when the timer started (it was already done). */
  baseMinutes: z.number().int().min(0).max(MAX_LOGGED_MINUTES),
  startedAtMs: Instant,
  accumulatedMs: z.number().int().min(0).max(MAX_ELAPSED_MS),
  runningSinceMs: Instant.nullable(),
  lastSeenMs: Instant,
  endNotice: z.enum(['pending', 'shown', 'suppressed']),
});
export type FocusTimer = z.infer<typeof FocusTimerSchema>;

/** Minutes a stop decided to log, kept until the store has them (written with the same write id every time). */
export const PendingLogSchema = z.strictObject({
  sessionId: z.string().min(1).max(120),
  title: z.string().min(1).max(300),
  loggedMinutes: z.number().int().min(0).max(MAX_LOGGED_MINUTES),
  timerMinutes: z.number().int().min(0).max(MAX_LOGGED_MINUTES),
  writeId: z.string().regex(/^[0-9a-f][0-9a-f-]{15,63}$/),
});
export type PendingLog = z.infer<typeof PendingLogSchema>;

/** What main keeps on disk: the timer (null when none) and a stop not yet written. */
export const TimerFileSchema = z.strictObject({
  version: z.literal(1),
  timer: FocusTimerSchema.nullable(),
  pendingLog: PendingLogSchema.nullable(),
});
export type TimerFile = z.infer<typeof TimerFileSchema>;

export const EMPTY_TIMER_FILE: TimerFile = { version: 1, timer: null, pendingLog: null };

export interface TimerStart {
  sessionId: string;
  weekStart: string;
  title: string;
  timeZone: string;
  plannedMinutes: number;
  baseMinutes: number;
}

const clampInt = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(n)));

export function startTimer(start: TimerStart, nowMs: number): FocusTimer {
  return {
    sessionId: start.sessionId,
    weekStart: start.weekStart,
    title: start.title.slice(0, 300) || 'Study session',
    timeZone: start.timeZone,
    plannedMinutes: clampInt(start.plannedMinutes, 1, MAX_LOGGED_MINUTES),
    baseMinutes: clampInt(start.baseMinutes, 0, MAX_LOGGED_MINUTES),
    startedAtMs: nowMs,
    accumulatedMs: 0,
    runningSinceMs: nowMs,
    lastSeenMs: nowMs,
    endNotice: 'pending',
  };
}

/**
 * The timer after reading the clock at `nowMs`. A reading earlier than the latest one seen means
 * the clock went back: the running stretch is closed at the latest reading and a new one starts
 * now, so no counted time is lost and none is counted twice.
 */
export function observe(timer: FocusTimer, nowMs: number): FocusTimer {
  if (nowMs >= timer.lastSeenMs) return nowMs === timer.lastSeenMs ? timer : { ...timer, lastSeenMs: nowMs };
  if (timer.runningSinceMs === null) return { ...timer, lastSeenMs: nowMs };
  const counted = Math.max(0, timer.lastSeenMs - timer.runningSinceMs);
  return { ...timer, accumulatedMs: Math.min(MAX_ELAPSED_MS, timer.accumulatedMs + counted), runningSinceMs: nowMs, lastSeenMs: nowMs };
}

/** Time counted at `nowMs` (after observe), at most a day. */
export function elapsedMs(timer: FocusTimer, nowMs: number): number {
  const seen = observe(timer, nowMs);
  const running = seen.runningSinceMs === null ? 0 : Math.max(0, nowMs - seen.runningSinceMs);
  return Math.min(MAX_ELAPSED_MS, seen.accumulatedMs + running);
}

export function isRunning(timer: FocusTimer): boolean {
  return timer.runningSinceMs !== null;
}

/** Paused at `nowMs`; a paused timer stays as it is. */
export function pauseTimer(timer: FocusTimer, nowMs: number): FocusTimer {
  const seen = observe(timer, nowMs);
  if (seen.runningSinceMs === null) return seen;
  return { ...seen, accumulatedMs: elapsedMs(seen, nowMs), runningSinceMs: null };
}

/** Running again from `nowMs`; a running timer stays as it is. */
export function resumeTimer(timer: FocusTimer, nowMs: number): FocusTimer {
  const seen = observe(timer, nowMs);
  if (seen.runningSinceMs !== null) return seen;
  return { ...seen, runningSinceMs: nowMs };
}

/** Whole minutes the timer counted (nearest minute). */
export function timerMinutes(timer: FocusTimer, nowMs: number): number {
  return clampInt(elapsedMs(timer, nowMs) / MINUTE_MS, 0, MAX_LOGGED_MINUTES);
}

/**
 * What a stop at `nowMs` logs: null when the timer counted less than a minute (nothing to log,
 * the session is left as it was); else the session's new logged minutes, which replace what it
 * had (`baseMinutes` is what it had when the timer started, so nothing is counted twice).
 */
export function logFor(timer: FocusTimer, nowMs: number): { timerMinutes: number; loggedMinutes: number } | null {
  const minutes = timerMinutes(timer, nowMs);
  if (minutes < 1) return null;
  return { timerMinutes: minutes, loggedMinutes: Math.min(MAX_LOGGED_MINUTES, timer.baseMinutes + minutes) };
}

/** True when the planned length has been reached and the notice has not been handled yet. */
export function endNoticeDue(timer: FocusTimer, nowMs: number): boolean {
  return timer.endNotice === 'pending' && elapsedMs(timer, nowMs) >= timer.plannedMinutes * MINUTE_MS;
}

/** The notice handled: shown, or kept quiet because quiet hours or a pause were on. */
export function withEndNotice(timer: FocusTimer, outcome: 'shown' | 'suppressed'): FocusTimer {
  return { ...timer, endNotice: outcome };
}

/** The notice's words. */
export function endNoticeText(timer: FocusTimer): { title: string; body: string } {
  return {
    title: 'Planned study time reached',
    body: `“${timer.title}”: your ${timer.plannedMinutes} planned minutes are up. Stop the timer to log them, or keep going.`,
  };
}

/** Reads a saved file's text; anything damaged or unknown reads as no timer, with the reason. */
export function parseTimerFile(text: string): { file: TimerFile; problem: string | null } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { file: EMPTY_TIMER_FILE, problem: 'it is not JSON' };
  }
  const checked = TimerFileSchema.safeParse(parsed);
  if (!checked.success) return { file: EMPTY_TIMER_FILE, problem: checked.error.issues[0]?.message ?? 'it does not match its format' };
  return { file: checked.data, problem: null };
}
