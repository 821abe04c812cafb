/**
 * A screen main asks for (a clicked reminder or tray item) reaches the UI even when the window
 * is still loading (issue 4): main holds it, and the page takes it exactly once right after it
 * subscribes to `navigate` (`app:take-pending-navigation`), through the real router and the
 * same pending-navigation holder main uses.
 */
import type { Page } from '@playwright/test';
import { launchApp } from './harness/app-harness';
import { seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const heading = (ui: Page, name: string) => ui.getByRole('heading', { name, level: 1 });

test('a reminder that opened the window lands on the week view once the page loads, exactly once', async ({ profileDir }) => {
  const first = await launchApp({ profileDir });
  await seedLearner(first.ui);
  await first.close();

  const app = await launchApp({ profileDir, openScreen: { screen: 'week' } });
  try {
    await expect(heading(app.ui, 'Your week')).toBeVisible();
    // Handed over once: nothing is left to take, and a reload opens the usual first screen.
    expect(await app.invoke('app:take-pending-navigation', {})).toEqual({ ok: true, value: null });
    await app.ui.reload();
    await expect(heading(app.ui, 'Dashboard')).toBeVisible();
    await expect(heading(app.ui, 'Your week')).toHaveCount(0);
  } finally {
    await app.close();
  }
});

test('a certification reminder that opened the window lands on that certification', async ({ profileDir }) => {
  const first = await launchApp({ profileDir });
  await seedLearner(first.ui, { bookExam: false });
  await first.close();

  const app = await launchApp({ profileDir, openScreen: { screen: 'certifications', certId: 'cert.aws.aip-c01' } });
  try {
    await expect(heading(app.ui, 'Certifications')).toBeVisible();
    const entry = app.ui.getByRole('article', { name: /AIP-C01/ });
    await expect(entry).toHaveClass(/is-highlighted/);
    await expect(entry.getByRole('heading', { level: 3 })).toBeFocused();
  } finally {
    await app.close();
  }
});

test('a navigation asked for after the page started loading but before React subscribed is not lost', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  try {
    await seedLearner(app.ui);
    // Hold the UI's script so the page is loading and nothing has subscribed yet: the moment
    // the old `navigate`-on-load event was lost in.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held: () => void = () => undefined;
    const scriptHeld = new Promise<void>((resolve) => (held = resolve));
    await app.ui.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
      held();
      await gate;
      await route.fallback();
    });
    const reloading = app.ui.reload();
    await scriptHeld;
    expect(await app.openScreen({ screen: 'week' })).toBe('held');
    release();
    await reloading;
    await expect(heading(app.ui, 'Your week')).toBeVisible();

    // Now the page is listening: the next request goes out as the event, and is applied too.
    expect(await app.openScreen({ screen: 'certifications' })).toBe('send');
    await expect(heading(app.ui, 'Certifications')).toBeVisible();
    expect(await app.invoke('app:take-pending-navigation', {})).toEqual({ ok: true, value: null });
  } finally {
    await app.close();
  }
});
