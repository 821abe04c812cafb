/**
 * PNGs of the week calendar for people to look at: next week (every session still ahead, so the
 * picture does not depend on the time of day it is taken) with one session done, one skipped and
 * one missed session from an earlier week, in light and dark, plus the 900×600 minimum window in
 * light, and the light week under a German and a US locale (Monday first and 24-hour times;
 * Sunday first and 12-hour times). Not a test of behaviour: week.spec.ts and locale.spec.ts do that.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchApp, REPO_ROOT } from './harness/app-harness';
import { formatIsoDate, instantToLocal, mondayOf } from '../../shared/planner/time';
import { call, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const OUT = path.join(REPO_ROOT, 'resources', 'screenshots');

interface Session {
  id: string;
  startUtc: string;
  minutes: number;
}

/** Monday of next week in the seeded learner's zone, `weeks` further on. */
function weekAfterThis(weeks = 0): string {
  return formatIsoDate(mondayOf(instantToLocal('Europe/Berlin', Date.now()).day) + 7 * (weeks + 1));
}

/** A week with something in every state: done, skipped, planned, and one missed earlier. */
async function seedWeek(ui: Page): Promise<void> {
  await seedLearner(ui);
  const next = await call<{ sessions: Session[] }>(ui, 'week:get', { weekStart: weekAfterThis() });
  const [done, skipped] = next.sessions;
  if (done) await call(ui, 'session:update', { id: done.id, status: 'done', loggedMinutes: 100 });
  if (skipped) await call(ui, 'session:update', { id: skipped.id, status: 'skipped' });
  // A session that ended weeks ago and was never marked is what "missed" means.
  const later = await call<{ sessions: Session[] }>(ui, 'week:get', { weekStart: weekAfterThis(1) });
  const missed = later.sessions[0];
  if (missed) {
    const weeksAgo = Date.parse(missed.startUtc) - 28 * 86_400_000;
    await call(ui, 'session:update', { id: missed.id, startUtc: new Date(weeksAgo).toISOString() });
  }
}

async function openNextWeek(ui: Page): Promise<void> {
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Week' }).click();
  await expect(ui.getByRole('heading', { name: 'Your week' })).toBeVisible();
  await ui.getByRole('button', { name: 'Next week' }).click();
  await expect(ui.getByRole('button', { name: /, done$/ }).first()).toBeVisible();
}

for (const theme of ['light', 'dark'] as const) {
  test(`week calendar (${theme})`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, colorScheme: theme });
    const { ui } = app;
    await seedWeek(ui);
    await openNextWeek(ui);
    await ui.screenshot({ path: path.join(OUT, `week-${theme}.png`), fullPage: true });
    if (theme === 'light') {
      await ui.setViewportSize({ width: 900, height: 600 });
      await ui.screenshot({ path: path.join(OUT, 'week-900x600-light.png') });
    }
    await app.close();
  });
}

for (const locale of ['de-DE', 'en-US'] as const) {
  test(`week calendar (${locale})`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, locale });
    const { ui } = app;
    await seedWeek(ui);
    await openNextWeek(ui);
    await ui.screenshot({ path: path.join(OUT, `week-${locale}.png`), fullPage: true });
    await app.close();
  });
}
