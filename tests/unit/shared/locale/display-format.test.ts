import { describe, expect, it } from 'vitest';
import { createDisplayFormat, localeFirstDay, resolveLocale } from '../../../../shared/locale/display-format';

/**
 * ICU writes some separators as narrow or thin no-break spaces, and which one changes between
 * ICU releases; the words, digits, order and punctuation are what a learner reads, so those are
 * compared exactly and every kind of space counts as one.
 */
const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('display format in four locales', () => {
  const cases = {
    'en-US': {
      day: 'Dec 7, 2026',
      weekdayDay: 'Mon, Dec 7',
      weekdayDayYear: 'Mon, Dec 7, 2026',
      month: 'Dec 2026',
      week: 'Dec 7 – 13, 2026',
      acrossMonths: 'Nov 30 – Dec 6, 2026',
      acrossYears: 'Dec 28, 2026 – Jan 3, 2027',
      time: '6:30 PM',
      morning: '9:00 AM',
      span: '6:30 – 8:00 PM',
      berlinEvening: 'Dec 7, 2026, 6:30 PM',
      number: '1,234,567.3',
      percent: '45%',
      hours: '12.5 h',
      usd: '$123,456',
      cents: '$99.50',
      hour12: true,
      firstDay: 6,
      monday: 'Monday',
    },
    'en-GB': {
      day: '7 Dec 2026',
      weekdayDay: 'Mon 7 Dec',
      weekdayDayYear: 'Mon, 7 Dec 2026',
      month: 'Dec 2026',
      week: '7 – 13 Dec 2026',
      acrossMonths: '30 Nov – 6 Dec 2026',
      acrossYears: '28 Dec 2026 – 3 Jan 2027',
      time: '18:30',
      morning: '09:00',
      span: '18:30–20:00',
      berlinEvening: '7 Dec 2026, 18:30',
      number: '1,234,567.3',
      percent: '45%',
      hours: '12.5 h',
      // Outside the US a bare "$" could be any dollar: the locale says which one.
      usd: 'US$123,456',
      cents: 'US$99.50',
      hour12: false,
      firstDay: 0,
      monday: 'Monday',
    },
    'de-DE': {
      day: '7. Dez. 2026',
      weekdayDay: 'Mo., 7. Dez.',
      weekdayDayYear: 'Mo., 7. Dez. 2026',
      month: 'Dez. 2026',
      week: '7.–13. Dez. 2026',
      acrossMonths: '30. Nov. – 6. Dez. 2026',
      acrossYears: '28. Dez. 2026 – 3. Jan. 2027',
      time: '18:30',
      morning: '09:00',
      span: '18:30–20:00 Uhr',
      berlinEvening: '7. Dez. 2026, 18:30',
      number: '1.234.567,3',
      percent: '45 %',
      hours: '12,5 h',
      usd: '123.456 $',
      cents: '99,50 $',
      hour12: false,
      firstDay: 0,
      monday: 'Montag',
    },
    'hi-IN': {
      day: '7 दिस॰ 2026',
      weekdayDay: 'सोम, 7 दिस॰',
      weekdayDayYear: 'सोम, 7 दिस॰ 2026',
      month: 'दिस॰ 2026',
      week: '7–13 दिस॰ 2026',
      acrossMonths: '30 नव॰ – 6 दिस॰ 2026',
      acrossYears: '28 दिस॰ 2026 – 3 जन॰ 2027',
      time: '6:30 pm',
      morning: '9:00 am',
      span: '6:30–8:00 pm',
      berlinEvening: '7 दिस॰ 2026, 6:30 pm',
      // Indian grouping: lakhs and crores.
      number: '12,34,567.3',
      percent: '45%',
      hours: '12.5 h',
      usd: '$1,23,456',
      cents: '$99.50',
      hour12: true,
      firstDay: 6,
      monday: 'सोमवार',
    },
  } as const;

  for (const [locale, want] of Object.entries(cases)) {
    it(`writes dates, times, numbers and money as ${locale} does`, () => {
      const f = createDisplayFormat([locale]);
      expect(f.locale).toBe(locale);
      const got = {
        day: f.day('2026-12-07'),
        weekdayDay: f.weekdayDay('2026-12-07'),
        weekdayDayYear: f.weekdayDayYear('2026-12-07'),
        month: f.month('2026-12'),
        week: f.dayRange('2026-12-07', '2026-12-13'),
        acrossMonths: f.dayRange('2026-11-30', '2026-12-06'),
        acrossYears: f.dayRange('2026-12-28', '2027-01-03'),
        time: f.time(18 * 60 + 30),
        morning: f.time(9 * 60),
        span: f.timeRange(18 * 60 + 30, 20 * 60),
        // 17:30 UTC is 18:30 in Berlin: the zone named, never the computer's.
        berlinEvening: f.dateTime('2026-12-07T17:30:00.000Z', 'Europe/Berlin'),
        number: f.number(1234567.25),
        percent: f.percent(45),
        hours: f.hours(12.5),
        usd: f.usd(123456),
        cents: f.usdCents(99.5),
        hour12: f.hour12,
        firstDay: f.firstDayOfWeek,
        monday: f.weekdayName(0),
      };
      expect(Object.fromEntries(Object.entries(got).map(([k, v]) => [k, typeof v === 'string' ? plain(v) : v]))).toEqual(want);
    });
  }
});

