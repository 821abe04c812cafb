/**
 * PNGs of the certifications screen and the readiness-quiz results in both themes, written to
 * resources/screenshots/ for people to look at. The narrow (900×600) and wide (1920×1080)
 * window sizes go to the test output folder, for checking that nothing is clipped.
 */
import path from 'node:path';
import { builtInPack } from '../../shared/content/pack';
import { launchApp, REPO_ROOT } from './harness/app-harness';
import { call, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const OUT = path.join(REPO_ROOT, 'resources', 'screenshots');
const SIZES = [
  { width: 900, height: 600 },
  { width: 1920, height: 1080 },
] as const;

const byArea = (area: string) => builtInPack.quiz.filter((q) => q.area === area);

for (const theme of ['light', 'dark'] as const) {
  test(`certifications (${theme})`, async ({ profileDir }, testInfo) => {
    const app = await launchApp({ profileDir, colorScheme: theme });
    const { ui } = app;
    await seedLearner(ui);
    // A passed certification with a validity period, so the checklist shows an expiry.
    await call(ui, 'certification:update', { certId: 'cert.databricks.ml-associate', status: 'passed', examDate: '2026-01-12', passedOn: '2026-01-12', spentUsd: 200 });
    await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Certifications' }).click();
    await expect(ui.getByTestId('exam-countdown-cert.aws.mla-c01')).toBeVisible();
    await expect(ui.getByTestId('expiry-cert.databricks.ml-associate')).toBeVisible();
    await ui.screenshot({ path: path.join(OUT, `certifications-${theme}.png`), fullPage: true });
    for (const size of SIZES) {
      await ui.setViewportSize(size);
      await ui.screenshot({ path: testInfo.outputPath(`certifications-${size.width}x${size.height}-${theme}.png`) });
      await ui.screenshot({ path: testInfo.outputPath(`certifications-${size.width}x${size.height}-${theme}-full.png`), fullPage: true });
    }
    await app.close();
  });

  test(`quiz results (${theme})`, async ({ profileDir }, testInfo) => {
    const app = await launchApp({ profileDir, colorScheme: theme });
    const { ui } = app;
    await seedLearner(ui, { bookExam: false });
    // Two earlier attempts, so the history has a curve.
    const answer = (qs: typeof builtInPack.quiz, right: number) => qs.map((q, i) => ({ questionId: q.id, chosenIndex: i < right ? q.correctIndex : (q.correctIndex + 1) % 4 }));
    await call(ui, 'quiz:record', { kind: 'quick', answers: [...answer(byArea('python-foundations').slice(0, 2), 1), ...answer(byArea('ml-modelling').slice(0, 2), 0), ...answer(byArea('mlops-deployment').slice(0, 2), 0)] });
    await call(ui, 'quiz:record', { kind: 'practice', answers: answer(byArea('ml-modelling'), 5) });

    await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Readiness quiz' }).click();
    await expect(ui.getByTestId('quiz-history').getByRole('row')).toHaveCount(3);
    await ui.screenshot({ path: testInfo.outputPath(`quiz-start-${theme}.png`), fullPage: true });
    await ui.getByRole('button', { name: 'Start the quick quiz' }).click();
    await ui.screenshot({ path: testInfo.outputPath(`quiz-question-${theme}.png`), fullPage: true });
    for (let i = 0; i < 6; i++) {
      const form = ui.locator('form[data-question-id]');
      await expect(form).toContainText(`Question ${i + 1} of 6`);
      const id = await form.getAttribute('data-question-id');
      const q = builtInPack.quiz.find((x) => x.id === id);
      const wrong = q?.area === 'mlops-deployment' && i % 2 === 1;
      await form.getByRole('radio').nth(q ? (wrong ? (q.correctIndex + 1) % 4 : q.correctIndex) : 0).check();
      if (i === 2) {
        for (const size of SIZES) {
          await ui.setViewportSize(size);
          await ui.screenshot({ path: testInfo.outputPath(`quiz-question-${size.width}x${size.height}-${theme}.png`) });
        }
        await ui.setViewportSize({ width: 1280, height: 860 });
      }
      await form.getByRole('button', { name: i === 5 ? 'Submit answers' : 'Next question' }).click();
    }
    await expect(ui.getByRole('heading', { name: 'Your results' })).toBeVisible();
    await expect(ui.getByTestId('quiz-history').getByRole('row')).toHaveCount(4);
    await expect(ui.locator('.quiz-chart svg')).toBeVisible();
    await ui.screenshot({ path: path.join(OUT, `quiz-results-${theme}.png`), fullPage: true });
    for (const size of SIZES) {
      await ui.setViewportSize(size);
      await ui.screenshot({ path: testInfo.outputPath(`quiz-results-${size.width}x${size.height}-${theme}.png`) });
      await ui.screenshot({ path: testInfo.outputPath(`quiz-results-${size.width}x${size.height}-${theme}-full.png`), fullPage: true });
    }
    await app.close();
  });
}
