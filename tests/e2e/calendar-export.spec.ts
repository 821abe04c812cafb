/**
 * Calendar export and the desktop settings through the real router, calendar service and store
 * host: the .ics file, read by ical.js, holds one VEVENT per session of the next 8 weeks (the same
 * start instants and ids the week calendar stores when those weeks are opened, stable UIDs, the
 * milestone and what to study, the heads-up as an alarm) plus the booked exam; a second export
 * with nothing changed is the same file; a cancelled dialog writes nothing; the tray and login
 * toggles are stored.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { weekStarts } from '../../electron/main/core/calendar-export';
import { sessionUid } from '../../electron/main/core/calendar-ics';
import { lineProblems, parseCalendar } from '../support/ical';
import { launchApp } from './harness/app-harness';
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

  const text = await readFile(file, 'utf8');
  expect(lineProblems(text)).toEqual([]);
  const ics = parseCalendar(text);
  // Exporting previews the weeks not opened yet without storing them (a re-plan can still
  // reshape them); opening those weeks now stores exactly the sessions the file holds.
  const weeks = weekStarts((await call<{ today: string }>(app.ui, 'plan:get', {})).today, 8) ?? [];
  const storedBefore = ((await app.dumpDb())['sessions'] as { weekStart: string }[]).map((s) => s.weekStart);
  expect(new Set(storedBefore).size).toBeLessThan(8);
  const stored: { id: string; startUtc: string; endUtc: string }[] = [];
  for (const weekStart of weeks) stored.push(...(await call<{ sessions: { id: string; startUtc: string; endUtc: string }[] }>(app.ui, 'week:get', { weekStart })).sessions);
  expect(stored.length).toBeGreaterThan(8);
  const sessionEvents = ics.events.filter((e) => !e.allDay);
  expect(ics.events).toHaveLength(stored.length + 1);
  await expect(app.ui.getByTestId('calendar-status')).toContainText(`(${stored.length + 1} events)`);
  expect(new Map(sessionEvents.map((e) => [e.uid, [e.start, e.end]]))).toEqual(
    new Map(stored.map((s) => [sessionUid(s.id), [new Date(s.startUtc).toISOString(), new Date(s.endUtc).toISOString()]])),
  );
  // Each says what to study, and reminds as the app's own heads-up does (15 minutes by default).
  for (const e of sessionEvents) {
    expect(e.summary).toMatch(/^Study: /);
    expect(e.description).toMatch(/^Milestone: .+\nPhase: .+\n\nWhat to study: /);
    expect(e).toMatchObject({ status: 'CONFIRMED', alarms: [{ action: 'DISPLAY', trigger: '-PT15M' }] });
    expect(e.lastModified).toBe(e.dtstamp);
  }
  const exam = ics.events.find((e) => e.allDay);
  expect(exam).toMatchObject({ start: mondayFromNow(40), summary: 'Exam: AWS Certified Machine Learning Engineer – Associate' });
  expect(exam?.description).toContain('(MLA-C01)');

  // A second export keeps every UID and, nothing having changed, every SEQUENCE: it is the same file.
  const again = path.join(profileDir, 'study-again.ics');
  app.dialogs.savePath = again;
  await app.ui.getByRole('button', { name: 'Export study calendar (.ics)…' }).click();
  await expect(app.ui.getByTestId('calendar-status')).toContainText(`Calendar saved to ${again}`);
  expect(await readFile(again, 'utf8')).toBe(text);
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
