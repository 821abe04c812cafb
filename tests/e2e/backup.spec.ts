/**
 * Backup and restore through the real router, backup service and store host: export writes a
 * checked file; restore shows what will change, keeps a safety copy, and brings the data back
 * exactly; a bad file is refused with a clear message and changes nothing.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parseBackupFile } from '../../electron/main/core/backup';
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

test('automatic backups: the daily one is listed and restores, and a reset takes one first', async ({ profileDir }) => {
  const first = await launchApp({ profileDir });
  await seedLearner(first.ui, { ticks: 2 });
  await first.close();
  // Main checks for the daily backup at every start: this launch finds data and no backup today.
  const app = await launchApp({ profileDir });
  await app.firstDailyBackup;
  const seeded = await app.dumpDb();
  const folder = path.join(profileDir, 'safety-backups');
  const daily = (await readdir(folder)).filter((n) => n.startsWith('daily-'));
  expect(daily).toHaveLength(1);

  await call(app.ui, 'spending:add', { date: '2026-11-20', amountUsd: 42, label: 'Exam voucher', certId: null });
  await openSettings(app.ui);
  const list = app.ui.getByTestId('automatic-backups');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('Daily');
  await list.getByRole('button', { name: /^Restore this one…/ }).click();
  const preview = app.ui.getByTestId('restore-preview');
  await expect(preview).toContainText(daily[0]!);
  await expect(preview).toContainText('Spending: 1 → 0 records');
  await preview.getByRole('button', { name: 'Replace my data' }).click();
  await expect(app.ui.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  const restored = await app.dumpDb();
  for (const table of ['profile', 'milestoneProgress', 'certifications', 'spending', 'checklistTicks', 'quizAttempts']) expect(restored[table], table).toEqual(seeded[table]);

  // Reset: a backup first, listed beside the others, and it brings everything back.
  await openSettings(app.ui);
  await app.ui.getByRole('button', { name: 'Reset everything…' }).click();
  await app.ui.getByLabel('Confirmation').fill('DELETE EVERYTHING');
  await app.ui.getByRole('button', { name: 'Delete everything' }).click();
  await expect.poll(async () => (await app.dumpDb())['profile']).toEqual([]);
  const names = (await readdir(folder)).sort();
  expect(names.filter((n) => n.startsWith('before-reset-'))).toHaveLength(1);
  expect(names.filter((n) => n.startsWith('before-restore-'))).toHaveLength(1);
  const reset = names.find((n) => n.startsWith('before-reset-'))!;
  const chosen = await app.invoke('backup:choose-automatic', { fileName: reset });
  if (!chosen.ok) throw new Error(chosen.error.message);
  expect((await app.invoke('backup:restore', { token: (chosen.value as { token: string }).token })).ok).toBe(true);
  expect((await app.dumpDb())['profile']).toEqual(seeded['profile']);
  await app.close();
});
