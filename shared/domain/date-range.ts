/**
 * The span of dates MLE Path accepts and stores. JavaScript dates reach far beyond it (year
 * 275760), but IndexedDB rows, the IPC contract and backups all read dates as four-digit
 * years: a date near 0000 or 9999 plus a derived offset (an expiry two years later, the end of
 * a session, the Monday of its week) becomes "10001-12-31" or "-000001-12-28", which no schema
 * reads back, so one such row would make every later read of its table fail. Bounding what
 * comes in, far from both ends, keeps every value derived from it writable.
 *
 * Two spans:
 *  - what a learner enters (a start date, an exam or pass date, a session move): 2000–2100,
 *    past any study plan anyone makes today and long before any exam in the content pack;
 *  - what the store keeps: the same start, up to 2199, so values derived from an entered date
 *    (an expiry, the weeks of a plan that starts in 2100) always fit.
 * Rules relative to today (a pass date not in the future, a booking at most three years out)
 * need a clock, which schemas do not have: the store checks them against its own clock.
 */
export const EARLIEST_YEAR = 2000;
export const LATEST_ENTERED_YEAR = 2100;
export const LATEST_STORED_YEAR = 2199;

/** How far an exam booking may lie from today, in years (a year back allows late entry). */
export const EXAM_BOOKING_YEARS = { before: 1, after: 3 } as const;

/** The year a YYYY-MM-DD date or an ISO instant is written with; null for anything else. */
export function yearOf(text: string): number | null {
  const match = /^(\d{4})-\d{2}-\d{2}/.exec(text);
  return match ? Number(match[1]) : null;
}

export function isWithinYears(text: string, first: number, last: number): boolean {
  const year = yearOf(text);
  return year !== null && year >= first && year <= last;
}

/**
 * `day` (YYYY-MM-DD) moved by whole months; a day past the end of the target month becomes its
 * last day (31 March + 1 month is 30 April, 29 February + 12 months is 28 February), as people
 * count anniversaries. Null when `day` is not a date or the result leaves four-digit years.
 * Pure text arithmetic, so no time zone of the computer running it can shift it by a day.
 */
export function shiftMonths(day: string, months: number): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match || !Number.isInteger(months)) return null;
  const index = Number(match[1]) * 12 + (Number(match[2]) - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < 0 || year > 9999) return null;
  const lastDay = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeapYear(year) ? 1 : 0);
  const date = Math.min(Number(match[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export const shiftYears = (day: string, years: number): string | null => shiftMonths(day, years * 12);

export interface DateIssue {
  path: string;
  message: string;
}

/**
 * The checks on a certification change that need today's date (the learner's today, from the
 * store's clock): a pass date not in the future, and an exam booking between a year ago and
 * three years ahead. A booked date that did not change is not checked again, so a learner can
 * still edit an old booking's amount spent. Dates compare as text: both are YYYY-MM-DD.
 */
export function certificationDateIssues(
  change: { status: string; examDate: string | null; passedOn: string | null },
  today: string,
  previousExamDate: string | null,
): DateIssue[] {
  const issues: DateIssue[] = [];
  if (change.passedOn !== null && change.passedOn > today) {
    issues.push({ path: 'passedOn', message: `The pass date cannot be in the future (today is ${today}).` });
  }
  if (change.status === 'exam-booked' && change.examDate !== null && change.examDate !== previousExamDate) {
    const earliest = shiftYears(today, -EXAM_BOOKING_YEARS.before);
    const latest = shiftYears(today, EXAM_BOOKING_YEARS.after);
    if (earliest !== null && latest !== null && (change.examDate < earliest || change.examDate > latest)) {
      issues.push({
        path: 'examDate',
        message: `A booked exam date must be between ${earliest} and ${latest} (from a year ago to three years ahead).`,
      });
    }
  }
  return issues;
}
