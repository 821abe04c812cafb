/**
 * Which week to open on, and the clock the today line follows. "This week" is the learner's
 * week in their own zone (the profile's availability zone, else this computer's, the same rule
 * the store applies), so someone studying on Berlin time sees Monday begin at Berlin midnight.
 */
import { useEffect, useState } from 'react';
import type { WeeklyAvailability } from '../../../shared/domain/availability';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import { currentWeekStart } from './week-time';

export interface LearnerWeek {
  timeZone: string | null;
  weekStart: string | null;
  /** The learner's study windows (null when they set none: the plan then uses the default ones). */
  availability: WeeklyAvailability | null;
}

export function useLearnerWeek(planner: PlannerBridge): LearnerWeek {
  const [learner, setLearner] = useState<LearnerWeek>({ timeZone: null, weekStart: null, availability: null });
  useEffect(() => {
    let live = true;
    void planner.invoke('profile:get', {}).then((result) => {
      if (!live) return;
      const availability = (result.ok ? result.value?.profile.availability : undefined) ?? null;
      const timeZone = availability?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
      setLearner({ timeZone, weekStart: currentWeekStart(timeZone, Date.now()), availability });
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
