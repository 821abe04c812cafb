/**
 * Settings → Content through the real router, store host and renderer: a newer pack loaded from
 * a file is previewed (renamed milestone, price change, removed booked exam and its warning),
 * applied, and every screen shows it without a reload while the learner's tick, note, review
 * cards and booking are kept. A broken file and an older version are refused with nothing
 * changed. Switching to another shipped edition, and axe on the open preview in both themes.
 */
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { ContentStatus } from '../../shared/content/update-schema';
import type { ReviewQueue } from '../../shared/ipc/contract';
import { builtInPack } from '../../shared/content/pack';
import { axeViolations } from './a11y';
import { launchApp, type HarnessApp } from './harness/app-harness';
import { newerPack, NEWER_VERSION, PRICE, REMOVED_CERT_ID, RENAMED, writePackFile } from './harness/content-pack-file';
import { call, mondayFromNow, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const REMOVED_NAME = 'Databricks Certified Generative AI Engineer Associate';
const NOTE = 'Chapters 1–5 of the tutorial done.';

async function open(ui: Page, name: string, heading: string) {
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();
  await expect(ui.getByRole('heading', { name: heading, level: 1, exact: true })).toBeVisible();
}

/** A learner with the to-be-renamed milestone ticked and noted, and the to-be-removed exam booked. */
async function learnerWithProgress(app: HarnessApp) {
  const { ui } = app;
  await seedLearner(ui, { ticks: 0, bookExam: false });
  await call(ui, 'milestone:set-done', { id: RENAMED.fromId, done: true });
  await call(ui, 'milestone:save-note', { id: RENAMED.fromId, note: NOTE, links: [] });
  await call(ui, 'certification:update', { certId: REMOVED_CERT_ID, status: 'exam-booked', examDate: mondayFromNow(20), passedOn: null, spentUsd: 0 });
  const queue = await call<ReviewQueue>(ui, 'review:queue', {});
  expect(queue.dueToday).toBeGreaterThan(0);
  return queue.dueToday;
}

async function loadFile(app: HarnessApp, file: string) {
  await open(app.ui, 'Settings', 'Settings');
  app.dialogs.openPath = file;
  await app.ui.getByRole('button', { name: 'Load a newer pack from a file…' }).click();
}

test('a newer pack from a file: previewed, applied, and every screen shows it with the learner’s progress kept', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  const due = await learnerWithProgress(app);
  const file = path.join(profileDir, 'mle-path-content-1.3.0.json');
  await writePackFile(file, newerPack());

  await open(ui, 'Settings', 'Settings');
  const current = ui.getByTestId('content-current');
  await expect(current).toContainText('Machine-learning engineer, version 1.2.0');
  await expect(current).toContainText('31 Mar 2026');
  await expect(current).toContainText('Built into MLE Path');

  await loadFile(app, file);
  const preview = ui.getByTestId('content-preview');
  await expect(preview.getByRole('heading', { name: 'Switch the study content?' })).toBeFocused();
  await expect(ui.getByTestId('content-preview-from-to')).toHaveText(
    `Machine-learning engineer 1.2.0 (built into MLE Path, facts as of 31 Mar 2026) → Machine-learning engineer ${NEWER_VERSION} (from mle-path-content-1.3.0.json, facts as of 31 Mar 2026)`,
  );
  await expect(ui.getByTestId('content-change-renamedMilestones')).toContainText(`“${RENAMED.fromTitle}” is now “${RENAMED.toTitle}”`);
  // en-GB (the harness's locale) writes dollars as US$.
  await expect(ui.getByTestId('content-change-priceChanges')).toContainText(`${PRICE.name}: US$${PRICE.fromUsd} → US$${PRICE.toUsd}`);
  await expect(ui.getByTestId('content-change-removedCertifications')).toContainText(`${REMOVED_NAME} (you have this exam booked`);
  await expect(ui.getByTestId('content-preview-keeps')).toHaveText(
    new RegExp(`^Your 1 tick, 1 note, ${due} review cards and 1 booked exam are kept; [1-9]\\d* records? moves? with the renamed milestones\\.$`),
  );
  await expect(ui.getByTestId('content-preview-warnings')).toContainText(`Your booked ${REMOVED_NAME} exam on`);
  await expect(ui.getByTestId('content-preview-warnings')).toContainText('stays on your checklist, flagged');
  // Nothing has changed yet.
  expect((await call<{ pack: { packVersion: string } }>(ui, 'content:get', {})).pack.packVersion).toBe('1.2.0');

  await preview.getByRole('button', { name: 'Apply' }).click();
  await expect(ui.getByTestId('content-status')).toContainText(`Now using Machine-learning engineer ${NEWER_VERSION} (loaded from a file).`);
  await expect(preview).toHaveCount(0);
  await expect(current).toContainText(`version ${NEWER_VERSION}`);
  await expect(current).toContainText('Loaded from a file');

  // The roadmap: the new title, still ticked, with its note; the plan is there, no error.
  await open(ui, 'Roadmap', 'Your roadmap');
  await expect(ui.getByRole('alert')).toHaveCount(0);
  await expect(ui.getByRole('checkbox', { name: new RegExp(RENAMED.toTitle) }).first()).toBeChecked();
  await expect(ui.getByText(RENAMED.fromTitle, { exact: true })).toHaveCount(0);
  const item = ui.locator('.milestone', { hasText: RENAMED.toTitle });
  await item.getByText(/Notes and links/).click();
  await expect(item.getByLabel(`Notes on ${RENAMED.toTitle}`)).toHaveValue(NOTE);

  // The review queue still has its cards.
  await open(ui, 'Review', 'Review');
  await expect(ui.getByTestId('review-summary')).toContainText(`${due} due today`);

  // The checklist keeps the removed exam, flagged and still editable; the table has the new price.
  await open(ui, 'Certifications', 'Certifications');
  const entry = ui.getByTestId(`checklist-${REMOVED_CERT_ID}`);
  await expect(entry.getByTestId(`checklist-gone-${REMOVED_CERT_ID}`)).toContainText('No longer in the study content — kept from before');
  // Shown by the name the earlier pack gave it, not its id.
  await expect(entry.getByRole('heading', { level: 3 })).toHaveText(builtInPack.certifications.find((c) => c.id === REMOVED_CERT_ID)!.name);
  await expect(entry.getByRole('radio', { name: 'Exam booked' })).toBeChecked();
  await entry.getByRole('radio', { name: 'Studying' }).check();
  await entry.getByRole('button', { name: 'Save' }).click();
  await expect(ui.getByTestId(`cert-save-status-${REMOVED_CERT_ID}`)).toHaveText('Saved on this computer.');
  await expect(ui.getByTestId(`cert-row-${REMOVED_CERT_ID}`)).toHaveCount(0);
  await expect(ui.getByTestId(`cert-row-${PRICE.certId}`)).toContainText(`US$${PRICE.toUsd}`);
  const stored = (await app.dumpDb())['certifications'] as { certId: string; status: string }[];
  expect(stored).toEqual([expect.objectContaining({ certId: REMOVED_CERT_ID, status: 'studying' })]);

  // The plan was made with the new pack: the renamed milestone is in it under its new id.
  const view = await call<{ plan: { milestones: { id: string }[] }; doneMilestoneIds: string[] }>(ui, 'plan:get', {});
  expect(view.plan.milestones.map((m) => m.id)).toContain(RENAMED.toId);
  expect(view.plan.milestones.map((m) => m.id)).not.toContain(RENAMED.fromId);
  expect(view.doneMilestoneIds).toContain(RENAMED.toId);
  await app.close();
});

