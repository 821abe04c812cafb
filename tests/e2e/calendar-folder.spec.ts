/**
 * "Keep the study calendar up to date in a folder" through the whole stack: the Settings panel,
 * the real router, calendar-sync.ts with its real quiet delay, the store host and the files on
 * disk, each file read by ical.js. Choosing a folder writes the file; moving a session on the
 * week grid and changing the weekly hours rewrite it, and a calendar that applies each version
 * by UID and SEQUENCE (as Google or Outlook do) ends up with exactly the week calendar's
 * sessions: the moved one once at its new time, the ones the re-plan dropped cancelled, no
 * ghost; stopping ends the writes; the folder survives a relaunch (and the file is written once
 * at start); a vanished folder shows as an error until it is back; bad folder payloads are
 * refused with a message and change nothing.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { weekStarts } from '../../electron/main/core/calendar-export';
import { sessionUid } from '../../electron/main/core/calendar-ics';
import { SYNCED_CALENDAR_FILE } from '../../electron/main/core/calendar-sync';
import { formatIsoDate, instantToLocal, mondayOf, parseIsoDate, wallToInstant } from '../../shared/planner/time';
import { weekTitle } from '../../renderer/src/week/week-time';
import { createDisplayFormat } from '../../shared/locale/display-format';

// The harness's browser locale, which the app formats with.
const EN_GB = createDisplayFormat(['en-GB']);
import { axeViolations } from './a11y';
import { launchApp, type HarnessApp } from './harness/app-harness';
import { lineProblems, parseCalendar, SubscribedCalendar, type ParsedCalendar } from '../support/ical';
import { call, SEED_PROFILE, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const ZONE = 'Europe/Berlin';

interface Session {
  id: string;
  startUtc: string;
  status: string;
}

const open = (ui: Page, screen: string) => ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: screen }).click();
const nextWeekStart = () => formatIsoDate(mondayOf(instantToLocal(ZONE, Date.now()).day) + 7);

/** The instant of a wall-clock time in Berlin on a day of next week (0 = Monday). */
function berlin(dayIndex: number, time: string): string {
  const [h, m] = time.split(':').map(Number);
  return new Date(wallToInstant(ZONE, (parseIsoDate(nextWeekStart()) ?? 0) + dayIndex, (h ?? 0) * 60 + (m ?? 0))).toISOString();
}

async function readCalendar(file: string): Promise<ParsedCalendar> {
  const text = await readFile(file, 'utf8');
  expect(lineProblems(text)).toEqual([]);
  return parseCalendar(text);
}

/** Minutes of the sessions a calendar shows (exams are all-day; cancelled ones are withdrawn). */
function studyMinutes(ics: ParsedCalendar): number {
  return ics.events.filter((e) => !e.allDay && e.status !== 'CANCELLED').reduce((sum, e) => sum + (Date.parse(e.end) - Date.parse(e.start)) / 60_000, 0);
}

const iso = (instant: string) => new Date(instant).toISOString();

/** Chooses `folder` in Settings and waits for the first write to show. */
async function keepCalendarIn(app: HarnessApp, folder: string): Promise<void> {
  await open(app.ui, 'Settings');
  app.dialogs.folderPath = folder;
  await app.ui.getByRole('button', { name: 'Choose a folder…' }).click();
  await expect(app.ui.getByTestId('calendar-folder-path')).toHaveText(folder);
  await expect(app.ui.getByTestId('calendar-folder-file')).toHaveText(path.join(folder, SYNCED_CALENDAR_FILE));
  await expect(app.ui.getByTestId('calendar-folder-written')).toContainText(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d\d:\d\d · \d+ events$/);
}

/** A change the calendar shows, made the way the UI makes it; resolves once main has heard of it. */
async function changeSession(app: HarnessApp, id: string, status: 'planned' | 'skipped'): Promise<void> {
  const heard = app.broadcasts.filter((b) => b.event === 'plan:changed').length;
  await call(app.ui, 'session:update', { id, status });
  await expect.poll(() => app.broadcasts.filter((b) => b.event === 'plan:changed').length).toBeGreaterThan(heard);
}

