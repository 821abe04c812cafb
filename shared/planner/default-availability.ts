/** The study windows a learner gets before they set their own. */
import type { WeeklyAvailability } from '../domain/availability';

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
