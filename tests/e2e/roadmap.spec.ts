/**
 * The roadmap through the whole stack: saving a profile builds a plan in the store host; a
 * tick is written durably, updates progress, and survives a relaunch and a re-plan after the
 * weekly hours change (which moves the ETA).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchApp } from './harness/app-harness';
import { expect, test } from './fixtures';

async function saveProfile(ui: Page, hours: string) {
  await ui.getByRole('radio', { name: 'New to code' }).check();
  await ui.getByLabel('Weekly study hours').fill(hours);
  await ui.getByLabel('Budget for exams and courses').fill('900');
  await ui.getByLabel('Start date').fill('2027-01-04');
  await ui.getByRole('button', { name: /Save (profile|changes)/ }).click();
  await expect(ui.getByRole('heading', { name: 'Your roadmap' })).toBeVisible();
}

test('a tick updates progress, is stored, and survives a relaunch and a re-plan', async ({ profileDir }) => {
  const first = await launchApp({ profileDir });
  await saveProfile(first.ui, '8');
  await expect(first.ui.getByTestId('overall-progress')).toHaveText('0%');
  await expect(first.ui.getByTestId('budget-message')).toHaveText('The recommended credentials cost US$450 of your US$900 budget.');
  const etaAt8 = await first.ui.getByTestId('eta').textContent();

  await first.ui.getByRole('checkbox', { name: 'Core Python' }).check();
  await expect(first.ui.getByTestId('phase-progress-phase.foundations')).not.toHaveText('0%');
  await expect(first.ui.getByTestId('overall-progress')).not.toHaveText('0%');
  const stored = await first.dumpDb();
  expect(stored['milestoneProgress']).toEqual([expect.objectContaining({ milestoneId: 'phase.foundations.python-core', done: true, note: '' })]);
  await first.close();

  const second = await launchApp({ profileDir });
  await second.ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Roadmap' }).click();
  await expect(second.ui.getByRole('checkbox', { name: 'Core Python' })).toBeChecked();
  await second.ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Profile' }).click();
  await second.ui.getByLabel('Weekly study hours').fill('16');
  await second.ui.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.ui.getByRole('heading', { name: 'Your roadmap' })).toBeVisible();
  await expect(second.ui.getByTestId('eta')).not.toHaveText(etaAt8 ?? '');
  await expect(second.ui.getByRole('checkbox', { name: 'Core Python' })).toBeChecked();
  const plan = (await second.dumpDb())['plan']?.[0] as { plan: { weeklyHours: number; milestones: { id: string; status: string }[] } };
  // The default study windows hold 12 h a week, so the plan caps 16 h at 12 and says so.
  expect(plan.plan.weeklyHours).toBe(12);
  await expect(second.ui.getByText('Your study windows hold only 12 h a week')).toBeVisible();
  expect(plan.plan.milestones.find((m) => m.id === 'phase.foundations.python-core')?.status).toBe('done');
  await second.close();
});

test('unticking restores the previous progress', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await saveProfile(app.ui, '10');
  const box = app.ui.getByRole('checkbox', { name: 'SQL for pipelines' });
  await box.check();
  await expect(app.ui.getByTestId('overall-progress')).not.toHaveText('0%');
  await box.uncheck();
  await expect(app.ui.getByTestId('overall-progress')).toHaveText('0%');
  expect((await app.dumpDb())['milestoneProgress']).toEqual([expect.objectContaining({ milestoneId: 'phase.foundations.sql-basics', done: false, doneAt: null })]);
  await app.close();
});

test('notes, own links and phase-gate ticks are kept per milestone across a relaunch', async ({ profileDir }) => {
  const first = await launchApp({ profileDir });
  await saveProfile(first.ui, '8');
  const item = first.ui.locator('.milestone', { hasText: 'Core Python' });
  await item.getByText('Notes and links').click();
  await item.getByLabel('Notes on Core Python').fill('Finished chapters 1–5 of the tutorial.');
  await item.getByLabel('Link title').fill('My exercises');
  await item.getByLabel('Link address').fill('http://example.com/exercises');
  await item.getByRole('button', { name: 'Add link' }).click();
  await expect(item.getByRole('alert')).toHaveText('Link must be a web address starting with https://.');
  await item.getByLabel('Link address').fill('https://example.com/exercises');
  await item.getByRole('button', { name: 'Add link' }).click();
  await expect(item.getByRole('link', { name: 'My exercises' })).toBeVisible();
  const gate = first.ui.getByRole('checkbox', { name: 'I can read and debug Python code I did not write.' });
  await gate.check();
  await expect(gate).toBeChecked();
  await first.close();

  const second = await launchApp({ profileDir });
  await second.ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Roadmap' }).click();
  const again = second.ui.locator('.milestone', { hasText: 'Core Python' });
  await again.getByText(/Notes and links/).click();
  await expect(again.getByLabel('Notes on Core Python')).toHaveValue('Finished chapters 1–5 of the tutorial.');
  await expect(again.getByRole('link', { name: 'My exercises' })).toHaveAttribute('href', 'https://example.com/exercises');
  await expect(second.ui.getByRole('checkbox', { name: 'I can read and debug Python code I did not write.' })).toBeChecked();
  const stored = (await second.dumpDb())['milestoneProgress'] as { milestoneId: string; note: string; links: unknown[]; done: boolean }[];
  expect(stored).toEqual([expect.objectContaining({ milestoneId: 'phase.foundations.python-core', done: false, note: 'Finished chapters 1–5 of the tutorial.', links: [{ title: 'My exercises', url: 'https://example.com/exercises' }] })]);
  await second.close();
});

test('a typed note is never lost: it saves a moment after typing stops, and when the screen changes at once', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await saveProfile(ui, '8');
  const notes = async (id: string) => {
    const rows = (await app.dumpDb())['milestoneProgress'] as { milestoneId: string; note: string }[] | undefined;
    return rows?.find((r) => r.milestoneId === id)?.note;
  };
  const python = ui.locator('.milestone', { hasText: 'Core Python' });
  await python.getByText('Notes and links').click();
  await python.getByLabel('Notes on Core Python').fill('Typed, never saved by hand.');
  await expect(python.getByRole('status').filter({ hasText: /Saving shortly|Saved/ })).toBeVisible();
  await expect.poll(() => notes('phase.foundations.python-core')).toBe('Typed, never saved by hand.');
  await expect(python.getByText('Saved.')).toBeVisible();

  // Typed and straight to another screen: the editor goes away and writes what it held.
  const numpy = ui.locator('.milestone', { hasText: 'NumPy and pandas' });
  await numpy.getByText('Notes and links').click();
  await numpy.getByLabel('Notes on NumPy and pandas for data wrangling').fill('Left the screen right away.');
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Week' }).click();
  await expect.poll(() => notes('phase.foundations.numpy-pandas')).toBe('Left the screen right away.');
  await app.close();
});

test('Save as PDF writes the roadmap to the chosen file', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await saveProfile(app.ui, '8');
  const file = path.join(profileDir, 'roadmap.pdf');
  app.dialogs.savePath = file;
  await app.ui.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(app.ui.getByTestId('pdf-status')).toHaveText(`Saved to ${file}`);
  const bytes = await readFile(file);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(20_000);
  await app.close();
});
