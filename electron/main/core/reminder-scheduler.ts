/**
 * The reminder scheduler, which shows each reminder at most once, even across a crash: it decides, once a minute and on
 * every rescan, which reminders to show now, records them as delivered in the store, then hands
 * them to the notifier. It owns the timing loop and the at-most-once bookkeeping; what reminders
 * exist and when they are due is shared/planner/reminders.ts, and showing one is notifications.ts.
 *
 * No `electron` import: the clock, the store and the notifier are injected, so unit tests drive
 * it with a fake clock and the e2e harness runs it for real against the store-host page.
 *
 * Rules, and why:
 *  - A short repeating interval, never one long setTimeout: Node timers overflow past ~24.8 days
 *    and do not fire while the machine sleeps, so "sleep until the next reminder" would be late
 *    or never. Each check recomputes from the store, so nothing is lost across sleep or restart.
 *  - Each check looks at (last check, now]. The last check is stored with the delivered ids, so
 *    after a restart the window covers the time the app was closed.
 *  - A wrong clock consumes nothing for good: a last check in the future (the clock ran ahead,
 *    then was corrected) is replaced by the real one, and deliveries recorded by the early check
 *    count only once their time has come, so each reminder is shown when it really is due.
 *  - A reminder at most `graceMinutes` late is shown as itself; later ones (app closed, laptop
 *    asleep) are folded into ONE catch-up notification. More than MAX_NOTIFICATIONS_PER_CHECK
 *    at once also become one catch-up: never a burst of toasts.
 *  - Mark delivered FIRST, then show, and show only ids the store says it newly recorded: a
 *    crash between the two loses one toast instead of repeating it, and two overlapping checks
 *    (or two processes) cannot both show the same reminder.
 *  - Checks are serialised: a tick or rescan during a check queues one follow-up check.
 *  - A store error (host restarting, timeout) is logged once and the check is simply retried at
 *    the next tick; nothing is marked, so nothing is lost.
 */
import { isValidTimeZone } from '../../../shared/domain/availability';
import { computerTimeZone } from '../../../shared/domain/time-zone';
import type { EventPayloadOf } from '../../../shared/ipc/contract';
import { REMINDER_LOOKBACK_DAYS, type RemindersInputs } from '../../../shared/ipc/internal';
import type { DisplayFormat } from '../../../shared/locale/display-format';
import {
  catchUpSummary,
  computeReminders,
  DEFAULT_GRACE_MINUTES,
  deliveredAsOf,
  dueReminders,
  type Reminder,
  type ReminderTarget,
} from '../../../shared/planner/reminders';
import { DAY_MS, formatInstant, MINUTE_MS, parseInstant } from '../../../shared/planner/time';
import type { StoreCalls } from './store-calls';

export const DEFAULT_CHECK_INTERVAL_MS = 60_000;
/** More reminders than this due in one check are shown as one catch-up instead. */
export const MAX_NOTIFICATIONS_PER_CHECK = 3;

