/**
 * Settings → Content with the preview of a newer pack open (a renamed milestone, a price change
 * and a removed exam the learner has booked), both themes; and the checklist entry it flags.
 */
import path from 'node:path';
import { launchApp, REPO_ROOT } from './harness/app-harness';
import { newerPack, REMOVED_CERT_ID, RENAMED, writePackFile } from './harness/content-pack-file';
import { call, mondayFromNow, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const OUT = path.join(REPO_ROOT, 'resources', 'screenshots');

for (const theme of ['light', 'dark'] as const) {
  test(`settings → content with a preview open (${theme})`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, colorScheme: theme });
    const { ui } = app;
    await seedLearner(ui, { ticks: 2 });
    await call(ui, 'milestone:save-note', { id: RENAMED.fromId, note: 'Chapters 1–5 done.', links: [] });
    await call(ui, 'certification:update', { certId: REMOVED_CERT_ID, status: 'exam-booked', examDate: mondayFromNow(20), passedOn: null, spentUsd: 0 });
    const file = path.join(profileDir, 'mle-path-content-1.3.0.json');
    await writePackFile(file, newerPack());

    await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    app.dialogs.openPath = file;
    await ui.getByRole('button', { name: 'Load a newer pack from a file…' }).click();
    await expect(ui.getByTestId('content-preview-warnings')).toBeVisible();
    await ui.getByTestId('content-section').screenshot({ path: path.join(OUT, `settings-content-${theme}.png`) });

    await ui.getByTestId('content-preview').getByRole('button', { name: 'Apply' }).click();
    await expect(ui.getByTestId('content-status')).toContainText('Now using');
    await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Certifications' }).click();
    const entry = ui.getByTestId(`checklist-${REMOVED_CERT_ID}`);
    await expect(entry.getByTestId(`checklist-gone-${REMOVED_CERT_ID}`)).toBeVisible();
    await entry.screenshot({ path: path.join(OUT, `checklist-removed-cert-${theme}.png`) });
    await app.close();
  });
}
