/**
 * Keeps the study calendar file up to date in the folder the learner chose, so a calendar app
 * that follows the file sees every change of the plan. Main tells it the folder (from
 * settings, at start and on every `settings:changed`) and that something changed (`plan:changed`,
 * which follows ticks, session marks and moves, re-plans and exam bookings, and
 * `settings:changed`, which carries the session heads-up the events' alarms follow); it rewrites
 * `mle-path-study-calendar.ics` there and reports how that went.
 *
 * No `electron` import: the folder dialog, the clock and the timers come in as functions, so unit
 * tests drive it with fake timers and a real temporary folder, and the e2e harness runs it as is.
 *
 * Rules, and why:
 *  - One stable file name: a calendar app subscribed to the file (or a sync client sharing the
 *    folder) keeps following it; the UIDs inside are stable too (calendar-events.ts), and every
 *    change carries a higher SEQUENCE (calendar-ledger.ts).
 *  - Changes arrive in bursts (a re-plan after a booking, several ticks in a row): writes wait
 *    CALENDAR_SYNC_DELAY_MS after the last change, and never overlap; a change during a write
 *    queues exactly one more.
 *  - Written atomically (atomic-file.ts): a calendar app never reads half a file.
 *  - A missing or read-only folder is recorded in plain words (shown in Settings) and logged
 *    once; nothing throws, nothing is created (a folder on a drive that is not connected must not
 *    reappear as an empty local one), and the next change tries again.
 *  - Sessions a re-plan removed stay in the file as cancelled until their week leaves it, so a
 *    calendar that imported an earlier version drops them; with nothing at all left the file is
 *    an empty calendar.
 */
import path from 'node:path';
import { calendarFolderProblem } from '../../../shared/domain/calendar-folder';
import type { CalendarSyncStatus } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { writeFileAtomically } from './atomic-file';
import { readStudyCalendar, type StudyCalendarSource } from './calendar-export';

/** The file kept in the chosen folder; never dated, so calendar apps can keep following it. */
export const SYNCED_CALENDAR_FILE = 'mle-path-study-calendar.ics';
/** Quiet time after the last change before the file is rewritten. */
export const CALENDAR_SYNC_DELAY_MS = 1500;

export interface SyncTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface CalendarSyncDeps extends StudyCalendarSource {
  timers: SyncTimers;
  /** Shows a folder picker starting at `current`; null when cancelled. */
  chooseFolder(current: string | null): Promise<string | null>;
  /** Called with every new status, for main to push to the UI. */
  onStatus?: (status: CalendarSyncStatus) => void;
  delayMs?: number;
  log?: (message: string) => void;
}

export interface CalendarSync {
  /** The folder from settings (null = off). A new folder is written to after the delay. */
  configure(folder: string | null): void;
  /** Something the calendar shows may have changed: rewrite after the delay (when on). */
  changed(): void;
  /** The folder dialog, then stores the folder in settings; null when cancelled. */
  chooseFolder(): Promise<Result<CalendarSyncStatus | null>>;
  status(): CalendarSyncStatus;
  /** Resolves once no write is running (a pending delay is not waited for). */
  idle(): Promise<void>;
  /** No further writes; resolves when a write in flight has finished. */
  stop(): Promise<void>;
}

const OFF: CalendarSyncStatus = { folder: null, filePath: null, lastWrittenAt: null, events: null, lastError: null };

