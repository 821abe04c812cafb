/**
 * The calendar file kept in a folder (electron/main/core/calendar-sync.ts) with a fake store, fake
 * timers and a real temporary folder: bursts coalesce into one write, writes are atomic and
 * never overlap, a moved session rewrites the file, a vanished folder is an error in plain words
 * (logged once) that clears when the folder is back, and nothing is written while it is off.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeStoreCalls } from '../../../../support/main-handlers';
import { sessionUid } from '../../../../../electron/main/core/calendar-ics';
import { CALENDAR_LEDGER_FILE, createCalendarLedgerFile } from '../../../../../electron/main/core/calendar-ledger-file';
import {
  CALENDAR_SYNC_DELAY_MS,
  calendarSyncChannels,
  createCalendarSync,
  describeWriteError,
  SYNCED_CALENDAR_FILE,
  type CalendarSyncDeps,
} from '../../../../../electron/main/core/calendar-sync';
import type { CalendarSyncStatus } from '../../../../../shared/ipc/contract';
import { DEFAULT_SETTINGS } from '../../../../../electron/store/db';
import { loadBuiltIn } from '../../../shared/content/helpers';
import { fail, ok, type Result } from '../../../../../shared/ipc/result';
import { parseCalendar } from '../../../../support/ical';

/** Timers that fire only when the test says so. */
class FakeTimers {
  private readonly pending = new Map<number, { fn: () => void; ms: number }>();
  private next = 1;
  set = (fn: () => void, ms: number) => {
    const id = this.next++;
    this.pending.set(id, { fn, ms });
    return id;
  };
  clear = (handle: unknown) => {
    this.pending.delete(handle as number);
  };
  get count(): number {
    return this.pending.size;
  }
  get delays(): number[] {
    return [...this.pending.values()].map((t) => t.ms);
  }
  fire(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const t of due) t.fn();
  }
}

interface FakeSession {
  id: string;
  startUtc: string;
  status: 'planned' | 'done' | 'skipped';
}

const NOW = '2026-11-26T09:00:00.000Z';

/** The pack the store answers content:get with. */
const content = loadBuiltIn();

/** The store as the calendar reads it: plan:get, calendar:sessions, certification:list, settings:get, content:get, settings:set-calendar-folder. */
function fakeStore() {
  const state = {
    hasPlan: true,
    sessions: [
      { id: 'session.2026-11-23.1', startUtc: '2026-11-23T17:30:00.000Z', status: 'planned' },
      { id: 'session.2026-11-30.1', startUtc: '2026-11-30T17:30:00.000Z', status: 'planned' },
    ] as FakeSession[],
    /** When set, calendar:sessions waits for it: a write held in flight. */
    gate: null as Promise<void> | null,
    refuseSettings: false,
  };
  const calls: { channel: string; payload: unknown }[] = [];
  const store = {
    async request(channel: string, payload: unknown): Promise<Result<unknown>> {
      calls.push({ channel, payload });
      if (channel === 'plan:get') return ok(state.hasPlan ? { today: '2026-11-26', plan: { timeZone: 'Europe/Berlin', milestones: [], phases: [] } } : null);
      if (channel === 'settings:get') return ok(DEFAULT_SETTINGS);
      if (channel === 'content:get') return ok({ pack: content, origin: 'built-in' });
      if (channel === 'calendar:sessions') {
        if (state.gate) await state.gate;
        return ok({
          sessions: state.sessions.map((s) => ({
            id: s.id,
            weekStart: s.id.split('.')[1]!,
            startUtc: s.startUtc,
            endUtc: new Date(Date.parse(s.startUtc) + 60 * 60_000).toISOString(),
            minutes: 60,
            milestoneId: null,
            status: s.status,
            loggedMinutes: 0,
            movedFromUtc: null,
          })),
        });
      }
      if (channel === 'certification:list') return ok([]);
      if (channel === 'settings:set-calendar-folder') {
        return state.refuseSettings ? fail('invalid-request', 'calendarFolder: Calendar folder path can be at most 1,024 characters.') : ok({ ...(payload as object) });
      }
      return fail('unknown-channel', channel);
    },
  };
  return { state, calls, store, reads: () => calls.filter((c) => c.channel === 'calendar:sessions').length };
}

/** Ledger folders, main's user-data folder in the app: never the synced folder. */
const ledgerDirs: string[] = [];

