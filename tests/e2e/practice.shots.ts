/**
 * PNGs of Exam practice in both themes, written to resources/screenshots/ for people to look at:
 * the start with some history (focus areas weakest first), a checked answer with its explanation,
 * and a round's summary. The 900×600 window goes to the test output folder, to check nothing is clipped.
 */
import path from 'node:path';
import { builtInPack } from '../../shared/content/pack';
import { launchApp, REPO_ROOT } from './harness/app-harness';
import { call, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const OUT = path.join(REPO_ROOT, 'resources', 'screenshots');
const MLA = 'cert.aws.mla-c01';

for (const theme of ['light', 'dark'] as const) {
  test(`exam practice (${theme})`, async ({ profileDir }, testInfo) => {
    const app = await launchApp({ profileDir, colorScheme: theme });
    const { ui } = app;
    await seedLearner(ui);
    // Two earlier rounds: most areas practised, some answers wrong, so the order means something.
    const bank = builtInPack.practice.filter((q) => q.certId === MLA);
    const wrongIn = new Set(['Auto-scaling', 'CI/CD for ML']);
    await call(ui, 'quiz:record', {
      kind: 'practice',
      certId: MLA,
      answers: bank.filter((q) => q.focusArea !== 'Model monitoring').map((q, i) => ({ questionId: q.id, chosenIndex: wrongIn.has(q.focusArea) && i % 2 === 0 ? (q.correctIndex + 1) % q.options.length : q.correctIndex })),
    });
    const auto = bank.filter((q) => q.focusArea === 'Auto-scaling');
    await call(ui, 'quiz:record', { kind: 'practice', certId: MLA, focusArea: 'Auto-scaling', answers: auto.map((q) => ({ questionId: q.id, chosenIndex: (q.correctIndex + 1) % q.options.length })) });

    await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Exam practice' }).click();
    await expect(ui.getByTestId('practice-weak-areas').getByRole('listitem').first()).toHaveAttribute('data-focus-area', 'Auto-scaling');
    await ui.screenshot({ path: path.join(OUT, `practice-${theme}.png`), fullPage: true });
    await ui.setViewportSize({ width: 900, height: 600 });
    await ui.screenshot({ path: testInfo.outputPath(`practice-900x600-${theme}.png`) });
    await ui.setViewportSize({ width: 1280, height: 860 });

    await ui.getByRole('button', { name: 'Practise Model monitoring' }).click();
    const form = ui.locator('form[data-question-id]');
    for (let i = 0; i < 2; i++) {
      await expect(form).toContainText(`Question ${i + 1} of 2`);
      const id = await form.getAttribute('data-question-id');
      const q = builtInPack.practice.find((x) => x.id === id);
      if (!q) throw new Error('unknown question');
      await form.getByRole('radio').nth(i === 0 ? (q.correctIndex + 1) % q.options.length : q.correctIndex).check();
      await form.getByRole('button', { name: 'Check answer' }).click();
      await expect(ui.getByTestId('practice-feedback')).toBeVisible();
      if (i === 0) await ui.screenshot({ path: path.join(OUT, `practice-question-${theme}.png`), fullPage: true });
      await form.getByRole('button', { name: i === 0 ? 'Next question' : 'Finish the round' }).click();
    }
    await expect(ui.getByRole('heading', { name: 'Round complete' })).toBeVisible();
    await ui.screenshot({ path: path.join(OUT, `practice-summary-${theme}.png`), fullPage: true });
    await app.close();
  });
}
