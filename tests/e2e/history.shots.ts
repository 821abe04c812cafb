/**
 * Screenshots of the History screen in both themes and at the 900×600 minimum window, for a
 * learner with a year of study behind them (the benchmarks' generated learner, loaded as a
 * restore would load it).
 */
import path from 'node:path';
import { generateHistory } from '../bench/data/history';
import { launchApp, REPO_ROOT } from './harness/app-harness';
import { expect, test } from './fixtures';

const OUT = path.join(REPO_ROOT, 'resources', 'screenshots');

for (const theme of ['light', 'dark'] as const) {
  test(`history (${theme})`, async ({ profileDir }) => {
    const loader = await launchApp({ profileDir });
    const loaded = await loader.storeClient.request('backup:replace', { data: generateHistory(12, new Date()) });
    await loader.close();
    if (!loaded.ok) throw new Error(loaded.error.message);
    const app = await launchApp({ profileDir, colorScheme: theme });
    const { ui } = app;
    await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'History', exact: true }).click();
    await expect(ui.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
    await expect(ui.getByTestId('readiness-chart').locator('.ct-line')).toHaveCount(3);
    await ui.evaluate(() => window.scrollTo(0, 0));
    await ui.screenshot({ path: path.join(OUT, `history-${theme}.png`), fullPage: true });
    await ui.setViewportSize({ width: 900, height: 600 });
    await ui.screenshot({ path: path.join(OUT, `history-900x600-${theme}.png`) });
    await app.close();
  });
}
