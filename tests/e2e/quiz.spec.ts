/**
 * The readiness quiz through the whole stack, keyboard only: the quick quiz draws two questions
 * per area, one at a time; submitting shows the score, each area, the weakest area and every
 * explanation; the attempt is stored and its history survives a relaunch; no axe violations.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { builtInPack } from '../../shared/content/pack';
import { launchApp } from './harness/app-harness';
import { seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const questions = new Map(builtInPack.quiz.map((q) => [q.id, q]));

async function openQuiz(ui: Page) {
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Readiness quiz' }).click();
  await expect(ui.getByRole('heading', { name: 'Readiness quiz', level: 1 })).toBeVisible();
}

async function expectNoAxeViolations(ui: Page) {
  const results = await new AxeBuilder({ page: ui }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Answers the quick quiz with the keyboard: Python right, one ML question right and one wrong,
 * MLOps wrong — so Python is the strongest area and MLOps the weakest. Returns the question ids.
 */
async function answerQuickQuiz(ui: Page, axeOnFirst = false): Promise<string[]> {
  const seen: string[] = [];
  let mlRight = true;
  for (let i = 0; i < 6; i++) {
    const form = ui.locator('form[data-question-id]');
    await expect(form).toContainText(`Question ${i + 1} of 6`);
    const id = (await form.getAttribute('data-question-id')) ?? '';
    const q = questions.get(id);
    if (!q) throw new Error(`unknown question ${id}`);
    seen.push(id);
    let wantRight = q.area === 'python-foundations';
    if (q.area === 'ml-modelling') {
      wantRight = mlRight;
      mlRight = false;
    }
    const target = wantRight ? q.correctIndex : (q.correctIndex + 1) % 4;
    // Focus starts on the question; Tab enters the radio group, Space picks, arrows move.
    await expect(form.getByRole('heading', { level: 2 })).toBeFocused();
    if (axeOnFirst && i === 0) await expectNoAxeViolations(ui);
    await ui.keyboard.press('Tab');
    await expect(form.getByRole('radio').first()).toBeFocused();
    await ui.keyboard.press('Space');
    for (let k = 0; k < target; k++) await ui.keyboard.press('ArrowDown');
    await expect(form.getByRole('radio').nth(target)).toBeChecked();
    await ui.keyboard.press('Enter');
  }
  return seen;
}

test('the quick quiz scores the answers, names the weakest area and is stored', async ({ profileDir }) => {
  const first = await launchApp({ profileDir });
  await seedLearner(first.ui, { bookExam: false, ticks: 0 });
  await openQuiz(first.ui);
  await expect(first.ui.getByTestId('quiz-history-empty')).toBeVisible();

  // Nothing chosen: Next says so instead of moving on.
  await first.ui.getByRole('button', { name: 'Start the quick quiz' }).click();
  await first.ui.getByRole('button', { name: 'Next question' }).click();
  await expect(first.ui.getByText('Choose an answer to continue.')).toBeVisible();
  await first.ui.locator('form[data-question-id] h2').focus();

  const ids = await answerQuickQuiz(first.ui, true);
  expect(ids.map((id) => questions.get(id)?.area)).toEqual([
    'python-foundations',
    'python-foundations',
    'ml-modelling',
    'ml-modelling',
    'mlops-deployment',
    'mlops-deployment',
  ]);

  const ui = first.ui;
  await expect(ui.getByRole('heading', { name: 'Your results' })).toBeFocused();
  await expect(ui.getByTestId('readiness-score')).toHaveText('50');
  await expect(ui.getByTestId('attempt-score')).toHaveText('3 of 6 right (50%)');
  await expect(ui.getByTestId('area-scores')).toContainText('Python & foundations100 out of 100');
  await expect(ui.getByTestId('area-scores')).toContainText('ML modelling50 out of 100');
  await expect(ui.getByTestId('area-scores')).toContainText('MLOps & deployment0 out of 100');
  await expect(ui.getByTestId('strongest-area')).toContainText('Python & foundations');
  await expect(ui.getByTestId('weakest-area')).toContainText('MLOps & deployment');
  const review = ui.getByTestId('review-item');
  await expect(review).toHaveCount(6);
  for (const [i, id] of ids.entries()) {
    await expect(review.nth(i)).toContainText(questions.get(id)?.explanation.replace(/`/g, '') ?? '');
  }
  await expect(ui.getByTestId('verdict').filter({ hasText: /Right$/ })).toHaveCount(3);
  await expect(ui.getByTestId('verdict').filter({ hasText: /Wrong$/ })).toHaveCount(3);
  await expect(ui.getByTestId('quiz-history').getByRole('row')).toHaveCount(2);
  await expectNoAxeViolations(ui);
  await ui.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(ui);

  const stored = (await first.dumpDb())['quizAttempts'] as { kind: string; answers: { questionId: string; correct: boolean }[] }[];
  expect(stored).toHaveLength(1);
  expect(stored[0]?.kind).toBe('quick');
  expect(stored[0]?.answers.map((a) => a.questionId)).toEqual(ids);
  expect(stored[0]?.answers.filter((a) => a.correct)).toHaveLength(3);
  await first.close();

  const second = await launchApp({ profileDir });
  await openQuiz(second.ui);
  const history = second.ui.getByTestId('quiz-history');
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByRole('row').nth(1)).toContainText('Quick quiz');
  await expect(history.getByRole('row').nth(1)).toContainText('3/6 · 50%');
  await expect(second.ui.getByTestId('current-readiness')).toHaveText('50');
  await expect(second.ui.getByRole('img', { name: /Line chart of overall readiness after each of your 1 attempt/ })).toBeVisible();
  await expectNoAxeViolations(second.ui);
  await second.close();
});

test('an area practice asks every question of that area', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await openQuiz(ui);
  const count = builtInPack.quiz.filter((q) => q.area === 'ml-modelling').length;
  await ui.getByRole('button', { name: /Practise ML modelling/ }).click();
  for (let i = 0; i < count; i++) {
    const form = ui.locator('form[data-question-id]');
    await expect(form).toContainText(`Question ${i + 1} of ${count} · ML modelling`);
    await form.getByRole('radio').first().check();
    await form.getByRole('button', { name: i + 1 === count ? 'Submit answers' : 'Next question' }).click();
  }
  await expect(ui.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await expect(ui.getByTestId('review-item')).toHaveCount(count);
  await expect(ui.getByTestId('quiz-history')).toContainText('Practice: ML modelling');
  await app.close();
});
