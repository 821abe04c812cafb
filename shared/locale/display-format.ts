/**
 * How MLE Path writes dates, times, numbers and money for the learner: one object, made once
 * from the learner's locale (the operating system's regional format, which main reads and hands
 * to the window), with every rule going through the runtime's built-in `Intl`. Every screen, the
 * tray, the notifications and the messages the learner reads use it, so one window never mixes
 * "7 Dec 2026", "12/07/2026" and "2026-12-07", and 12- or 24-hour time is the locale's choice.
 *
 * The app keeps dates and instants in locale-free forms ('YYYY-MM-DD' calendar days, ISO
 * instants, minutes since midnight); this module is the only place they become words. Calendar
 * days are formatted in UTC so a day never shifts with the computer's zone; instants are
 * formatted in the zone the caller names (the learner's, never the computer's by accident).
 *
 * Intl is built into every runtime the app runs in (Electron's main and windows, Chromium, Node),
 * so this adds no locale data to any bundle. Formatters are created on first use and cached:
 * creating one costs far more than using it.
 *
 * Pure apart from Intl: no clock, no DOM, no Node.
 */
import { DAY_MS, MINUTE_MS, parseInstant, parseIsoDate, type Weekday } from '../planner/time';

/** The US dollar: every price and salary in the sources is in dollars, so all money is. */
const CURRENCY = 'USD';

export type NameWidth = 'long' | 'short';

export interface DisplayFormat {
  /** The BCP 47 tag everything is formatted with, e.g. 'de-DE'. */
  readonly locale: string;
  /** True where the locale reads the clock in 12 hours (en-US, hi-IN). */
  readonly hour12: boolean;
  /** The locale's first day of the week, in the planner's numbering (0 = Monday … 6 = Sunday). */
  readonly firstDayOfWeek: Weekday;

  /** A calendar day 'YYYY-MM-DD': "7 Dec 2026", "Dec 7, 2026", "7. Dez. 2026". Other text is returned as it is. */
  day(iso: string): string;
  /** Without the year: "7 Dec", "Dec 7". */
  dayNoYear(iso: string): string;
  /** With the weekday, without the year: "Mon 7 Dec", "Mon, Dec 7". */
  weekdayDay(iso: string): string;
  /** With the weekday and year: "Mon 7 Dec 2026". */
  weekdayDayYear(iso: string): string;
  /** In full: "Monday 7 December 2026", "Monday, December 7, 2026". */
  dayLong(iso: string): string;
  /** The weekday of a calendar day: "Mon" / "Monday". */
  weekdayOf(iso: string, width?: NameWidth): string;
  /** A weekday by the planner's number (0 = Monday): "Monday", "Montag". */
  weekdayName(weekday: Weekday, width?: NameWidth): string;
  /** A month 'YYYY-MM': "Dec 2026" (short) or "December 2026" (long). */
  month(isoMonth: string, width?: NameWidth): string;
  /** Two calendar days as one range, sharing what they share: "7 – 13 Dec 2026", "Dec 7 – 13, 2026". */
  dayRange(fromIso: string, toIso: string): string;

  /** Minutes since midnight as a time of day: "18:30", "6:30 PM". 1440 is midnight at the end of the day. */
  time(minutes: number): string;
  /** A whole hour as a calendar's hour row names it: "18:00" on a 24-hour clock, "6 PM" on a 12-hour one. */
  hourLabel(minutes: number): string;
  /** A span of the day: "18:30–20:00", "6:30 – 8:00 PM". */
  timeRange(startMinutes: number, endMinutes: number): string;
  /** An instant (ms or ISO) as day and time in `timeZone`: "7 Dec 2026, 18:30". */
  dateTime(instant: number | string, timeZone: string): string;
  /** An instant as the weekday and time in `timeZone`: "Mon 18:30". */
  weekdayTime(instant: number | string, timeZone: string): string;
  /** An instant's time of day in `timeZone`: "18:30". */
  timeAt(instant: number | string, timeZone: string): string;

  /** A number, at most `maxFractionDigits` decimals (1): "1,234.5", "1.234,5", "1,234.5" (hi-IN groups lakhs). */
  number(n: number, maxFractionDigits?: number): string;
  /** A whole percentage of 100: 45 → "45%", "45 %". */
  percent(n: number): string;
  /** Hours with at most one decimal: "12.5 h", "12,5 h". */
  hours(h: number): string;
  /** A length of time from minutes: "1 h 30 min", "45 min", "6 h". */
  duration(minutes: number): string;
  /** Whole US dollars: "$1,234", "1.234 $", "US$1,234". */
  usd(n: number): string;
  /** Whole units of a currency a source quotes in (ISO 4217, e.g. 'INR' for Indian salaries): "₹12,00,000". */
  money(n: number, currency: string): string;
  /** US dollars with cents: "$1,234.50". */
  usdCents(n: number): string;
  /** Compact US dollars for chart axes: "$1.2K". */
  usdCompact(n: number): string;

