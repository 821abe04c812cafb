/**
 * Backup and restore through the real router, backup service and store host: export writes a
 * checked file; restore shows what will change, keeps a safety copy, and brings the data back
 * exactly; a bad file is refused with a clear message and changes nothing.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parseBackupFile } from '../../electron/main/backup';
import { launchApp } from './harness/app-harness';
import { call, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const openSettings = (ui: Page) => ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();

test('export, change things, restore: the data is back exactly and a safety copy exists', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await seedLearner(app.ui, { ticks: 2 });
  const before = await app.dumpDb();
  const file = path.join(profileDir, 'my-backup.json');

  await openSettings(app.ui);
  app.dialogs.savePath = file;
  await app.ui.getByRole('button', { name: 'Export backup…' }).click();
  await expect(app.ui.getByTestId('backup-status')).toContainText('Backup saved to');
  const parsed = parseBackupFile(await readFile(file));
  expect(parsed.ok).toBe(true);

  // Change the data after the export.
  const view = await call<{ plan: { milestones: { id: string; status: string }[] }; doneMilestoneIds: string[] }>(app.ui, 'plan:get', {});
  const another = view.plan.milestones.find((m) => m.status === 'planned' && !view.doneMilestoneIds.includes(m.id));
  await call(app.ui, 'milestone:set-done', { id: another?.id, done: true });
  await call(app.ui, 'spending:add', { date: '2026-11-20', amountUsd: 25, label: 'Course', certId: null });
  expect(await app.dumpDb()).not.toEqual(before);

  app.dialogs.openPath = file;
  await app.ui.getByRole('button', { name: 'Restore from backup…' }).click();
  const preview = app.ui.getByTestId('restore-preview');
  await expect(preview).toContainText('my-backup.json');
  await expect(preview).toContainText('Milestone progress: 3 → 2 records');
  await expect(preview).toContainText('Spending: 1 → 0 records');
  await preview.getByRole('button', { name: 'Replace my data' }).click();
  await expect(app.ui.getByRole('heading', { name: 'Settings' })).toBeHidden();
  await expect(app.ui.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  expect(await app.dumpDb()).toEqual(before);
  expect((await readdir(path.join(profileDir, 'safety-backups'))).length).toBe(1);
  await app.close();
});

test('a damaged file is refused with a clear message and nothing changes', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await seedLearner(app.ui, { ticks: 1 });
  const before = await app.dumpDb();
  await openSettings(app.ui);

  const truncated = path.join(profileDir, 'truncated.json');
  await writeFile(truncated, '{"format":"mle-path-backup","formatVersion":1,"data":{');
  app.dialogs.openPath = truncated;
  await app.ui.getByRole('button', { name: 'Restore from backup…' }).click();
  await expect(app.ui.getByTestId('backup-error')).toContainText('That file cannot be restored');

  const empty = path.join(profileDir, 'empty.json');
  await writeFile(empty, '');
  app.dialogs.openPath = empty;
  await app.ui.getByRole('button', { name: 'Restore from backup…' }).click();
  await expect(app.ui.getByTestId('backup-error')).toContainText(/empty/i);

  app.dialogs.openPath = null; // cancelled dialog: nothing happens
  await app.ui.getByRole('button', { name: 'Restore from backup…' }).click();
  await expect(app.ui.getByTestId('backup-error')).toHaveCount(0);
  expect(await app.dumpDb()).toEqual(before);
  await app.close();
});
