/**
 * A week's totals, the same wherever they are counted: the store's week:get and the window's
 * week on screen (which may span two stored weeks). Kept apart from week-sessions.ts so the
 * dashboard, in the first bundle, does not bring the week scheduler with it.
 */
import type { StudySession } from '../domain/records';

/** A week's planned, done and logged minutes: skipped sessions count for nothing, logged time only once done. */
export function weekTotals(sessions: readonly Pick<StudySession, 'status' | 'minutes' | 'loggedMinutes'>[]): {
  plannedMinutes: number;
  doneMinutes: number;
  loggedMinutes: number;
} {
  let plannedMinutes = 0;
  let doneMinutes = 0;
  let loggedMinutes = 0;
  for (const s of sessions) {
    if (s.status !== 'skipped') plannedMinutes += s.minutes;
    if (s.status === 'done') {
      doneMinutes += s.minutes;
      loggedMinutes += s.loggedMinutes;
    }
  }
  return { plannedMinutes, doneMinutes, loggedMinutes };
}