/** Why a write failed, in the learner's words, from the file system's error code. */
export function describeWriteError(error: unknown, folder: string): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : null;
  const retry = 'MLE Path tries again at the next change.';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `The folder ${folder} is not there any more (moved, renamed or on a drive that is not connected). ${retry}`;
    case 'EACCES':
    case 'EPERM':
      return `MLE Path is not allowed to save files in ${folder}. Choose a folder you can save files in.`;
    case 'EROFS':
      return `${folder} is on a read-only drive. Choose another folder.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `The drive holding ${folder} is full. ${retry}`;
    case 'EBUSY':
      return `Another program is using the calendar file in ${folder}. ${retry}`;
    default:
      return `The calendar file could not be saved in ${folder} (${code ?? (error instanceof Error ? error.message : String(error))}). ${retry}`;
  }
}

export function createCalendarSync(deps: CalendarSyncDeps): CalendarSync {
  const delayMs = deps.delayMs ?? CALENDAR_SYNC_DELAY_MS;
  const log = deps.log ?? ((message: string) => console.warn(`calendar file: ${message}`));
  let folder: string | null = null;
  let current: CalendarSyncStatus = OFF;
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let lastLogged: string | null = null;

  function publish(next: CalendarSyncStatus): void {
    current = next;
    deps.onStatus?.(next);
  }

  function cancelTimer(): void {
    if (timer !== null) deps.timers.clear(timer);
    timer = null;
  }

  function schedule(): void {
    if (stopped || folder === null) return;
    cancelTimer();
    timer = deps.timers.set(() => {
      timer = null;
      void flush();
    }, delayMs);
  }

  function flush(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await writeOnce();
        } while (again && !stopped);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  async function writeOnce(): Promise<void> {
    const target = folder;
    if (target === null || stopped) return;
    let problem: string | null = null;
    let events = 0;
    const now = deps.now();
    const refused = calendarFolderProblem(target);
    if (refused !== null) {
      // Stored by an older build that accepted it: never written to, and said why.
      problem = `${refused} Choose a folder here.`;
    } else if (!path.isAbsolute(target)) {
      // Valid on some computer (a folder chosen on Windows, now on Linux), not on this one.
      problem = `${target} is not a folder on this computer. Choose a folder here.`;
    } else {
      const built = await readStudyCalendar({ ...deps, now: () => now }, { allowEmpty: true });
      // Stopped (or moved to another folder) while reading the store: this folder gets nothing more.
      if (folder !== target || stopped) return;
      if (!built.ok) problem = `The calendar could not be built: ${built.error.message}`;
      else {
        events = built.value.events;
        try {
          await writeFileAtomically(path.join(target, SYNCED_CALENDAR_FILE), built.value.text);
        } catch (error) {
          problem = describeWriteError(error, target);
        }
      }
    }
    // The learner stopped or chose another folder meanwhile: that newer status stands.
    if (folder !== target) return;
    if (problem !== null) {
      if (problem !== lastLogged) log(problem);
      lastLogged = problem;
      publish({ ...current, lastError: problem });
    } else {
      if (lastLogged !== null) log(`writing to ${target} works again.`);
      lastLogged = null;
      publish({ ...current, lastWrittenAt: now.toISOString(), events, lastError: null });
    }
  }

  function configure(next: string | null): void {
    if (next === folder || stopped) return;
    folder = next;
    lastLogged = null;
    cancelTimer();
    if (next === null) {
      publish(OFF);
      return;
    }
    publish({ folder: next, filePath: path.join(next, SYNCED_CALENDAR_FILE), lastWrittenAt: null, events: null, lastError: null });
    schedule();
  }

  return {
    configure,
    changed: schedule,
    async chooseFolder() {
      const picked = await deps.chooseFolder(folder);
      if (picked === null) return ok(null);
      // A folder dialog can return a network location: refused here with the reason, before
      // anything is stored or written.
      const refused = calendarFolderProblem(picked);
      if (refused !== null) return fail('invalid-request', refused, [{ path: 'calendarFolder', message: refused }]);
      // Over main's own channel (the page can only send null): validated by the store again,
      // announced to every window, kept across restarts. The settings:changed that follows
      // finds it configured.
      const saved = await deps.store.call('settings:set-calendar-folder', { folder: picked });
      if (!saved.ok) return saved;
      configure(picked);
      // Choosing the same folder again is how a learner says "try now".
      schedule();
      return ok(current);
    },
    status: () => current,
    idle: () => running ?? Promise.resolve(),
    async stop() {
      stopped = true;
      cancelTimer();
      await running;
    },
  };
}

/** The router's local handlers for the kept calendar file. */
export function calendarSyncChannels(sync: CalendarSync) {
  return {
    'calendar:sync-status': async () => ok(sync.status()),
    'calendar:choose-folder': () => sync.chooseFolder(),
  };
}
