/**
 * A fresh plan in a week the learner already opened (shared/planner/plan-from-now.ts): a skipped
 * session does not hold its slot, so new work may be placed at the very minute it started. Ids
 * are named by start time, so that new session must get a name of its own, or it would be
 * dropped as "already stored" and the plan would count time the calendar never shows.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../shared/domain/profile';
import type { StudySession } from '../../../../shared/domain/records';
import { defaultAvailability } from '../../../../shared/planner/default-availability';
import { planFromNow, type PlanFromNowInput } from '../../../../shared/planner/plan-from-now';
import { unopenedWeekSessions } from '../../../../shared/planner/week-sessions';
import { loadBuiltIn } from '../content/helpers';

const pack = loadBuiltIn();
const profile: Profile = { background: 'software-developer', weeklyHours: 6, budgetUsd: 300, startDate: '2026-12-07', availability: defaultAvailability('Europe/Berlin') };
const MONDAY = '2026-12-07';
const NOW = Date.parse('2026-12-07T06:00:00Z');

function input(stored: StudySession[]): PlanFromNowInput {
  return { profile, pack, today: MONDAY, nowMs: NOW, timeZone: 'Europe/Berlin', record: { doneMilestoneIds: [], bookedExams: [] }, quizByArea: {}, stored };
}

function openedWeek(): StudySession[] {
  const first = planFromNow(input([]));
  if (!first.ok) throw new Error(first.error.message);
  const week = unopenedWeekSessions({ profile, plan: first.plan, weekStart: MONDAY }, NOW);
  if (!week.ok) throw new Error(week.error.message);
  expect(week.sessions.length).toBeGreaterThan(1);
  return week.sessions;
}

describe('planFromNow in an opened week', () => {
  it('a new session at the start of a skipped one gets its own id and is kept', () => {
    const [skipped, ...rest] = openedWeek();
    const stored = [{ ...skipped!, status: 'skipped' as const }, ...rest];
    const next = planFromNow(input(stored));
    if (!next.ok) throw new Error(next.error.message);
    const atSameStart = next.sessions.added.filter((s) => s.startUtc === skipped!.startUtc);
    expect(atSameStart).toHaveLength(1);
    expect(atSameStart[0]!.id).toBe(`${skipped!.id}.2`);
    // Every id the week will hold is unique: the skipped record stays beside the new session.
    const ids = [skipped!.id, ...next.sessions.added.map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
    // The week's planned time equals what the schedule gave the week.
    const planned = next.sessions.added.reduce((n, s) => n + s.minutes, 0);
    expect(planned).toBe(stored.reduce((n, s) => n + s.minutes, 0));
  });

  it('the same re-plan twice names the new session the same', () => {
    const [skipped, ...rest] = openedWeek();
    const stored = [{ ...skipped!, status: 'skipped' as const }, ...rest];
    const a = planFromNow(input(stored));
    const b = planFromNow(input(stored));
    expect(a.ok && a.sessions.added.map((s) => s.id)).toEqual(b.ok && b.sessions.added.map((s) => s.id));
  });
});
