/**
 * The walking skeleton end to end: a profile saved through the real form and the real router
 * lands in the real store host's IndexedDB, survives a relaunch with the same profile folder,
 * and bad input is refused with a message naming the field while the database stays as it was.
 */
import type { Page } from '@playwright/test';
import { launchApp } from './harness/app-harness';
import { expect, test } from './fixtures';

async function fillProfile(ui: Page, values: { background: string; hours: string; budget: string; start: string }) {
  await ui.getByRole('radio', { name: values.background }).check();
  await ui.getByLabel('Weekly study hours').fill(values.hours);
  await ui.getByLabel('Budget for exams and courses').fill(values.budget);
  await ui.getByLabel('Start date').fill(values.start);
}

/** The events the store raised, in order, without main's own desktop-status announcements. */
const storeEvents = (broadcasts: { event: string }[]) => broadcasts.map((b) => b.event).filter((e) => e !== 'app:desktop-status-changed');

test('a saved profile is still there after the app restarts', async ({ profileDir }) => {
  const first = await launchApp({ profileDir });
  await expect(first.ui.getByText('Nothing saved yet.')).toBeVisible();
  await fillProfile(first.ui, { background: 'Data analyst', hours: '12', budget: '1,250', start: '2027-01-04' });
  await first.ui.getByRole('button', { name: 'Save profile' }).click();
  // Saving builds the plan and opens the roadmap; the profile tab shows what was stored.
  await expect(first.ui.getByRole('heading', { name: 'Your roadmap' })).toBeVisible();
  await first.ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Profile' }).click();
  const saved = first.ui.getByTestId('saved-profile');
  await expect(saved).toContainText('Data analyst');
  await expect(saved).toContainText('12 hours a week');
  await expect(saved).toContainText('US$1,250');
  await expect(saved).toContainText('Monday, 4 January 2027');
  // The store's events (main also announces its desktop status once at start, when it learns the tray host).
  expect(storeEvents(first.broadcasts)).toEqual(['profile:changed', 'plan:changed']);
  await first.close();

  const second = await launchApp({ profileDir });
  await second.ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Profile' }).click();
  await expect(second.ui.getByTestId('saved-profile')).toContainText('12 hours a week');
  await expect(second.ui.getByRole('radio', { name: 'Data analyst' })).toBeChecked();
  await expect(second.ui.getByLabel('Weekly study hours')).toHaveValue('12');
  await expect(second.ui.getByLabel('Budget for exams and courses')).toHaveValue('1250');
  await expect(second.ui.getByLabel('Start date')).toHaveValue('2027-01-04');
  await expect(second.ui.getByRole('button', { name: 'Save changes' })).toBeVisible();
  const dump = await second.dumpDb();
  expect(dump['profile']).toHaveLength(1);
  expect(dump['profile']?.[0]).toMatchObject({
    key: 'me',
    profile: { background: 'data-analyst', weeklyHours: 12, budgetUsd: 1250, startDate: '2027-01-04' },
  });
  await second.close();
});

test('the form shows main\'s message next to the field and saves nothing', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await fillProfile(app.ui, { background: 'Student (CS, maths or science)', hours: '-3', budget: 'abc', start: '2027-01-04' });
  await app.ui.getByRole('button', { name: 'Save profile' }).click();
  await expect(app.ui.getByTestId('error-weeklyHours')).toHaveText('Weekly hours must be at least 1.');
  await expect(app.ui.getByTestId('error-budgetUsd')).toHaveText('Budget must be a number of US dollars.');
  await expect(app.ui.getByTestId('form-error')).toContainText('Nothing was saved.');
  await expect(app.ui.getByLabel('Weekly study hours')).toHaveAttribute('aria-invalid', 'true');
  expect((await app.dumpDb())['profile']).toEqual([]);

  await app.ui.getByLabel('Weekly study hours').fill('200');
  await app.ui.getByLabel('Budget for exams and courses').fill('900');
  await app.ui.getByRole('button', { name: 'Save profile' }).click();
  await expect(app.ui.getByTestId('error-weeklyHours')).toHaveText('Weekly hours can be at most 60.');
  await expect(app.ui.getByTestId('error-budgetUsd')).toHaveCount(0);
  expect((await app.dumpDb())['profile']).toEqual([]);
  await app.close();
});

const VALID = { background: 'software-developer', weeklyHours: 10, budgetUsd: 500, startDate: '2027-02-01' };