describe('calendar days and instants', () => {
  const gb = createDisplayFormat(['en-GB']);

  it('formats a calendar day the same on every computer, whatever its zone', () => {
    // Calendar days are formatted in UTC: the 1st stays the 1st even for a learner at UTC−10.
    expect(gb.day('2026-03-01')).toBe('1 Mar 2026');
    expect(gb.weekdayOf('2026-03-01', 'long')).toBe('Sunday');
  });

  it('shows an instant in the zone it is asked for', () => {
    const instant = '2026-12-07T23:30:00.000Z';
    expect(gb.dateTime(instant, 'Europe/Berlin')).toBe('8 Dec 2026, 00:30');
    expect(gb.dateTime(instant, 'America/New_York')).toBe('7 Dec 2026, 18:30');
    expect(gb.weekdayTime(Date.parse(instant), 'Asia/Kolkata')).toBe('Tue 05:00');
    expect(gb.timeAt(instant, 'Asia/Kolkata')).toBe('05:00');
  });

  it('returns text that is not a date as it is instead of throwing mid-render', () => {
    expect(gb.day('soon')).toBe('soon');
    expect(gb.day('2026-02-30')).toBe('2026-02-30');
    expect(gb.month('2026-13')).toBe('2026-13');
    expect(gb.dateTime('yesterday', 'Europe/Berlin')).toBe('yesterday');
  });

  it('names every weekday in the planner numbering, Monday first', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((d) => gb.weekdayName(d as 0, 'short'))).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  });

  it('names hour rows as a calendar does: "18:00" on a 24-hour clock, "6 PM" on a 12-hour one', () => {
    expect(gb.hourLabel(18 * 60)).toBe('18:00');
    expect(gb.hourLabel(7 * 60)).toBe('07:00');
    expect(plain(createDisplayFormat(['en-US']).hourLabel(18 * 60))).toBe('6 PM');
    expect(plain(createDisplayFormat(['en-US']).hourLabel(12 * 60))).toBe('12 PM');
    expect(plain(createDisplayFormat(['hi-IN']).hourLabel(7 * 60))).toBe('7 am');
  });

  it('writes midnight at the end of a day and lengths of time', () => {
    expect(gb.timeRange(23 * 60, 24 * 60)).toBe('23:00–00:00');
    expect(gb.duration(90)).toBe('1 h 30 min');
    expect(gb.duration(45)).toBe('45 min');
    expect(gb.duration(360)).toBe('6 h');
    expect(plain(createDisplayFormat(['de-DE']).month('2026-12', 'long'))).toBe('Dezember 2026');
  });

  it('writes compact dollars for chart axes without a stray decimal', () => {
    expect(createDisplayFormat(['en-US']).usdCompact(15000)).toBe('$15K');
    expect(createDisplayFormat(['en-US']).usdCompact(1250)).toBe('$1.3K');
  });
});

describe('messages in the locale-free form', () => {
  const text = 'Your booked exam on 2027-04-22 comes before the plan gets you ready (2027-05-01); $1,500 of $900.50 is over, $150 each.';

  it('words every ISO date and dollar amount for the locale', () => {
    expect(plain(createDisplayFormat(['en-US']).message(text))).toBe(
      'Your booked exam on Apr 22, 2027 comes before the plan gets you ready (May 1, 2027); $1,500 of $900.50 is over, $150 each.',
    );
    expect(plain(createDisplayFormat(['de-DE']).message(text))).toBe(
      'Your booked exam on 22. Apr. 2027 comes before the plan gets you ready (1. Mai 2027); 1.500 $ of 900,50 $ is over, 150 $ each.',
    );
  });

  it('leaves instants, impossible dates, version numbers and other currencies alone', () => {
    const gb = createDisplayFormat(['en-GB']);
    expect(gb.message('Paused at 2026-12-01T08:00:00Z.')).toBe('Paused at 2026-12-01T08:00:00Z.');
    expect(gb.message('Not a day: 2026-02-30.')).toBe('Not a day: 2026-02-30.');
    expect(gb.message('Pack 2026-12-01-2 and US$5 and ₹40L')).toBe('Pack 2026-12-01-2 and US$5 and ₹40L');
    expect(gb.message('From 2026-12-01 to 2027-01-01.')).toBe('From 1 Dec 2026 to 1 Jan 2027.');
  });
});

describe('choosing the locale', () => {
  it('takes the first tag the runtime can format with, canonicalised', () => {
    expect(resolveLocale(['not a tag', 'de_DE', 'en-US'])).toBe('de-DE');
    expect(resolveLocale(['EN-gb'])).toBe('en-GB');
    expect(createDisplayFormat(['', 'hi-IN']).locale).toBe('hi-IN');
  });

  it("falls back to the runtime's own locale when none can be used", () => {
    expect(resolveLocale(['@@', ''])).toBe(new Intl.DateTimeFormat().resolvedOptions().locale);
  });

  it('reads the first day of the week from the locale (Intl numbering, 1 = Monday)', () => {
    expect(localeFirstDay('en-US')).toBe(7);
    expect(localeFirstDay('de-DE')).toBe(1);
    expect(localeFirstDay('hi-IN')).toBe(7);
    // Egypt's week starts on Saturday; a region-less tag takes its likely region (en → US).
    expect(localeFirstDay('ar-EG')).toBe(6);
    expect(localeFirstDay('en')).toBe(7);
    // A Unicode extension the learner set ("first day: Monday") wins over the region.
    expect(localeFirstDay('en-US-u-fw-mon')).toBe(1);
  });
});
