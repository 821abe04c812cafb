/**
 * Dashboard, settings and the full profile form end to end: what the dashboard shows for a
 * learner a few steps in, theme and reminder settings that persist, a reset that really
 * empties the database, availability errors placed on the right row, and axe checks.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './a11y';
import { launchApp } from './harness/app-harness';
import { call, mondayFromNow, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const open = (ui: Page, name: string) => ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

test('the dashboard shows schedule, next milestone, exam countdown and streak', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await seedLearner(app.ui, { ticks: 2 });
  const view = await call<{ doneMilestoneIds: string[]; today: string; plan: { milestones: { id: string; title: string; status: string }[] } }>(app.ui, 'plan:get', {});
  const next = view.plan.milestones.find((m) => m.status === 'planned' && !view.doneMilestoneIds.includes(m.id));
  await expect(app.ui.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(app.ui.getByTestId('dash-next-milestone')).toHaveText(next?.title ?? '');
  const examDays = Math.round((Date.parse(mondayFromNow(40)) - Date.parse(view.today)) / 86_400_000);
  await expect(app.ui.getByTestId('dash-exam-countdown')).toHaveText(`${examDays} days`);
  await expect(app.ui.getByTestId('dash-streak')).toHaveText('1 week');
  await expect(app.ui.getByTestId('dash-status')).toHaveText(/^(Starts soon|Ahead of plan|On track|Behind by [\d.]+ h)$/);
  await app.close();
});

test('theme and reminder settings persist; invalid quiet hours are refused', async ({ profileDir }) => {
  const first = await launchApp({ profileDir });
  await seedLearner(first.ui, { ticks: 0, bookExam: false });
  await open(first.ui, 'Settings');
  await expect(first.ui.getByTestId('settings-time-zone')).toHaveText('Europe/Berlin');
  await first.ui.getByRole('radio', { name: 'Dark' }).check();
  await expect(first.ui.locator('html')).toHaveAttribute('data-theme', 'dark');
  await first.ui.getByLabel('Quiet hours').check();
  await first.ui.getByLabel('Quiet from').selectOption('22:00');
  await first.ui.getByLabel('Quiet until').selectOption('22:00');
  await first.ui.getByRole('button', { name: 'Save reminders' }).click();
  await expect(first.ui.getByText('Quiet hours end must differ from the start')).toBeVisible();
  const settingsRow = (await first.dumpDb())['settings']?.[0] as { reminders: { quietHours: unknown }; theme: string };
  expect(settingsRow.reminders.quietHours).toBeNull();
  expect(settingsRow.theme).toBe('dark');
  await first.ui.getByLabel('Quiet until').selectOption('07:00');
  await first.ui.getByLabel('Before each session').selectOption('30');
  await first.ui.getByRole('button', { name: 'Save reminders' }).click();
  await expect(first.ui.getByTestId('reminders-status')).toHaveText('Saved.');
  await first.close();

  const second = await launchApp({ profileDir });
  await expect(second.ui.locator('html')).toHaveAttribute('data-theme', 'dark');
  await open(second.ui, 'Settings');
  await expect(second.ui.getByLabel('Quiet until')).toHaveValue('07:00');
  await expect(second.ui.getByLabel('Before each session')).toHaveValue('30');
  await second.close();
});

test('reset needs the exact phrase, then empties the database and opens the profile', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await seedLearner(app.ui, { ticks: 1 });
  await open(app.ui, 'Settings');
  await app.ui.getByRole('button', { name: 'Reset everything…' }).click();
  await app.ui.getByLabel('Confirmation').fill('delete');
  await app.ui.getByRole('button', { name: 'Delete everything' }).click();
  await expect(app.ui.getByText('Type DELETE EVERYTHING to confirm.')).toBeVisible();
  expect((await app.dumpDb())['profile']).toHaveLength(1);
  await app.ui.getByLabel('Confirmation').fill('DELETE EVERYTHING');
  await app.ui.getByRole('button', { name: 'Delete everything' }).click();
  await expect(app.ui.getByRole('heading', { name: 'Your starting point' })).toBeVisible();
  const dump = await app.dumpDb();
  for (const table of ['profile', 'plan', 'milestoneProgress', 'certifications']) expect(dump[table], table).toEqual([]);
  await app.close();
});

test('availability errors from main appear on the row and field they concern', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await app.ui.getByRole('radio', { name: 'Software developer' }).check();
  await app.ui.getByLabel('Start date').fill(mondayFromNow(1));
  await app.ui.getByLabel('Wednesday until').selectOption('18:00');
  await app.ui.getByLabel('Time zone').fill('Mars/Olympus');
  await app.ui.getByRole('button', { name: 'Save profile' }).click();
  await expect(app.ui.getByText('Time zone must be a known IANA time zone such as Europe/Berlin.')).toBeVisible();
  await expect(app.ui.locator('.day-row', { hasText: 'Wednesday' }).locator('.field-error')).toBeVisible();
  expect((await app.dumpDb())['profile']).toEqual([]);
  await app.ui.getByLabel('Wednesday until').selectOption('21:00');
  await app.ui.getByLabel('Time zone').fill('America/New_York');
  await app.ui.getByRole('button', { name: 'Save profile' }).click();
  await expect(app.ui.getByRole('heading', { name: 'Your roadmap' })).toBeVisible();
  const profile = (await app.dumpDb())['profile']?.[0] as { profile: { availability: { timeZone: string; windows: unknown[] } } };
  expect(profile.profile.availability.timeZone).toBe('America/New_York');
  expect(profile.profile.availability.windows).toHaveLength(5);
  await app.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on dashboard, roadmap, profile and settings (${colorScheme})`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, colorScheme });
    await seedLearner(app.ui, { ticks: 2 });
    for (const screen of ['Dashboard', 'Roadmap', 'Profile', 'Settings']) {
      await open(app.ui, screen);
      await expect(app.ui.locator('main h1').first()).toBeVisible();
      expect(await axeViolations(app.ui), screen).toEqual([]);
    }
    await app.close();
  });
}

test('an exam booked on the Certifications screen counts down on the dashboard', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await seedLearner(app.ui, { ticks: 0, bookExam: false });
  await expect(app.ui.getByTestId('dash-exam-countdown')).toHaveCount(0);
  await open(app.ui, 'Certifications');
  const mla = app.ui.getByRole('article', { name: /MLA-C01/ });
  await mla.getByRole('radio', { name: 'Exam booked' }).check();
  const examDate = mondayFromNow(10);
  await mla.getByLabel('Exam date').fill(examDate);
  await mla.getByRole('button', { name: 'Save' }).click();
  await expect(mla.getByTestId('cert-save-status-cert.aws.mla-c01')).toHaveText('Saved on this computer.');
  await open(app.ui, 'Dashboard');
  const view = await call<{ today: string }>(app.ui, 'plan:get', {});
  const days = Math.round((Date.parse(examDate) - Date.parse(view.today)) / 86_400_000);
  await expect(app.ui.getByTestId('dash-exam-countdown')).toHaveText(`${days} days`);
  await app.close();
});
