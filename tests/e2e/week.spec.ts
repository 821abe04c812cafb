/**
 * The week calendar through the whole stack: sessions drawn in the learner's zone
 * (Europe/Berlin), marked done with the minutes studied (totals update and survive a relaunch),
 * moved with the keyboard and by drag and drop (the new start is stored), a move onto another
 * session refused with the store's message, missed sessions brought back, and no axe-core
 * violations in either theme.
 *
 * The tests work on next week: it is the plan's first week (or its second on a Monday), and all
 * of its sessions are still ahead, whatever the time of day the tests run.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatIsoDate, instantToLocal, mondayOf, parseIsoDate, wallToInstant } from '../../shared/planner/time';
import { weekTitle } from '../../renderer/src/week/week-time';
import { createDisplayFormat } from '../../shared/locale/display-format';

// The harness's browser locale, which the app formats with.
const EN_GB = createDisplayFormat(['en-GB']);
import { launchApp } from './harness/app-harness';
import { call, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const ZONE = 'Europe/Berlin';

interface Session {
  id: string;
  startUtc: string;
  movedFromUtc?: string;
  endUtc: string;
  minutes: number;
  status: string;
  loggedMinutes: number;
}
interface Week {
  sessions: Session[];
  missed: Session[];
}

function nextWeekStart(): string {
  return formatIsoDate(mondayOf(instantToLocal(ZONE, Date.now()).day) + 7);
}

/** The instant of a wall-clock time in Berlin on a day of next week (0 = Monday). */
function berlin(dayIndex: number, time: string): string {
  const [h, m] = time.split(':').map(Number);
  return new Date(wallToInstant(ZONE, (parseIsoDate(nextWeekStart()) ?? 0) + dayIndex, (h ?? 0) * 60 + (m ?? 0))).toISOString();
}

async function openNextWeek(ui: Page): Promise<void> {
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Week' }).click();
  await expect(ui.getByRole('heading', { name: 'Your week' })).toBeVisible();
  await ui.getByRole('button', { name: 'Next week' }).click();
  await expect(ui.getByTestId('week-title')).toHaveText(weekTitle(nextWeekStart(), EN_GB));
  await expect(ui.getByRole('button', { name: /, Monday 18:30–20:30, / })).toBeVisible();
}

/** Berlin wall-clock end of a session, optionally shifted by some minutes. */
const endOf = (s: Session, shift = 0) => instantToLocal(ZONE, Date.parse(s.endUtc) + shift * 60_000).time;

const block = (ui: Page, when: string, status = 'planned') => ui.getByRole('button', { name: new RegExp(`, ${when}, ${status}$`) });

async function storedWeek(ui: Page): Promise<Week> {
  return call<Week>(ui, 'week:get', { weekStart: nextWeekStart() });
}

/** Sends one of next week's sessions back three weeks, where it is over and never marked: missed. */
async function addMissedSession(ui: Page): Promise<Session> {
  const week = await storedWeek(ui);
  const session = week.sessions.at(-1);
  if (!session) throw new Error('next week has no sessions');
  const threeWeeksBack = new Date(Date.parse(session.startUtc) - 21 * 86_400_000).toISOString();
  await call(ui, 'session:update', { id: session.id, startUtc: threeWeeksBack });
  return session;
}

test('marking a session done updates the week totals and survives a relaunch', async ({ profileDir }) => {
  const first = await launchApp({ profileDir });
  await seedLearner(first.ui);
  await openNextWeek(first.ui);
  // The week holds what the plan placed in it: 8 h less the few minutes left free where a
  // milestone ends too close to the end of a slot to start another session.
  const plannedMinutes = (await storedWeek(first.ui)).sessions.reduce((n, s) => n + s.minutes, 0);
  expect(plannedMinutes).toBeLessThanOrEqual(8 * 60);
  expect(plannedMinutes).toBeGreaterThan(8 * 60 - 45);
  await expect(first.ui.getByTestId('week-planned')).toHaveText(`${Math.floor(plannedMinutes / 60)} h${plannedMinutes % 60 ? ` ${plannedMinutes % 60} min` : ''}`);
  await expect(first.ui.getByTestId('week-done')).toHaveText('0 min');
  await expect(first.ui.getByTestId('week-logged')).toHaveText('0 min');

  await block(first.ui, 'Monday 18:30–20:30').click();
  const dialog = first.ui.getByRole('dialog');
  await dialog.getByLabel('Minutes studied').fill('100');
  await dialog.getByRole('button', { name: 'Mark done' }).click();
  await expect(dialog).toBeHidden();
  await expect(block(first.ui, 'Monday 18:30–20:30', 'done')).toBeVisible();
  await expect(first.ui.getByTestId('week-done')).toHaveText('2 h');
  await expect(first.ui.getByTestId('week-logged')).toHaveText('1 h 40 min');
  await expect(first.ui.getByTestId('week-sessions')).toHaveText('1 of 4 done');
  // Focus goes back to the block the dialog was opened from.
  await expect(block(first.ui, 'Monday 18:30–20:30', 'done')).toBeFocused();
  const sessions = (await first.dumpDb())['sessions'] as Session[];
  expect(sessions.filter((s) => s.status === 'done')).toEqual([expect.objectContaining({ startUtc: berlin(0, '18:30'), loggedMinutes: 100 })]);
  await first.close();

  const second = await launchApp({ profileDir });
  await openNextWeek(second.ui);
  await expect(block(second.ui, 'Monday 18:30–20:30', 'done')).toBeVisible();
  await expect(second.ui.getByTestId('week-done')).toHaveText('2 h');
  await expect(second.ui.getByTestId('week-logged')).toHaveText('1 h 40 min');

  // Undo puts it back to planned and takes the time off the totals.
  await block(second.ui, 'Monday 18:30–20:30', 'done').click();
  await second.ui.getByRole('dialog').getByRole('button', { name: 'Undo done' }).click();
  await expect(block(second.ui, 'Monday 18:30–20:30')).toBeVisible();
  await expect(second.ui.getByTestId('week-logged')).toHaveText('0 min');
  await second.close();
});

