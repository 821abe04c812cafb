/**
 * The History screen through the whole stack: a session marked done in the week view ("I did
 * it" on a missed session) shows in its day's heatmap cell, in last week's studied bar and in
 * the tables, and still does after a relaunch; the heatmap is read day by day from the keyboard;
 * a year of generated history (the benchmarks' learner) draws every picture with its sentence;
 * no axe-core violations in either theme; forced colours keep the heat levels apart.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createDisplayFormat } from '../../shared/locale/display-format';
import { formatIsoDate, instantToLocal, mondayOf, parseIsoDate } from '../../shared/planner/time';
import { generateHistory } from '../bench/data/history';
import { launchApp, type HarnessApp } from './harness/app-harness';
import { call, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const ZONE = 'Europe/Berlin';
const EN_GB = createDisplayFormat(['en-GB']);

interface Session {
  id: string;
  startUtc: string;
  minutes: number;
  status: string;
}

async function openHistory(ui: Page): Promise<void> {
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'History', exact: true }).click();
  await expect(ui.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  await expect(ui.getByTestId('heatmap')).toBeVisible();
}

/** A learner with a year of study behind them (the benchmarks' generator), loaded as a restore would. */
async function launchWithYear(profileDir: string, options: Parameters<typeof launchApp>[0] = { profileDir }): Promise<HarnessApp> {
  const loader = await launchApp({ profileDir });
  const loaded = await loader.storeClient.request('backup:replace', { data: generateHistory(12, new Date()) });
  await loader.close();
  if (!loaded.ok) throw new Error(loaded.error.message);
  return launchApp({ ...options, profileDir });
}

test('a session marked done shows in its heatmap day and its week, also after a relaunch', async ({ profileDir }) => {
  const first = await launchApp({ profileDir });
  await seedLearner(first.ui);
  // One of next week's sessions sent back two weeks: over, never marked, so offered as missed.
  const today = instantToLocal(ZONE, Date.now()).day;
  const nextWeek = await call<{ sessions: Session[] }>(first.ui, 'week:get', { weekStart: formatIsoDate(mondayOf(today) + 7) });
  const session = nextWeek.sessions.at(-1);
  if (!session) throw new Error('next week has no sessions');
  const startUtc = new Date(Date.parse(session.startUtc) - 14 * 86_400_000).toISOString();
  await call(first.ui, 'session:update', { id: session.id, startUtc });
  const day = instantToLocal(ZONE, Date.parse(startUtc)).date;
  const lastWeek = formatIsoDate(mondayOf(today) - 7);

  // Before: nothing studied, no quiz taken, and the screen says so and where to start.
  await openHistory(first.ui);
  await expect(first.ui.getByTestId('heatmap-summary')).toHaveText('No study logged in the last year yet.');
  await expect(first.ui.getByTestId('heatmap').locator('rect.history-cell:not(.history-level-0)')).toHaveCount(0);
  await expect(first.ui.getByRole('button', { name: 'Take the quiz' })).toBeVisible();
  expect((await new AxeBuilder({ page: first.ui }).analyze()).violations).toEqual([]);
  await first.ui.screenshot({ path: test.info().outputPath('history-empty.png'), fullPage: true });

  await first.ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Week', exact: true }).click();
  const missed = first.ui.getByTestId('missed-sessions');
  await missed.getByRole('button', { name: 'I did it' }).click();
  await expect.poll(async () => ((await first.dumpDb())['sessions'] as Session[]).find((s) => s.id === session.id)?.status).toBe('done');

  await openHistory(first.ui);
  await expectStudied(first.ui, day, lastWeek, session.minutes);
  await first.close();

  const second = await launchApp({ profileDir });
  await openHistory(second.ui);
  await expectStudied(second.ui, day, lastWeek, session.minutes);

  // The keyboard reads the heatmap a day at a time: End is today, ← a week back, ↑ a day back.
  const heatmap = second.ui.getByTestId('heatmap');
  await heatmap.focus();
  await second.ui.keyboard.press('End');
  await expect(second.ui.getByTestId('heatmap-day')).toHaveText(`${EN_GB.weekdayDayYear(formatIsoDate(today))}: no study logged`);
  const back = today - (parseIsoDate(day) ?? 0);
  for (let i = 0; i < Math.floor(back / 7); i++) await second.ui.keyboard.press('ArrowLeft');
  for (let i = 0; i < back % 7; i++) await second.ui.keyboard.press('ArrowUp');
  await expect(second.ui.getByTestId('heatmap-day')).toHaveText(`${EN_GB.weekdayDayYear(day)}: ${EN_GB.duration(session.minutes)} studied`);
  await expect(heatmap.locator(`rect[data-date="${day}"]`)).toHaveClass(/history-cell-chosen/);
  await second.close();
});

