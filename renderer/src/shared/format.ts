/** Display formatting shared by the screens (dates in the learner's words, money, hours). */
import { format, parseISO } from 'date-fns';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export const formatUsd = (n: number) => usd.format(n);
export const formatDay = (iso: string) => format(parseISO(iso), 'd MMM yyyy');
export const formatMonth = (isoMonth: string) => format(parseISO(`${isoMonth}-01`), 'MMM yyyy');
export const formatHours = (h: number) => `${Number.isInteger(h) ? h : h.toFixed(1)} h`;

const SCHEDULE_TEXT = {
  'not-started': 'Starts soon',
  'on-track': 'On track',
  ahead: 'Ahead of plan',
  finished: 'Finished',
  behind: 'Behind',
} as const;

/** The learner's schedule status in words, with the hours when they are behind. */
export function scheduleStatusText(progress: { status: keyof typeof SCHEDULE_TEXT; behindByHours: number }): string {
  return progress.status === 'behind' ? `Behind by ${formatHours(progress.behindByHours)}` : SCHEDULE_TEXT[progress.status];
}
