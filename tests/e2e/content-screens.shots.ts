/**
 * Screenshots of the timeline, costs & salary, projects and guide screens in both themes, for
 * a learner a few weeks in (ticks, a booked exam, two expenses, some project steps done).
 */
import path from 'node:path';
import { launchApp, REPO_ROOT } from './harness/app-harness';
import { call, mondayFromNow, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const OUT = path.join(REPO_ROOT, 'resources', 'screenshots');

const SCREENS = [
  { file: 'timeline', nav: 'Timeline' },
  { file: 'costs', nav: 'Costs & salary' },
  { file: 'projects', nav: 'Projects' },
  { file: 'guide', nav: 'Guide' },
] as const;

for (const theme of ['light', 'dark'] as const) {
  test(`content screens (${theme})`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, colorScheme: theme });
    const { ui } = app;
    await seedLearner(ui, { ticks: 5 });
    await call(ui, 'spending:add', { date: mondayFromNow(-1), amountUsd: 39, label: 'Udemy course: practical MLOps', certId: null });
    await call(ui, 'spending:add', { date: mondayFromNow(0), amountUsd: 20, label: 'Practice exam set', certId: 'cert.aws.mla-c01' });
    for (const itemId of ['project.data-analysis.load', 'project.data-analysis.clean', 'project.churn-prediction.data']) {
      await call(ui, 'checklist:set', { itemId, checked: true });
    }
    for (const screen of SCREENS) {
      await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: screen.nav, exact: true }).click();
      await expect(ui.getByRole('heading', { level: 1, name: screen.nav })).toBeVisible();
      if (screen.file === 'costs') await expect(ui.getByTestId('spending-chart').locator('.ct-bar')).toHaveCount(3);
      if (screen.file === 'guide') await ui.getByText('Do I need a maths degree?').click();
      // Full-page captures keep the scroll offset, which would shift the sticky sidebars.
      await ui.evaluate(() => window.scrollTo(0, 0));
      await ui.screenshot({ path: path.join(OUT, `${screen.file}-${theme}.png`), fullPage: true });
    }
    await app.close();
  });
}
