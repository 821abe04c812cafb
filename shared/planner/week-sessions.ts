/**
 * The study sessions of one week for a learner with a plan: their availability (or a sensible
 * default in their time zone), their plan's weekly hours, and the milestones they have not
 * ticked yet, in plan order. Used by the week calendar and by the reminder scheduler, so both
 * see the same sessions.
 */
import type { WeeklyAvailability } from '../domain/availability';
import type { Plan } from '../domain/plan';
import type { Profile } from '../domain/profile';
import type { StudySession as StoredSession } from '../domain/records';
import { scheduleWeek, type ScheduleWeekResult, type StudySession } from './schedule';

/** Weekday evenings and a Saturday morning: what most people studying beside a job can do. */
export function defaultAvailability(timeZone: string): WeeklyAvailability {
  return {
    timeZone,
    windows: [
      { weekday: 0, start: '19:00', end: '21:00' },
      { weekday: 1, start: '19:00', end: '21:00' },
      { weekday: 2, start: '19:00', end: '21:00' },
      { weekday: 3, start: '19:00', end: '21:00' },
      { weekday: 5, start: '09:00', end: '13:00' },
    ],
    sessionMinutes: { min: 30, max: 120 },
  };
}

export interface WeekSessionsInput {
  profile: Profile;
  plan: Plan;
  doneMilestoneIds: readonly string[];
  weekStart: string;
  /** Used when the profile has no availability yet (the machine's zone). */
  fallbackTimeZone: string;
}

export function weekSessions(input: WeekSessionsInput): ScheduleWeekResult {
  const done = new Set(input.doneMilestoneIds);
  const focus = input.plan.milestones
    .filter((m) => m.status === 'planned' && !done.has(m.id) && m.hours > 0)
    .map((m) => ({ milestoneId: m.id, remainingMinutes: Math.round(m.hours * 60) }));
  return scheduleWeek({
    availability: input.profile.availability ?? defaultAvailability(input.fallbackTimeZone),
    weeklyHours: input.plan.weeklyHours,
    weekStart: input.weekStart,
    ...(focus.length > 0 ? { focus } : {}),
  });
}

/** A scheduled session as the store keeps it, before the learner has done anything with it. */
export function toStoredSession(session: StudySession, weekStart: string): StoredSession {
  return {
    id: session.id,
    weekStart,
    startUtc: session.startUtc,
    endUtc: session.endUtc,
    minutes: session.minutes,
    milestoneId: session.milestoneId ?? null,
    status: 'planned',
    loggedMinutes: 0,
    movedFromUtc: null,
  };
}
