/**
 * Spaced review through the whole stack: ticking a milestone puts its phase's gate statements and
 * its area's quiz questions in review; the dashboard counts them and opens Review; a statement is
 * graded Good, a question answered wrong; each leaves today's queue with its next day in the
 * future, and comes back when the clock reaches that day. The week shows its review slot. axe
 * finds nothing on the Review screen in either theme.
 */
import type { Page } from '@playwright/test';
import { builtInPack } from '../../shared/content/pack';
import type { ReviewQueue } from '../../shared/ipc/contract';
import { axeViolations } from './a11y';
import { launchApp } from './harness/app-harness';
import { call, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const questions = new Map(builtInPack.quiz.map((q) => [q.id, q]));

async function open(ui: Page, name: string, heading: string) {
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();
  await expect(ui.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

test('tick a milestone → review items appear → grade → the next review moves out of today, and comes back on its day', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui, { ticks: 0, bookExam: false });
  await expect(ui.getByTestId('dash-reviews-due')).toHaveText('0 due today');

  // Tick the first milestone on the roadmap.
  await open(ui, 'Roadmap', 'Your roadmap');
  const first = builtInPack.phases[0]!;
  await ui.getByRole('checkbox', { name: new RegExp(first.milestones[0]!.title) }).first().check();
  await expect(ui.getByRole('checkbox', { name: new RegExp(first.milestones[0]!.title) }).first()).toBeChecked();
  const expected = first.gate.items.length + builtInPack.quiz.filter((q) => q.area === first.skillArea).length;

  await open(ui, 'Dashboard', 'Dashboard');
  await expect(ui.getByTestId('dash-reviews-due')).toHaveText(`${expected} due today`);
  await ui.getByRole('button', { name: 'Start review' }).click();
  await expect(ui.getByRole('heading', { name: 'Review', level: 1 })).toBeVisible();
  await expect(ui.getByTestId('review-summary')).toContainText(`${expected} due today`);

  // The first item is a gate statement: graded by the learner.
  const card = ui.locator('[data-review-item]');
  const statementId = await card.getAttribute('data-review-item');
  expect(statementId).toBe(first.gate.items[0]!.id);
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(first.gate.items[0]!.text);
  await card.getByRole('button', { name: /^Good/ }).click();
  await expect(card.getByTestId('review-scheduled')).toContainText(/Graded Good\. Next review .+ \(in [1-9]\d* days?\)\./);
  await card.getByRole('button', { name: 'Next item' }).click();

  // Items due at the same moment come in id order: the other statements (gate.*) before the
  // questions (quiz.*). Grade them Good.
  for (let i = 1; i < first.gate.items.length; i++) {
    await expect(card).toHaveAttribute('data-review-item', /^gate\./);
    await expect(card).not.toHaveAttribute('data-review-item', statementId ?? '');
    await card.getByRole('button', { name: /^Good/ }).click();
    await card.getByRole('button', { name: 'Next item' }).click();
  }
  await expect(card).toHaveAttribute('data-review-item', /^quiz\./);

  // A question: answered wrong, graded Again, the right answer and its explanation shown.
  const questionId = (await card.getAttribute('data-review-item')) ?? '';
  const question = questions.get(questionId);
  if (!question) throw new Error(`not a question: ${questionId}`);
  await card.getByRole('radio').nth((question.correctIndex + 1) % 4).check();
  await card.getByRole('button', { name: 'Check answer' }).click();
  await expect(card.getByRole('status')).toContainText('Not quite');
  await expect(card.getByRole('status')).toContainText(question.explanation);
  await expect(card.getByTestId('review-scheduled')).toContainText(/Graded Again\. Next review .+ \(in 1 day\)\./);
  await card.getByRole('button', { name: 'Next item' }).click();

  // Both left today's queue; their next days are in the future; the dashboard counts the rest.
  const queue = await call<ReviewQueue>(ui, 'review:queue', {});
  expect(queue.dueToday).toBe(expected - first.gate.items.length - 1);
  expect(queue.items.map((i) => i.itemId)).not.toContain(statementId);
  expect(queue.items.map((i) => i.itemId)).not.toContain(questionId);
  expect(queue.nextDueDay! > queue.today).toBe(true);
  await open(ui, 'Dashboard', 'Dashboard');
  await expect(ui.getByTestId('dash-reviews-due')).toHaveText(`${queue.dueToday} due today`);

  // The week with reviews due shows its slot, counted in the weekly hours.
  await open(ui, 'Week', 'Your week');
  await expect(ui.getByTestId('week-review-slot')).toContainText(/Review slot: .+15 min for \d+ reviews due this week/);

  // Two days later (the clock of every page, the store's included), the question is due again.
  await app.context.clock.setFixedTime(new Date(Date.now() + 2 * 86_400_000 + 3_600_000));
  const later = await call<ReviewQueue>(ui, 'review:queue', {});
  expect(later.today > queue.today).toBe(true);
  expect(later.items.map((i) => i.itemId)).toContain(questionId);
  await app.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Review screen and the dashboard with reviews due pass axe (${colorScheme})`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, colorScheme });
    const { ui } = app;
    await seedLearner(ui, { ticks: 2 });
    await expect(ui.getByTestId('dash-reviews-due')).not.toHaveText('0 due today');
    expect(await axeViolations(ui)).toEqual([]);
    await open(ui, 'Review', 'Review');
    await expect(ui.locator('[data-review-item]')).toBeVisible();
    expect(await axeViolations(ui)).toEqual([]);
    // A question answered, with its verdict and explanation on screen.
    const card = ui.locator('[data-review-item]');
    while (!questions.has((await card.getAttribute('data-review-item')) ?? '')) {
      await card.getByRole('button', { name: /^Easy/ }).click();
      await card.getByRole('button', { name: 'Next item' }).click();
    }
    await card.getByRole('radio').first().check();
    await card.getByRole('button', { name: 'Check answer' }).click();
    await expect(card.getByTestId('review-scheduled')).toBeVisible();
    expect(await axeViolations(ui)).toEqual([]);
    // Settings' review section, with a refused value on its field.
    await open(ui, 'Settings', 'Settings');
    await ui.getByLabel('Recall target (%)').fill('50');
    await ui.getByRole('button', { name: 'Save review settings' }).click();
    await expect(ui.getByText('Recall target must be at least 70 %.')).toBeVisible();
    expect(await axeViolations(ui)).toEqual([]);
    await ui.getByLabel('Recall target (%)').fill('85');
    await ui.getByRole('button', { name: 'Save review settings' }).click();
    await expect(ui.getByText('Saved. Your next grades are scheduled with these settings.')).toBeVisible();
    expect((await call<{ review?: { requestRetention: number } }>(ui, 'settings:get', {})).review?.requestRetention).toBe(0.85);
    await app.close();
  });
}
