/** Screenshots of the dashboard and settings for a learner a few steps in, both themes. */
import path from 'node:path';
import { launchApp, REPO_ROOT } from './harness/app-harness';
import { seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const OUT = path.join(REPO_ROOT, 'resources', 'screenshots');

for (const theme of ['light', 'dark'] as const) {
  test(`dashboard and settings (${theme})`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, colorScheme: theme });
    await seedLearner(app.ui, { ticks: 3 });
    await expect(app.ui.getByTestId('dash-next-milestone')).toBeVisible();
    await app.ui.screenshot({ path: path.join(OUT, `dashboard-${theme}.png`), fullPage: true });
    await app.ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await expect(app.ui.getByRole('heading', { name: 'Reminders' })).toBeVisible();
    await app.ui.screenshot({ path: path.join(OUT, `settings-${theme}.png`), fullPage: true });
    await app.close();
  });
}
