/**
 * The content screens through the whole stack: the timeline follows the plan month by month;
 * expenses are added, shown in the totals and the chart, survive a relaunch, and a bad amount
 * is refused by main with its message next to the field and nothing stored; project checklist
 * ticks persist; the guide shows the FAQ; all four screens pass axe in both themes and fit
 * from 900×600 to 1920×1080 without sideways scrolling.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { builtInPack } from '../../shared/content/pack';
import type { PlanView } from '../../shared/ipc/contract';
import { launchApp } from './harness/app-harness';
import { call, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const SCREENS = [
  { nav: 'Timeline', heading: 'Timeline' },
  { nav: 'Costs & salary', heading: 'Costs & salary' },
  { nav: 'Projects', heading: 'Projects' },
  { nav: 'Guide', heading: 'Guide' },
] as const;

async function open(ui: Page, nav: string, heading = nav) {
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: nav, exact: true }).click();
  await expect(ui.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('the timeline shows every month of the plan, the booked exam, and ticks as they happen', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await seedLearner(app.ui);
  const view = await call<PlanView>(app.ui, 'plan:get', {});
  await open(app.ui, 'Timeline');

  const months = app.ui.getByTestId('timeline-month');
  await expect(months).toHaveCount(view.plan.timeline.length);
  expect(await months.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-month')))).toEqual(view.plan.timeline.map((m) => m.month));

  const booked = view.plan.certifications.find((c) => c.certId === 'cert.aws.mla-c01');
  expect(booked?.booked).toBe(true);
  const examMonth = app.ui.locator(`[data-testid="timeline-month"][data-month="${booked?.targetExamDate.slice(0, 7)}"]`);
  await expect(examMonth.getByTestId('timeline-exam')).toContainText('Exam booked');
  await expect(examMonth.getByTestId('timeline-exam')).toContainText('MLA-C01');

  // A tick made elsewhere (here: straight through the bridge) shows as done without a reload.
  const next = view.plan.milestones.find((m) => m.status === 'planned' && !view.doneMilestoneIds.includes(m.id));
  if (!next) throw new Error('the seeded plan has no open milestone');
  const item = app.ui.getByTestId('timeline').locator(`[data-milestone="${next.id}"]`).first();
  await expect(item).not.toHaveClass(/is-done/);
  await call(app.ui, 'milestone:set-done', { id: next.id, done: true });
  await expect(item).toHaveClass(/is-done/);
  await app.close();
});

test('an expense is listed, updates the totals and chart, survives a relaunch; a bad amount stores nothing', async ({ profileDir }) => {
  const first = await launchApp({ profileDir });
  const cspErrors: string[] = [];
  first.ui.on('console', (m) => {
    if (/style-src/.test(m.text())) cspErrors.push(m.text());
  });
  await seedLearner(first.ui);
  await open(first.ui, 'Costs & salary');
  const { ui } = first;
  // The seed records $150 against the booked exam on the certifications screen.
  await expect(ui.getByTestId('cost-spent')).toHaveText('US$150');
  await expect(ui.getByTestId('expenses-empty')).toBeVisible();

  await ui.getByLabel('Date').fill('2026-12-01');
  await ui.getByLabel('Amount').fill('120');
  await ui.getByLabel('What it was for').fill('Practice exams');
  await ui.getByRole('button', { name: 'Add expense' }).click();
  await expect(ui.getByTestId('expense-status')).toHaveText('Added “Practice exams” (US$120).');
  await expect(ui.getByTestId('expense-row')).toHaveCount(1);
  await expect(ui.getByTestId('expense-row')).toContainText('Practice exams');
  await expect(ui.getByTestId('cost-spent')).toHaveText('US$270');
  await expect(ui.getByTestId('spending-chart').locator('.costs-bar-spent')).toHaveAttribute('ct:value', '270');
  expect((await first.dumpDb())['spending']).toEqual([expect.objectContaining({ date: '2026-12-01', amountUsd: 120, label: 'Practice exams', certId: null })]);

  await ui.getByLabel('Amount').fill('-5');
  await ui.getByLabel('What it was for').fill('Refund?');
  await ui.getByRole('button', { name: 'Add expense' }).click();
  await expect(ui.getByTestId('expense-error-amount')).toHaveText('Amount must be more than US$0.');
  await expect(ui.getByLabel('Amount')).toHaveAttribute('aria-invalid', 'true');
  await expect(ui.getByLabel('Amount')).toBeFocused();
  await expect(ui.getByTestId('expense-row')).toHaveCount(1);
  expect((await first.dumpDb())['spending']).toHaveLength(1);
  expect(cspErrors).toEqual([]);
  await first.close();

  const second = await launchApp({ profileDir });
  await open(second.ui, 'Costs & salary');
  await expect(second.ui.getByTestId('expense-row')).toHaveCount(1);
  await expect(second.ui.getByTestId('expense-row')).toContainText('Practice exams');
  await expect(second.ui.getByTestId('cost-spent')).toHaveText('US$270');

  await second.ui.getByRole('button', { name: /^Delete “Practice exams”/ }).click();
  await expect(second.ui.getByTestId('expenses-empty')).toBeVisible();
  await expect(second.ui.getByTestId('cost-spent')).toHaveText('US$150');
  expect((await second.dumpDb())['spending']).toEqual([]);
  await second.close();
});

test('a project checklist tick is stored and still there after a relaunch', async ({ profileDir }) => {
  const first = await launchApp({ profileDir });
  await seedLearner(first.ui);
  await open(first.ui, 'Projects');
  const card = first.ui.getByTestId('project-project.churn-prediction');
  const box = card.getByRole('checkbox', { name: /keep a copy of the raw file untouched/ });
  await box.focus();
  await first.ui.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(card.getByTestId('project-progress-project.churn-prediction')).toHaveText('1 of 6 steps');
  await expect(card.getByTestId('checklist-saving')).toHaveCount(0); // acknowledged by the store
  await expect(box).toBeFocused(); // ticking never drops keyboard focus
  expect((await first.dumpDb())['checklistTicks']).toEqual([expect.objectContaining({ itemId: 'project.churn-prediction.data' })]);
  await first.close();

  const second = await launchApp({ profileDir });
  await open(second.ui, 'Projects');
  await expect(second.ui.getByRole('checkbox', { name: /keep a copy of the raw file untouched/ })).toBeChecked();
  await expect(second.ui.getByTestId('project-progress-project.churn-prediction')).toHaveText('1 of 6 steps');
  await second.close();
});

test('the guide shows the FAQ and its table of contents moves focus', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await seedLearner(app.ui);
  await open(app.ui, 'Guide');
  const faq = app.ui.getByTestId('guide-faq');
  await expect(faq.locator('details')).toHaveCount(builtInPack.faq.length);
  const entry = builtInPack.faq[0]!;
  await expect(faq.getByText(entry.answer)).toBeHidden();
  await faq.getByText(entry.question).click();
  await expect(faq.getByText(entry.answer)).toBeVisible();

  // Every source's timeline for the learner's background, and both phase orders with their sources.
  const timelines = app.ui.getByTestId('guide-timelines');
  await expect(timelines.locator('[data-testid^="guide-timeline-"]')).toHaveCount(builtInPack.timelines.length);
  await expect(timelines.locator('.is-yours')).toHaveCount(1);
  await expect(timelines.getByText('About 12 months').first()).toBeVisible();
  const order = app.ui.getByTestId('guide-order');
  await expect(order).toContainText('Deep learning, then MLOps · the order MLE Path follows');
  await expect(order).toContainText('MLOps, then deep learning');

  await app.ui.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Job-search tips' }).click();
  await expect(app.ui.getByRole('heading', { level: 2, name: 'Job-search tips' })).toBeFocused();
  await app.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`the four screens have no axe violations (${theme})`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, colorScheme: theme });
    await seedLearner(app.ui);
    await call(app.ui, 'spending:add', { date: '2026-11-02', amountUsd: 49.5, label: 'Course subscription', certId: null });
    await call(app.ui, 'checklist:set', { itemId: 'project.data-analysis.load', checked: true });
    for (const screen of SCREENS) {
      await open(app.ui, screen.nav, screen.heading);
      if (screen.nav === 'Costs & salary') await expect(app.ui.getByTestId('spending-chart').locator('.ct-bar')).toHaveCount(3);
      const results = await new AxeBuilder({ page: app.ui }).analyze();
      expect(
        results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })),
        `${screen.nav} (${theme})`,
      ).toEqual([]);
    }
    await app.close();
  });
}

test('the four screens fit from 900×600 to 1920×1080 without sideways scrolling', async ({ profileDir }) => {
  const app = await launchApp({ profileDir, viewport: { width: 900, height: 600 } });
  await seedLearner(app.ui);
  await call(app.ui, 'spending:add', { date: '2026-11-02', amountUsd: 1200, label: 'Bootcamp deposit with a rather long description', certId: 'cert.aws.mla-c01' });
  for (const size of [
    { width: 900, height: 600 },
    { width: 1920, height: 1080 },
  ]) {
    await app.ui.setViewportSize(size);
    for (const screen of SCREENS) {
      await open(app.ui, screen.nav, screen.heading);
      const overflow = await app.ui.evaluate(() => {
        const root = document.documentElement;
        const main = document.getElementById('main');
        return { page: root.scrollWidth - root.clientWidth, main: main ? main.scrollWidth - main.clientWidth : 0 };
      });
      expect(overflow, `${screen.nav} at ${size.width}×${size.height}`).toEqual({ page: 0, main: 0 });
    }
  }
  await app.close();
});