function setup(over: Partial<CalendarSyncDeps> = {}) {
  const ledgerDir = mkdtempSync(path.join(os.tmpdir(), 'mle-sync-ledger-'));
  ledgerDirs.push(ledgerDir);
  const timers = new FakeTimers();
  const fake = fakeStore();
  const statuses: CalendarSyncStatus[] = [];
  const logs: string[] = [];
  let picked: string | null = null;
  const sync = createCalendarSync({
    store: fakeStoreCalls(fake.store),
    ledger: createCalendarLedgerFile(path.join(ledgerDir, CALENDAR_LEDGER_FILE), { now: () => new Date(NOW) }),
    now: () => new Date(NOW),
    timeZone: () => 'Europe/Berlin',
    timers,
    chooseFolder: async () => picked,
    onStatus: (s) => statuses.push(s),
    log: (m) => logs.push(m),
    ...over,
  });
  return {
    sync,
    timers,
    ...fake,
    statuses,
    logs,
    pick: (folder: string | null) => {
      picked = folder;
    },
    /** Lets the pending delay run out and waits for the write it starts. */
    async settle() {
      timers.fire();
      await sync.idle();
    },
  };
}

const dtstart = (text: string, id: string) => {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const event = unfolded.split('BEGIN:VEVENT').find((e) => e.includes(`UID:${sessionUid(id)}`));
  return /DTSTART:(\S+)/.exec(event ?? '')?.[1] ?? null;
};