test('a folder chosen in Settings gets the calendar, rewritten after a move and a change of hours, until stopped', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui, { ticks: 1 });
  const folder = path.join(profileDir, 'Calendars');
  const file = path.join(folder, SYNCED_CALENDAR_FILE);
  await mkdir(folder);
  await keepCalendarIn(app, folder);
  expect(await axeViolations(ui)).toEqual([]);
  expect((await app.dumpDb())['settings']?.[0]).toMatchObject({ calendarFolder: folder });

  // The file holds next week's sessions at the times the week calendar stores, and the exam.
  const calendar = new SubscribedCalendar();
  const firstText = await readFile(file, 'utf8');
  const first = await readCalendar(file);
  expect(calendar.apply(firstText)).toEqual([]);
  await expect(ui.getByTestId('calendar-folder-written')).toContainText(`· ${first.events.length} events`);
  const nextWeek = (await call<{ sessions: Session[] }>(ui, 'week:get', { weekStart: nextWeekStart() })).sessions;
  expect(nextWeek.length).toBeGreaterThan(1);
  const starts = new Map(first.events.map((e) => [e.uid, e.start]));
  for (const s of nextWeek) expect(starts.get(sessionUid(s.id)), s.id).toBe(iso(s.startUtc));
  expect(first.events.some((e) => e.allDay && e.summary.startsWith('Exam: '))).toBe(true);

  // Move Wednesday 18:30 to Tuesday 19:00 with the keyboard on the week grid.
  const wednesday = nextWeek.find((s) => s.startUtc === berlin(2, '18:30'));
  if (!wednesday) throw new Error('no Wednesday 18:30 session next week');
  await open(ui, 'Week');
  await ui.getByRole('button', { name: 'Next week' }).click();
  await expect(ui.getByTestId('week-title')).toHaveText(weekTitle(nextWeekStart(), EN_GB));
  await ui.getByRole('button', { name: /, Wednesday 18:30–20:30, planned$/ }).focus();
  await ui.keyboard.press('ArrowLeft');
  await ui.keyboard.press('ArrowDown');
  await ui.keyboard.press('ArrowDown');
  await ui.keyboard.press('Enter');
  await expect(ui.getByRole('button', { name: /, Tuesday 19:00–21:00, planned$/ })).toBeVisible();
  await expect.poll(async () => (await readCalendar(file)).events.find((e) => e.uid === sessionUid(wednesday.id))?.start).toBe(berlin(1, '19:00'));
  // Written atomically: only the calendar is in the folder, no temporary file left behind.
  expect(await readdir(folder)).toEqual([SYNCED_CALENDAR_FILE]);
  await app.calendarFile.settled();
  expect(calendar.apply(await readFile(file, 'utf8'))).toEqual([]);
  const movedEvent = calendar.events.get(sessionUid(wednesday.id));
  expect(movedEvent).toMatchObject({ start: berlin(1, '19:00'), status: 'CONFIRMED' });
  expect(movedEvent!.sequence).toBeGreaterThan(first.events.find((e) => e.uid === movedEvent!.uid)!.sequence);

  // Fewer weekly hours: the weeks nobody opened yet get less study time, in the file too.
  const before = studyMinutes(await readCalendar(file));
  const shownBefore = new Set(calendar.shown().filter((e) => !e.allDay).map((e) => e.uid));
  await call(ui, 'profile:save', { ...SEED_PROFILE, weeklyHours: 4 });
  await expect.poll(async () => studyMinutes(await readCalendar(file))).toBeLessThan(before);
  await app.calendarFile.settled();
  const writtenAt = Date.parse(app.calendarFile.sync.status().lastWrittenAt!);
  expect(calendar.apply(await readFile(file, 'utf8'))).toEqual([]); // every change came with a higher SEQUENCE
  // The calendar now shows exactly the week calendar's sessions from the file's moment on: the
  // moved one once at its new time, nothing the re-plan dropped (those are cancelled in the file).
  const { today } = await call<{ today: string }>(ui, 'plan:get', {});
  const weekSessions: Session[] = [];
  for (const weekStart of weekStarts(today, 8) ?? []) weekSessions.push(...(await call<{ sessions: Session[] }>(ui, 'week:get', { weekStart })).sessions);
  const ahead = (start: string) => Date.parse(start) >= writtenAt;
  expect(new Map(calendar.shown().filter((e) => !e.allDay && ahead(e.start)).map((e) => [e.uid, e.start]))).toEqual(
    new Map(weekSessions.filter((s) => s.status !== 'skipped' && ahead(s.startUtc)).map((s) => [sessionUid(s.id), iso(s.startUtc)])),
  );
  expect(calendar.shown().filter((e) => e.uid === sessionUid(wednesday.id)).map((e) => e.start)).toEqual([berlin(1, '19:00')]);
  const dropped = [...shownBefore].filter((uid) => !weekSessions.some((s) => sessionUid(s.id) === uid) && ahead(calendar.events.get(uid)!.start));
  expect(dropped.length).toBeGreaterThan(0);
  for (const uid of dropped) expect(calendar.events.get(uid)?.status, uid).toBe('CANCELLED');

  // A longer session heads-up in Settings: every planned session's alarm follows.
  const settings = await call<{ reminders: Record<string, unknown> }>(ui, 'settings:get', {});
  await call(ui, 'settings:update', { reminders: { ...settings.reminders, sessionLeadMinutes: 45 } });
  await expect
    .poll(async () => new Set((await readCalendar(file)).events.filter((e) => !e.allDay && e.status === 'CONFIRMED' && ahead(e.start)).flatMap((e) => e.alarms.map((a) => a.trigger))))
    .toEqual(new Set(['-PT45M']));
  await app.calendarFile.settled();
  expect(calendar.apply(await readFile(file, 'utf8'))).toEqual([]);

  // Stop: the setting goes back to null and later changes leave the file alone.
  await open(ui, 'Settings');
  await ui.getByRole('button', { name: 'Stop keeping it up to date' }).click();
  await expect(ui.getByRole('button', { name: 'Choose a folder…' })).toBeVisible();
  await expect(ui.getByTestId('calendar-folder-path')).toHaveCount(0);
  await expect.poll(async () => (await app.dumpDb())['settings']?.[0]).toMatchObject({ calendarFolder: null });
  const kept = { text: await readFile(file, 'utf8'), mtime: (await stat(file)).mtimeMs };
  await changeSession(app, nextWeek[0]!.id, 'skipped');
  expect(app.calendarFile.pendingWrites()).toBe(0);
  await app.calendarFile.settled();
  expect({ text: await readFile(file, 'utf8'), mtime: (await stat(file)).mtimeMs }).toEqual(kept);
  await app.close();
});

