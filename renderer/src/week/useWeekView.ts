/**
 * One week of sessions from the data layer: the one or two stored weeks it overlaps (see
 * week-time.ts), each cached as `week:get` for its Monday, composed into the week on screen. It
 * stays current without showing the loading state again: a saved session is patched into the
 * cached weeks at once (so the block never flickers back while the read is under way), then the
 * weeks are read again, as they are after every plan:changed (totals and the missed list are the
 * store's to compute).
 */
import { useQueries, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { StudySession } from '../../../shared/domain/records';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { WeekView } from '../../../shared/ipc/contract';
import type { IpcError, Result } from '../../../shared/ipc/result';
import { channelQuery, failureOf, type PlannerError } from '../data/planner-query';
import type { Loadable } from '../shared/LoadStates';
import { composeWeek, storeWeeksOf, withSavedSession } from './week-time';

/** The week on screen, and the store's refusal when it could not be read (its code tells "no plan" apart). */
export type WeekRead = Loadable<WeekView> & { failure: IpcError | null };

/** The week starting on `weekStart` (the locale's first day); `null`: not known yet, nothing is read. */
export function useWeekView(planner: PlannerBridge, weekStart: string | null): WeekRead {
  // Stable per week, so the week is composed again only when a stored week's answer changes.
  const combine = useCallback(
    (reads: UseQueryResult<WeekView, PlannerError>[]): WeekRead => {
      const refetch = () => {
        for (const r of reads) if (r.status === 'error') void r.refetch();
      };
      const failed = reads.find((r) => r.status === 'error');
      if (failed) return { status: 'error', data: undefined, error: failed.error, failure: failureOf(failed.error), refetch };
      const views = reads.flatMap((r) => (r.data ? [r.data] : []));
      if (weekStart === null || views.length === 0 || views.length < reads.length) return { status: 'pending', data: undefined, error: null, failure: null, refetch };
      return { status: 'success', data: composeWeek(views, weekStart), error: null, failure: null, refetch };
    },
    [weekStart],
  );
  const mondays = weekStart ? storeWeeksOf(weekStart) : [];
  return useQueries({ queries: mondays.map((monday) => channelQuery(planner, 'week:get', { weekStart: monday })), combine });
}

/** Shows a session as the store saved it in every cached week that holds it, then reads the weeks again. */
export function savedSession(client: QueryClient, session: StudySession): void {
  client.setQueriesData<WeekView>({ queryKey: ['week:get'] }, (view) => view && withSavedSession(view, session));
  void client.invalidateQueries({ queryKey: ['week:get'] }, { cancelRefetch: false });
}

/** A week that is not on screen (where a missed session moves to), through the same cache. */
export async function fetchWeek(client: QueryClient, planner: PlannerBridge, weekStart: string): Promise<Result<WeekView>> {
  try {
    const views = await Promise.all(storeWeeksOf(weekStart).map((monday) => client.fetchQuery(channelQuery(planner, 'week:get', { weekStart: monday }))));
    // Not result.ts's ok(): that module brings zod, and the dashboard (in the first bundle) reads weeks too.
    return { ok: true, value: composeWeek(views, weekStart) };
  } catch (error) {
    return { ok: false, error: failureOf(error) };
  }
}

/** Stored Monday-to-Sunday weeks as the store keeps them (a snooze may go into the next one), through the same cache. */
export async function fetchStoredWeeks(client: QueryClient, planner: PlannerBridge, mondays: readonly string[]): Promise<Result<WeekView[]>> {
  try {
    return { ok: true, value: await Promise.all(mondays.map((monday) => client.fetchQuery(channelQuery(planner, 'week:get', { weekStart: monday })))) };
  } catch (error) {
    return { ok: false, error: failureOf(error) };
  }
}
