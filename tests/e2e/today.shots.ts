/**
 * PNGs of Today for people to look at (and the README): the next session with its focus timer
 * running for 25 minutes, what to do in it and the checklist left, in light and dark (and light at
 * the 900×600 minimum window). Not a test
 * of behaviour: today.spec.ts does that.
 */
import path from 'node:path';
import { launchApp, REPO_ROOT } from './harness/app-harness';
import { seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const OUT = path.join(REPO_ROOT, 'resources', 'screenshots');

for (const theme of ['light', 'dark'] as const) {
  test(`Today with the focus timer running, ${theme}`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, colorScheme: theme });
    await seedLearner(app.ui);
    await app.ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Today', exact: true }).click();
    await app.ui.getByTestId('today-focus').getByRole('button', { name: 'Start focus timer' }).click();
    await expect(app.ui.getByTestId('timer-state')).toHaveText(/^Running/);
    app.timerRun.clock.t += 25 * 60_000;
    await app.services.focusTimer.check();
    await expect(app.ui.getByTestId('timer-state')).toContainText('25 min');
    await app.ui.screenshot({ path: path.join(OUT, `today-${theme}.png`), fullPage: true });
    if (theme === 'light') {
      // The smallest window the app allows, with the sidebar's timer on screen.
      await app.ui.setViewportSize({ width: 900, height: 600 });
      await app.ui.screenshot({ path: path.join(OUT, 'today-900x600-light.png') });
    }
    await app.close();
  });
}
