/**
 * The learner's locale end to end: the browser's locale plays the operating system's regional
 * format (main hands it to the window over app:get-locale), and the week and dashboard follow
 * it — German dates, 24-hour times and a Monday-first week under de-DE; US dates, 12-hour times
 * and a Sunday-first week under en-US — with times in the learner's zone (Europe/Berlin) and
 * money in US dollars worded for the locale.
 */
import type { Page } from '@playwright/test';
import { createDisplayFormat } from '../../shared/locale/display-format';
import { DAY_MS, formatIsoDate, instantToLocal, mondayOf, parseIsoDate } from '../../shared/planner/time';
import { weekTitle } from '../../renderer/src/week/week-time';
import { launchApp } from './harness/app-harness';
import { call, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

interface View {
  today: string;
  plan: { etaDate: string; budget: { budgetUsd: number } };
}

/** Some whitespace in ICU's output is a no-break space: compare words, digits and punctuation. */
const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');
const text = async (ui: Page, testId: string) => plain((await ui.getByTestId(testId).textContent()) ?? '');

async function openNextWeek(ui: Page): Promise<void> {
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Week', exact: true }).click();
  await expect(ui.getByRole('heading', { level: 1, name: 'Your week' })).toBeVisible();
  await ui.getByRole('button', { name: 'Next week' }).click();
}

const CASES = [
  {
    locale: 'de-DE',
    lang: 'en',
    // The week after this one, Monday first.
    weekStart: () => formatIsoDate(mondayOf(instantToLocal('Europe/Berlin', Date.now()).day) + 7),
    firstColumn: 'Mo',
    mondaySession: 'Montag 18:30–20:30 Uhr',
    budget: '900 $',
  },
  {
    locale: 'en-US',
    lang: 'en-US',
    // The week after this one, Sunday first.
    weekStart: () => {
      const today = instantToLocal('Europe/Berlin', Date.now()).day;
      return formatIsoDate(today - ((today - mondayOf(today) + 1) % 7) + 7);
    },
    firstColumn: 'Sun',
    mondaySession: 'Monday 6:30 – 8:30 PM',
    budget: '$900',
  },
] as const;

for (const c of CASES) {
  test(`dashboard and week in ${c.locale}`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, locale: c.locale });
    const { ui } = app;
    const format = createDisplayFormat([c.locale]);
    expect(app.locales[0]).toBe(c.locale);
    await seedLearner(ui);
    const view = await call<View>(ui, 'plan:get', {});

    // The page's language is the language of its words: English, with the region when it is English's.
    await expect(ui.locator('html')).toHaveAttribute('lang', c.lang);
    await expect(ui.locator('.lede').first()).toContainText(format.day(view.plan.etaDate));
    expect(plain((await ui.locator('.stat', { hasText: 'Budget used' }).textContent()) ?? '')).toContain(`of ${c.budget}`);
    // This week's list on the dashboard: weekday and time in the locale, in Berlin time.
    const first = ui.locator('.dash-sessions li span').first();
    if ((await first.count()) > 0) expect(plain((await first.textContent()) ?? '')).toMatch(c.locale === 'en-US' ? /^[A-Z][a-z]{2} \d{1,2}:\d{2} [AP]M$/ : /^[A-Z][a-z]\., \d{2}:\d{2}$/);

    await openNextWeek(ui);
    const weekStart = c.weekStart();
    expect(plain((await ui.getByTestId('week-title').textContent()) ?? '')).toBe(plain(weekTitle(weekStart, format)));
    await expect(ui.locator('.week-day-name').first()).toHaveText(c.firstColumn);
    await expect(ui.locator('.week-day-head').first()).toContainText(plain(format.dayNoYear(weekStart)).split(' ')[0] ?? '');
    const monday = ui.getByRole('button', { name: new RegExp(`, ${c.mondaySession.replace(/ /g, '\\s')}, planned$`) });
    await expect(monday).toBeVisible();
    // The Monday column is the first under de-DE and the second (after Sunday) under en-US.
    const mondayDay = formatIsoDate((parseIsoDate(weekStart) ?? 0) + (c.locale === 'en-US' ? 1 : 0));
    const column = ui.locator('.week-column').nth(c.locale === 'en-US' ? 1 : 0);
    await expect(column).toHaveAttribute('data-day', mondayDay);
    const [mondayBox, columnBox] = [await monday.boundingBox(), await column.boundingBox()];
    expect(mondayBox && columnBox && mondayBox.x >= columnBox.x && mondayBox.x < columnBox.x + columnBox.width).toBe(true);
    // The week's totals count just its seven days, whichever day it starts on.
    const stored = await Promise.all(
      [0, 7].map((offset) =>
        call<{ sessions: { startUtc: string; minutes: number; status: string }[] }>(ui, 'week:get', {
          weekStart: formatIsoDate(mondayOf(parseIsoDate(weekStart) ?? 0) + offset),
        }),
      ),
    );
    const inWeek = stored
      .flatMap((w) => w.sessions)
      .filter((s) => {
        const day = instantToLocal('Europe/Berlin', Date.parse(s.startUtc)).day;
        return day >= (parseIsoDate(weekStart) ?? 0) && day < (parseIsoDate(weekStart) ?? 0) + 7;
      });
    const planned = inWeek.filter((s) => s.status !== 'skipped').reduce((n, s) => n + s.minutes, 0);
    expect(await text(ui, 'week-planned')).toBe(plain(format.duration(planned)));
    await app.close();
  });
}

test('under en-US the profile lists Sunday first, words times in 12 hours and spells out the start date', async ({ profileDir }) => {
  const app = await launchApp({ profileDir, locale: 'en-US' });
  const { ui } = app;
  await expect(ui.getByRole('heading', { level: 1, name: 'Your starting point' })).toBeVisible();
  await expect(ui.locator('.day-row .day-name').first()).toHaveText('Sunday');
  await expect(ui.getByLabel('Monday from').locator('option:checked')).toHaveText('7:00 PM');
  await ui.getByLabel('Start date').fill('2027-03-01');
  await expect(ui.getByText('Monday, March 1, 2027: the first week of your plan.')).toBeVisible();
  await app.close();
});

test('"Paused until" is on the learner’s clock and in their locale, not the computer’s', async ({ profileDir }) => {
  // The computer runs on New York time; the learner studies on Berlin time.
  const app = await launchApp({ profileDir, locale: 'de-DE', timezoneId: 'America/New_York' });
  await seedLearner(app.ui);
  const until = new Date(Date.now() + 2 * DAY_MS).toISOString();
  const settings = await call<{ reminders: Record<string, unknown> }>(app.ui, 'settings:get', {});
  await call(app.ui, 'settings:update', { reminders: { ...settings.reminders, pausedUntilUtc: until } });
  await app.ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings', exact: true }).click();
  const expected = plain(`Paused until ${createDisplayFormat(['de-DE']).dateTime(until, 'Europe/Berlin')}`);
  await expect.poll(async () => text(app.ui, 'reminders-status')).toBe(expected);
  await app.close();
});
