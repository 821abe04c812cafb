/**
 * The Review screen (a statement to grade, a question answered), the dashboard with reviews due
 * and the week with its review slot, in both themes, to resources/screenshots/.
 */
import path from 'node:path';
import { builtInPack } from '../../shared/content/pack';
import { launchApp, REPO_ROOT } from './harness/app-harness';
import { seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const OUT = path.join(REPO_ROOT, 'resources', 'screenshots');
const questions = new Set(builtInPack.quiz.map((q) => q.id));

for (const theme of ['light', 'dark'] as const) {
  test(`review screens (${theme})`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, colorScheme: theme });
    const { ui } = app;
    await seedLearner(ui, { ticks: 3 });
    await expect(ui.getByTestId('dash-reviews-due')).not.toHaveText('0 due today');
    await ui.screenshot({ path: path.join(OUT, `dashboard-reviews-${theme}.png`), fullPage: true });

    const nav = ui.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Review', exact: true }).click();
    const card = ui.locator('[data-review-item]');
    await expect(card).toBeVisible();
    await ui.screenshot({ path: path.join(OUT, `review-statement-${theme}.png`), fullPage: true });

    while (!questions.has((await card.getAttribute('data-review-item')) ?? '')) {
      await card.getByRole('button', { name: /^Good/ }).click();
      await card.getByRole('button', { name: 'Next item' }).click();
    }
    await card.getByRole('radio').nth(1).check();
    await card.getByRole('button', { name: 'Check answer' }).click();
    await expect(card.getByTestId('review-scheduled')).toBeVisible();
    await ui.screenshot({ path: path.join(OUT, `review-answered-${theme}.png`), fullPage: true });

    await nav.getByRole('button', { name: 'Week', exact: true }).click();
    await expect(ui.getByTestId('week-review-slot')).toBeVisible();
    await ui.screenshot({ path: path.join(OUT, `week-review-slot-${theme}.png`), fullPage: true });
    // Next week the plan fills the weekly hours: the slot is the end of a session.
    await ui.getByRole('button', { name: /Next week/ }).click();
    await expect(ui.getByTestId('week-review-slot')).toContainText('your week is full');
    await ui.screenshot({ path: path.join(OUT, `week-review-slot-full-${theme}.png`), fullPage: true });
    await app.close();
  });
}
