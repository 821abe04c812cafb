/**
 * The focus timer as main runs it: built by the composition root (app-services.ts, the call
 * index.ts makes), over the real store service on fake-indexeddb connected the way the store
 * host is (its message handler and write journal), with a clock the test moves. A notice once
 * across checks and a restart, quiet hours, a stop that logs into the session (and the event the
 * window and the tray follow), a stop whose reply was lost written once, and a damaged file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../../../electron/main/core/app-services';
import { FOCUS_TIMER_FILE } from '../../../../../electron/main/core/focus-timer-service';
import { openPlannerDb, type PlannerDb } from '../../../../../electron/store/db';
import { createInternalService } from '../../../../../electron/store/internal-service';
import { handleStoreMessage } from '../../../../../electron/store/port-server';
import { createPlannerService } from '../../../../../electron/store/service';
import { createWriteJournal } from '../../../../../electron/store/write-journal';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../../shared/domain/reminder-settings';
import type { StudySession } from '../../../../../shared/domain/records';
import type { TimerView, WeekView } from '../../../../../shared/ipc/contract';
import { createDisplayFormat } from '../../../../../shared/locale/display-format';
import { FakeClock } from '../../../../e2e/harness/reminders';
import { NOW, pack, PROFILE } from './fuzz/app';

const MIN = 60_000;
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The store host's side, in this process: the real service, internal service and write journal over one database. */
function storeHost() {
  const db: PlannerDb = openPlannerDb(new IDBFactory(), IDBKeyRange);
  const now = () => new Date(NOW);
  let services: AppServices | null = null;
  const handlers = createPlannerService({ db, pack, now, emit: (event, payload) => services?.store.receive({ kind: 'event', event, payload }) });
  const internal = createInternalService({ db });
  const journal = createWriteJournal(db, now);
  /** While set, the store applies a message but its reply is lost on the way back. */
  const lose = { replies: new Set<string>() };
  function connect(app: AppServices) {
    services = app;
    const toMain = { postMessage: (m: unknown) => app.store.receive(m) };
    app.store.attach({
      postMessage(message) {
        const channel = (message as { channel: string }).channel;
        const port = lose.replies.has(channel) ? { postMessage: () => undefined } : toMain;
        void handleStoreMessage(handlers, port, message, internal, undefined, journal);
      },
      close: () => undefined,
    });
    app.store.receive({ kind: 'ready' });
  }
  return { db, connect, lose };
}

function launch(dir: string, host: ReturnType<typeof storeHost>, clock: FakeClock) {
  const sent: { event: string; payload: unknown }[] = [];
  const notices: { title: string; body: string; target: unknown }[] = [];
  const logs: string[] = [];
  const timers = { set: () => 0, clear: () => undefined, setInterval: () => 0, clearInterval: () => undefined };
  const services = createAppServices({
    platform: 'linux',
    appVersion: '0.0.0-test',
    userDataDir: dir,
    now: () => new Date(NOW),
    timers,
    reminderClock: { now: () => Date.parse(NOW), setInterval: () => 0, clearInterval: () => undefined },
    trayTimeZone: () => 'UTC',
    storeTimeoutMs: 2_000,
    sendToUi: (event, payload) => sent.push({ event, payload }),
    dialogs: { chooseBackupSavePath: async () => null, chooseBackupOpenPath: async () => null, chooseContentPackPath: async () => null, chooseCalendarSavePath: async () => null, chooseCalendarFolder: async () => null, choosePdfSavePath: async () => null },
    notifier: { show: () => undefined, showSample: () => undefined, showNotice: (title, body, target) => notices.push({ title, body, target }) },
    timerClock: clock,
    quit: () => undefined,
    systemLocales: () => ['en-GB'],
    displayFormat: () => createDisplayFormat(['en-GB']),
    pdf: { locale: () => 'en-GB', renderPdf: async () => new Uint8Array() },
    log: { reminders: () => undefined, calendar: () => undefined, ledger: () => undefined, backups: () => undefined, timer: (m) => logs.push(m) },
  });
  host.connect(services);
  return { services, sent, notices, logs };
}

async function invoke<T>(services: AppServices, channel: 'timer:get' | 'timer:start' | 'timer:pause' | 'timer:resume' | 'timer:stop', request: object): Promise<T> {
  const handler = services.handlers[channel] as (r: object) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>;
  const r = await handler(request);
  if (!r.ok) throw new Error(`${channel}: ${r.error?.message}`);
  return r.value as T;
}