test('a broken file and an older version are refused in place, and nothing changes', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await learnerWithProgress(app);
  const before = await app.dumpDb();

  const badJson = path.join(profileDir, 'bad.json');
  await writeFile(badJson, '{ "packVersion": "2.0.0", ');
  await loadFile(app, badJson);
  await expect(ui.getByTestId('content-error')).toHaveAttribute('role', 'alert');
  await expect(ui.getByTestId('content-error')).toContainText('bad.json');
  await expect(ui.getByTestId('content-preview')).toHaveCount(0);

  // A pack with an error: a milestone's prerequisite names a milestone that does not exist.
  const broken = newerPack();
  broken.phases[0]!.milestones[1]!.prerequisites = ['phase.foundations.no-such-milestone'];
  const brokenFile = path.join(profileDir, 'broken-pack.json');
  await writeFile(brokenFile, JSON.stringify(broken));
  app.dialogs.openPath = brokenFile;
  await ui.getByRole('button', { name: 'Load a newer pack from a file…' }).click();
  await expect(ui.getByTestId('content-error')).toContainText('broken-pack.json is not a content pack MLE Path can use');
  await expect(ui.getByTestId('content-error')).toContainText('phase.foundations.no-such-milestone');
  await expect(ui.getByTestId('content-error')).toContainText('Nothing was changed.');

  const older = { ...newerPack(), packVersion: '1.0.0' };
  const olderFile = path.join(profileDir, 'older.json');
  await writePackFile(olderFile, older);
  app.dialogs.openPath = olderFile;
  await ui.getByRole('button', { name: 'Load a newer pack from a file…' }).click();
  await expect(ui.getByTestId('content-error')).toContainText('This pack (1.0.0) is older than the one in use (1.2.0); nothing was changed.');
  await expect(ui.getByTestId('content-preview')).toHaveCount(0);

  // A cancelled dialog does nothing, and leaves no error behind.
  app.dialogs.openPath = null;
  await ui.getByRole('button', { name: 'Load a newer pack from a file…' }).click();
  await expect(ui.getByTestId('content-error')).toHaveCount(0);

  await expect(ui.getByTestId('content-current')).toContainText('version 1.2.0');
  expect(await app.dumpDb()).toEqual(before);
  await app.close();
});

