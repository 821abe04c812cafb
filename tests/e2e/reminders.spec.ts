/**
 * Weekly reminders end to end: the real scheduler in this process, the real store host
 * and its IndexedDB in Chromium, a fake clock and a recording notifier. A profile saved through
 * the form gets its Sunday digest exactly once; a digest missed while the app was closed comes
 * back as one catch-up on the next start; a further start at the same moment shows nothing.
 */
import type { Page } from '@playwright/test';
import { createDisplayFormat } from '../../shared/locale/display-format';
import { DAY_MS, formatIsoDate, parseIsoDate, wallToInstant, weekdayOf } from '../../shared/planner/time';
import { launchApp } from './harness/app-harness';
import { startReminders } from './harness/reminders';
import { expect, test } from './fixtures';

/** Two weeks from today: the store checks the start date against the real clock. */
const START_DAY = parseIsoDate(new Date(Date.now() + 14 * DAY_MS).toISOString().slice(0, 10))!;
function startDateSoon(): string {
  return formatIsoDate(START_DAY);
}

// The fake clock runs inside the plan, so its weeks have sessions to announce: the first Sunday
// a week after the start, and the one after it. The default digest is 18:00 in Berlin.
const FIRST_SUNDAY = START_DAY + 7 + ((6 - weekdayOf(START_DAY + 7) + 7) % 7);
const NEXT_SUNDAY = FIRST_SUNDAY + 7;
const digestAt = (day: number) => wallToInstant('Europe/Berlin', day, 18 * 60);
const at = (day: number, minutesAfterDigest: number) => new Date(digestAt(day) + minutesAfterDigest * 60_000).toISOString();
const FIRST_SUNDAY_DIGEST = at(FIRST_SUNDAY, 0);
const NEXT_SUNDAY_DIGEST = at(NEXT_SUNDAY, 0);
// The harness's browser locale (en-GB) is the learner's: "Mon, 7 Dec 2026".
const FIRST_WEEK = createDisplayFormat(['en-GB']).weekdayDayYear(formatIsoDate(FIRST_SUNDAY + 1)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function saveProfileThroughForm(ui: Page): Promise<void> {
  await ui.getByRole('radio', { name: 'Data analyst' }).check();
  await ui.getByLabel('Weekly study hours').fill('10');
  await ui.getByLabel('Budget for exams and courses').fill('900');
  await ui.getByLabel('Start date').fill(startDateSoon());
  await ui.getByRole('button', { name: 'Save profile' }).click();
}

async function reminderLog(app: Awaited<ReturnType<typeof launchApp>>): Promise<string[]> {
  const dump = await app.dumpDb();
  return (dump['reminderLog'] as { reminderId: string }[]).map((r) => r.reminderId).sort();
}

test('the weekly digest is shown once, a missed one comes back as one catch-up, and never twice', async ({ profileDir }) => {
  // 1. First run: the learner saves a profile; at 18:00 Berlin time on Sunday the digest appears.
  const first = await launchApp({ profileDir });
  const firstReminders = startReminders(first, { now: at(FIRST_SUNDAY, -10), timeZone: 'Europe/Berlin' });
  await saveProfileThroughForm(first.ui);
  await expect.poll(() => first.broadcasts.some((b) => b.event === 'plan:changed')).toBe(true);
  await firstReminders.idle(); // the rescan that plan:changed started
  await firstReminders.runUntil(at(FIRST_SUNDAY, -1));
  expect(firstReminders.shown).toEqual([]);
  await firstReminders.runUntil(at(FIRST_SUNDAY, 10));
  expect(firstReminders.shown.map((s) => [s.at, s.reminder.kind, s.reminder.title])).toEqual([
    [FIRST_SUNDAY_DIGEST, 'digest', 'Your study week ahead'],
  ]);
  expect(firstReminders.shown[0]?.reminder.body).toMatch(new RegExp(`^\\d+ sessions?, [\\d.]+ hours? planned for the week of ${FIRST_WEEK}\\.$`));
  expect(await reminderLog(first)).toEqual([`digest.${formatIsoDate(FIRST_SUNDAY)}`]);
  expect(firstReminders.logs).toEqual([]);
  await firstReminders.stop();
  await first.close();

  // 2. The app stayed closed over the next Sunday's digest: one catch-up when it starts again.
  const second = await launchApp({ profileDir });
  const secondReminders = startReminders(second, { now: at(NEXT_SUNDAY, 120), timeZone: 'Europe/Berlin' });
  await secondReminders.idle();
  expect(secondReminders.shown.map((s) => [s.reminder.kind, s.reminder.title, s.reminder.body])).toEqual([
    ['catch-up', 'You missed a reminder', 'Your study week ahead.'],
  ]);
  expect(secondReminders.shown[0]?.reminder.dueUtc).toBe(NEXT_SUNDAY_DIGEST);
  await secondReminders.runUntil(at(NEXT_SUNDAY, 125));
  expect(secondReminders.shown).toHaveLength(1);
  const afterCatchUp = await reminderLog(second);
  expect(afterCatchUp).toEqual([`catch-up.${NEXT_SUNDAY_DIGEST}.1`, `digest.${formatIsoDate(FIRST_SUNDAY)}`, `digest.${formatIsoDate(NEXT_SUNDAY)}`]);
  await secondReminders.stop();
  await second.close();

  // 3. Started again at the same moment: everything is already recorded, nothing is shown.
  const third = await launchApp({ profileDir });
  const thirdReminders = startReminders(third, { now: at(NEXT_SUNDAY, 120), timeZone: 'Europe/Berlin' });
  await thirdReminders.idle();
  await thirdReminders.runUntil(at(NEXT_SUNDAY, 123));
  expect(thirdReminders.shown).toEqual([]);
  expect(await reminderLog(third)).toEqual(afterCatchUp);
  expect(thirdReminders.logs).toEqual([]);
  await thirdReminders.stop();
  await third.close();
});

test('the renderer cannot reach the internal reminder channels', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const result = await app.ui.evaluate(() =>
    window.planner!.invoke('reminders:mark-delivered' as never, { checkUtc: '2030-01-06T17:00:00Z', deliveries: [{ reminderId: 'digest.2030-01-06', kind: 'digest' }] } as never),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  expect(await app.invoke('reminders:inputs', { nowUtc: '2030-01-06T17:00:00Z', fallbackTimeZone: 'Europe/Berlin' })).toMatchObject({
    ok: false,
    error: { code: 'unknown-channel' },
  });
  expect((await app.dumpDb())['reminderLog']).toEqual([]);
  await app.close();
});