export interface SchedulerClock {
  now(): number;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** The store calls a check makes (main's typed store client; a fake in unit tests). */
export type SchedulerStore = StoreCalls;

export interface ReminderNotifier {
  show(reminder: Reminder): void;
}

export interface ReminderSchedulerOptions {
  clock: SchedulerClock;
  store: SchedulerStore;
  notifier: ReminderNotifier;
  intervalMs?: number;
  /** This computer's IANA zone, read at every check (the learner's own zone wins when set). */
  timeZone?: () => string;
  log?: (message: string) => void;
  graceMinutes?: number;
  /** The learner's locale, for the dates and times in each reminder (main's display format). */
  format?: () => DisplayFormat;
}

export interface ReminderScheduler {
  /** An immediate check, then one every interval. A second call does nothing. */
  start(): void;
  /** No further checks; resolves when a check in flight has finished. */
  stop(): Promise<void>;
  /** Check now (after a resume, a time-zone change, a plan or settings change). */
  rescan(reason: string): Promise<void>;
  /** Resolves once no check is running or queued. */
  idle(): Promise<void>;
}

export interface DeliveryPlan {
  /** What to show, in order: timely reminders and at most one catch-up. */
  show: Reminder[];
  /** Missed reminders summed up by the catch-up: recorded as delivered, never shown. */
  folded: Reminder[];
}

export const systemTimeZone = computerTimeZone;

/**
 * What one check at `now` delivers, given the store's inputs. Pure; throws RangeError on data
 * that fails the planner's own checks (see computeReminders).
 */
export function planDelivery(inputs: RemindersInputs, now: number, graceMinutes = DEFAULT_GRACE_MINUTES, format?: DisplayFormat): DeliveryPlan {
  const lookbackStart = now - REMINDER_LOOKBACK_DAYS * DAY_MS;
  const stored = inputs.lastCheckUtc === null ? null : parseInstant(inputs.lastCheckUtc);
  // Nothing can have come due since a check at this very instant.
  if (stored !== null && stored === now) return { show: [], folded: [] };
  // A last check later than now means the clock ran ahead and has been corrected (by hand or by
  // NTP): that check's time says nothing about what the learner has seen, so this check is
  // treated like a first run (the grace window only, never a backlog), and this check's time is
  // stored in its place. What the early check delivered counts only up to now (deliveredAsOf),
  // so every reminder it consumed ahead of time is shown when it really comes due.
  const lastCheck = stored === null || stored > now ? null : Math.max(stored, lookbackStart);
  const from = lastCheck ?? now - graceMinutes * MINUTE_MS;
  // Without a plan there is no week to preview; exam and renewal reminders still apply.
  const settings = inputs.hasPlan ? inputs.settings : { ...inputs.settings, digest: { ...inputs.settings.digest, enabled: false } };
  const reminders = computeReminders({
    settings,
    timeZone: inputs.timeZone,
    sessions: inputs.sessions,
    exams: inputs.exams,
    certifications: inputs.certifications,
    reviewDueUtc: inputs.reviewDueUtc,
    fromUtc: formatInstant(from),
    // dueReminders never shows anything early, so nothing past `now` is needed.
    toUtc: formatInstant(now + 1),
    ...(format ? { format } : {}),
  });
  const { due, missed } = dueReminders({
    reminders,
    delivered: deliveredAsOf(inputs.delivered, formatInstant(now), graceMinutes),
    nowUtc: formatInstant(now),
    lastCheckUtc: lastCheck === null ? null : formatInstant(lastCheck),
    graceMinutes,
  });
  if (due.length + (missed.length > 0 ? 1 : 0) > MAX_NOTIFICATIONS_PER_CHECK) {
    const all = [...due, ...missed];
    return { show: [catchUpSummary(all)!], folded: all };
  }
  const catchUp = catchUpSummary(missed);
  return { show: catchUp ? [...due, catchUp] : due, folded: missed };
}

/**
 * The `navigate` event that opens exactly what a reminder announced: the digest's week (not the
 * current one), a session's week with that session in focus, an exam's certification.
 */
export function navigationFor(target: ReminderTarget): EventPayloadOf<'navigate'> {
  if (target.screen === 'today') return { screen: 'today' };
  return target.screen === 'certifications'
    ? { screen: 'certifications', ...(target.certId ? { certId: target.certId } : {}) }
    : { screen: 'week', weekStart: target.weekStart, ...(target.sessionId ? { sessionId: target.sessionId } : {}) };
}

export function createReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const { clock, store, notifier } = options;
  const intervalMs = options.intervalMs ?? DEFAULT_CHECK_INTERVAL_MS;
  const graceMinutes = options.graceMinutes ?? DEFAULT_GRACE_MINUTES;
  const readZone = options.timeZone ?? systemTimeZone;
  const log = options.log ?? ((message: string) => console.warn(`reminders: ${message}`));

  let started = false;
  let stopped = false;
  let interval: unknown = null;
  let loop: Promise<void> | null = null;
  let queued: string | null = null;
  let lastZone: string | null = null;
  let lastProblem: string | null = null;

  /** Logs a problem once until it changes or goes away, so a dead store is not logged every minute. */
  function problem(message: string): void {
    if (message !== lastProblem) log(message);
    lastProblem = message;
  }

  function currentZone(): string {
    let zone: string | undefined;
    try {
      zone = readZone();
    } catch {
      zone = undefined;
    }
    return isValidTimeZone(zone) ? zone : 'UTC';
  }

  async function check(reason: string): Promise<void> {
    const now = clock.now();
    const nowUtc = formatInstant(now);
    const inputs = await store.call('reminders:inputs', { nowUtc, fallbackTimeZone: currentZone() });
    if (!inputs.ok) return problem(`could not read reminder inputs (${reason}): ${inputs.error.message}; retrying next check.`);

    let plan: DeliveryPlan;
    try {
      plan = planDelivery(inputs.value, now, graceMinutes, options.format?.());
    } catch (error) {
      // Bad stored data: do not advance the last check, so nothing is skipped once it is fixed.
      return problem(`could not compute reminders: ${error instanceof Error ? error.message : String(error)}`);
    }

    const deliveries = [...plan.show, ...plan.folded].map((r) => ({ reminderId: r.id, kind: r.kind }));
    const marked = await store.call('reminders:mark-delivered', { checkUtc: nowUtc, deliveries });
    if (!marked.ok) return problem(`could not record delivered reminders: ${marked.error.message}; nothing shown, retrying next check.`);
    if (lastProblem !== null) log('reminder checks work again.');
    lastProblem = null;

    const recorded = new Set(marked.value.recorded);
    for (const reminder of plan.show) {
      if (!recorded.has(reminder.id)) continue; // another check already delivered it
      try {
        notifier.show(reminder);
      } catch (error) {
        // Recorded but not shown: at most once beats twice (a reminder shown twice after a
        // crash is worse than one lost). Say so in the log.
        log(`could not show "${reminder.id}": ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  function enqueue(reason: string): Promise<void> {
    if (stopped) return loop ?? Promise.resolve();
    queued ??= reason;
    if (loop) return loop;
    loop = (async () => {
      try {
        while (queued !== null && !stopped) {
          const next = queued;
          queued = null;
          try {
            await check(next);
          } catch (error) {
            problem(`reminder check failed: ${String(error)}`); // check() handles its own errors; belt and braces
          }
        }
      } finally {
        // Runs in the same turn as the last loop test, so an enqueue() can never slip between.
        loop = null;
        queued = null;
      }
    })();
    return loop;
  }

  function tick(): void {
    const zone = currentZone();
    if (lastZone !== null && zone !== lastZone) {
      log(`time zone changed from ${lastZone} to ${zone}; rescanning.`);
      void enqueue('time-zone change');
    } else {
      void enqueue('tick');
    }
    lastZone = zone;
  }

  return {
    start() {
      if (started || stopped) return;
      started = true;
      lastZone = currentZone();
      interval = clock.setInterval(tick, intervalMs);
      void enqueue('start');
    },
    async stop() {
      stopped = true;
      if (interval !== null) clock.clearInterval(interval);
      interval = null;
      await loop;
    },
    rescan(reason) {
      return enqueue(reason);
    },
    async idle() {
      while (loop) await loop;
    },
  };
}
