/**
 * The study sessions of one week, from the learner's plan. Used by the week calendar, the
 * reminder scheduler and the calendar file, so all of them see the same sessions.
 */
import type { Plan } from '../domain/plan';
import type { Profile } from '../domain/profile';
import type { StudySession as StoredSession } from '../domain/records';
import { defaultAvailability } from './default-availability';
import type { PlannerFailure } from './result';
import { scheduleWeek, type ScheduleErrorCode, type ScheduleWeekResult, type StudySession } from './schedule';
import { parseInstant } from './time';

export { weekTotals } from './week-totals';

export { defaultAvailability };

export interface WeekSessionsInput {
  profile: Profile;
  plan: Plan;
  weekStart: string;
}

/**
 * The week's sessions, re-created from the plan: the same week planner, with the target minutes
 * and the milestones the plan recorded for that week (and, in its first week, the instant it was
 * made), so the calendar shows exactly the sessions the roadmap's dates come from. A week the plan
 * does not reach (before its start, after its finish) has none.
 */
export function weekSessions(input: WeekSessionsInput): ScheduleWeekResult {
  const { plan, weekStart } = input;
  const week = plan.weeks.find((w) => w.weekStart === weekStart);
  if (!week) return { ok: true, weekStart, sessions: [], scheduledMinutes: 0, unplacedMinutes: 0, remainingFocus: [] };
  const first = plan.weeks[0]?.weekStart === weekStart;
  return scheduleWeek({
    availability: input.profile.availability ?? defaultAvailability(plan.timeZone),
    // The budget only bounds the target here; the target is what the plan placed.
    weeklyHours: Math.max(plan.weeklyHours, week.targetMinutes / 60),
    weekStart,
    focus: week.items.map((item) => ({ milestoneId: item.milestoneId, remainingMinutes: item.minutes })),
    targetMinutes: week.targetMinutes,
    ...(first ? { notBeforeUtc: plan.scheduleFromUtc } : {}),
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
