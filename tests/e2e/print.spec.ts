/**
 * Save as PDF through the whole stack, printed by Chromium with the options main gives
 * Electron (print-options.ts): light pages even under the Dark theme, the region's paper,
 * a tagged PDF with an outline, and the learner's notes and links only when asked for.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchApp, type HarnessApp } from './harness/app-harness';
import { call, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const NOTE_URL = 'https://docs.python.org/3/tutorial/';

async function openRoadmap(app: HarnessApp, theme: 'light' | 'dark'): Promise<void> {
  await seedLearner(app.ui);
  await call(app.ui, 'settings:update', { theme });
  const view = await call<{ plan: { milestones: { id: string }[] } }>(app.ui, 'plan:get', {});
  const first = view.plan.milestones[0]?.id ?? '';
  await call(app.ui, 'milestone:save-note', { id: first, note: 'Chapters 1–4 done; generators still shaky.', links: [{ title: 'Python tutorial', url: NOTE_URL }] });
  await app.ui.reload();
  await app.ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Roadmap' }).click();
  await expect(app.ui.getByRole('heading', { name: 'Your roadmap' })).toBeVisible();
  await expect(app.ui.locator('html')).toHaveAttribute('data-theme', theme);
}

async function savePdf(app: HarnessApp, file: string, includeNotes: boolean): Promise<string> {
  app.dialogs.savePath = file;
  await app.ui.getByLabel('Include my notes and links').setChecked(includeNotes);
  await app.ui.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(app.ui.getByTestId('pdf-status')).toHaveText(`Saved to ${file}`);
  return (await readFile(file)).toString('latin1');
}

/** Every page's size in points, from the PDF's page objects. */
function pageSizes(pdf: string): string[] {
  return [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
}

/** What the print stylesheet paints: page background, text colour and colour scheme. */
async function printColours(ui: Page) {
  await ui.emulateMedia({ media: 'print' });
  const colours = await ui.evaluate(() => {
    const body = getComputedStyle(document.body);
    return { background: body.backgroundColor, text: body.color, scheme: getComputedStyle(document.documentElement).colorScheme };
  });
  await ui.emulateMedia({ media: null });
  return colours;
}

test('the Dark theme prints light: white pages and dark text', async ({ profileDir }) => {
  const app = await launchApp({ profileDir, colorScheme: 'dark' });
  await openRoadmap(app, 'dark');
  const screen = await app.ui.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(screen).toBe('rgb(15, 18, 22)'); // the dark theme on screen
  expect(await printColours(app.ui)).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(22, 26, 32)', scheme: 'light' });
  await app.close();
});

test('Save as PDF: A4 for en-GB, tagged, with an outline; notes and links only when asked for', async ({ profileDir }) => {
  const app = await launchApp({ profileDir, colorScheme: 'dark', pdfLocale: 'en-GB' });
  await openRoadmap(app, 'dark');

  const plain = await savePdf(app, path.join(profileDir, 'plain.pdf'), false);
  expect(plain.startsWith('%PDF-')).toBe(true);
  const sizes = pageSizes(plain);
  expect(sizes.length).toBeGreaterThan(3);
  expect(new Set(sizes)).toEqual(new Set(['596x843'])); // A4
  expect(plain).toContain('/StructTreeRoot'); // tagged: headings, lists and paragraphs for screen readers
  expect(plain).toContain('/Outlines'); // the outline (bookmarks) from the headings
  expect(plain).not.toContain(NOTE_URL);
  // The page is back to normal once printed: notes hidden again.
  await expect(app.ui.locator('html')).not.toHaveAttribute('data-print-notes');

  const withNotes = await savePdf(app, path.join(profileDir, 'notes.pdf'), true);
  expect(withNotes).toContain(`/URI (${NOTE_URL})`); // the link, clickable in the PDF
  expect(pageSizes(withNotes).length).toBeGreaterThanOrEqual(sizes.length);
  await expect(app.ui.locator('html')).not.toHaveAttribute('data-print-notes');
  await app.close();
});

test('Save as PDF prints on Letter paper for a US locale', async ({ profileDir }) => {
  const app = await launchApp({ profileDir, pdfLocale: 'en-US' });
  await openRoadmap(app, 'light');
  const pdf = await savePdf(app, path.join(profileDir, 'letter.pdf'), false);
  expect(new Set(pageSizes(pdf))).toEqual(new Set(['612x792']));
  await app.close();
});
