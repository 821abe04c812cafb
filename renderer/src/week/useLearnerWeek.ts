/**
 * Which week to open on, and the clock the today line follows. "This week" is the learner's
 * week in their own zone (the profile's availability zone, else this computer's, the same rule
 * the store applies), so someone studying on Berlin time sees Monday begin at Berlin midnight.
 */
import { useEffect, useState } from 'react';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import { currentWeekStart } from './week-time';

export function useLearnerWeek(planner: PlannerBridge): { timeZone: string | null; weekStart: string | null } {
  const [learner, setLearner] = useState<{ timeZone: string | null; weekStart: string | null }>({ timeZone: null, weekStart: null });
  useEffect(() => {
    let live = true;
    void planner.invoke('profile:get', {}).then((result) => {
      if (!live) return;
      const timeZone = (result.ok ? result.value?.profile.availability?.timeZone : undefined) ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
      setLearner({ timeZone, weekStart: currentWeekStart(timeZone, Date.now()) });
    });
    return () => {
      live = false;
    };
  }, [planner]);
  return learner;
}

/** The current time, updated every minute: enough for a line on an hour grid. */
export function useNow(stepMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), stepMs);
    return () => window.clearInterval(timer);
  }, [stepMs]);
  return now;
}
