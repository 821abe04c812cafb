/**
 * Dump and restore against a real Dexie database (fake-indexeddb): a dump restored into a fresh
 * database dumps back equal, a restore fully replaces what was there, and a restore that fails
 * part-way leaves every table exactly as it was.
 */
import { IDBDatabase as FakeIDBDatabase, IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { dumpAll, replaceAll } from '../../../../electron/store/backup-store';
import { DEFAULT_SETTINGS, openPlannerDb, SINGLETON_KEY, TABLES } from '../../../../electron/store/db';
import { createInternalService, SCHEDULER_STATE_KEY } from '../../../../electron/store/internal-service';
import { createWriteJournal } from '../../../../electron/store/write-journal';
import { BACKUP_TABLES, restoredData, validateBackupData, type BackupData } from '../../../../shared/backup/format';
import { otherData, sampleData } from '../../shared/backup/fixtures';

function freshDb() {
  return openPlannerDb(new IDBFactory(), IDBKeyRange);
}

/** Writes `data` with plain puts, in scrambled order, to show dumpAll sorts by key itself. */
async function seed(db: ReturnType<typeof freshDb>, data = sampleData()) {
  await db.transaction('rw', db.tables, async () => {
    if (data.profile) await db.profile.put(data.profile);
    if (data.plan) await db.plan.put(data.plan);
    await db.settings.put(data.settings);
    for (const name of ['milestoneProgress', 'sessions', 'certifications', 'quizAttempts', 'spending', 'reminderLog', 'checklistTicks', 'reviewCards', 'reviewLogs'] as const) {
      await db.table(name).bulkPut([...(data[name] as unknown[])].reverse());
    }
  });
}

describe('dumpAll', () => {
  it('a new database dumps as empty tables with default settings, and that dump is a valid backup', async () => {
    const db = freshDb();
    const data = await dumpAll(db);
    expect(data).toEqual({
      profile: null,
      plan: null,
      milestoneProgress: [],
      sessions: [],
      certifications: [],
      quizAttempts: [],
      spending: [],
      settings: { key: SINGLETON_KEY, ...DEFAULT_SETTINGS },
      reminderLog: [],
      checklistTicks: [],
      reviewCards: [],
      reviewLogs: [],
    });
    expect(validateBackupData(data).ok).toBe(true);
  });

  it('returns every table in the fixed order, rows sorted by primary key', async () => {
    const db = freshDb();
    await seed(db);
    const data = await dumpAll(db);
    expect(Object.keys(data)).toEqual([...TABLES]);
    expect(data).toEqual(sampleData());
  });

  it('falls back to default settings if the settings row is gone', async () => {
    const db = freshDb();
    await db.open();
    await db.settings.clear();
    expect((await dumpAll(db)).settings).toEqual({ key: SINGLETON_KEY, ...DEFAULT_SETTINGS });
  });
});

/** Settings as the store answers them: a row from before the calendar folder answers null. */
const asStored = (data: BackupData): BackupData => ({ ...data, settings: { calendarFolder: null, ...data.settings } });

describe('replaceAll', () => {
  it("dumpAll → replaceAll into a fresh database → dumpAll gives the same learner data, this computer's own kept", async () => {
    const source = freshDb();
    await seed(source);
    const dump = await dumpAll(source);
    const target = freshDb();
    const targetBefore = await dumpAll(target);
    const result = await replaceAll(target, dump);
    expect(result).toEqual({
      ok: true,
      value: { rows: { profile: 1, plan: 1, milestoneProgress: 3, sessions: 5, certifications: 2, quizAttempts: 1, spending: 2, settings: 1, reminderLog: 0, checklistTicks: 2, reviewCards: 2, reviewLogs: 3 } },
    });
    const after = await dumpAll(target);
    expect(after).toEqual(restoredData(targetBefore, dump));
    expect(after).toEqual({ ...dump, settings: { ...dump.settings, trayHintShown: false, calendarFolder: null }, reminderLog: [] });
  });

  it("keeps this computer's calendar folder, login item, tray hint, reminder history and last check", async () => {
    const db = freshDb();
    await seed(db, otherData());
    const internal = createInternalService({ db });
    expect((await internal['settings:set-calendar-folder']({ folder: '/home/ada/Calendars' })).ok).toBe(true);
    await db.settings.update(SINGLETON_KEY, { launchAtLogin: true, trayHintShown: false });
    await internal['reminders:mark-delivered']({ checkUtc: '2026-11-22T17:00:00.000Z', deliveries: [{ reminderId: 'digest.2026-11-22', kind: 'digest' }] });
    const log = await db.reminderLog.toArray();

    // An older backup from another computer, naming a network folder and another login choice.
    const backup = sampleData();
    backup.settings = { ...backup.settings, calendarFolder: '\\\\nas\\share', launchAtLogin: false, trayHintShown: true, theme: 'light' };
    expect((await replaceAll(db, backup)).ok).toBe(true);
    expect(await db.settings.get(SINGLETON_KEY)).toMatchObject({ calendarFolder: '/home/ada/Calendars', launchAtLogin: true, trayHintShown: false, theme: 'light' });
    expect(await db.reminderLog.toArray()).toEqual(log);
    expect(await db.table('settings').get(SCHEDULER_STATE_KEY)).toEqual({ key: SCHEDULER_STATE_KEY, lastCheckUtc: '2026-11-22T17:00:00.000Z' });
    expect((await dumpAll(db)).sessions).toEqual(backup.sessions);
  });

  it('fully replaces different data: rows not in the backup are gone, singletons replaced or removed', async () => {
    const db = freshDb();
    await seed(db, otherData());
    expect((await replaceAll(db, sampleData())).ok).toBe(true);
    expect(await dumpAll(db)).toEqual(restoredData(asStored(otherData()), sampleData()));
    expect(await db.spending.get('sp-9')).toBeUndefined();
    expect(await db.checklistTicks.get('project.other.one')).toBeUndefined();

    // …and the other way round: a backup without a plan removes the plan.
    expect((await replaceAll(db, otherData())).ok).toBe(true);
    expect(await dumpAll(db)).toEqual(restoredData(asStored(otherData()), otherData()));
    expect(await db.plan.count()).toBe(0);
  });

  it('refuses invalid data before touching anything', async () => {
    const db = freshDb();
    await seed(db);
    const bad = sampleData();
    bad.sessions.push(structuredClone(bad.sessions[0]!));
    const result = await replaceAll(db, bad);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('data.sessions[5].id: Duplicate session id') } });
    expect(await replaceAll(db, { nope: true })).toMatchObject({ ok: false, error: { message: expect.stringContaining('missing') } });
    expect(await dumpAll(db)).toEqual(sampleData());
  });

  it('a write failing part-way (after earlier tables were cleared and refilled) changes nothing', async () => {
    const db = freshDb();
    await seed(db, otherData());
    const before = await dumpAll(db);
    // The spending table comes after profile, plan, progress, sessions, certifications and quiz
    // attempts have been rewritten; a throwing hook makes its write fail like a real error.
    const failing = (): void => {
      throw new Error('disk full (simulated)');
    };
    db.spending.hook('creating', failing);
    await expect(replaceAll(db, sampleData())).rejects.toThrow();
    db.spending.hook('creating').unsubscribe(failing);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('a failure on the very last table also rolls everything back', async () => {
    const db = freshDb();
    await seed(db, otherData());
    const before = await dumpAll(db);
    const last = TABLES[TABLES.length - 1]!;
    const table = db.table(last);
    const spy = vi.spyOn(table, 'bulkAdd').mockRejectedValueOnce(new Error('quota exceeded (simulated)'));
    await expect(replaceAll(db, sampleData())).rejects.toThrow('quota exceeded');
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(await dumpAll(db)).toEqual(before);
    // The database is still usable afterwards.
    expect((await replaceAll(db, sampleData())).ok).toBe(true);
    expect(await dumpAll(db)).toEqual(restoredData(asStored(before), sampleData()));
  });

  it('the database refusing a row (a ConstraintError, as bulkAdd gives for a repeated key) rolls back too', async () => {
    const db = freshDb();
    await seed(db, otherData());
    const before = await dumpAll(db);
    // Simulate the database refusing a row (as a repeated primary key would, since bulkAdd
    // never overwrites) by making the sessions table's add fail with a ConstraintError.
    const spy = vi.spyOn(db.table('sessions'), 'bulkAdd').mockImplementationOnce(() => {
      throw Object.assign(new Error('Key already exists in the object store.'), { name: 'ConstraintError' });
    });
    await expect(replaceAll(db, sampleData())).rejects.toThrow('Key already exists');
    spy.mockRestore();
    expect(await dumpAll(db)).toEqual(before);
  });
});

