/**
 * Exam practice through the whole stack: practise MLA-C01's "Model monitoring" focus area, see
 * right or wrong with the explanation after each answer, see the round's summary and the focus
 * areas re-ranked weakest first; the round is stored as a practice attempt for MLA-C01 that the
 * readiness quiz never counts, and the weak areas survive a relaunch. No axe violations in
 * either theme, on a question with its verdict and on the summary.
 */
import type { Page } from '@playwright/test';
import { builtInPack } from '../../shared/content/pack';
import { axeViolations } from './a11y';
import { launchApp } from './harness/app-harness';
import { call, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const MLA = 'cert.aws.mla-c01';
const AREA = 'Model monitoring';
const bank = new Map(builtInPack.practice.map((q) => [q.id, q]));
const areaCount = builtInPack.practice.filter((q) => q.certId === MLA && q.focusArea === AREA).length;
const LETTERS = ['A', 'B', 'C', 'D'];

async function openPractice(ui: Page) {
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Exam practice' }).click();
  await expect(ui.getByRole('heading', { name: 'Exam practice', level: 1 })).toBeVisible();
}

const areas = (ui: Page) => ui.getByTestId('practice-weak-areas').first().getByRole('listitem');

test('practising MLA-C01 by one focus area explains each answer and ranks the weak areas, kept across a relaunch', async ({ profileDir }) => {
  expect(areaCount).toBeGreaterThanOrEqual(2);
  const first = await launchApp({ profileDir });
  const { ui } = first;
  await seedLearner(ui, { ticks: 0 });
  await openPractice(ui);
  // The booked MLA-C01 is in the plan, so it is the certification shown first.
  await expect(ui.getByLabel('Certification')).toHaveValue(MLA);
  await expect(areas(ui)).toHaveCount(6);
  await expect(areas(ui).first()).toContainText('Not practised yet');

  await ui.getByRole('button', { name: `Practise ${AREA}` }).click();
  const seen: string[] = [];
  for (let i = 0; i < areaCount; i++) {
    const form = ui.locator('form[data-question-id]');
    await expect(form).toContainText(`Question ${i + 1} of ${areaCount} · ${AREA}`);
    const id = (await form.getAttribute('data-question-id')) ?? '';
    const q = bank.get(id);
    if (!q) throw new Error(`unknown question ${id}`);
    expect(q.focusArea).toBe(AREA);
    seen.push(id);
    // Checking with nothing chosen says so and moves nowhere.
    if (i === 0) {
      await form.getByRole('button', { name: 'Check answer' }).click();
      await expect(ui.getByText('Choose an answer to check it.')).toBeVisible();
    }
    // The first answer wrong, the rest right.
    const pick = i === 0 ? (q.correctIndex + 1) % q.options.length : q.correctIndex;
    await form.getByRole('radio').nth(pick).check();
    await form.getByRole('button', { name: 'Check answer' }).click();
    const feedback = ui.getByTestId('practice-feedback');
    await expect(feedback.getByRole('heading')).toBeFocused();
    await expect(feedback).toContainText(i === 0 ? `Not quite: the answer is ${LETTERS[q.correctIndex]}.` : 'Right.');
    await expect(feedback).toContainText(q.explanation.replace(/`/g, ''));
    // Once checked the answer is fixed.
    await expect(form.getByRole('radio').first()).toBeDisabled();
    if (i === 0) {
      expect(await axeViolations(ui)).toEqual([]);
      await ui.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(ui)).toEqual([]);
      await ui.emulateMedia({ colorScheme: 'light' });
    }
    await form.getByRole('button', { name: i + 1 === areaCount ? 'Finish the round' : 'Next question' }).click();
  }

  await expect(ui.getByRole('heading', { name: 'Round complete', level: 1 })).toBeFocused();
  const right = areaCount - 1;
  await expect(ui.getByTestId('practice-score')).toHaveText(`${right} of ${areaCount} right (${Math.round((right / areaCount) * 100)}%)`);
  const summaryAreas = ui.locator('section', { hasText: 'Your focus areas now' }).getByRole('listitem');
  await expect(summaryAreas.first()).toHaveAttribute('data-focus-area', AREA);
  await expect(summaryAreas.first()).toContainText(`${right} of ${areaCount} right (${Math.round((right / areaCount) * 100)}%) · ${areaCount} of ${areaCount} questions practised`);
  expect(await axeViolations(ui)).toEqual([]);
  await ui.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(ui)).toEqual([]);
  await ui.emulateMedia({ colorScheme: 'light' });

  // Stored as one practice attempt for MLA-C01 and this focus area; the readiness quiz ignores it.
  const stored = (await first.dumpDb())['quizAttempts'] as { kind: string; certId?: string; focusArea?: string; answers: { questionId: string; correct: boolean; focusArea?: string }[] }[];
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ kind: 'practice', certId: MLA, focusArea: AREA });
  expect(stored[0]?.answers.map((a) => a.questionId)).toEqual(seen);
  expect(stored[0]?.answers.every((a) => a.focusArea === AREA)).toBe(true);
  const quiz = await call<{ attempts: unknown[]; readiness: unknown }>(ui, 'quiz:history', {});
  expect(quiz.attempts).toEqual([]);
  // Every answer went into spaced review under MLA-C01: the one missed comes back tomorrow.
  await expect(ui.getByTestId('practice-review-note')).toHaveText('The question you missed comes back in Review tomorrow; the others when spaced review says you are about to forget them.');
  const cards = (await first.dumpDb())['reviewCards'] as { itemId: string; kind: string; sources: string[] }[];
  expect(cards.map((c) => c.itemId).sort()).toEqual([...seen].sort());
  expect(cards.every((c) => c.kind === 'practice-question' && c.sources.join() === MLA)).toBe(true);

  await ui.getByRole('button', { name: 'Back to exam practice' }).click();
  await expect(areas(ui).first()).toHaveAttribute('data-focus-area', AREA);
  await first.close();

  const second = await launchApp({ profileDir, colorScheme: 'dark' });
  await openPractice(second.ui);
  await expect(second.ui.getByLabel('Certification')).toHaveValue(MLA);
  await expect(areas(second.ui).first()).toHaveAttribute('data-focus-area', AREA);
  await expect(areas(second.ui).first()).toContainText(`${right} of ${areaCount} right (${Math.round((right / areaCount) * 100)}%) · ${areaCount} of ${areaCount} questions practised`);
  await expect(areas(second.ui).nth(1)).toContainText('Not practised yet');
  expect(await axeViolations(second.ui)).toEqual([]);
  await second.close();
});

test('the Certifications screen opens practice for an exam, and another exam can be chosen', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui, { ticks: 0 });
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Certifications' }).click();
  await ui.getByRole('button', { name: 'Practise for Databricks Certified Machine Learning Associate' }).click();
  await expect(ui.getByRole('heading', { name: 'Exam practice', level: 1 })).toBeVisible();
  await expect(ui.getByLabel('Certification')).toHaveValue('cert.databricks.ml-associate');
  await ui.getByLabel('Certification').selectOption('cert.gcp.pmle');
  const count = builtInPack.practice.filter((q) => q.certId === 'cert.gcp.pmle').length;
  await ui.getByRole('button', { name: `Practise all ${count} questions` }).click();
  await expect(ui.locator('form[data-question-id]')).toContainText(`Question 1 of ${count}`);
  await ui.getByRole('button', { name: 'Leave round' }).click();
  await expect(ui.getByRole('heading', { name: 'Exam practice', level: 1 })).toBeVisible();
  // Leaving stored nothing.
  expect((await app.dumpDb())['quizAttempts']).toEqual([]);
  await app.close();
});