/** A learner with a plan, and the first session of the plan's first week. */
async function withLearner() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mle-focus-timer-'));
  dirs.push(dir);
  const host = storeHost();
  const clock = new FakeClock(Date.parse('2026-11-30T17:30:00Z'));
  const app = launch(dir, host, clock);
  const saved = await app.services.store.call('profile:save', PROFILE);
  if (!saved.ok) throw new Error(saved.error.message);
  const week = await app.services.store.call('week:get', { weekStart: '2026-11-30' });
  if (!week.ok) throw new Error(week.error.message);
  const session = week.value.sessions[0] as StudySession;
  return { dir, host, clock, app, session };
}

describe('focus timer service, through the composition root', () => {
  it('shows the notice once across checks and a restart; the restarted timer counts on', async () => {
    const { dir, host, clock, app, session } = await withLearner();
    await invoke(app.services, 'timer:start', { sessionId: session.id, weekStart: session.weekStart });
    clock.t += (session.minutes - 1) * MIN;
    await app.services.focusTimer.check();
    expect(app.notices).toEqual([]);
    clock.t += 1 * MIN;
    await app.services.focusTimer.check();
    await app.services.focusTimer.check();
    clock.t += 10 * MIN;
    await app.services.focusTimer.check();
    expect(app.notices).toHaveLength(1);
    expect(app.notices[0]).toMatchObject({ title: 'Planned study time reached', target: { screen: 'today' } });
    // Every check tells the window where the timer is.
    const last = app.sent.filter((s) => s.event === 'timer:changed').at(-1)?.payload as TimerView;
    expect(last).toMatchObject({ state: 'running', plannedReached: true, elapsedMs: (session.minutes + 10) * MIN });
    await app.services.stop();

    // Main starts again on the same user-data folder, 5 minutes later.
    clock.t += 5 * MIN;
    const again = launch(dir, host, clock);
    again.services.start();
    const view = await invoke<TimerView>(again.services, 'timer:get', {});
    expect(view).toMatchObject({ state: 'running', elapsedMs: (session.minutes + 15) * MIN, session: { id: session.id, plannedMinutes: session.minutes } });
    await again.services.focusTimer.check();
    expect(again.notices).toEqual([]);
    await again.services.stop();
  });

  it('keeps the notice quiet in quiet hours (handled, not shown later)', async () => {
    const { clock, app, session } = await withLearner();
    // 18:30 in Berlin is inside 18:00–23:00.
    const quiet = await app.services.store.call('settings:update', { reminders: { ...DEFAULT_REMINDER_SETTINGS, quietHours: { start: '18:00', end: '23:00' } } });
    expect(quiet.ok).toBe(true);
    await invoke(app.services, 'timer:start', { sessionId: session.id, weekStart: session.weekStart });
    clock.t += session.minutes * MIN;
    await app.services.focusTimer.check();
    clock.t += 12 * 60 * MIN;
    await app.services.focusTimer.check();
    expect(app.notices).toEqual([]);
    expect((await invoke<TimerView>(app.services, 'timer:get', {})).plannedReached).toBe(true);
    await app.services.stop();
  });

  it('a stop logs the minutes into the session (done) and the week, and the window hears plan:changed', async () => {
    const { clock, app, session, host } = await withLearner();
    await invoke(app.services, 'timer:start', { sessionId: session.id, weekStart: session.weekStart });
    clock.t += 20 * MIN;
    await invoke(app.services, 'timer:pause', {});
    clock.t += 30 * MIN;
    await invoke(app.services, 'timer:resume', {});
    clock.t += 17 * MIN;
    const stopped = await invoke<{ timer: TimerView; logged: unknown }>(app.services, 'timer:stop', {});
    expect(stopped).toMatchObject({ timer: { state: 'idle', session: null }, logged: { sessionId: session.id, timerMinutes: 37, loggedMinutes: 37 } });
    const week = (await app.services.store.call('week:get', { weekStart: '2026-11-30' })) as { ok: true; value: WeekView };
    expect(week.value.sessions.find((s) => s.id === session.id)).toMatchObject({ status: 'done', loggedMinutes: 37 });
    expect(week.value.loggedMinutes).toBe(37);
    expect(app.sent.map((s) => s.event)).toContain('plan:changed');
    // Starting on another session while none runs works; on a skipped one it is refused.
    const other = week.value.sessions[1] as StudySession;
    await app.services.store.call('session:update', { id: other.id, status: 'skipped' });
    await expect(invoke(app.services, 'timer:start', { sessionId: other.id, weekStart: other.weekStart })).rejects.toThrow('That session was skipped');
    await expect(invoke(app.services, 'timer:start', { sessionId: 'no-such-session', weekStart: '2026-11-30' })).rejects.toThrow('no longer in your plan');
    expect(await host.db.sessions.get(other.id)).toMatchObject({ status: 'skipped', loggedMinutes: 0 });
    await app.services.stop();
  });

  it('a second session cannot start while one runs; a stop under a minute logs nothing', async () => {
    const { clock, app, session } = await withLearner();
    const week = (await app.services.store.call('week:get', { weekStart: '2026-11-30' })) as { ok: true; value: WeekView };
    const other = week.value.sessions[1] as StudySession;
    await invoke(app.services, 'timer:start', { sessionId: session.id, weekStart: session.weekStart });
    // The same session again is the same timer.
    expect((await invoke<TimerView>(app.services, 'timer:start', { sessionId: session.id, weekStart: session.weekStart })).session?.id).toBe(session.id);
    await expect(invoke(app.services, 'timer:start', { sessionId: other.id, weekStart: other.weekStart })).rejects.toThrow('already running');
    clock.t += 20_000;
    expect(await invoke(app.services, 'timer:stop', {})).toMatchObject({ logged: null });
    const after = (await app.services.store.call('week:get', { weekStart: '2026-11-30' })) as { ok: true; value: WeekView };
    expect(after.value.sessions.find((s) => s.id === session.id)).toMatchObject({ status: 'planned', loggedMinutes: 0 });
    await app.services.stop();
  });

  it('a stop whose reply is lost is kept, sent again with the same write id, and applied once', async () => {
    const { dir, clock, app, session, host } = await withLearner();
    await invoke(app.services, 'timer:start', { sessionId: session.id, weekStart: session.weekStart });
    clock.t += 42 * MIN;
    host.lose.replies.add('session:update');
    await expect(invoke(app.services, 'timer:stop', {})).rejects.toThrow('they are kept and logged as soon as the data store answers');
    expect(app.logs).toEqual([expect.stringContaining('the stop’s 42 minutes wait for the data store')]);
    const saved = JSON.parse(readFileSync(path.join(dir, FOCUS_TIMER_FILE), 'utf8')) as { timer: unknown; pendingLog: { writeId: string; loggedMinutes: number } };
    expect(saved.timer).toBeNull();
    expect(saved.pendingLog.loggedMinutes).toBe(42);
    expect((await invoke<TimerView>(app.services, 'timer:get', {})).unsavedLog).toMatchObject({ sessionId: session.id, loggedMinutes: 42 });
    // The write itself went through (only its reply was lost); the retry must not apply it again.
    host.lose.replies.clear();
    await app.services.focusTimer.check();
    await app.services.focusTimer.check();
    const journal = (await host.db.writeLog.toArray()).filter((row) => row.writeId === saved.pendingLog.writeId);
    expect(journal).toHaveLength(1);
    expect(await host.db.sessions.get(session.id)).toMatchObject({ status: 'done', loggedMinutes: 42 });
    expect((await invoke<TimerView>(app.services, 'timer:get', {})).unsavedLog).toBeNull();
    await app.services.stop();
  });

  it('a damaged timer file starts without a timer and says so', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mle-focus-timer-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, FOCUS_TIMER_FILE), '{"version":1,"timer":{"sessionId":');
    const app = launch(dir, storeHost(), new FakeClock(Date.parse(NOW)));
    expect(await invoke<TimerView>(app.services, 'timer:get', {})).toMatchObject({ state: 'idle', session: null, unsavedLog: null });
    expect(app.logs).toEqual([`${path.join(dir, FOCUS_TIMER_FILE)} is damaged (it is not JSON); starting without a timer.`]);
    await expect(invoke(app.services, 'timer:pause', {})).rejects.toThrow('No focus timer is running.');
    await app.services.stop();
  });
});