test('sessions move by keyboard and by drag and drop; a move onto another session is refused', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui);
  await openNextWeek(ui);
  const before = await storedWeek(ui);
  const wednesday = before.sessions.find((s) => s.startUtc === berlin(2, '18:30'));
  const saturday = before.sessions.find((s) => s.startUtc === berlin(5, '09:00'));
  const monday = before.sessions.find((s) => s.startUtc === berlin(0, '18:30'));
  expect(wednesday && saturday && monday).toBeTruthy();

  // Keyboard: one day earlier, half an hour later, Enter to save.
  await block(ui, 'Wednesday 18:30–20:30').focus();
  await ui.keyboard.press('ArrowLeft');
  await ui.keyboard.press('ArrowDown');
  await ui.keyboard.press('ArrowDown');
  await expect(ui.getByRole('button', { name: /moving to Tuesday 19:00–21:00/ })).toBeFocused();
  await ui.keyboard.press('Enter');
  await expect(block(ui, 'Tuesday 19:00–21:00')).toBeVisible();
  await expect(block(ui, 'Tuesday 19:00–21:00')).toBeFocused();
  await expect.poll(async () => (await storedWeek(ui)).sessions.find((s) => s.id === wednesday?.id)?.startUtc).toBe(berlin(1, '19:00'));

  // Escape cancels a keyboard move: nothing is sent.
  await ui.keyboard.press('ArrowDown');
  await ui.keyboard.press('Escape');
  await expect(block(ui, 'Tuesday 19:00–21:00')).toBeVisible();

  // Drag and drop: Saturday 09:00 → one column right, one hour down = Sunday 10:00.
  // The grid opens at the week's first session (Monday evening); the Saturday morning block is
  // scrolled out of view above it, so the grid is scrolled to its top first.
  await ui.locator('.week-scroll').evaluate((box) => box.scrollTo(0, 0));
  const source = block(ui, 'Saturday 09:00–11:00');
  const from = await source.boundingBox();
  const sunday = await ui.locator('.week-column').nth(6).boundingBox();
  const saturdayColumn = await ui.locator('.week-column').nth(5).boundingBox();
  const hour = await ui.locator('.week-hour').first().boundingBox();
  if (!from || !sunday || !saturdayColumn || !hour) throw new Error('grid not laid out');
  const x = from.x + from.width / 2;
  const y = from.y + from.height / 2;
  await ui.mouse.move(x, y);
  await ui.mouse.down();
  const dx = sunday.x - saturdayColumn.x;
  for (let step = 1; step <= 10; step += 1) await ui.mouse.move(x + (dx * step) / 10, y + (hour.height * step) / 10);
  await ui.mouse.up();
  await expect(block(ui, 'Sunday 10:00–12:00')).toBeVisible();
  await expect.poll(async () => (await storedWeek(ui)).sessions.find((s) => s.id === saturday?.id)?.startUtc).toBe(berlin(6, '10:00'));

  // Monday 18:30 → Tuesday 18:30 runs into the Tuesday 19:00 session: refused, and back it goes.
  await block(ui, 'Monday 18:30–20:30').focus();
  await ui.keyboard.press('ArrowRight');
  await expect(ui.getByRole('button', { name: /moving to Tuesday 18:30–20:30, overlaps another session/ })).toBeFocused();
  await ui.keyboard.press('Enter');
  await expect(ui.getByTestId('week-error')).toContainText('That time overlaps another session.');
  await expect(block(ui, 'Monday 18:30–20:30')).toBeVisible();
  expect((await storedWeek(ui)).sessions.find((s) => s.id === monday?.id)?.startUtc).toBe(berlin(0, '18:30'));
  await app.close();
});