  /**
   * A message written in the app's locale-free form — calendar days as 'YYYY-MM-DD', dollar
   * amounts as `$1,234` — worded for this locale. The planner, the store and the contract write
   * their messages that way (they are stored, backed up and may be read on another computer);
   * this is where the learner's format is applied, so no ISO date reaches the learner.
   */
  message(text: string): string;
}

type WeekInfoLocale = Intl.Locale & {
  getWeekInfo?: () => { firstDay?: number };
  weekInfo?: { firstDay?: number };
};

/**
 * The locale's first day of the week (1 = Monday … 7 = Sunday, as Intl numbers them), from
 * `Intl.Locale.prototype.getWeekInfo()` (Chromium 130+, so Electron 45) or the older `weekInfo`
 * accessor (V8 before that, so Node 20). Every runtime MLE Path runs in has one of the two, so
 * there is no hand-kept table of countries; a runtime with neither gets Monday, ISO 8601's
 * first day and the one the planner's weeks use.
 */
export function localeFirstDay(locale: string): number {
  try {
    const l = new Intl.Locale(locale) as WeekInfoLocale;
    const info = typeof l.getWeekInfo === 'function' ? l.getWeekInfo() : l.weekInfo;
    const first = info?.firstDay;
    return typeof first === 'number' && first >= 1 && first <= 7 ? first : 1;
  } catch {
    return 1;
  }
}

/** True for a well-formed BCP 47 language tag ('de-DE', 'en-US-u-hc-h23'), as Intl reads them. */
export function isLocaleTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/**
 * The first of `candidates` this runtime can format with, canonicalised ('en_gb' → 'en-GB');
 * the runtime's own default when none can. Tags that are not BCP 47 are skipped, not thrown.
 */
export function resolveLocale(candidates: readonly string[]): string {
  for (const candidate of candidates) {
    try {
      const [tag] = Intl.getCanonicalLocales(candidate.replace(/_/g, '-'));
      if (tag && Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0) return tag;
    } catch {
      // Not a language tag: try the next one.
    }
  }
  return new Intl.DateTimeFormat().resolvedOptions().locale;
}

// 2024-01-01 was a Monday: the weekday names come from the week that starts there.
const A_MONDAY = Date.UTC(2024, 0, 1) / DAY_MS;
const ISO_DAY_IN_TEXT = /(?<![\d-])(\d{4}-\d{2}-\d{2})(?![\d:T-])/g;
// `$1,234`, `$150`, `$99.50` as the app's English messages write dollars; not `US$` or `$x`.
const USD_IN_TEXT = /(?<![\w$])\$(\d{1,3}(?:,\d{3})+|\d+)(\.\d{2})?(?![\d,]*\d)/g;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

