/**
 * The focus timer while the app runs: the pure decisions of focus-timer.ts carried out. It lives
 * in main, so it keeps counting with the window closed (the app stays in the tray), and it is
 * kept in `focus-timer.json` in the user-data folder, written atomically at every change, so a
 * restart picks it up where it was. Like the calendar ledger it is this computer's state, not
 * the learner's data: a backup does not carry it and a restore does not bring one back.
 *
 * What it does, and why:
 *  - Every change is saved before it is answered or shown: a crash never loses a start, a pause
 *    or a stop the window was told about.
 *  - A stop is saved as a pending log (the minutes and a write id) before the store is asked to
 *    write them, then cleared. Should the store not answer, the same write (same id, so applied
 *    once) is sent again at every check and at the next start.
 *  - A check every CHECK_MS (and at start): the clock is read (focus-timer.ts handles a clock
 *    that went back), the "planned time reached" notice is shown once, and the window gets the
 *    timer so its display stays right.
 *  - The notice follows the learner's reminder rules: in quiet hours or while reminders are
 *    paused it is not shown (the window and the tray still say the time is up), because a
 *    notice that comes hours later says nothing useful.
 *  - One operation at a time: a check, a click and a stop never interleave.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TimerView } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { isInQuietHours } from '../../../shared/planner/reminders';
import { formatInstant, instantToLocal, parseInstant } from '../../../shared/planner/time';
import { writeFileAtomically } from './atomic-file';
import {
  EMPTY_TIMER_FILE,
  elapsedMs,
  endNoticeDue,
  endNoticeText,
  isRunning,
  logFor,
  MINUTE_MS,
  observe,
  parseTimerFile,
  pauseTimer,
  resumeTimer,
  startTimer,
  withEndNotice,
  type FocusTimer,
  type TimerFile,
} from './focus-timer';
import type { MainHandlers } from './ipc-router';
import type { StoreCalls } from './store-calls';

export const FOCUS_TIMER_FILE = 'focus-timer.json';
/** How often a running timer is checked (the notice is at most this late) and pushed to the window. */
export const TIMER_CHECK_MS = 15_000;

