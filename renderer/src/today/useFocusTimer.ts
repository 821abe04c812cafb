/**
 * The focus timer as main holds it, for any screen: main's answer (kept current by
 * `timer:changed`) and a display that ticks every second from it, so the time shown is right
 * after navigating away and back, a reload of the window or a restart of the app.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { RequestOf, TimerView } from '../../../shared/ipc/contract';
import { failureOf, putAnswer, useChannel, useWrite } from '../data/planner-query';
import { displayedElapsed } from './today-model';

export interface FocusTimer {
  /** Main's timer; undefined until its first answer. */
  view: TimerView | undefined;
  /** Milliseconds to show now. */
  elapsedMs: number;
  busy: boolean;
  error: string | null;
  start(request: RequestOf<'timer:start'>): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Stops and logs; resolves with the minutes logged (null: under a minute, nothing logged; or refused). */
  stop(): Promise<{ timerMinutes: number; loggedMinutes: number } | null>;
}

export function useFocusTimer(planner: PlannerBridge): FocusTimer {
  const client = useQueryClient();
  const read = useChannel(planner, 'timer:get', {});
  const view = read.data;
  const receivedAt = read.dataUpdatedAt;
  const [now, setNow] = useState(() => Date.now());
  const running = view?.state === 'running';
  useEffect(() => {
    if (!running) return;
    // Until the first tick the display shows main's reading itself (a negative gap counts as none).
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [running]);

  const [error, setError] = useState<string | null>(null);
  const put = useCallback((answer: TimerView) => putAnswer(client, 'timer:get', {}, answer), [client]);
  const starting = useWrite(planner, 'timer:start', { onSuccess: put });
  const pausing = useWrite(planner, 'timer:pause', { onSuccess: put });
  const resuming = useWrite(planner, 'timer:resume', { onSuccess: put });
  const stopping = useWrite(planner, 'timer:stop', { onSuccess: (answer) => put(answer.timer) });

  async function attempt<T>(run: () => Promise<T>): Promise<T | null> {
    setError(null);
    try {
      return await run();
    } catch (failure) {
      setError(failureOf(failure).message);
      // Main's timer may have moved on meanwhile (another window, the tray): show it as it is.
      void read.refetch();
      return null;
    }
  }

  return {
    view,
    elapsedMs: view ? displayedElapsed(view, now - receivedAt) : 0,
    busy: starting.isPending || pausing.isPending || resuming.isPending || stopping.isPending,
    error,
    start: async (request) => void (await attempt(() => starting.mutateAsync(request))),
    pause: async () => void (await attempt(() => pausing.mutateAsync({}))),
    resume: async () => void (await attempt(() => resuming.mutateAsync({}))),
    stop: async () => (await attempt(() => stopping.mutateAsync({})))?.logged ?? null,
  };
}
