/** Display formatting shared by the screens (dates in the learner's words, money, hours). */

/**
 * Calendar dates ('YYYY-MM-DD') and months ('YYYY-MM') in the learner's words: "7 Dec 2026".
 * Not date-fns `format`: it brings its token parser and the en-US locale (about 9 KB gzipped)
 * into the first bundle, before the dashboard can paint, to print three fields of a date the
 * app stores as text already. Not Intl either: en-GB's short September is "Sept" in newer ICU
 * data, so the wording would depend on the Chromium version. Anything that is not such a date
 * is shown as it is rather than throwing mid-render.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export const formatUsd = (n: number) => usd.format(n);
export function formatDay(iso: string): string {
  const m = DAY.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}
export function formatMonth(isoMonth: string): string {
  const m = MONTH.exec(isoMonth);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${m[1]}` : isoMonth;
}
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