export interface TimerClock {
  now(): number;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface FocusTimerDeps {
  file: string;
  store: StoreCalls;
  clock: TimerClock;
  /** Shows the "planned time reached" notice; a click opens Today. */
  notify(title: string, body: string): void;
  /** The window hears every change (`timer:changed`). */
  onChange(view: TimerView): void;
  newWriteId(): string;
  log?: (message: string) => void;
}

export interface StopOutcome {
  timer: TimerView;
  logged: { sessionId: string; timerMinutes: number; loggedMinutes: number } | null;
}

export interface FocusTimerService {
  /** Reads the saved timer, sends a stop that was not written yet, and starts the checks. */
  start(): Promise<void>;
  view(): Promise<TimerView>;
  begin(sessionId: string, weekStart: string): Promise<Result<TimerView>>;
  pause(): Promise<Result<TimerView>>;
  resume(): Promise<Result<TimerView>>;
  stop(): Promise<Result<StopOutcome>>;
  /** One check now (what the interval runs). */
  check(): Promise<void>;
  /** No more checks; waits for an operation in flight. */
  shutdown(): Promise<void>;
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : String(error);
}

export function createFocusTimerService(deps: FocusTimerDeps): FocusTimerService {
  const log = deps.log ?? ((message: string) => console.warn(`focus timer: ${message}`));
  let state: TimerFile = EMPTY_TIMER_FILE;
  let loaded: Promise<void> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let interval: unknown = null;

  /** Runs `step` after every operation before it (each answers for itself). */
  function serial<T>(step: () => Promise<T>): Promise<T> {
    const next = queue.then(async () => {
      await load();
      return step();
    });
    queue = next.catch(() => undefined);
    return next;
  }

  function load(): Promise<void> {
    loaded ??= (async () => {
      let text: string;
      try {
        text = await readFile(deps.file, 'utf8');
      } catch (error) {
        if (codeOf(error) !== 'ENOENT') log(`could not read ${deps.file} (${codeOf(error)}); starting without a timer.`);
        return;
      }
      const { file, problem } = parseTimerFile(text);
      if (problem) log(`${deps.file} is damaged (${problem}); starting without a timer.`);
      state = file;
    })();
    return loaded;
  }

  /** Saves `next` and makes it current; on failure the current state stays and the reason is returned. */
  async function save(next: TimerFile): Promise<string | null> {
    try {
      await mkdir(path.dirname(deps.file), { recursive: true });
      await writeFileAtomically(deps.file, `${JSON.stringify(next)}\n`);
    } catch (error) {
      return `MLE Path could not save the timer (${codeOf(error)}), so nothing changed.`;
    }
    state = next;
    return null;
  }

  function viewOf(file: TimerFile, nowMs: number): TimerView {
    const t = file.timer;
    const unsavedLog = file.pendingLog ? { sessionId: file.pendingLog.sessionId, title: file.pendingLog.title, loggedMinutes: file.pendingLog.loggedMinutes } : null;
    if (!t) return { state: 'idle', session: null, elapsedMs: 0, asOfUtc: formatInstant(nowMs), plannedReached: false, unsavedLog };
    const elapsed = elapsedMs(t, nowMs);
    return {
      state: isRunning(t) ? 'running' : 'paused',
      session: { id: t.sessionId, weekStart: t.weekStart, title: t.title, plannedMinutes: t.plannedMinutes, baseMinutes: t.baseMinutes },
      elapsedMs: Math.round(elapsed),
      asOfUtc: formatInstant(nowMs),
      plannedReached: elapsed >= t.plannedMinutes * MINUTE_MS,
      unsavedLog,
    };
  }

  function announce(nowMs: number): TimerView {
    const view = viewOf(state, nowMs);
    deps.onChange(view);
    return view;
  }

  /** Saves a new timer (or none) and tells the window; the reason it could not be saved otherwise. */
  async function change(timer: FocusTimer | null, nowMs: number): Promise<Result<TimerView>> {
    const problem = await save({ ...state, timer });
    if (problem) return fail('internal', problem);
    return ok(announce(nowMs));
  }

  /** Whether the learner's reminder rules keep a notice quiet at `nowMs`. */
  async function keptQuiet(timeZone: string, nowMs: number): Promise<boolean> {
    const settings = await deps.store.call('settings:get', {});
    if (!settings.ok) return false;
    const { quietHours, pausedUntilUtc } = settings.value.reminders;
    const pausedUntil = parseInstant(pausedUntilUtc);
    if (pausedUntil !== null && pausedUntil > nowMs) return true;
    return quietHours !== null && isInQuietHours(instantToLocal(timeZone, nowMs).minutes, quietHours);
  }

  /** Sends a stop's minutes to the store (again); clears the pending log once written or refused for good. */
  async function sendPendingLog(): Promise<Result<{ loggedMinutes: number }> | null> {
    const pending = state.pendingLog;
    if (!pending) return null;
    const written = await deps.store.call('session:update', { id: pending.sessionId, status: 'done', loggedMinutes: pending.loggedMinutes }, pending.writeId);
    if (!written.ok && (written.error.code === 'store-unavailable' || written.error.code === 'store-timeout' || written.error.code === 'internal')) {
      log(`the stop’s ${pending.loggedMinutes} minutes wait for the data store: ${written.error.message}`);
      return written;
    }
    const problem = await save({ ...state, pendingLog: null });
    if (problem) log(problem);
    if (!written.ok) {
      return fail(written.error.code, `“${pending.title}”: ${pending.timerMinutes} minutes could not be logged: ${written.error.message}`);
    }
    return ok({ loggedMinutes: written.value.loggedMinutes });
  }

  async function checkNow(): Promise<void> {
    const nowMs = deps.clock.now();
    if (state.pendingLog) {
      const sent = await sendPendingLog();
      if (sent) announce(nowMs);
    }
    const timer = state.timer;
    if (!timer) return;
    let next = observe(timer, nowMs);
    if (endNoticeDue(next, nowMs)) {
      const quiet = await keptQuiet(next.timeZone, nowMs);
      next = withEndNotice(next, quiet ? 'suppressed' : 'shown');
      // Recorded before it is shown: a crash between the two loses one notice, never repeats it.
      const problem = await save({ ...state, timer: next });
      if (problem) {
        log(problem);
        return;
      }
      if (!quiet) deps.notify(endNoticeText(next).title, endNoticeText(next).body);
    } else if (next !== timer) {
      const problem = await save({ ...state, timer: next });
      if (problem) log(problem);
    }
    announce(nowMs);
  }

  return {
    start() {
      return serial(async () => {
        await checkNow();
        interval ??= deps.clock.setInterval(() => void serial(checkNow), TIMER_CHECK_MS);
      });
    },
    view: () => serial(async () => viewOf(state, deps.clock.now())),
    begin(sessionId, weekStart) {
      return serial(async () => {
        const nowMs = deps.clock.now();
        const current = state.timer;
        if (current) {
          if (current.sessionId === sessionId) return ok(viewOf(state, nowMs));
          return fail('conflict', `The focus timer is already running for “${current.title}”: stop it first.`);
        }
        const week = await deps.store.call('week:get', { weekStart });
        if (!week.ok) return fail(week.error.code, `The timer was not started: ${week.error.message}`);
        const session = week.value.sessions.find((s) => s.id === sessionId);
        if (!session) return fail('not-found', 'That study session is no longer in your plan (it was re-planned); open Today again.');
        if (session.status === 'skipped') return fail('conflict', 'That session was skipped: undo the skip in the week view first.');
        const view = await deps.store.call('plan:get', {});
        const title = (session.milestoneId && view.ok && view.value?.plan.milestones.find((m) => m.id === session.milestoneId)?.title) || 'Study session';
        const timer = startTimer(
          {
            sessionId,
            weekStart,
            title,
            timeZone: week.value.timeZone,
            plannedMinutes: session.minutes,
            baseMinutes: session.status === 'done' ? session.loggedMinutes : 0,
          },
          nowMs,
        );
        return change(timer, nowMs);
      });
    },
    pause() {
      return serial(async () => {
        const nowMs = deps.clock.now();
        if (!state.timer) return fail('conflict', 'No focus timer is running.');
        return change(pauseTimer(state.timer, nowMs), nowMs);
      });
    },
    resume() {
      return serial(async () => {
        const nowMs = deps.clock.now();
        if (!state.timer) return fail('conflict', 'No focus timer is paused.');
        return change(resumeTimer(state.timer, nowMs), nowMs);
      });
    },
    stop() {
      return serial(async (): Promise<Result<StopOutcome>> => {
        const nowMs = deps.clock.now();
        const timer = state.timer;
        if (!timer) return fail('conflict', 'No focus timer is running.');
        const minutes = logFor(timer, nowMs);
        if (!minutes) {
          const changed = await change(null, nowMs);
          return changed.ok ? ok({ timer: changed.value, logged: null }) : changed;
        }
        const pendingLog = { sessionId: timer.sessionId, title: timer.title, ...minutes, writeId: deps.newWriteId() };
        const problem = await save({ ...state, timer: null, pendingLog });
        if (problem) return fail('internal', problem);
        const sent = await sendPendingLog();
        const view = announce(nowMs);
        if (sent && !sent.ok) {
          if (state.pendingLog) return fail(sent.error.code, `The timer stopped at ${minutes.timerMinutes} minutes; they are kept and logged as soon as the data store answers (${sent.error.message}).`);
          return sent;
        }
        return ok({ timer: view, logged: { sessionId: timer.sessionId, timerMinutes: minutes.timerMinutes, loggedMinutes: sent?.ok ? sent.value.loggedMinutes : minutes.loggedMinutes } });
      });
    },
    check: () => serial(checkNow),
    async shutdown() {
      if (interval !== null) deps.clock.clearInterval(interval);
      interval = null;
      await queue;
    },
  };
}

/** The channels main answers with the timer. */
export function timerChannels(timer: FocusTimerService): Pick<MainHandlers, 'timer:get' | 'timer:start' | 'timer:pause' | 'timer:resume' | 'timer:stop'> {
  return {
    'timer:get': async () => ok(await timer.view()),
    'timer:start': ({ sessionId, weekStart }) => timer.begin(sessionId, weekStart),
    'timer:pause': () => timer.pause(),
    'timer:resume': () => timer.resume(),
    'timer:stop': () => timer.stop(),
  };
}
