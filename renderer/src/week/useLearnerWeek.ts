/**
 * Which week to open on, and the clock the today line follows. "This week" is the learner's
 * week in their own zone (the profile's availability zone, else this computer's, the same rule
 * the store applies), starting on their locale's first day, so someone studying on Berlin time
 * sees the week begin at Berlin midnight.
 */
import { useEffect, useState } from 'react';
import type { WeeklyAvailability } from '../../../shared/domain/availability';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { SavedProfile } from '../../../shared/ipc/contract';
import { useChannelPart } from '../data/planner-query';
import { useDisplayFormat, useLearnerZone } from '../shared/locale';
import { currentWeekStart } from './week-time';

export interface LearnerWeek {
  timeZone: string;
  weekStart: string;
  /** The learner's study windows (null when they set none: the plan then uses the default ones). */
  availability: WeeklyAvailability | null;
}

const availabilityOf = (saved: SavedProfile | null): WeeklyAvailability | null => saved?.profile.availability ?? null;

export function useLearnerWeek(planner: PlannerBridge): LearnerWeek {
  const timeZone = useLearnerZone();
  const { firstDayOfWeek } = useDisplayFormat();
  // Read once per zone: the week the screen opens on, not one that moves at midnight under it.
  const [opened] = useState(() => Date.now());
  const availability = useChannelPart(planner, 'profile:get', {}, availabilityOf).data ?? null;
  return { timeZone, weekStart: currentWeekStart(timeZone, opened, firstDayOfWeek), availability };
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
