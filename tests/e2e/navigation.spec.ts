/**
 * A screen main asks for (a clicked reminder or tray item) reaches the UI even when the window
 * is still loading: main holds it, and the page takes it exactly once right after it
 * subscribes to `navigate` (`app:take-pending-navigation`), through the real router and the
 * same pending-navigation holder main uses.
 */
import type { Page } from '@playwright/test';
import { actionActivation, clickActivation, notificationPayload } from '../../electron/main/core/notification-routing';
import { formatIsoDate, instantToLocal, mondayOf, parseIsoDate, wallToInstant } from '../../shared/planner/time';
import { weekTitle } from '../../renderer/src/week/week-time';
import { createDisplayFormat } from '../../shared/locale/display-format';

/** The harness's browser reports en-GB, so the window words dates the British way. */
const EN_GB = createDisplayFormat(['en-GB']);
import { launchApp } from './harness/app-harness';
import { call, seedLearner } from './harness/seed';
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

const ZONE = 'Europe/Berlin';
/** Next week in the learner's zone: the plan's first or second week, all of it still ahead. */
const nextWeek = () => formatIsoDate(mondayOf(instantToLocal(ZONE, Date.now()).day) + 7);
const berlin = (dayIndex: number, minutes: number) => new Date(wallToInstant(ZONE, (parseIsoDate(nextWeek()) ?? 0) + dayIndex, minutes)).toISOString();

/** A notification's button by index; one that is not there fails the test here. */
function button(payload: ReturnType<typeof notificationPayload>, index: number) {
  const activation = actionActivation(payload, index);
  if (!activation) throw new Error(`no button ${index}`);
  return activation;
}

interface StoredSession {
  id: string;
  startUtc: string;
  status: string;
}

test('a clicked reminder opens exactly what it announced: the digest\'s week, a session in its week with focus, its buttons act on it', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  try {
    await seedLearner(app.ui);
    const week = nextWeek();
    // The weekly digest that previews next week opens next week, not the current one.
    await app.activateNotification(clickActivation(notificationPayload({ kind: 'digest', target: { screen: 'week', weekStart: week } }, 'linux')));
    await expect(heading(app.ui, 'Your week')).toBeVisible();
    await expect(app.ui.getByTestId('week-title')).toHaveText(weekTitle(week, EN_GB));

    // A session heads-up, clicked from the dashboard: its week, the session focused.
    await app.ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Dashboard' }).click();
    const stored = (await call<{ sessions: StoredSession[] }>(app.ui, 'week:get', { weekStart: week })).sessions;
    const saturday = stored.find((s) => s.startUtc === berlin(5, 9 * 60));
    const monday = stored.find((s) => s.startUtc === berlin(0, 18 * 60 + 30));
    if (!saturday || !monday) throw new Error(`next week lacks its Saturday or Monday session: ${JSON.stringify(stored)}`);
    const target = (s: StoredSession) => ({ screen: 'week' as const, weekStart: week, sessionId: s.id, sessionStartUtc: s.startUtc });
    await app.activateNotification(clickActivation(notificationPayload({ kind: 'session', target: target(saturday) }, 'linux')));
    await expect(app.ui.getByTestId('week-title')).toHaveText(weekTitle(week, EN_GB));
    await expect(app.ui.locator(`[data-session-id="${saturday.id}"]`)).toBeFocused();
    await expect(app.ui.locator(`[data-session-id="${saturday.id}"]`)).toHaveAccessibleName(/, Saturday 09:00–11:00, planned$/);

    // Its buttons (macOS and Windows): Snooze 1 hour moves it within Saturday's 09:00–12:00, and
    // the open week shows it; Skip (the fourth button, after Next free time) on Monday's. The
    // same store writes as the week view's.
    const snoozed = await app.activateNotification(button(notificationPayload({ kind: 'session', target: target(saturday) }, 'darwin'), 1));
    expect(snoozed).toMatchObject({ ok: true, message: expect.stringMatching(/snoozed to 10:00–12:00\.$/) });
    await expect(app.ui.locator(`[data-session-id="${saturday.id}"]`)).toHaveAccessibleName(/, Saturday 10:00–12:00, planned$/);
    expect(await app.activateNotification(button(notificationPayload({ kind: 'session', target: target(monday) }, 'win32'), 3))).toMatchObject({ ok: true });
    await expect(app.ui.locator(`[data-session-id="${monday.id}"]`)).toHaveAccessibleName(/, Monday 18:30–20:30, skipped$/);
    // Pressed again from Action Center later: the snooze finds the session already moved.
    expect(await app.activateNotification(button(notificationPayload({ kind: 'session', target: target(saturday) }, 'win32'), 1))).toMatchObject({ ok: false });
    expect((await call<{ sessions: StoredSession[] }>(app.ui, 'week:get', { weekStart: week })).sessions.find((s) => s.id === saturday.id)?.startUtc).toBe(berlin(5, 10 * 60));
  } finally {
    await app.close();
  }
});

test('a session reminder that opened the window focuses the session once the week has loaded', async ({ profileDir }) => {
  const first = await launchApp({ profileDir });
  await seedLearner(first.ui);
  const week = nextWeek();
  const saturday = (await call<{ sessions: StoredSession[] }>(first.ui, 'week:get', { weekStart: week })).sessions.find((s) => s.startUtc === berlin(5, 9 * 60));
  await first.close();
  if (!saturday) throw new Error('next week has no Saturday session');

  const app = await launchApp({ profileDir, openScreen: { screen: 'week', weekStart: week, sessionId: saturday.id } });
  try {
    await expect(heading(app.ui, 'Your week')).toBeVisible();
    await expect(app.ui.getByTestId('week-title')).toHaveText(weekTitle(week, EN_GB));
    await expect(app.ui.locator(`[data-session-id="${saturday.id}"]`)).toBeFocused();
  } finally {
    await app.close();
  }
});
