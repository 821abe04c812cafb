/**
 * Calendar export and the desktop settings through the real router, calendar service and store
 * host: the .ics file holds one VEVENT per session of the next 8 weeks (the same start instants
 * and ids the week calendar stores when those weeks are opened, stable UIDs) plus the booked
 * exam; a cancelled dialog writes nothing; the tray and login toggles are stored.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { weekStarts } from '../../electron/main/calendar-export';
import { sessionUid } from '../../electron/main/calendar-ics';
import { launchApp } from './harness/app-harness';
import { icsInstant, parseIcs } from './harness/ics';
import { call, mondayFromNow, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const openSettings = (ui: Page) => ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();

test('export writes an .ics with every session of the next 8 weeks and the booked exam', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await seedLearner(app.ui, { ticks: 1 });
  await openSettings(app.ui);
  const file = path.join(profileDir, 'study.ics');
  app.dialogs.savePath = file;
  await app.ui.getByRole('button', { name: 'Export study calendar (.ics)…' }).click();
  await expect(app.ui.getByTestId('calendar-status')).toContainText(`Calendar saved to ${file}`);
  expect(existsSync(file)).toBe(true);

  const ics = parseIcs(await readFile(file, 'utf8'));
  expect(ics.calendar).toBe(true);
  // Exporting previews the weeks not opened yet without storing them (a re-plan can still
  // reshape them); opening those weeks now stores exactly the sessions the file holds.
  const weeks = weekStarts((await call<{ today: string }>(app.ui, 'plan:get', {})).today, 8) ?? [];
  const storedBefore = ((await app.dumpDb())['sessions'] as { weekStart: string }[]).map((s) => s.weekStart);
  expect(new Set(storedBefore).size).toBeLessThan(8);
  const stored: { id: string; startUtc: string }[] = [];
  for (const weekStart of weeks) stored.push(...(await call<{ sessions: { id: string; startUtc: string }[] }>(app.ui, 'week:get', { weekStart })).sessions);
  expect(stored.length).toBeGreaterThan(8);
  const sessionEvents = ics.events.filter((e) => 'DTSTART' in e);
  expect(ics.events).toHaveLength(stored.length + 1);
  await expect(app.ui.getByTestId('calendar-status')).toContainText(`(${stored.length + 1} events)`);
  expect(new Map(sessionEvents.map((e) => [e['UID'], e['DTSTART']]))).toEqual(new Map(stored.map((s) => [sessionUid(s.id), icsInstant(s.startUtc)])));
  const exam = ics.events.find((e) => 'DTSTART;VALUE=DATE' in e);
  expect(exam?.['DTSTART;VALUE=DATE']).toBe(mondayFromNow(40).replace(/-/g, ''));
  expect(exam?.['SUMMARY']).toContain('Exam: ');

  // A second export keeps every UID, so a calendar updates the events instead of doubling them.
  const again = path.join(profileDir, 'study-again.ics');
  app.dialogs.savePath = again;
  await app.ui.getByRole('button', { name: 'Export study calendar (.ics)…' }).click();
  await expect(app.ui.getByTestId('calendar-status')).toContainText(`Calendar saved to ${again}`);
  const uids = (events: Record<string, string>[]) => events.map((e) => e['UID']).sort();
  expect(uids(parseIcs(await readFile(again, 'utf8')).events)).toEqual(uids(ics.events));
  await app.close();
});

test('a cancelled dialog writes nothing; without a profile the reason is shown', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  expect(await app.invoke('calendar:export-ics', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
  await seedLearner(app.ui, { ticks: 0, bookExam: false });
  await openSettings(app.ui);
  app.dialogs.savePath = null;
  await app.ui.getByRole('button', { name: 'Export study calendar (.ics)…' }).click();
  await expect(app.ui.getByRole('button', { name: 'Export study calendar (.ics)…' })).toBeEnabled();
  await expect(app.ui.getByTestId('calendar-status')).toHaveText('');
  await expect(app.ui.getByTestId('calendar-error')).toHaveCount(0);
  expect(await app.invoke('calendar:export-ics', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  await app.close();
});

test('the tray and login toggles are stored and survive a relaunch', async ({ profileDir }) => {
  const first = await launchApp({ profileDir });
  await seedLearner(first.ui, { ticks: 0, bookExam: false });
  await openSettings(first.ui);
  const tray = first.ui.getByLabel('Keep running in the tray when the window is closed');
  const login = first.ui.getByLabel('Start MLE Path when I log in');
  await expect(tray).toBeChecked();
  await expect(login).not.toBeChecked();
  await tray.uncheck();
  await login.check();
  await expect.poll(async () => (await first.dumpDb())['settings']?.[0]).toMatchObject({ closeToTray: false, launchAtLogin: true });
  expect(first.broadcasts.filter((b) => b.event === 'settings:changed').at(-1)?.payload).toMatchObject({ closeToTray: false, launchAtLogin: true });
  await first.close();

  const second = await launchApp({ profileDir });
  await openSettings(second.ui);
  await expect(second.ui.getByLabel('Keep running in the tray when the window is closed')).not.toBeChecked();
  await expect(second.ui.getByLabel('Start MLE Path when I log in')).toBeChecked();
  await second.close();
});
