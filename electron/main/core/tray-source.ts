/**
 * What the tray needs from the store, and the tray's one write (pause / resume reminders).
 * No `electron` import: the store comes in as main's typed store calls, so unit tests drive it
 * with a fake store.
 */
import type { AppSettings } from '../../../shared/domain/records';
import type { Result } from '../../../shared/ipc/result';
import { formatIsoDate, mondayOf, parseIsoDate } from '../../../shared/planner/time';
import type { StoreCalls } from './store-calls';
import { todaysSessions, withPause, type TrayMenuInput } from './tray-menu';

export interface TraySourceDeps {
  store: StoreCalls;
  now: () => number;
  /** This computer's zone, used until the learner has a plan (and so a zone of their own). */
  fallbackTimeZone: () => string;
  /** The focus timer's state, for the first item's words. */
  timerState?: () => Promise<'idle' | 'running' | 'paused'>;
}

export function createTraySource(deps: TraySourceDeps) {
  const timerState = deps.timerState ?? (async () => 'idle' as const);
  return {
    /** Never fails: what cannot be read is shown as "no plan yet" / "not paused". */
    async menuInput(): Promise<TrayMenuInput> {
      const nowMs = deps.now();
      const [settings, view, timer] = await Promise.all([deps.store.call('settings:get', {}), deps.store.call('plan:get', {}), timerState()]);
      const pausedUntilUtc = settings.ok ? settings.value.reminders.pausedUntilUtc : null;
      const base = { pausedUntilUtc, nowMs, timer, timeZone: deps.fallbackTimeZone(), sessions: null };
      if (!view.ok || !view.value) return base;
      const day = parseIsoDate(view.value.today);
      if (day === null) return base;
      const week = await deps.store.call('week:get', { weekStart: formatIsoDate(mondayOf(day)) });
      if (!week.ok) return base;
      const titles = new Map(view.value.plan.milestones.map((m) => [m.id, m.title]));
      return { pausedUntilUtc, nowMs, timer, timeZone: week.value.timeZone, sessions: todaysSessions(week.value.sessions, titles, week.value.timeZone, nowMs) };
    },

    /** "Pause reminders for a day" (true) or "Resume" (false): rewrites reminders.pausedUntilUtc. */
    async setPaused(pause: boolean): Promise<Result<AppSettings>> {
      const settings = await deps.store.call('settings:get', {});
      if (!settings.ok) return settings;
      return deps.store.call('settings:update', { reminders: withPause(settings.value.reminders, pause, deps.now()) });
    },
  };
}

export type TraySource = ReturnType<typeof createTraySource>;
