/**
 * The ledger on disk (electron/main/core/calendar-ledger-file.ts) in a real temporary folder: created
 * on first use, kept across instances (a restart), one publication at a time, a damaged file
 * starting again above every earlier number, and a ledger that cannot be saved failing the
 * publication instead of letting a file go out unrecorded.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LedgerSchema, newLedger, type Ledger } from '../../../../../electron/main/core/calendar-ledger';
import { CALENDAR_LEDGER_FILE, createCalendarLedgerFile } from '../../../../../electron/main/core/calendar-ledger-file';
import { ok } from '../../../../../shared/ipc/result';

let dir: string | null = null;
async function temp(): Promise<string> {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mle-ledger-'));
  return dir;
}
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

const NOW = new Date('2026-11-23T10:00:00Z');
const withEvent = (ledger: Ledger, uid: string): Ledger => ({
  ...ledger,
  events: [
    ...ledger.events,
    { uid, kind: 'session', allDay: false, start: '2026-11-24T17:00:00.000Z', end: '2026-11-24T18:00:00.000Z', title: 't', description: '', status: 'CONFIRMED', alarmMinutes: null, sequence: ledger.sequenceFloor, lastModified: NOW.toISOString() },
  ],
});

describe('calendar ledger file', () => {
  it('starts from a new ledger, saves what a publication decides, and a new instance reads it back', async () => {
    const file = path.join(await temp(), 'user-data', CALENDAR_LEDGER_FILE);
    const ledger = createCalendarLedgerFile(file, { now: () => NOW });
    const seen: Ledger[] = [];
    const r = await ledger.publish(async (current) => {
      seen.push(current);
      return ok({ ledger: withEvent(current, 'a'), value: 'written' });
    });
    expect(r).toEqual({ ok: true, value: 'written' });
    expect(seen[0]).toEqual(newLedger(NOW.getTime()));
    const onDisk = LedgerSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    expect(onDisk.events.map((e) => e.uid)).toEqual(['a']);

    const restarted = createCalendarLedgerFile(file, { now: () => new Date('2027-01-01T00:00:00Z') });
    await restarted.publish(async (current) => {
      expect(current).toEqual(onDisk);
      return ok({ ledger: current, value: null });
    });
  });

  it('runs publications one at a time, each seeing the ledger the previous one saved', async () => {
    const file = path.join(await temp(), CALENDAR_LEDGER_FILE);
    const ledger = createCalendarLedgerFile(file, { now: () => NOW });
    const order: string[] = [];
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = ledger.publish(async (current) => {
      order.push('first starts');
      await held;
      order.push('first ends');
      return ok({ ledger: withEvent(current, 'a'), value: 1 });
    });
    const second = ledger.publish(async (current) => {
      order.push(`second sees ${current.events.map((e) => e.uid).join(',')}`);
      return ok({ ledger: withEvent(current, 'b'), value: 2 });
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(['first starts']);
    release();
    expect(await Promise.all([first, second])).toEqual([ok(1), ok(2)]);
    expect(order).toEqual(['first starts', 'first ends', 'second sees a']);
  });

  it('a refused step saves nothing; a throwing one does not stop the next', async () => {
    const file = path.join(await temp(), CALENDAR_LEDGER_FILE);
    const ledger = createCalendarLedgerFile(file, { now: () => NOW });
    expect(await ledger.publish(async () => ({ ok: false, error: { code: 'not-found', message: 'nothing' } }))).toMatchObject({ ok: false });
    await expect(ledger.publish(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await ledger.publish(async (current) => ok({ ledger: current, value: 'after' }))).toEqual(ok('after'));
  });

  it('a damaged file is reported and starts again above every number it can have handed out', async () => {
    const folder = await temp();
    const file = path.join(folder, CALENDAR_LEDGER_FILE);
    await writeFile(file, '{"version":1,"sequenceFloor":');
    const logs: string[] = [];
    const later = new Date('2027-02-01T00:00:00Z');
    const ledger = createCalendarLedgerFile(file, { now: () => later, log: (m) => logs.push(m) });
    await ledger.publish(async (current) => {
      expect(current).toEqual(newLedger(later.getTime()));
      return ok({ ledger: current, value: null });
    });
    expect(logs).toEqual([`${file} is damaged and starts again; events only it knew about are no longer withdrawn from calendars.`]);
    expect(LedgerSchema.safeParse(JSON.parse(await readFile(file, 'utf8'))).success).toBe(true);
  });

  it('a ledger that cannot be saved fails the publication and keeps the previous one in use', async () => {
    const folder = await temp();
    // A folder where the file should be: reading and writing it both fail.
    const blocked = path.join(folder, 'blocked');
    await mkdir(path.join(blocked, CALENDAR_LEDGER_FILE), { recursive: true });
    const unreadable = createCalendarLedgerFile(path.join(blocked, CALENDAR_LEDGER_FILE), { now: () => NOW });
    const r = await unreadable.publish(async (current) => ok({ ledger: current, value: null }));
    expect(r).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('could not read its record of the calendar events it wrote') } });

    const file = path.join(folder, 'ok', CALENDAR_LEDGER_FILE);
    const ledger = createCalendarLedgerFile(file, { now: () => NOW });
    await ledger.publish(async (current) => ok({ ledger: withEvent(current, 'a'), value: null }));
    // The folder becomes read-only in effect: the temporary file's place is taken by a folder.
    await rm(path.dirname(file), { recursive: true });
    await writeFile(path.dirname(file), 'not a folder');
    const failed = await ledger.publish(async (current) => ok({ ledger: withEvent(current, 'b'), value: null }));
    expect(failed).toMatchObject({ ok: false, error: { message: expect.stringContaining('so it wrote no calendar file') } });
    await rm(path.dirname(file));
    await ledger.publish(async (current) => {
      expect(current.events.map((e) => e.uid)).toEqual(['a']);
      return ok({ ledger: current, value: null });
    });
  });
});