export function createDisplayFormat(candidates: readonly string[]): DisplayFormat {
  const locale = resolveLocale(candidates);
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const dates = (key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
    let f = dateFormats.get(key);
    if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
    return f;
  };
  const numbers = (key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
    let f = numberFormats.get(key);
    if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
    return f;
  };

  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).resolvedOptions().hourCycle;
  const hour12 = cycle === 'h11' || cycle === 'h12';
  // "09:00" on a 24-hour clock (as the locales' own patterns write it, and as their ranges do),
  // "9:00 AM" on a 12-hour one.
  const clock: Intl.DateTimeFormatOptions = { hour: hour12 ? 'numeric' : '2-digit', minute: '2-digit' };
  const firstDayOfWeek = ((localeFirstDay(locale) + 6) % 7) as Weekday;

  /** A calendar day's UTC midnight, or null for anything that is not a real 'YYYY-MM-DD'. */
  const dayDate = (iso: string): Date | null => {
    const day = parseIsoDate(iso);
    return day === null ? null : new Date(day * DAY_MS);
  };
  const onDay = (key: string, options: Intl.DateTimeFormatOptions) => (iso: string) => {
    const date = dayDate(iso);
    return date ? dates(key, { ...options, timeZone: 'UTC' }).format(date) : iso;
  };
  const instantDate = (instant: number | string): Date | null => {
    const ms = typeof instant === 'number' ? instant : parseInstant(instant);
    return ms === null || !Number.isFinite(ms) ? null : new Date(ms);
  };
  const inZone = (key: string, options: Intl.DateTimeFormatOptions) => (instant: number | string, timeZone: string) => {
    const date = instantDate(instant);
    return date ? dates(`${key}@${timeZone}`, { ...options, timeZone }).format(date) : String(instant);
  };
  // A time of day is drawn as that time on 1970-01-01 UTC, so no zone or DST can move it.
  const timeDate = (minutes: number) => new Date(Math.round(minutes) * MINUTE_MS);

  const number = (n: number, maxFractionDigits = 1) => numbers(`n${maxFractionDigits}`, { maximumFractionDigits: maxFractionDigits }).format(n);
  const money = (n: number, currency: string) => numbers(`money.${currency}`, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(n);
  const usd = (n: number) => money(n, CURRENCY);
  const usdCents = (n: number) => numbers('usd.cents', { style: 'currency', currency: CURRENCY, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
  const day = onDay('day', { day: 'numeric', month: 'short', year: 'numeric' });

  return {
    locale,
    hour12,
    firstDayOfWeek,
    day,
    dayNoYear: onDay('dayNoYear', { day: 'numeric', month: 'short' }),
    weekdayDay: onDay('weekdayDay', { weekday: 'short', day: 'numeric', month: 'short' }),
    weekdayDayYear: onDay('weekdayDayYear', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }),
    dayLong: onDay('dayLong', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    weekdayOf: (iso, width = 'short') => onDay(`weekday.${width}`, { weekday: width })(iso),
    weekdayName: (weekday, width = 'long') => dates(`weekday.${width}`, { weekday: width, timeZone: 'UTC' }).format(new Date((A_MONDAY + weekday) * DAY_MS)),
    month(isoMonth, width = 'short') {
      const m = ISO_MONTH.exec(isoMonth);
      const monthIndex = m ? Number(m[2]) - 1 : -1;
      if (!m || monthIndex < 0 || monthIndex > 11) return isoMonth;
      return dates(`month.${width}`, { month: width, year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(m[1]), monthIndex, 1)));
    },
    dayRange(fromIso, toIso) {
      const from = dayDate(fromIso);
      const to = dayDate(toIso);
      if (!from || !to) return `${day(fromIso)} – ${day(toIso)}`;
      const f = dates('day', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
      return from.getTime() <= to.getTime() ? f.formatRange(from, to) : `${f.format(from)} – ${f.format(to)}`;
    },
    time: (minutes) => dates('time', { ...clock, timeZone: 'UTC' }).format(timeDate(minutes)),
    hourLabel: (minutes) =>
      hour12 ? dates('hour', { hour: 'numeric', timeZone: 'UTC' }).format(timeDate(minutes)) : dates('time', { ...clock, timeZone: 'UTC' }).format(timeDate(minutes)),
    timeRange(startMinutes, endMinutes) {
      const f = dates('time', { ...clock, timeZone: 'UTC' });
      // A range into the next day (a session running to midnight) would print both dates.
      if (endMinutes < startMinutes || endMinutes >= 24 * 60) return `${f.format(timeDate(startMinutes))}–${f.format(timeDate(endMinutes))}`;
      return f.formatRange(timeDate(startMinutes), timeDate(endMinutes));
    },
    dateTime: inZone('dateTime', { day: 'numeric', month: 'short', year: 'numeric', ...clock }),
    weekdayTime: inZone('weekdayTime', { weekday: 'short', ...clock }),
    timeAt: inZone('timeAt', clock),
    number,
    percent: (n) => numbers('percent', { style: 'percent', maximumFractionDigits: 0 }).format(n / 100),
    hours: (h) => `${number(h, 1)} h`,
    duration(minutes) {
      const total = Math.round(minutes);
      const h = Math.floor(total / 60);
      const m = total % 60;
      if (h === 0) return `${number(m, 0)} min`;
      return m === 0 ? `${number(h, 0)} h` : `${number(h, 0)} h ${number(m, 0)} min`;
    },
    usd,
    money,
    usdCents,
    // The minimum is set too: a currency's default of two decimals would otherwise give "$15.0K".
    usdCompact: (n) => numbers('usd.compact', { style: 'currency', currency: CURRENCY, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(n),
    message(text) {
      return text
        .replace(ISO_DAY_IN_TEXT, (iso: string) => day(iso))
        .replace(USD_IN_TEXT, (_all, whole: string, cents: string | undefined) => {
          const amount = Number(whole.replace(/,/g, '')) + (cents ? Number(cents) : 0);
          return cents ? usdCents(amount) : usd(amount);
        });
    },
  };
}