async function expectStudied(ui: Page, day: string, weekStart: string, minutes: number): Promise<void> {
  const cell = ui.getByTestId('heatmap').locator(`rect[data-date="${day}"]`);
  await expect(cell).toHaveAttribute('data-minutes', String(minutes));
  await expect(cell).toHaveClass(new RegExp(`history-level-${minutes >= 120 ? 4 : minutes >= 60 ? 3 : minutes >= 30 ? 2 : 1}`));
  await expect(ui.getByTestId('heatmap').locator('rect.history-cell:not(.history-level-0)')).toHaveCount(1);
  const named = day.slice(0, 4) === instantToLocal(ZONE, Date.now()).date.slice(0, 4) ? EN_GB.weekdayDay(day) : EN_GB.weekdayDayYear(day);
  await expect(ui.getByTestId('heatmap-summary')).toHaveText(
    `Most studied: ${named}, ${EN_GB.duration(minutes)}; 1 study day in the last year, ${EN_GB.duration(minutes)} in all.`,
  );
  // Last week's studied bar (series b, the 25th of 26) has a length; every other studied bar is flat.
  const bars = await ui.getByTestId('weeks-chart').locator('.ct-series-b .ct-bar').evaluateAll((lines) => lines.map((l) => Math.abs(Number(l.getAttribute('y1')) - Number(l.getAttribute('y2')))));
  expect(bars).toHaveLength(26);
  expect(bars[24]).toBeGreaterThan(10);
  expect(bars.filter((h, i) => i !== 24 && h > 0.5)).toEqual([]);
  // And the table says it in words.
  await ui.getByText('The weeks as a table').click();
  const weekEnd = formatIsoDate((parseIsoDate(weekStart) ?? 0) + 6);
  const row = ui.getByTestId('weeks-table').locator('tbody tr').filter({ has: ui.locator('th', { hasText: EN_GB.dayRange(weekStart, weekEnd) }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell')).toHaveText([EN_GB.duration(minutes), EN_GB.duration(minutes)]);
}

test('a year of history: every picture with its sentence and table', async ({ profileDir }) => {
  const app = await launchWithYear(profileDir);
  await openHistory(app.ui);
  const studied = await app.ui.getByTestId('heatmap').locator('rect.history-cell:not(.history-level-0)').count();
  expect(studied).toBeGreaterThan(100);
  await expect(app.ui.getByTestId('heatmap-summary')).toContainText(`${EN_GB.number(studied)} study days in the last year`);
  await expect(app.ui.getByTestId('weeks-summary')).toContainText('Over 26 weeks:');
  await expect(app.ui.getByTestId('readiness-summary')).toContainText('Readiness now:');
  await expect(app.ui.getByTestId('readiness-chart').locator('.ct-line')).toHaveCount(3);
  await app.ui.getByText('Readiness by month, as a table').click();
  await expect(app.ui.getByTestId('readiness-table').locator('tbody tr')).toHaveCount(12);
  await app.ui.getByText('The year by month, as a table').click();
  await expect(app.ui.getByTestId('months-table').locator('tbody tr')).toHaveCount(13);
  await app.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the history screen has no axe-core violations (${colorScheme})`, async ({ profileDir }) => {
    const app = await launchWithYear(profileDir, { profileDir, colorScheme });
    await openHistory(app.ui);
    await expect(app.ui.getByTestId('readiness-chart').locator('.ct-line')).toHaveCount(3);
    for (const summary of ['The year by month, as a table', 'The weeks as a table', 'Readiness by month, as a table']) await app.ui.getByText(summary).click();
    expect((await new AxeBuilder({ page: app.ui }).analyze()).violations).toEqual([]);
    await app.ui.screenshot({ path: test.info().outputPath(`history-${colorScheme}.png`), fullPage: true });
    await app.close();
  });
}

test('in forced colours the heat levels stay apart and the empty days keep their outline', async ({ profileDir }) => {
  const app = await launchWithYear(profileDir, { profileDir, forcedColors: 'active' });
  await openHistory(app.ui);
  const looks = await app.ui.getByTestId('heatmap').evaluate((svg) => {
    const look = (level: number) => {
      const cell = svg.querySelector(`rect.history-level-${level}`);
      if (!cell) return null;
      const style = getComputedStyle(cell);
      return `${style.fill} ${style.fillOpacity} ${style.stroke}`;
    };
    return [0, 1, 2, 3, 4].map(look);
  });
  const present = looks.filter((l): l is string => l !== null);
  expect(present.length).toBeGreaterThanOrEqual(3);
  expect(new Set(present).size).toBe(present.length);
  // The three readiness lines are drawn in the system's highlight colour, told apart by their dashes.
  const lines = await app.ui.getByTestId('readiness-chart').locator('.ct-line').evaluateAll((paths) => paths.map((p) => [getComputedStyle(p).stroke, getComputedStyle(p).strokeDasharray]));
  expect(new Set(lines.map(([stroke]) => stroke)).size).toBe(1);
  expect(new Set(lines.map(([, dash]) => dash)).size).toBe(3);
  await app.ui.screenshot({ path: test.info().outputPath('history-forced-colours.png'), fullPage: true });
  await app.close();
});
