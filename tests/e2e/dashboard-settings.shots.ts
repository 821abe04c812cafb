/**
 * Screenshots of the dashboard and settings for a learner a few steps in, both themes. Settings
 * shows the study calendar kept up to date in a folder (a fixed one, so the picture is stable).
 * The dashboard also under a German and a US locale.
 */
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchApp, REPO_ROOT } from './harness/app-harness';
import { seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const OUT = path.join(REPO_ROOT, 'resources', 'screenshots');
const CALENDAR_FOLDER = path.join(os.tmpdir(), 'mle-path-screenshots', 'Study calendar');

for (const theme of ['light', 'dark'] as const) {
  test(`dashboard and settings (${theme})`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, colorScheme: theme });
    await seedLearner(app.ui, { ticks: 3 });
    await expect(app.ui.getByTestId('dash-next-milestone')).toBeVisible();
    await app.ui.screenshot({ path: path.join(OUT, `dashboard-${theme}.png`), fullPage: true });
    await app.ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await expect(app.ui.getByRole('heading', { name: 'Reminders' })).toBeVisible();
    await mkdir(CALENDAR_FOLDER, { recursive: true });
    app.dialogs.folderPath = CALENDAR_FOLDER;
    await app.ui.getByRole('button', { name: 'Choose a folder…' }).click();
    await expect(app.ui.getByTestId('calendar-folder-written')).toContainText(' events');
    // The click scrolled down; the sticky sidebar would be drawn halfway down the full page.
    await app.ui.evaluate(() => window.scrollTo(0, 0));
    await app.ui.screenshot({ path: path.join(OUT, `settings-${theme}.png`), fullPage: true });
    await app.close();
  });
}

for (const locale of ['de-DE', 'en-US'] as const) {
  test(`dashboard (${locale})`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, locale });
    await seedLearner(app.ui, { ticks: 3 });
    await expect(app.ui.getByTestId('dash-next-milestone')).toBeVisible();
    await app.ui.screenshot({ path: path.join(OUT, `dashboard-${locale}.png`), fullPage: true });
    await app.close();
  });
}