test('Snooze 1 hour moves a session an hour later inside the study time, and refuses clearly where there is no room', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui);
  await openNextWeek(ui);
  const before = await storedWeek(ui);
  const saturday = before.sessions.find((s) => s.startUtc === berlin(5, '09:00'));
  const monday = before.sessions.find((s) => s.startUtc === berlin(0, '18:30'));
  if (!saturday || !monday) throw new Error('next week lacks its Saturday or Monday session');

  // Saturday's study time is 09:00–12:00: 09:00–11:00 fits an hour later.
  await block(ui, 'Saturday 09:00–11:00').click();
  await ui.getByRole('dialog').getByRole('button', { name: 'Snooze 1 hour' }).click();
  await expect(block(ui, 'Saturday 10:00–12:00')).toBeVisible();
  await expect.poll(async () => (await storedWeek(ui)).sessions.find((s) => s.id === saturday.id)).toMatchObject({ startUtc: berlin(5, '10:00'), movedFromUtc: berlin(5, '09:00') });

  // Monday's is 18:30–20:30 and the session fills it: refused with the reason, nothing moves.
  await block(ui, 'Monday 18:30–20:30').click();
  await ui.getByRole('dialog').getByRole('button', { name: 'Snooze 1 hour' }).click();
  await expect(ui.getByTestId('week-error')).toHaveText(/^“.+” was not snoozed: 19:30–21:30 is outside your study time on Mondays \(18:30–20:30\)\. Move it to another time instead\.$/);
  await expect(block(ui, 'Monday 18:30–20:30')).toBeVisible();
  expect((await storedWeek(ui)).sessions.find((s) => s.id === monday.id)?.startUtc).toBe(berlin(0, '18:30'));
  await app.close();
});

test('missed sessions can be marked done or brought into the week', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui);
  const first = await addMissedSession(ui);
  const second = (await storedWeek(ui)).sessions.at(-1);
  if (!second) throw new Error('next week has no sessions left');
  await call(ui, 'session:update', { id: second.id, startUtc: new Date(Date.parse(second.startUtc) - 28 * 86_400_000).toISOString() });
  await openNextWeek(ui);

  const panel = ui.getByTestId('missed-sessions');
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  // Newest first: the one sent back three weeks, then the one sent back four.
  await panel.getByRole('group').first().getByRole('button', { name: 'I did it' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect.poll(async () => ((await app.dumpDb())['sessions'] as Session[]).find((s) => s.id === first.id)?.status).toBe('done');

  await panel.getByRole('button', { name: `Move to ${weekTitle(nextWeekStart(), EN_GB)}` }).click();
  await expect(panel).toBeHidden();
  // It keeps its time of day (18:30) on the first day that is free at that time: Tuesday.
  // Thursday's session ends where its milestone ends (20:24), and keeps that length when moved.
  await expect(block(ui, `Tuesday 18:30–${endOf(second)}`)).toBeVisible();
  const stored = (await storedWeek(ui)).sessions.find((s) => s.id === second.id);
  expect(stored).toEqual(expect.objectContaining({ status: 'planned', startUtc: berlin(1, '18:30') }));
  await app.close();
});

test('without a plan the week screen sends the learner to the profile', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await app.ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Week' }).click();
  await expect(app.ui.getByRole('heading', { name: 'No study week yet' })).toBeVisible();
  await app.ui.getByRole('button', { name: 'Set up your profile' }).click();
  await expect(app.ui.getByText('Nothing saved yet.')).toBeVisible();
  await app.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the week screen has no axe-core violations (${colorScheme})`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, colorScheme });
    const { ui } = app;
    await seedLearner(ui);
    await addMissedSession(ui);
    const week = await storedWeek(ui);
    const [done, skipped] = week.sessions;
    if (done) await call(ui, 'session:update', { id: done.id, status: 'done' });
    if (skipped) await call(ui, 'session:update', { id: skipped.id, status: 'skipped' });
    await openNextWeek(ui);
    await expect(ui.getByTestId('missed-sessions')).toBeVisible();
    expect((await new AxeBuilder({ page: ui }).analyze()).violations).toEqual([]);

    // The actions dialog and a keyboard move in progress, too.
    const thursday = week.sessions.find((s) => instantToLocal(ZONE, Date.parse(s.startUtc)).weekday === 3)!;
    await block(ui, `Thursday 18:30–${endOf(thursday)}`).click();
    await expect(ui.getByRole('dialog')).toBeVisible();
    expect((await new AxeBuilder({ page: ui }).analyze()).violations).toEqual([]);
    await ui.getByRole('dialog').getByRole('button', { name: 'Move' }).click();
    await ui.keyboard.press('ArrowDown');
    await expect(ui.getByRole('button', { name: new RegExp(`moving to Thursday 18:45–${endOf(thursday, 15)}`) })).toBeFocused();
    expect((await new AxeBuilder({ page: ui }).analyze()).violations).toEqual([]);
    await app.close();
  });
}
