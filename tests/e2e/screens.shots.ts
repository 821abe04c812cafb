/**
 * Writes a PNG of every screen and state in both themes to resources/screenshots/, for people
 * to look at (README, reviews). Not a test of behaviour: the specs do that.
 */
import path from 'node:path';
import { launchApp, REPO_ROOT } from './harness/app-harness';
import { expect, test } from './fixtures';

const OUT = path.join(REPO_ROOT, 'resources', 'screenshots');

for (const theme of ['light', 'dark'] as const) {
  test(`profile screens (${theme})`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, colorScheme: theme });
    const { ui } = app;
    await expect(ui.getByText('Nothing saved yet.')).toBeVisible();
    await ui.screenshot({ path: path.join(OUT, `profile-first-run-${theme}.png`), fullPage: true });

    await ui.getByRole('radio', { name: 'Software developer' }).check();
    await ui.getByLabel('Weekly study hours').fill('-3');
    await ui.getByLabel('Budget for exams and courses').fill('abc');
    await ui.getByRole('button', { name: 'Save profile' }).click();
    await expect(ui.getByTestId('error-weeklyHours')).toBeVisible();
    await ui.screenshot({ path: path.join(OUT, `profile-errors-${theme}.png`), fullPage: true });

    await ui.getByLabel('Weekly study hours').fill('10');
    await ui.getByLabel('Budget for exams and courses').fill('1200');
    await ui.getByLabel('Start date').fill('2027-01-04');
    await ui.getByRole('button', { name: 'Save profile' }).click();
    await expect(ui.getByRole('heading', { name: 'Your roadmap' })).toBeVisible();
    // Some progress, so the roadmap shows ticks and filled bars.
    for (const title of ['Python fundamentals', 'NumPy and pandas']) {
      const box = ui.getByRole('checkbox', { name: new RegExp(title, 'i') }).first();
      if (await box.count()) await box.check();
    }
    await ui.screenshot({ path: path.join(OUT, `roadmap-${theme}.png`), fullPage: true });
    await ui.setViewportSize({ width: 900, height: 600 });
    await ui.screenshot({ path: path.join(OUT, `roadmap-900x600-${theme}.png`) });
    await ui.setViewportSize({ width: 1280, height: 860 });

    await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Profile' }).click();
    await expect(ui.getByTestId('saved-profile')).toBeVisible();
    await ui.screenshot({ path: path.join(OUT, `profile-saved-${theme}.png`), fullPage: true });
    await app.close();
  });
}