test('the folder survives a relaunch, the file is written at start, and a vanished folder shows until it is back', async ({ profileDir }) => {
  const folder = path.join(profileDir, 'Synced calendar');
  const file = path.join(folder, SYNCED_CALENDAR_FILE);
  await mkdir(folder);
  const first = await launchApp({ profileDir });
  await seedLearner(first.ui, { ticks: 0, bookExam: false });
  await keepCalendarIn(first, folder);
  await first.calendarFile.settled();
  await first.close();

  // Nothing changed since: the file comes back only because a start writes it.
  await rm(file);
  const app = await launchApp({ profileDir, colorScheme: 'dark' });
  await expect.poll(() => existsSync(file)).toBe(true);
  await open(app.ui, 'Settings');
  await expect(app.ui.getByTestId('calendar-folder-path')).toHaveText(folder);
  await expect(app.ui.getByTestId('calendar-folder-written')).toContainText(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d\d:\d\d · \d+ events$/);
  expect(await axeViolations(app.ui)).toEqual([]);

  const session = (await call<{ sessions: Session[] }>(app.ui, 'week:get', { weekStart: nextWeekStart() })).sessions[0];
  if (!session) throw new Error('no session next week');
  await rm(folder, { recursive: true });
  await changeSession(app, session.id, 'skipped');
  await expect(app.ui.getByTestId('calendar-folder-error')).toHaveText(
    `The folder ${folder} is not there any more (moved, renamed or on a drive that is not connected). MLE Path tries again at the next change.`,
  );
  expect(existsSync(folder)).toBe(false); // never recreated: it may be a drive that is not connected
  expect(await axeViolations(app.ui)).toEqual([]);

  await mkdir(folder);
  await changeSession(app, session.id, 'planned');
  await expect(app.ui.getByTestId('calendar-folder-error')).toHaveCount(0);
  await expect.poll(() => existsSync(file)).toBe(true);
  expect((await readCalendar(file)).events.find((e) => e.uid === sessionUid(session.id))?.status).toBe('CONFIRMED');
  await app.close();
});

test('the page cannot set a folder (only stop), with a message naming the field; a cancelled dialog changes nothing', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await seedLearner(app.ui, { ticks: 0, bookExam: false });
  const before = await app.dumpDb();
  const refused = async (calendarFolder: unknown) => {
    const r = (await app.ui.evaluate(
      (payload) => (window as unknown as { planner: { invoke(c: string, p: unknown): Promise<unknown> } }).planner.invoke('settings:update', payload),
      { calendarFolder },
    )) as { ok: boolean; error?: { code: string; message: string } };
    expect(r.ok, JSON.stringify(calendarFolder).slice(0, 40)).toBe(false);
    expect(r.error?.code).toBe('invalid-request');
    return r.error?.message;
  };
  const dialogOnly =
    'calendarFolder: Calendar folder can only be chosen with the folder dialog (Settings → Choose a folder…); send null to stop keeping the calendar file.';
  // A folder the learner could have picked, a network share and junk: all refused alike.
  for (const folder of [profileDir, '\\\\attacker\\share', 'Calendars', 42, `/${'a'.repeat(2000)}`]) {
    expect(await refused(folder)).toBe(dialogOnly);
  }
  // …and the main-only channel is unknown to the page.
  const internal = (await app.ui.evaluate(() =>
    (window as unknown as { planner: { invoke(c: string, p: unknown): Promise<unknown> } }).planner.invoke('settings:set-calendar-folder', { folder: '/tmp' }),
  )) as { ok: boolean; error?: { code: string } };
  expect(internal).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });

  await open(app.ui, 'Settings');
  app.dialogs.folderPath = null;
  await app.ui.getByRole('button', { name: 'Choose a folder…' }).click();
  await expect(app.ui.getByRole('button', { name: 'Choose a folder…' })).toBeEnabled();
  await expect(app.ui.getByTestId('calendar-folder-path')).toHaveCount(0);
  await expect(app.ui.getByTestId('calendar-folder-request-error')).toHaveCount(0);
  expect(await app.dumpDb()).toEqual(before);
  expect(app.broadcasts.filter((b) => b.event === 'calendar:sync-changed' || b.event === 'settings:changed')).toEqual([]);
  await app.close();
});
