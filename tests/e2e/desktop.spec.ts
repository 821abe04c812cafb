/**
 * MLE Path on a real desktop, as far as it reaches the window: a desktop without a tray gets a
 * one-time explanation of why closing minimises (kept dismissed across restarts on this
 * computer), the sidebar and Settings quit the app, and what the system refused (notifications,
 * the login item) reaches Settings in plain words. Main's real desktop status runs in the harness;
 * only Electron's reports are played by the test.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './a11y';
import { launchApp } from './harness/app-harness';
import { seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const open = (ui: Page, name: string) => ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

test('without a tray, the window says once why closing minimises it; "Got it" keeps it away after a restart', async ({ profileDir }) => {
  const first = await launchApp({ profileDir, desktop: { platform: 'linux', trayHost: 'absent' } });
  try {
    await seedLearner(first.ui, { ticks: 0, bookExam: false });
    const notice = first.ui.getByTestId('no-tray-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('This desktop has no tray, so closing this window minimises MLE Path instead of hiding it');
    await expect(notice.getByRole('button', { name: 'Quit MLE Path' })).toBeVisible();
    expect(await axeViolations(first.ui)).toEqual([]);
    // The notice is above every screen until it is dismissed.
    await open(first.ui, 'Settings');
    await expect(notice).toBeVisible();
    await expect(first.ui.getByTestId('close-explanation')).toHaveText(/^Your desktop shows no tray icons, so closing the window minimises MLE Path instead of hiding it/);
    await notice.getByRole('button', { name: 'Got it' }).click();
    await expect(notice).toHaveCount(0);
  } finally {
    await first.close();
  }

  const second = await launchApp({ profileDir, desktop: { platform: 'linux', trayHost: 'absent' } });
  try {
    await expect(second.ui.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    await expect(second.ui.getByTestId('no-tray-notice')).toHaveCount(0);
  } finally {
    await second.close();
  }
});

test('with a tray there is no notice, and turning "keep running" off says closing quits', async ({ profileDir }) => {
  const app = await launchApp({ profileDir, desktop: { platform: 'linux', trayHost: 'present' } });
  try {
    await seedLearner(app.ui, { ticks: 0, bookExam: false });
    await expect(app.ui.getByTestId('no-tray-notice')).toHaveCount(0);
    await open(app.ui, 'Settings');
    await expect(app.ui.getByTestId('close-explanation')).toHaveText(/^Closing the window keeps MLE Path running in the tray/);
    await app.ui.getByLabel('Keep running in the tray when the window is closed').uncheck();
    await expect(app.ui.getByTestId('close-explanation')).toHaveText('Closing the window quits MLE Path; reminders stop until you open it again.');
    expect(app.desktop.closeBehaviour()).toBe('close');
  } finally {
    await app.close();
  }
});

test('the sidebar and Settings quit MLE Path', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  try {
    await seedLearner(app.ui, { ticks: 0, bookExam: false });
    await app.ui.locator('.sidebar').getByRole('button', { name: 'Quit MLE Path' }).click();
    await expect.poll(() => app.desktopRequests).toEqual(['quit']);
    await open(app.ui, 'Settings');
    await app.ui.getByRole('region', { name: 'On this computer' }).getByRole('button', { name: 'Quit MLE Path' }).click();
    await expect.poll(() => app.desktopRequests).toEqual(['quit', 'quit']);
  } finally {
    await app.close();
  }
});

test('notifications the system refused reach Settings with how to turn them on, and stay there after a restart until one gets through', async ({ profileDir }) => {
  const first = await launchApp({ profileDir, desktop: { platform: 'darwin' } });
  try {
    await seedLearner(first.ui, { ticks: 0, bookExam: false });
    await open(first.ui, 'Settings');
    await expect(first.ui.getByTestId('notifications-problem')).toHaveCount(0);
    // What Electron reports for an unsigned macOS build.
    first.desktop.notificationRefused('blocked', 'Notifications are not allowed for this application');
    const problem = first.ui.getByTestId('notifications-problem');
    await expect(problem).toContainText('Notifications are blocked or unavailable on this computer — how to turn them on');
    await expect(problem).toContainText('Open System Settings → Notifications → MLE Path and turn on Allow notifications.');
    await expect(problem).toContainText('(The system said: Notifications are not allowed for this application)');
    await first.ui.getByRole('button', { name: 'Send a test notification' }).click();
    await expect.poll(() => first.desktopRequests).toEqual(['test-notification']);
    expect(await axeViolations(first.ui)).toEqual([]);
  } finally {
    await first.close();
  }

  const second = await launchApp({ profileDir, desktop: { platform: 'darwin' } });
  try {
    await open(second.ui, 'Settings');
    await expect(second.ui.getByTestId('notifications-problem')).toContainText('System Settings → Notifications');
    second.desktop.notificationShown();
    await expect(second.ui.getByTestId('notifications-problem')).toHaveCount(0);
    await expect(second.ui.getByText('Notifications reach you on this computer.')).toBeVisible();
  } finally {
    await second.close();
  }
});

test('a login item macOS wants approved is explained in Settings', async ({ profileDir }) => {
  const app = await launchApp({ profileDir, desktop: { platform: 'darwin' } });
  try {
    await seedLearner(app.ui, { ticks: 0, bookExam: false });
    await open(app.ui, 'Settings');
    await app.ui.getByLabel('Start MLE Path when I log in').check();
    // What app.getLoginItemSettings() answers on macOS 13+ until the learner approves.
    app.desktop.loginItemApplied('darwin', true, { kind: 'electron', openAtLogin: false, status: 'requires-approval' });
    const problem = app.ui.getByTestId('login-item-problem');
    await expect(problem).toContainText('One more step to start MLE Path when you log in');
    await expect(problem).toContainText('open System Settings → General → Login Items and switch MLE Path on.');
  } finally {
    await app.close();
  }
});

test('the desktop channels refuse what the contract does not allow, and change nothing', async ({ profileDir }) => {
  const app = await launchApp({ profileDir, desktop: { trayHost: 'absent' } });
  try {
    const before = app.desktop.snapshot();
    const refused = await app.invoke('app:dismiss-notice', { notice: 'everything' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('Notice must be one of: no-tray.') } });
    expect(await app.invoke('app:quit', { now: true })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(app.desktop.snapshot()).toEqual(before);
    expect(app.desktopRequests).toEqual([]);
  } finally {
    await app.close();
  }
});
