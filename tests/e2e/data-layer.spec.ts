/**
 * The renderer's data layer, counted: which channels the window asks main for, and how many
 * times React commits. A tick renders twice (the box at once, then the store's answer) and never
 * a third time for the plan:changed that repeats the answer; after a profile save the roadmap
 * shows the plan the event delivered without asking for it; a plan change while the dashboard is
 * open reads only the week again (sessions are not in the plan view), not every channel.
 *
 * Commits are counted through the hook React reports every commit to for its developer tools
 * (`__REACT_DEVTOOLS_GLOBAL_HOOK__`, read by production builds too), installed before the page's
 * scripts run. Calls are counted at main's router, where every window call arrives.
 */
import type { Page } from '@playwright/test';
import { launchApp, type HarnessApp } from './harness/app-harness';
import { expect, test } from './fixtures';

/** Runs before React loads: a stand-in for the developer tools that only counts commits. */
function countCommits(): void {
  const w = window as unknown as { __commits: number; __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown };
  w.__commits = 0;
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    renderers: new Map(),
    supportsFiber: true,
    inject: () => 1,
    onCommitFiberRoot: () => {
      w.__commits += 1;
    },
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    checkDCE: () => undefined,
  };
}

const commits = (ui: Page) => ui.evaluate(() => (window as unknown as { __commits: number }).__commits);

/** Waits until React has been quiet for a while (no commit in 400 ms), then returns the count. */
async function settledCommits(ui: Page): Promise<number> {
  let last = -1;
  for (;;) {
    const now = await commits(ui);
    if (now === last) return now;
    last = now;
    await ui.waitForTimeout(400);
  }
}

/** Every channel the window calls from now on, in order. */
function recordCalls(app: HarnessApp): { calls: string[] } {
  const record = { calls: [] as string[] };
  const handle = app.router.handle.bind(app.router);
  app.router.handle = (sender, channel, payload, writeId) => {
    record.calls.push(String(channel));
    return handle(sender, channel, payload, writeId);
  };
  return record;
}

async function launchCounted(profileDir: string): Promise<{ app: HarnessApp; record: { calls: string[] } }> {
  const app = await launchApp({ profileDir });
  await app.ui.addInitScript(countCommits);
  await app.ui.reload();
  return { app, record: recordCalls(app) };
}

async function fillProfile(ui: Page) {
  await expect(ui.getByRole('heading', { name: 'Your starting point' })).toBeVisible();
  await ui.getByRole('radio', { name: 'New to code' }).check();
  await ui.getByLabel('Weekly study hours').fill('8');
  await ui.getByLabel('Budget for exams and courses').fill('900');
  await ui.getByLabel('Start date').fill('2027-01-04');
}

const planChanges = (app: HarnessApp) => app.broadcasts.filter((b) => b.event === 'plan:changed').length;

test('after a profile save the roadmap shows the plan the event delivered, without asking for it', async ({ profileDir }) => {
  const { app, record } = await launchCounted(profileDir);
  await fillProfile(app.ui);
  record.calls.length = 0;
  await app.ui.getByRole('button', { name: 'Save profile' }).click();
  await expect(app.ui.getByRole('heading', { name: 'Your roadmap' })).toBeVisible();
  await expect(app.ui.getByTestId('overall-progress')).toHaveText('0%');
  await settledCommits(app.ui);
  expect(record.calls).toContain('profile:save');
  expect(record.calls).not.toContain('plan:get');
  expect(record.calls).not.toContain('profile:get');
  await app.close();
});

test('a tick renders once for the store’s answer: not again for the plan:changed that repeats it', async ({ profileDir }) => {
  const { app, record } = await launchCounted(profileDir);
  await fillProfile(app.ui);
  await app.ui.getByRole('button', { name: 'Save profile' }).click();
  await expect(app.ui.getByTestId('overall-progress')).toHaveText('0%');
  await settledCommits(app.ui);

  const heard = planChanges(app);
  const before = await commits(app.ui);
  record.calls.length = 0;
  await app.ui.getByRole('checkbox', { name: 'Core Python' }).check();
  await expect(app.ui.getByTestId('overall-progress')).not.toHaveText('0%');
  await expect.poll(() => planChanges(app)).toBe(heard + 1);
  const after = await settledCommits(app.ui);

  expect(record.calls).toEqual(['milestone:set-done']);
  // One commit shows the tick at once (marked as saving), one shows the stored answer.
  expect(after - before).toBe(2);
  await expect(app.ui.getByRole('checkbox', { name: 'Core Python' })).toBeChecked();
  await app.close();
});

test('a plan change on the dashboard reads only the week again: the plan came with the event', async ({ profileDir }) => {
  const { app, record } = await launchCounted(profileDir);
  await fillProfile(app.ui);
  await app.ui.getByRole('button', { name: 'Save profile' }).click();
  await expect(app.ui.getByRole('heading', { name: 'Your roadmap' })).toBeVisible();
  await app.ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Dashboard' }).click();
  const next = app.ui.getByTestId('dash-next-milestone');
  await expect(next).toContainText('Core Python');
  await settledCommits(app.ui);

  const heard = planChanges(app);
  record.calls.length = 0;
  // A change from outside the window (as a reminder's or the tray's action would make).
  expect((await app.invoke('milestone:set-done', { id: 'phase.foundations.python-core', done: true })).ok).toBe(true);
  await expect.poll(() => planChanges(app)).toBe(heard + 1);
  await expect(next).not.toContainText('Core Python');
  await settledCommits(app.ui);

  const fromWindow = record.calls.slice(1);
  expect(record.calls[0]).toBe('milestone:set-done');
  expect(fromWindow.length).toBeGreaterThan(0);
  expect(new Set(fromWindow)).toEqual(new Set(['week:get']));
  await app.close();
});
