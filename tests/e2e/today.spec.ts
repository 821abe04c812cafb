/**
 * Today and the focus timer end to end, through main's real composition root (the timer service
 * app-services.ts builds, on a clock the test moves, with a recording notifier): open Today from
 * the sidebar, start the timer on the session shown, let the planned time pass (one notice,
 * however often main checks), reload the window and restart the app with it running (the
 * display picks up main's time, the file in the user-data folder keeps it), stop, and find the
 * minutes logged in the session and the week's totals. axe in light and dark.
 */
import type { Page } from '@playwright/test';
import type { TimerView } from '../../shared/ipc/contract';
import { createDisplayFormat } from '../../shared/locale/display-format';
import { formatIsoDate, instantToLocal, mondayOf } from '../../shared/planner/time';
import { axeViolations } from './a11y';
import { launchApp, type HarnessApp } from './harness/app-harness';
import { call, mondayFromNow, SEED_PROFILE, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const open = (ui: Page, name: string) => ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();
const en = createDisplayFormat(['en-GB']);

async function timerView(app: HarnessApp): Promise<TimerView> {
  const r = await app.invoke('timer:get', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value as TimerView;
}

/** Moves main's timer clock on and runs the check its interval would run. */
async function advance(app: HarnessApp, minutes: number): Promise<void> {
  app.timerRun.clock.t += minutes * 60_000;
  await app.services.focusTimer.check();
}

test('Today: start the timer, the planned time passes (one notice), reload and restart, stop: the minutes are in the week', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await seedLearner(app.ui);
  await open(app.ui, 'Today');
  await expect(app.ui.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  const focus = app.ui.getByTestId('today-focus');
  await expect(focus).toBeVisible();
  // What to do: the milestone's resources and the phase's unticked checklist.
  await expect(app.ui.getByRole('heading', { name: 'What to do' })).toBeVisible();
  await expect(app.ui.getByRole('heading', { name: 'Checklist left' })).toBeVisible();
  // The three ticked milestones put their checklist and quiz questions in review, due today.
  const due = (await call<{ dueToday: number }>(app.ui, 'review:queue', {})).dueToday;
  expect(due).toBeGreaterThan(0);
  await expect(app.ui.getByTestId('today-reviews')).toContainText(`${due} reviews are due today, a few minutes each.`);

  await focus.getByRole('button', { name: 'Start focus timer' }).click();
  await expect(app.ui.getByTestId('timer-state')).toHaveText(/^Running/);
  await expect(app.ui.getByTestId('running-timer')).toBeVisible();
  const started = await timerView(app);
  expect(started.state).toBe('running');
  const session = started.session;
  if (!session) throw new Error('the timer has no session');
  await expect(focus.getByRole('heading', { level: 2 })).toHaveText(session.title);

  // Pause for ten minutes: paused time does not count.
  await focus.getByRole('button', { name: 'Pause' }).click();
  await expect(app.ui.getByTestId('timer-state')).toHaveText(/^Paused/);
  await advance(app, 10);
  expect((await timerView(app)).elapsedMs).toBe(0);
  await focus.getByRole('button', { name: 'Resume' }).click();
  await expect(app.ui.getByTestId('timer-state')).toHaveText(/^Running/);

  // The planned length passes: exactly one notice, however many checks follow.
  const minutes = session.plannedMinutes + 5;
  await advance(app, session.plannedMinutes - 1);
  expect(app.timerRun.notices).toHaveLength(0);
  await advance(app, 5);
  await advance(app, 1);
  await advance(app, 30);
  // The clock is put back 30 minutes (corrected): what was counted stays, nothing goes negative or counts twice.
  app.timerRun.clock.t -= 30 * 60_000;
  await advance(app, 0);
  expect(app.timerRun.notices.map((n) => [n.title, n.target])).toEqual([['Planned study time reached', { screen: 'today' }]]);
  await expect(app.ui.getByTestId('timer-state')).toContainText('planned time reached');
  expect(Math.round((await timerView(app)).elapsedMs / 60_000)).toBe(minutes + 30);

  // The window is reloaded (closed and opened again): main's timer is still running and shown.
  await app.ui.reload();
  await expect(app.ui.getByTestId('running-timer')).toBeVisible();
  await expect(app.ui.getByTestId('running-timer')).toContainText(session.title);
  await app.ui.getByTestId('running-timer').getByRole('button', { name: 'Open Today' }).click();
  await expect(app.ui.getByTestId('timer-state')).toHaveText(/^Running/);

  // Light and dark, with the timer running.
  expect(await axeViolations(app.ui)).toEqual([]);
  await open(app.ui, 'Settings');
  await app.ui.getByRole('radio', { name: 'Dark' }).check();
  await open(app.ui, 'Today');
  await expect(app.ui.getByTestId('timer-state')).toHaveText(/^Running/);
  expect(await axeViolations(app.ui)).toEqual([]);

  // The app quits and starts again: the saved timer carries on from main's clock.
  const clockAt = app.timerRun.clock.t;
  await app.close();
  const again = await launchApp({ profileDir, timerStartMs: clockAt + 5 * 60_000 });
  await again.services.focusTimer.check();
  const resumed = await timerView(again);
  expect(resumed.state).toBe('running');
  expect(resumed.session?.id).toBe(session.id);
  expect(Math.round(resumed.elapsedMs / 60_000)).toBe(minutes + 35);
  expect(again.timerRun.notices).toHaveLength(0); // shown before the restart, never again
  await open(again.ui, 'Today');
  await expect(again.ui.getByTestId('timer-state')).toHaveText(/^Running/);

  await again.ui.getByTestId('today-focus').getByRole('button', { name: 'Stop and log' }).click();
  const logged = minutes + 35;
  await expect(again.ui.getByTestId('today-status')).toHaveText(`Logged ${en.duration(logged)} with the timer: “${session.title}” now has ${en.duration(logged)}.`);
  await expect(again.ui.getByTestId('running-timer')).toHaveCount(0);
  expect((await timerView(again)).state).toBe('idle');

  // The session is done with those minutes, and the week's totals count them once.
  const week = await call<{ sessions: { id: string; status: string; loggedMinutes: number }[]; loggedMinutes: number }>(again.ui, 'week:get', { weekStart: session.weekStart });
  expect(week.sessions.find((s) => s.id === session.id)).toMatchObject({ status: 'done', loggedMinutes: logged });
  expect(week.loggedMinutes).toBe(logged);
  await open(again.ui, 'Week');
  const thisMonday = formatIsoDate(mondayOf(instantToLocal('Europe/Berlin', Date.now()).day));
  if (session.weekStart !== thisMonday) await again.ui.getByRole('button', { name: /Next week/ }).click();
  await expect(again.ui.getByTestId('week-logged')).toHaveText(en.duration(logged));
  await again.close();
});

test('Today: "I studied without the timer" marks the session done, and a timer started afterwards continues from its minutes', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await seedLearner(app.ui);
  await open(app.ui, 'Today');
  const focus = app.ui.getByTestId('today-focus');
  const title = await focus.getByRole('heading', { level: 2 }).textContent();
  // Start review goes to the Review screen, and back again.
  await app.ui.getByTestId('today-reviews').getByRole('button', { name: 'Start review' }).click();
  await expect(app.ui.getByRole('heading', { name: 'Review', level: 1 })).toBeVisible();
  await open(app.ui, 'Today');
  await focus.getByRole('button', { name: 'I studied without the timer' }).click();
  await expect(app.ui.getByTestId('today-status')).toHaveText(/^Marked done: /);
  // The focus moves on to the next session; the done one was logged with its planned minutes.
  await expect(focus.getByRole('heading', { level: 2 })).not.toHaveText('');
  const weekStart = formatIsoDate(mondayOf(instantToLocal('Europe/Berlin', Date.now()).day) + 7);
  const done = (await call<{ sessions: { id: string; status: string; minutes: number; loggedMinutes: number }[] }>(app.ui, 'week:get', { weekStart })).sessions.filter(
    (s) => s.status === 'done',
  );
  expect(done.length).toBeGreaterThanOrEqual(1);
  const first = done[0];
  if (!first) throw new Error('no session was marked done');
  expect(first.loggedMinutes).toBe(first.minutes);
  expect(title).toBeTruthy();

  // A timer on that same done session continues from what was logged: 20 more minutes make minutes + 20, never twice.
  const started = await app.invoke('timer:start', { sessionId: first.id, weekStart });
  expect(started.ok).toBe(true);
  await advance(app, 20);
  const stopped = await app.invoke('timer:stop', {});
  expect(stopped.ok && stopped.value).toMatchObject({ logged: { sessionId: first.id, timerMinutes: 20, loggedMinutes: first.minutes + 20 } });
  // Stopping again changes nothing and says why.
  const again = await app.invoke('timer:stop', {});
  expect(again.ok ? null : again.error.message).toBe('No focus timer is running.');
  await app.close();
});

test('Today: a plan that starts months from now shows its first session; with no profile it asks for one', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await open(app.ui, 'Today');
  await expect(app.ui.getByRole('button', { name: 'Set up your profile' })).toBeVisible();
  await seedLearner(app.ui, { profile: { ...SEED_PROFILE, startDate: mondayFromNow(20) }, ticks: 0, bookExam: false });
  await open(app.ui, 'Today');
  await expect(app.ui.getByTestId('today-focus')).toContainText('Next session');
  const first = (await call<{ sessions: { startUtc: string }[] }>(app.ui, 'week:get', { weekStart: mondayFromNow(20) })).sessions[0];
  if (!first) throw new Error('the plan’s first week has no session');
  const local = instantToLocal('Europe/Berlin', Date.parse(first.startUtc));
  await expect(app.ui.getByTestId('today-focus-when')).toContainText(en.weekdayDay(local.date));
  await expect(app.ui.getByTestId('today-summary')).toContainText('no study session today; the next is');
  // Nothing ticked yet, so nothing in review: no Reviews card.
  await expect(app.ui.getByTestId('today-reviews')).toHaveCount(0);
  await app.close();
});
