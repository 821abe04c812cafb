/**
 * What the tray needs from the store, and the tray's one write (pause / resume reminders).
 * No `electron` import: the store comes in as the same `request` function main and the harness
 * use, so unit tests drive it with a fake store.
 */
import type { AppSettings } from '../../../shared/domain/records';
import type { PlanView, WeekView } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { formatIsoDate, mondayOf, parseIsoDate } from '../../../shared/planner/time';
import { todaysSessions, withPause, type TrayMenuInput } from './tray-menu';

export interface TraySourceDeps {
  store: { request(channel: string, payload: unknown): Promise<Result<unknown>> };
  now: () => number;
  /** This computer's zone, used until the learner has a plan (and so a zone of their own). */
  fallbackTimeZone: () => string;
}

export function createTraySource(deps: TraySourceDeps) {
  async function ask<T>(channel: string, payload: unknown): Promise<Result<T>> {
    return (await deps.store.request(channel, payload)) as Result<T>;
  }

  return {
    /** Never fails: what cannot be read is shown as "no plan yet" / "not paused". */
    async menuInput(): Promise<TrayMenuInput> {
      const nowMs = deps.now();
      const [settings, view] = await Promise.all([ask<AppSettings>('settings:get', {}), ask<PlanView | null>('plan:get', {})]);
      const pausedUntilUtc = settings.ok ? settings.value.reminders.pausedUntilUtc : null;
      const base = { pausedUntilUtc, nowMs, timeZone: deps.fallbackTimeZone(), sessions: null };
      if (!view.ok || !view.value) return base;
      const day = parseIsoDate(view.value.today);
      if (day === null) return base;
      const week = await ask<WeekView>('week:get', { weekStart: formatIsoDate(mondayOf(day)) });
      if (!week.ok) return base;
      const titles = new Map(view.value.plan.milestones.map((m) => [m.id, m.title]));
      return { pausedUntilUtc, nowMs, timeZone: week.value.timeZone, sessions: todaysSessions(week.value.sessions, titles, week.value.timeZone, nowMs) };
    },

    /** "Pause reminders for a day" (true) or "Resume" (false): rewrites reminders.pausedUntilUtc. */
    async setPaused(pause: boolean): Promise<Result<AppSettings>> {
      const settings = await ask<AppSettings>('settings:get', {});
      if (!settings.ok) return settings;
      return ask<AppSettings>('settings:update', { reminders: withPause(settings.value.reminders, pause, deps.now()) });
    },
  };
}

export type TraySource = ReturnType<typeof createTraySource>;