test('switching to another shipped edition', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui, { ticks: 2, bookExam: false });
  const status = await call<ContentStatus>(ui, 'content:status', {});
  const other = status.shipped.find((s) => s.editionId !== status.current.editionId);
  test.skip(!other, `Only one edition (${status.current.title}) ships with this build, so there is no other edition to switch to.`);
  if (!other) return;

  const ticked = (await call<{ doneMilestoneIds: string[] }>(ui, 'plan:get', {})).doneMilestoneIds;
  expect(ticked).toHaveLength(2);
  await open(ui, 'Settings', 'Settings');
  await expect(ui.getByTestId(`edition-${status.current.editionId}`)).toContainText('In use');
  await ui.getByRole('button', { name: `Switch to this edition… (${other.title})` }).click();
  const preview = ui.getByTestId('content-preview');
  await expect(ui.getByTestId('content-preview-from-to')).toContainText(`→ ${other.title} ${other.packVersion} (built into MLE Path`);
  await expect(ui.getByTestId('content-preview-warnings')).toContainText(`This is another edition (${other.title})`);
  await preview.getByRole('button', { name: 'Apply' }).click();
  await expect(ui.getByTestId('content-status')).toContainText(`Now using ${other.title} ${other.packVersion} (built into MLE Path).`);
  await expect(ui.getByTestId(`edition-${other.editionId}`)).toContainText('In use');
  expect((await call<{ pack: { edition: { id: string } } }>(ui, 'content:get', {})).pack.edition.id).toBe(other.editionId);
  // Every milestone of the first edition is in the other: the ticks carry over.
  expect((await call<{ doneMilestoneIds: string[] }>(ui, 'plan:get', {})).doneMilestoneIds).toEqual(ticked);
  await open(ui, 'Roadmap', 'Your roadmap');
  await expect(ui.getByRole('alert')).toHaveCount(0);
  await app.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`Settings → Content with a preview open has no axe violations (${theme})`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, colorScheme: theme });
    await learnerWithProgress(app);
    const file = path.join(profileDir, 'newer.json');
    await writePackFile(file, newerPack());
    await loadFile(app, file);
    await expect(app.ui.getByTestId('content-preview-warnings')).toBeVisible();
    expect(await axeViolations(app.ui)).toEqual([]);
    await app.close();
  });
}
