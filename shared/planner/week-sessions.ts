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
import type { PlannerFailure } from './result';
import { scheduleWeek, type ScheduleErrorCode, type ScheduleWeekResult, type StudySession } from './schedule';
import { parseInstant } from './time';

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

/**
 * The sessions a week not opened yet gets when the week calendar first opens it at `nowMs`:
 * scheduled from the plan, without the ones already over (they never existed for the learner).
 * `week:get` stores exactly these; the reminder scheduler and the calendar file preview them
 * without storing, so a re-plan still reshapes every week the learner has not opened.
 */
export function unopenedWeekSessions(input: WeekSessionsInput, nowMs: number): { ok: true; sessions: StoredSession[] } | PlannerFailure<ScheduleErrorCode> {
  const scheduled = weekSessions(input);
  if (!scheduled.ok) return scheduled;
  return {
    ok: true,
    sessions: scheduled.sessions.filter((s) => (parseInstant(s.endUtc) ?? 0) > nowMs).map((s) => toStoredSession(s, input.weekStart)),
  };
}
