/**
 * The certifications screen through the whole stack: the comparison shows retired exams as
 * retired with their replacement and never offers them; booking an exam is stored and counted
 * down; a pass of a certification with a validity period shows its expiry and, close to it,
 * that renewal is due; a reminder's certId highlights the entry; no axe violations in either theme.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addDays, format, parseISO, subYears } from 'date-fns';
import { launchApp } from './harness/app-harness';
import { call, mondayFromNow, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const day = (iso: string) => format(parseISO(iso), 'd MMM yyyy');

async function openCertifications(ui: Page) {
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Certifications' }).click();
  await expect(ui.getByRole('heading', { name: 'My checklist' })).toBeVisible();
}

async function expectNoAxeViolations(ui: Page) {
  const results = await new AxeBuilder({ page: ui }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('retired exams are shown as retired with their replacement and are never offered', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui, { bookExam: false });
  await openCertifications(ui);

  const table = ui.getByRole('table', { name: 'Compare certifications' });
  await expect(table.getByRole('row')).toHaveCount(1 + 14);
  const retired = ui.getByTestId('cert-row-cert.aws.mls-c01');
  await expect(retired).toContainText('AWS Certified Machine Learning – Specialty');
  await expect(retired).toContainText('MLS-C01');
  await expect(retired).toContainText('Retired 31 Mar 2026');
  await expect(retired).toContainText('Replaced by AWS Certified Machine Learning Engineer – Associate (MLA-C01)');
  await expect(retired).toContainText('Retired: not offered for planning');
  await expect(retired.getByRole('button', { name: /Add to my checklist/ })).toHaveCount(0);
  const tensorflow = ui.getByTestId('cert-row-cert.tensorflow.developer');
  await expect(tensorflow).toContainText('No replacement announced');
  // The source dates this closure only to the month and names no provider; neither is made up.
  await expect(tensorflow).toContainText('Retired May 2024');
  await expect(tensorflow).toContainText('Provider not stated');

  // Every row names its source document and how current it is.
  await expect(ui.getByTestId('cert-source-cert.aws.mls-c01')).toHaveText('Source: FlashGenius · as of 31 Mar 2026');
  await expect(ui.getByTestId('cert-source-cert.python-institute.pcep')).toHaveText('Source: MyExamCloud Blog · undated; treated as 1 Jan 2026');
  await expect(table.locator('[data-testid^="cert-source-"]')).toHaveCount(14);

  // The plan's sequence is marked and listed first; its entries are on the checklist.
  const first = table.getByRole('row').nth(1);
  await expect(first).toHaveClass(/is-recommended/);
  await expect(first).toContainText('Your plan · #1');
  await expect(ui.getByRole('article', { name: /MLA-C01/ })).toBeVisible();
  await expect(ui.getByRole('article', { name: /MLS-C01/ })).toHaveCount(0);

  // The replacement link goes to the replacement's row.
  await retired.getByRole('button', { name: 'AWS Certified Machine Learning Engineer – Associate (MLA-C01)' }).click();
  await expect(ui.getByTestId('cert-row-cert.aws.mla-c01').getByRole('rowheader')).toBeFocused();
  await app.close();
});

test('booking an exam is stored and counted down; a pass shows its expiry and renewal', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui, { bookExam: false });
  await openCertifications(ui);

  const mla = ui.getByRole('article', { name: /MLA-C01/ });
  // A booking without its date is refused by main; the message sits next to the field.
  await mla.getByRole('radio', { name: 'Exam booked' }).check();
  await mla.getByRole('button', { name: 'Save' }).click();
  await expect(mla.getByTestId('cert-error-examDate')).toHaveText('Choose the exam date you booked.');
  await expect(mla.getByLabel('Exam date')).toHaveAttribute('aria-invalid', 'true');
  expect(await call(ui, 'certification:list', {})).toEqual([]);

  const examDate = mondayFromNow(6);
  await mla.getByLabel('Exam date').fill(examDate);
  await mla.getByLabel('Amount spent').fill('150');
  await mla.getByRole('button', { name: 'Save' }).click();
  await expect(mla.getByTestId('cert-save-status-cert.aws.mla-c01')).toHaveText('Saved on this computer.');
  await expect(mla.getByTestId('exam-countdown-cert.aws.mla-c01')).toHaveText(new RegExp(`^Exam in \\d+ days · ${day(examDate)}$`));
  const listed = await call<unknown[]>(ui, 'certification:list', {});
  expect(listed).toEqual([expect.objectContaining({ certId: 'cert.aws.mla-c01', status: 'exam-booked', examDate, spentUsd: 150, passedOn: null })]);
  expect((await app.dumpDb())['certifications']).toEqual([expect.objectContaining({ certId: 'cert.aws.mla-c01', status: 'exam-booked', examDate })]);
  // The booking is a fixed point of the plan, and the table says so.
  await expect(ui.getByTestId('cert-row-cert.aws.mla-c01')).toContainText(`booked ${day(examDate)}`);

  // Databricks ML Associate is valid for 2 years: add it, record a pass, see the expiry.
  await ui.getByRole('button', { name: 'Add to my checklist: Databricks Certified Machine Learning Associate' }).click();
  const dbx = ui.getByRole('article', { name: 'Databricks Certified Machine Learning Associate' });
  await expect(dbx.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(ui.getByTestId('cert-row-cert.databricks.ml-associate')).toContainText('In your checklist');
  await dbx.getByRole('radio', { name: 'Passed' }).check();
  await dbx.getByLabel('Date passed').fill('2026-01-15');
  await dbx.getByRole('button', { name: 'Save' }).click();
  await expect(dbx.getByTestId('expiry-cert.databricks.ml-associate')).toHaveText('Valid until 15 Jan 2028');
  expect(await call<unknown[]>(ui, 'certification:list', {})).toContainEqual(
    expect.objectContaining({ certId: 'cert.databricks.ml-associate', status: 'passed', passedOn: '2026-01-15', expiresOn: '2028-01-15' }),
  );

  // A pass whose expiry is less than 90 days away reads "renewal due".
  const nearlyExpired = format(addDays(subYears(new Date(), 2), 30), 'yyyy-MM-dd');
  await dbx.getByLabel('Date passed').fill(nearlyExpired);
  await dbx.getByRole('button', { name: 'Save' }).click();
  await expect(dbx.getByTestId('expiry-cert.databricks.ml-associate')).toHaveText(/^Renewal due: expires \d{1,2} \w{3} \d{4} \(in \d+ days\)$/);

  // The checklist survives a relaunch.
  await app.close();
  const again = await launchApp({ profileDir });
  await openCertifications(again.ui);
  await expect(again.ui.getByTestId('exam-countdown-cert.aws.mla-c01')).toContainText(day(examDate));
  await expect(again.ui.getByRole('article', { name: 'Databricks Certified Machine Learning Associate' }).getByRole('radio', { name: 'Passed' })).toBeChecked();
  await again.close();
});

test('a reminder for a certification opens the screen on its entry', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui, { bookExam: false });
  await ui.evaluate(() =>
    (window as unknown as { __mlePathEvent?: (e: string, p: unknown) => void }).__mlePathEvent?.('navigate', {
      screen: 'certifications',
      certId: 'cert.aws.aip-c01',
    }),
  );
  const entry = ui.getByRole('article', { name: /AIP-C01/ });
  await expect(entry).toHaveClass(/is-highlighted/);
  await expect(entry.getByRole('heading', { level: 3 })).toBeFocused();
  await app.close();
});

test('the certifications screen has no axe violations in light and dark', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui);
  await openCertifications(ui);
  await expect(ui.getByTestId('exam-countdown-cert.aws.mla-c01')).toBeVisible();
  await expectNoAxeViolations(ui);
  await ui.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(ui);
  // Narrow window: the stacked layout.
  await ui.setViewportSize({ width: 900, height: 600 });
  await expectNoAxeViolations(ui);
  await app.close();
});