const MALFORMED: { name: string; payload: unknown; field: string; message: RegExp }[] = [
  { name: 'negative hours', payload: { ...VALID, weeklyHours: -3 }, field: 'weeklyHours', message: /at least 1/ },
  { name: 'hours as text', payload: { ...VALID, weeklyHours: 'abc' }, field: 'weeklyHours', message: /must be a number/ },
  { name: 'hours above the cap', payload: { ...VALID, weeklyHours: 200 }, field: 'weeklyHours', message: /at most 60/ },
  { name: 'fractional hours', payload: { ...VALID, weeklyHours: 7.5 }, field: 'weeklyHours', message: /whole number/ },
  { name: 'unknown background', payload: { ...VALID, background: 'astronaut' }, field: 'background', message: /must be one of/ },
  { name: 'missing start date', payload: { background: 'student', weeklyHours: 8, budgetUsd: 0 }, field: 'startDate', message: /required/ },
  { name: 'impossible date', payload: { ...VALID, startDate: '2027-02-30' }, field: 'startDate', message: /real date/ },
  { name: 'extra field', payload: { ...VALID, isAdmin: true }, field: '', message: /Unknown field\(s\): isAdmin/ },
  { name: 'budget over the cap', payload: { ...VALID, budgetUsd: 20_001 }, field: 'budgetUsd', message: /at most \$20,000/ },
  { name: '1 MB string', payload: { ...VALID, startDate: 'x'.repeat(1_000_000) }, field: '', message: /too large/ },
  { name: 'not an object', payload: 'profile', field: '', message: /expected object|Invalid input/i },
  { name: 'null', payload: null, field: '', message: /expected object|Invalid input/i },
];

test('malformed payloads sent straight to window.planner are refused and change nothing', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const baseline = await app.ui.evaluate((p) => window.planner!.invoke('profile:save', p as never), VALID);
  expect(baseline.ok).toBe(true);
  const before = await app.dumpDb();

  for (const c of MALFORMED) {
    const result = await app.ui.evaluate((p) => window.planner!.invoke('profile:save', p as never), c.payload);
    expect(result.ok, c.name).toBe(false);
    if (result.ok) continue;
    expect(result.error.message, c.name).toMatch(c.message);
    if (c.field) {
      expect(result.error.code, c.name).toBe('invalid-request');
      expect(result.error.issues?.map((i) => i.path), c.name).toContain(c.field);
    }
  }
  const unknown = await app.ui.evaluate(() => window.planner!.invoke('profile:delete' as never, {} as never));
  expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });

  expect(await app.dumpDb()).toEqual(before);
  expect(storeEvents(app.broadcasts)).toEqual(['profile:changed', 'plan:changed']); // only the baseline save
  await app.close();
});

test('a request from a page on another origin is refused by the router', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const result = await app.router.handle({ url: 'https://evil.example/index.html', isMainFrame: true }, 'profile:save', VALID);
  expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  const sub = await app.router.handle({ url: 'http://ui.mle-path.localhost/index.html', isMainFrame: false }, 'profile:get', {});
  expect(sub).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  expect((await app.dumpDb())['profile']).toEqual([]);
  await app.close();
});

test('changes typed into the profile are not lost by changing screen: the app asks first', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await fillProfile(ui, { background: 'Data analyst', hours: '12', budget: '900', start: '2027-01-04' });
  await ui.getByRole('button', { name: 'Save profile' }).click();
  await expect(ui.getByRole('heading', { name: 'Your roadmap' })).toBeVisible();
  const nav = ui.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Profile' }).click();
  await ui.getByLabel('Weekly study hours').fill('6');

  // Refused: the form stays with what was typed.
  const asked: string[] = [];
  ui.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await nav.getByRole('button', { name: 'Dashboard' }).click();
  await expect.poll(() => asked).toEqual(['Your profile has changes that are not saved. Leave without saving them?']);
  await expect(ui.getByLabel('Weekly study hours')).toHaveValue('6');

  // Agreed: the screen changes and nothing was saved.
  ui.once('dialog', (d) => void d.accept());
  await nav.getByRole('button', { name: 'Dashboard' }).click();
  await expect(ui.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  const dump = await app.dumpDb();
  expect((dump['profile']?.[0] as { profile: { weeklyHours: number } }).profile.weeklyHours).toBe(12);
  await app.close();
});