describe('table lists', () => {
  it('the backup format and the database list the same tables in the same order', () => {
    expect([...BACKUP_TABLES]).toEqual([...TABLES]);
  });
});

describe('durability', () => {
  it('a restore, a journaled write and every other transaction ask IndexedDB for strict durability', async () => {
    // Record what Dexie passes to the native transaction(); Dexie binds it when it opens.
    const original = FakeIDBDatabase.prototype.transaction;
    const asked: (string | undefined)[] = [];
    FakeIDBDatabase.prototype.transaction = function (this: InstanceType<typeof FakeIDBDatabase>, names: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
      if (mode === 'readwrite') asked.push(options?.durability);
      return original.call(this, names, mode, options);
    } as typeof original;
    onTestFinished(() => {
      FakeIDBDatabase.prototype.transaction = original;
    });
    const db = freshDb();
    await db.open();
    await replaceAll(db, sampleData());
    await createWriteJournal(db, () => new Date('2026-11-23T09:30:00Z')).once(
      '3f2b8c1e-9d4a-4b7e-8a11-0c5d6e7f8a9b',
      'checklist:set',
      async () => ({ ok: true, value: [] }),
      async () => ({ ok: true, value: null }),
    );
    expect(asked.length).toBeGreaterThanOrEqual(2);
    expect(new Set(asked)).toEqual(new Set(['strict']));
    db.close();
  });
});
