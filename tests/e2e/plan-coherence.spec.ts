/**
 * One coherent plan through the whole stack: the quick quiz refines the roadmap (and the roadmap
 * says how), and booking an exam after ticking milestones changes neither the finish date nor
 * "on track"; the week calendar shows the milestones the roadmap dates for the week.
 */
import type { Page } from '@playwright/test';
import { builtInPack } from '../../shared/content/pack';
import type { Plan } from '../../shared/domain/plan';
import { launchApp } from './harness/app-harness';
import { call, mondayFromNow, SEED_PROFILE, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const questions = new Map(builtInPack.quiz.map((q) => [q.id, q]));
const hoursOf = (plan: Plan, phaseId: string) => plan.milestones.filter((m) => m.phaseId === phaseId && m.status === 'planned').reduce((s, m) => s + m.hours, 0);

async function takeQuickQuiz(ui: Page) {
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Readiness quiz' }).click();
  await ui.getByRole('button', { name: 'Start the quick quiz' }).click();
  for (let i = 0; i < 6; i++) {
    const form = ui.locator('form[data-question-id]');
    await expect(form).toContainText(`Question ${i + 1} of 6`);
    const q = questions.get((await form.getAttribute('data-question-id')) ?? '');
    if (!q) throw new Error('unknown question');
    // Python right, everything else wrong.
    const pick = q.area === 'python-foundations' ? q.correctIndex : (q.correctIndex + 1) % 4;
    await form.getByRole('radio').nth(pick).check();
    await form.getByRole('button', { name: i === 5 ? 'Submit answers' : 'Next question' }).click();
  }
  await expect(ui.getByRole('heading', { name: 'Your results' })).toBeVisible();
}

async function openRoadmap(ui: Page) {
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Roadmap' }).click();
  await expect(ui.getByRole('heading', { name: 'Your roadmap', level: 1 })).toBeVisible();
}

test('the quick quiz refines the plan: Python right shortens foundations, MLOps wrong lengthens MLOps, and the roadmap says so', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui, { profile: { ...SEED_PROFILE, selfRating: { 'python-foundations': 1, 'ml-modelling': 1, 'mlops-deployment': 2 } }, ticks: 0, bookExam: false });
  const before = (await call<{ plan: Plan }>(ui, 'plan:get', {})).plan;
  await takeQuickQuiz(ui);
  await openRoadmap(ui);
  const after = (await call<{ plan: Plan }>(ui, 'plan:get', {})).plan;
  expect(hoursOf(after, 'phase.foundations')).toBeLessThan(hoursOf(before, 'phase.foundations'));
  expect(hoursOf(after, 'phase.mlops')).toBeGreaterThan(hoursOf(before, 'phase.mlops'));
  await expect(ui.getByTestId('level-notes')).toContainText('Level 2 of 4 in Python & foundations: your self-rating 1, raised by 2 of 2 right in the quiz.');
  await expect(ui.getByTestId('level-notes')).toContainText('Level 1 of 4 in MLOps & deployment: your self-rating 2, lowered by 0 of 2 right in the quiz.');
  await expect(ui.getByTestId('replan-note')).toContainText('because your quiz results moved Python & foundations level 1 → 2 (2 of 2 right)');
  await expect(ui.getByTestId('timeline-note')).toContainText('the sources give for data analysts');
  await app.close();
});

test('booking an exam after ticking keeps the finish date and "on track", and the week shows the plan\'s milestones', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui, { ticks: 3, bookExam: false });
  await openRoadmap(ui);
  const eta = await ui.getByTestId('eta').textContent();
  const status = await ui.getByTestId('schedule-status').textContent();
  const view = await call<{ plan: Plan; progress: { achievedHours: number } }>(ui, 'plan:get', {});
  const mla = view.plan.certifications.find((c) => c.certId === 'cert.aws.mla-c01');
  if (!mla) throw new Error('MLA-C01 not planned');
  await call(ui, 'certification:update', { certId: mla.certId, status: 'exam-booked', examDate: mla.targetExamDate, passedOn: null, spentUsd: 150 });
  await expect(ui.getByTestId('eta')).toHaveText(eta ?? '');
  await expect(ui.getByTestId('schedule-status')).toHaveText(status ?? '');
  const after = await call<{ plan: Plan; progress: { achievedHours: number } }>(ui, 'plan:get', {});
  expect(after.progress.achievedHours).toBe(view.progress.achievedHours);
  expect(after.plan.lastReplan).toBeNull();

  // A week two weeks out carries exactly the milestones the plan's schedule gives it.
  const weekStart = mondayFromNow(2);
  const week = await call<{ sessions: { milestoneId: string | null; minutes: number }[] }>(ui, 'week:get', { weekStart });
  const planned = after.plan.weeks.find((w) => w.weekStart === weekStart);
  const got: Record<string, number> = {};
  for (const s of week.sessions) if (s.milestoneId) got[s.milestoneId] = (got[s.milestoneId] ?? 0) + s.minutes;
  expect(got).toEqual(Object.fromEntries((planned?.items ?? []).map((i) => [i.milestoneId, i.minutes])));
  expect(Object.keys(got).length).toBeGreaterThan(0);
  await app.close();
});