let dir: string | null = null;
async function tempFolder(): Promise<string> {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mle-sync-'));
  return dir;
}
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
  for (const d of ledgerDirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('calendar file kept in a folder', () => {
  it('coalesces a burst of changes into one write after the quiet delay', async () => {
    const folder = await tempFolder();
    const t = setup();
    t.sync.configure(folder);
    for (let i = 0; i < 5; i++) t.sync.changed();
    expect(t.timers.count).toBe(1);
    expect(t.timers.delays).toEqual([CALENDAR_SYNC_DELAY_MS]);
    expect(t.reads()).toBe(0);
    expect(existsSync(path.join(folder, SYNCED_CALENDAR_FILE))).toBe(false);

    await t.settle();
    expect(t.reads()).toBe(1);
    const file = path.join(folder, SYNCED_CALENDAR_FILE);
    expect(t.sync.status()).toEqual({ folder, filePath: file, lastWrittenAt: NOW, events: 2, lastError: null });
    expect(t.statuses.at(-1)).toEqual(t.sync.status());
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(dtstart(text, 'session.2026-11-23.1')).toBe('20261123T173000Z');
    // The calendar reads the same sessions as the export: 4 weeks back, 8 from the plan's today.
    expect(t.calls.find((c) => c.channel === 'calendar:sessions')?.payload).toMatchObject({ fallbackTimeZone: 'Europe/Berlin', weekStarts: expect.arrayContaining(['2026-11-23']) });
  });

  it('rewrites the file atomically after a session moves, leaving no temporary file', async () => {
    const folder = await tempFolder();
    const t = setup();
    t.sync.configure(folder);
    await t.settle();
    const file = path.join(folder, SYNCED_CALENDAR_FILE);
    const before = await readFile(file, 'utf8');

    t.state.sessions[0] = { ...t.state.sessions[0]!, startUtc: '2026-11-24T18:00:00.000Z' };
    t.state.sessions[1] = { ...t.state.sessions[1]!, status: 'skipped' };
    t.sync.changed();
    await t.settle();
    const after = await readFile(file, 'utf8');
    expect(dtstart(before, 'session.2026-11-23.1')).toBe('20261123T173000Z');
    expect(dtstart(after, 'session.2026-11-23.1')).toBe('20261124T180000Z');
    expect(after).toContain('STATUS:CANCELLED');
    expect(await readdir(folder)).toEqual([SYNCED_CALENDAR_FILE]);
  });

  it('a session the plan no longer has stays in the file as cancelled with a higher SEQUENCE; no change rewrites the same text', async () => {
    const folder = await tempFolder();
    const t = setup();
    t.sync.configure(folder);
    await t.settle();
    const file = path.join(folder, SYNCED_CALENDAR_FILE);
    const beforeText = await readFile(file, 'utf8');
    const before = parseCalendar(beforeText).events;
    const removed = before.find((e) => e.uid === sessionUid('session.2026-11-30.1'))!;
    expect(removed.status).toBe('CONFIRMED');

    t.sync.changed();
    await t.settle();
    expect(await readFile(file, 'utf8')).toBe(beforeText);

    t.state.sessions = t.state.sessions.filter((s) => s.id !== 'session.2026-11-30.1');
    t.sync.changed();
    await t.settle();
    const after = parseCalendar(await readFile(file, 'utf8')).events;
    expect(after.find((e) => e.uid === removed.uid)).toMatchObject({ status: 'CANCELLED', sequence: removed.sequence + 1, start: removed.start });
    expect(after.find((e) => e.uid === sessionUid('session.2026-11-23.1'))).toEqual(before.find((e) => e.uid === sessionUid('session.2026-11-23.1')));
    // The status counts what a calendar shows, not the withdrawn event.
    expect(t.sync.status().events).toBe(1);
  });

  it('never overlaps writes: a change during a write queues exactly one more', async () => {
    const folder = await tempFolder();
    const t = setup();
    let release = () => undefined as void;
    t.state.gate = new Promise<void>((resolve) => (release = resolve));
    t.sync.configure(folder);
    t.timers.fire(); // first write starts and waits inside the store read
    await vi.waitFor(() => expect(t.reads()).toBe(1));
    const first = t.sync.idle();
    t.sync.changed();
    t.timers.fire(); // its delay runs out while the first write is still in flight
    t.sync.changed();
    t.timers.fire();
    expect(t.reads()).toBe(1);
    t.state.gate = null;
    release();
    await first;
    await t.sync.idle();
    expect(t.reads()).toBe(2);
    expect(await readdir(folder)).toEqual([SYNCED_CALENDAR_FILE]);
  });

  it('records a vanished folder in plain words, logs it once, creates nothing, and recovers when it is back', async () => {
    const folder = await tempFolder();
    const t = setup();
    t.sync.configure(folder);
    await t.settle();
    const written = t.sync.status().lastWrittenAt;

    await rm(folder, { recursive: true });
    t.sync.changed();
    await t.settle();
    t.sync.changed();
    await t.settle();
    const error = t.sync.status().lastError;
    expect(error).toBe(`The folder ${folder} is not there any more (moved, renamed or on a drive that is not connected). MLE Path tries again at the next change.`);
    expect(t.sync.status()).toMatchObject({ folder, lastWrittenAt: written });
    expect(existsSync(folder)).toBe(false);
    expect(t.logs).toEqual([error]);

    await mkdir(folder);
    t.sync.changed();
    await t.settle();
    expect(t.sync.status()).toMatchObject({ lastError: null, lastWrittenAt: NOW, events: 2 });
    expect(await readdir(folder)).toEqual([SYNCED_CALENDAR_FILE]);
    expect(t.logs).toEqual([error, `writing to ${folder} works again.`]);
  });

  it('writes nothing while off, and stopping before the delay runs out cancels the write', async () => {
    const folder = await tempFolder();
    const t = setup();
    t.sync.changed();
    expect(t.timers.count).toBe(0);
    expect(t.sync.status()).toEqual({ folder: null, filePath: null, lastWrittenAt: null, events: null, lastError: null });

    t.sync.configure(folder);
    t.sync.changed();
    t.sync.configure(null);
    expect(t.timers.count).toBe(0);
    await t.settle();
    expect(t.reads()).toBe(0);
    expect(await readdir(folder)).toEqual([]);
    expect(t.statuses.at(-1)).toEqual({ folder: null, filePath: null, lastWrittenAt: null, events: null, lastError: null });
  });

  it('a write under way when the learner stops writes nothing and does not bring the old status back', async () => {
    const folder = await tempFolder();
    const t = setup();
    let release = () => undefined as void;
    t.state.gate = new Promise<void>((resolve) => (release = resolve));
    t.sync.configure(folder);
    t.timers.fire();
    await vi.waitFor(() => expect(t.reads()).toBe(1));
    t.sync.configure(null);
    release();
    await t.sync.idle();
    expect(t.sync.status().folder).toBeNull();
    expect(t.statuses.at(-1)?.folder).toBeNull();
    // It was still reading the store when they stopped: nothing reaches the folder.
    expect(await readdir(folder)).toEqual([]);
  });

  it('without a plan, or for a folder that is no path here, says why; with nothing left writes an empty calendar', async () => {
    const folder = await tempFolder();
    const t = setup();
    t.state.hasPlan = false;
    t.sync.configure(folder);
    await t.settle();
    expect(t.sync.status().lastError).toBe('The calendar could not be built: Save your profile first: the calendar is built from your plan.');

    t.state.hasPlan = true;
    t.state.sessions = [];
    t.sync.changed();
    await t.settle();
    expect(t.sync.status()).toMatchObject({ lastError: null, events: 0 });
    expect(await readFile(path.join(folder, SYNCED_CALENDAR_FILE), 'utf8')).not.toContain('BEGIN:VEVENT');

    const elsewhere = setup();
    elsewhere.sync.configure('C:\\Users\\ada\\Calendars');
    await elsewhere.settle();
    expect(elsewhere.sync.status().lastError).toBe('C:\\Users\\ada\\Calendars is not a folder on this computer. Choose a folder here.');
    expect(elsewhere.reads()).toBe(0);
  });

  it('choosing a folder stores it in settings and writes there; cancelling changes nothing', async () => {
    const folder = await tempFolder();
    const t = setup();
    const channels = calendarSyncChannels(t.sync);
    t.pick(null);
    expect(await channels['calendar:choose-folder']()).toEqual({ ok: true, value: null });
    expect(t.calls.filter((c) => c.channel === 'settings:set-calendar-folder')).toEqual([]);

    t.pick(folder);
    const chosen = await channels['calendar:choose-folder']();
    expect(chosen).toEqual({ ok: true, value: { folder, filePath: path.join(folder, SYNCED_CALENDAR_FILE), lastWrittenAt: null, events: null, lastError: null } });
    expect(t.calls.filter((c) => c.channel === 'settings:set-calendar-folder').map((c) => c.payload)).toEqual([{ folder }]);
    await t.settle();
    expect(await channels['calendar:sync-status']()).toMatchObject({ ok: true, value: { lastWrittenAt: NOW, lastError: null } });

    // The store refuses the path: the refusal comes back and the sync stays where it was.
    t.state.refuseSettings = true;
    t.pick(path.join(folder, 'other'));
    expect(await channels['calendar:choose-folder']()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(t.sync.status().folder).toBe(folder);
  });

  it('a network folder from the dialog is refused with the reason; nothing is stored or written', async () => {
    const folder = await tempFolder();
    const t = setup();
    t.sync.configure(folder);
    const channels = calendarSyncChannels(t.sync);
    for (const network of ['\\\\nas\\share\\cal', '//nas/share/cal']) {
      t.pick(network);
      expect(await channels['calendar:choose-folder'](), network).toMatchObject({
        ok: false,
        error: { code: 'invalid-request', message: expect.stringContaining('network and device paths') },
      });
    }
    expect(t.calls.filter((c) => c.channel === 'settings:set-calendar-folder')).toEqual([]);
    expect(t.sync.status().folder).toBe(folder);
  });

  it('a network folder stored by an older build is never written to, and says why', async () => {
    const t = setup();
    t.sync.configure('\\\\nas\\share\\cal');
    t.timers.fire();
    await t.settle();
    expect(t.sync.status().lastError).toMatch(/^Calendar folder must be a folder on this computer: network and device paths .* Choose a folder here\.$/);
    expect(t.reads()).toBe(0);
  });

  it('stop() ends it: no write after a change', async () => {
    const folder = await tempFolder();
    const t = setup();
    t.sync.configure(folder);
    await t.sync.stop();
    t.sync.changed();
    await t.settle();
    expect(t.reads()).toBe(0);
  });
});

describe('describeWriteError', () => {
  it('says what happened in the learner\'s words', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(describeWriteError(err('EACCES'), '/x')).toBe('MLE Path is not allowed to save files in /x. Choose a folder you can save files in.');
    expect(describeWriteError(err('EROFS'), '/x')).toBe('/x is on a read-only drive. Choose another folder.');
    expect(describeWriteError(err('ENOSPC'), '/x')).toBe('The drive holding /x is full. MLE Path tries again at the next change.');
    expect(describeWriteError(err('EIO'), '/x')).toBe('The calendar file could not be saved in /x (EIO). MLE Path tries again at the next change.');
    expect(describeWriteError('weird', '/x')).toContain('(weird)');
  });
});
