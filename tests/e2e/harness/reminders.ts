/**
 * Reminders in the e2e harness: main's real scheduler, as core/app-services.ts builds it for the
 * app, running in this Node process against the harness's store client (so every check crosses
 * the same MessagePort stand-in to the real store-host page and its IndexedDB), driven by a fake
 * clock and showing into a recording notifier instead of Electron's `Notification`. Store events
 * reach it through main's own fan-out: `plan:changed` and `settings:changed` trigger a rescan.
 */
import { DEFAULT_CHECK_INTERVAL_MS, type ReminderScheduler, type SchedulerClock } from '../../../electron/main/core/reminder-scheduler';
import type { Reminder } from '../../../shared/planner/reminders';
import type { HarnessApp } from './app-harness';

/** A clock whose time moves only when the test says so; its interval fires only on `fire()`. */
export class FakeClock implements SchedulerClock {
  private readonly timers = new Map<number, () => void>();
  private nextId = 1;
  constructor(public t: number) {}
  now = () => this.t;
  setInterval = (fn: () => void) => {
    const id = this.nextId++;
    this.timers.set(id, fn);
    return id;
  };
  clearInterval = (handle: unknown) => {
    this.timers.delete(handle as number);
  };
  fire(): void {
    for (const fn of [...this.timers.values()]) fn();
  }
}

export interface ShownReminder {
  /** The fake clock's time when it was shown. */
  at: string;
  reminder: Reminder;
}

export interface RemindersHarness {
  scheduler: ReminderScheduler;
  clock: FakeClock;
  shown: ShownReminder[];
  logs: string[];
  /** The app runs until `until`: one interval tick per check interval, each check awaited. */
  runUntil(until: string): Promise<void>;
  /** Waits for checks triggered by ticks, rescans or store events. */
  idle(): Promise<void>;
  /** Stops the scheduler (do this before `app.close()`, as main does before quitting). */
  stop(): Promise<void>;
}

/**
 * Starts main's reminder checks in a launched app at `now` in `timeZone`: the scheduler and the
 * event fan-out are main's own (core/app-services.ts); from here on a plan or settings change
 * rescans as it does in the app.
 */
export function startReminders(app: HarnessApp, options: { now: string; timeZone: string }): RemindersHarness {
  const run = app.reminderRun;
  const clock = run.clock;
  clock.t = Date.parse(options.now);
  run.timeZone = options.timeZone;
  const scheduler = app.services.reminders;
  app.services.startReminders();
  return {
    scheduler,
    clock,
    shown: run.shown,
    logs: run.logs,
    async runUntil(until) {
      const end = Date.parse(until);
      while (clock.t + DEFAULT_CHECK_INTERVAL_MS <= end) {
        clock.t += DEFAULT_CHECK_INTERVAL_MS;
        clock.fire();
        await scheduler.idle();
      }
    },
    idle: () => scheduler.idle(),
    stop: () => scheduler.stop(),
  };
}
