/**
 * Study streak in weeks: how many consecutive weeks, ending with this week or the last one,
 * had at least one piece of study (a ticked milestone or a session marked done). Counting in
 * weeks, not days, matches a plan of a few sessions a week: a rest day never breaks it.
 */
import { mondayOf, parseIsoDate } from './time';

/** `activityDays`: local dates ('YYYY-MM-DD') on which the learner studied. */
export function weeklyStreak(activityDays: readonly string[], today: string): number {
  const todayDay = parseIsoDate(today);
  if (todayDay === null) return 0;
  const weeks = new Set<number>();
  for (const d of activityDays) {
    const day = parseIsoDate(d);
    if (day !== null && day <= todayDay) weeks.add(mondayOf(day));
  }
  let week = mondayOf(todayDay);
  // This week may not have had its session yet; the streak is still alive from last week.
  if (!weeks.has(week)) week -= 7;
  let streak = 0;
  while (weeks.has(week)) {
    streak++;
    week -= 7;
  }
  return streak;
}
