/**
 * A write whose answer is late is applied once, and the learner is told the truth. Main's
 * messages to the store page are held in transit (a store busy for longer than main waits), so
 * the first send of an expense times out in main while it still waits to be read; the bridge
 * then sends it again with the same write id. When the store reads them, it applies the first
 * and answers the repeats from its journal: one "$42 Exam voucher" row, and "saved".
 */
import type { Page } from '@playwright/test';
import { launchApp } from './harness/app-harness';
import { seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

async function openCosts(ui: Page) {
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Costs & salary' }).click();
  await expect(ui.getByRole('heading', { name: 'Costs & salary', level: 1 })).toBeVisible();
}

test('an expense the store answers late is saved exactly once, after "may not have been saved — checking…"', async ({ profileDir }) => {
  const app = await launchApp({ profileDir, storeTimeoutMs: 1500 });
  try {
    const { ui } = app;
    await seedLearner(ui);
    await openCosts(ui);
    await ui.getByLabel('Date').fill('2026-11-20');
    await ui.getByLabel('Amount').fill('42');
    await ui.getByLabel('What it was for').fill('Exam voucher');

    const transit = app.holdStoreMessages();
    await ui.getByRole('button', { name: 'Add expense' }).click();
    const banner = ui.getByTestId('write-status');
    await expect(banner).toContainText('Your last change may not have been saved — checking…');
    // Never "Nothing was saved" while the truth is unknown: that is what made learners add it twice.
    await expect(ui.getByTestId('expense-form-error')).toHaveCount(0);
    await expect.poll(transit.held, { message: 'the first send and at least one re-send, unread by the store' }).toBeGreaterThanOrEqual(2);
    transit.release();

    await expect(banner).toHaveText('Your change was saved.');
    await expect(ui.getByTestId('expense-status')).toHaveText('Added “Exam voucher” (US$42).');
    await expect(ui.getByTestId('expense-row')).toHaveCount(1);
    const spending = (await app.dumpDb())['spending'] as { label: string; amountUsd: number }[];
    expect(spending.filter((r) => r.label === 'Exam voucher')).toHaveLength(1);

    // The same list after reopening the screen: the store holds one row, not one per send.
    await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Dashboard' }).click();
    await openCosts(ui);
    await expect(ui.getByTestId('expense-row')).toHaveCount(1);
  } finally {
    await app.close();
  }
});

test('a write the store never answers ends in "could not be confirmed", not "nothing was saved"', async ({ profileDir }) => {
  const app = await launchApp({ profileDir, storeTimeoutMs: 500 });
  try {
    const { ui } = app;
    await seedLearner(ui);
    await openCosts(ui);
    await ui.getByLabel('Date').fill('2026-11-20');
    await ui.getByLabel('Amount').fill('42');
    await ui.getByLabel('What it was for').fill('Exam voucher');
    const transit = app.holdStoreMessages();
    await ui.getByRole('button', { name: 'Add expense' }).click();
    const banner = ui.getByTestId('write-status');
    await expect(banner).toContainText('checking…');
    // Five sends of 0.5 s each plus 15 s of pauses between them.
    await expect(banner).toContainText('Your last change could not be confirmed.', { timeout: 30_000 });
    await expect(ui.getByTestId('expense-form-error')).toContainText('Not confirmed.');
    await expect(ui.getByTestId('expense-form-error')).not.toContainText('Nothing was saved');
    expect(transit.held()).toBe(5);

    // Once the store reads them, the first send is applied and the other four are repeats.
    transit.release();
    await expect.poll(async () => ((await app.dumpDb())['spending'] as unknown[]).length).toBe(1);
    await ui.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toHaveCount(0);
  } finally {
    await app.close();
  }
});
