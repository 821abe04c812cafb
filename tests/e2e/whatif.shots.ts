/**
 * PNGs for people to look at: the week screen's "Re-plan the remaining work" preview after two
 * missed sessions (with an exam booked too soon), and What if… comparing 6 h and 10 h a week with
 * the current plan, in light and dark. Not a test of behaviour: reflow-whatif.spec.ts does that.
 */
import path from 'node:path';
import { launchApp, REPO_ROOT } from './harness/app-harness';
import { formatIsoDate, instantToLocal, mondayOf } from '../../shared/planner/time';
import { call, mondayFromNow, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const OUT = path.join(REPO_ROOT, 'resources', 'screenshots');

for (const theme of ['light', 'dark'] as const) {
  test(`re-flow preview and what-if (${theme})`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, colorScheme: theme });
    const { ui } = app;
    await seedLearner(ui, { bookExam: false });
    await call(ui, 'certification:update', { certId: 'cert.aws.mla-c01', status: 'exam-booked', examDate: mondayFromNow(6), passedOn: null, spentUsd: 150 });
    const next = formatIsoDate(mondayOf(instantToLocal('Europe/Berlin', Date.now()).day) + 7);
    const { sessions } = await call<{ sessions: { id: string; startUtc: string }[] }>(ui, 'week:get', { weekStart: next });
    for (const s of sessions.slice(-2)) await call(ui, 'session:update', { id: s.id, startUtc: new Date(Date.parse(s.startUtc) - 21 * 86_400_000).toISOString() });

    await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Week' }).click();
    await ui.getByRole('button', { name: 'Re-plan the remaining work' }).click();
    const preview = ui.getByTestId('reflow');
    await expect(preview.getByTestId('reflow-preview')).toBeVisible();
    await preview.scrollIntoViewIfNeeded();
    await preview.screenshot({ path: path.join(OUT, `week-reflow-${theme}.png`) });

    await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'What if' }).click();
    await ui.getByTestId('whatif-draft').first().getByLabel('Weekly hours').fill('6');
    await ui.getByRole('button', { name: 'Add another plan' }).click();
    await ui.getByTestId('whatif-draft').nth(1).getByLabel('Weekly hours').fill('10');
    await ui.getByRole('button', { name: 'Compare with my plan' }).click();
    await expect(ui.getByTestId('whatif-table')).toBeVisible();
    await ui.screenshot({ path: path.join(OUT, `whatif-${theme}.png`), fullPage: true });
    await app.close();
  });
}
