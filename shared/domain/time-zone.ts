/**
 * Which time zone the learner's dates and times are in: the one they chose in their profile,
 * else this computer's. One rule for the store (today, weeks), main (reminders, tray, calendar)
 * and the window (screens before and after a profile exists), so they never disagree about what
 * "today" is.
 */

/** This computer's IANA zone, as the runtime reports it now (it follows travel and OS changes). */
export function computerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The learner's zone when they chose one, else this computer's. */
export function learnerTimeZone(chosen: string | null | undefined, computer: () => string = computerTimeZone): string {
  return chosen ?? computer();
}
