/**
 * Wording shared by the screens. Dates, times, numbers and money are written by the learner's
 * display format (shared/locale/display-format.ts, through `useDisplayFormat()`), never here.
 */
import type { DisplayFormat } from '../../../shared/locale/display-format';

const SCHEDULE_TEXT = {
  'not-started': 'Starts soon',
  'on-track': 'On track',
  ahead: 'Ahead of plan',
  finished: 'Finished',
  behind: 'Behind',
} as const;

/** The learner's schedule status in words, with the hours when they are behind. */
export function scheduleStatusText(progress: { status: keyof typeof SCHEDULE_TEXT; behindByHours: number }, format: DisplayFormat): string {
  return progress.status === 'behind' ? `Behind by ${format.hours(progress.behindByHours)}` : SCHEDULE_TEXT[progress.status];
}
