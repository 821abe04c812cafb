/**
 * One fixture test per schema version: build a database exactly as the older version did,
 * put data in it, open it with the current code, and check that the data survived and the
 * upgrade added what it should — and that running the upgrader twice changes nothing.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { dumpAll } from '../../../../electron/store/backup-store';
import { DB_NAME, DB_VERSION, DEFAULT_SETTINGS, openPlannerDb, SINGLETON_KEY, TABLES, upgradeToV2, upgradeToV5, upgradeToV7 } from '../../../../electron/store/db';
import { validateBackupData } from '../../../../shared/backup/format';
import { createPlannerService } from '../../../../electron/store/service';
import { loadBuiltIn } from '../../shared/content/helpers';

const savedProfile = {
  key: 'me',
  profile: { background: 'data-analyst', weeklyHours: 6, budgetUsd: 450, startDate: '2026-12-14' },
  savedAt: '2026-11-20T08:00:00.000Z',
};

/** The v2 schema as it shipped: fixtures of later versions build on it. */
const V2_STORES = {
  plan: 'key',
  milestoneProgress: 'milestoneId',
  sessions: 'id, weekStart, status',
  certifications: 'certId, status',
  quizAttempts: 'id, takenAt',
  spending: 'id, date',
  settings: 'key',
  reminderLog: 'reminderId, deliveredAt',
};

describe('database versions', () => {
  it('v1 → current keeps the profile and adds the new tables with default settings', async () => {
    const idb = new IDBFactory();
    const v1 = new Dexie(DB_NAME, { indexedDB: idb, IDBKeyRange });
    v1.version(1).stores({ profile: 'key' });
    await v1.table('profile').put(savedProfile);
    v1.close();

    const db = openPlannerDb(idb, IDBKeyRange);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.profile.toArray()).toEqual([savedProfile]);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLES, 'writeLog', 'contentPack'].sort());
    expect(await db.writeLog.count()).toBe(0);
    expect(await db.checklistTicks.count()).toBe(0);
    expect(await db.settings.get(SINGLETON_KEY)).toEqual({ key: SINGLETON_KEY, ...DEFAULT_SETTINGS });

    // Idempotent: a second run leaves existing settings alone.
    await db.settings.update(SINGLETON_KEY, { theme: 'dark' });
    await db.transaction('rw', db.settings, (tx) => upgradeToV2(tx));
    expect((await db.settings.get(SINGLETON_KEY))?.theme).toBe('dark');
    db.close();
  });

  it('v2 → v3 keeps every v2 table and adds checklist ticks', async () => {
    const idb = new IDBFactory();
    const v2 = new Dexie(DB_NAME, { indexedDB: idb, IDBKeyRange });
    v2.version(1).stores({ profile: 'key' });
    v2.version(2).stores(V2_STORES);
    const tick = { milestoneId: 'phase.foundations.python-core', done: true, doneAt: '2026-11-20T08:00:00.000Z', note: 'ok', links: [], updatedAt: '2026-11-20T08:00:00.000Z' };
    const settings = { key: SINGLETON_KEY, ...DEFAULT_SETTINGS, theme: 'dark' as const };
    await v2.table('profile').put(savedProfile);
    await v2.table('milestoneProgress').put(tick);
    await v2.table('settings').put(settings);
    v2.close();

    const db = openPlannerDb(idb, IDBKeyRange);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.milestoneProgress.toArray()).toEqual([tick]);
    expect(await db.settings.toArray()).toEqual([settings]);
    expect(await db.profile.toArray()).toEqual([savedProfile]);
    expect(await db.checklistTicks.count()).toBe(0);
    db.close();
  });

  it('v3 → v4 keeps every session and indexes them by status and end', async () => {
    const idb = new IDBFactory();
    const v3 = new Dexie(DB_NAME, { indexedDB: idb, IDBKeyRange });
    v3.version(1).stores({ profile: 'key' });
    v3.version(2).stores(V2_STORES);
    v3.version(3).stores({ checklistTicks: 'itemId' });
    const session = (id: string, status: 'planned' | 'done', endUtc: string) => ({
      id, weekStart: '2026-11-16', startUtc: endUtc.replace('T19', 'T18'), endUtc, minutes: 60, milestoneId: null, status, loggedMinutes: status === 'done' ? 60 : 0, movedFromUtc: null,
    });
    const sessions = [session('a', 'planned', '2026-11-16T19:00:00.000Z'), session('b', 'done', '2026-11-17T19:00:00.000Z'), session('c', 'planned', '2026-11-18T19:00:00.000Z')];
    await v3.table('sessions').bulkPut(sessions);
    await v3.table('checklistTicks').put({ itemId: 'project.churn.readme', checkedAt: '2026-11-20T08:00:00.000Z' });
    v3.close();

    const db = openPlannerDb(idb, IDBKeyRange);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.sessions.orderBy('id').toArray()).toEqual(sessions);
    expect(await db.checklistTicks.count()).toBe(1);
    const planned = await db.sessions.where('[status+endUtc]').between(['planned', Dexie.minKey], ['planned', Dexie.maxKey]).reverse().primaryKeys();
    expect(planned).toEqual(['c', 'a']);
    db.close();
  });

  it('v4 → v5 drops a plan stored without a schedule, keeps everything else, and the next read rebuilds it', async () => {
    const idb = new IDBFactory();
    const v4 = new Dexie(DB_NAME, { indexedDB: idb, IDBKeyRange });
    v4.version(1).stores({ profile: 'key' });
    v4.version(2).stores(V2_STORES);
    v4.version(3).stores({ checklistTicks: 'itemId' });
    v4.version(4).stores({ sessions: 'id, weekStart, status, [status+endUtc]' });
    // The shape an older planner stored: dated milestones, no weeks and no baseline.
    const oldPlan = { key: 'me', plan: { packVersion: '1.0.0', startDate: '2026-12-14', milestones: [], phases: [] }, savedAt: '2026-11-20T08:00:00.000Z' };
    const tick = { milestoneId: 'phase.foundations.python-core', done: true, doneAt: '2026-11-20T08:00:00.000Z', note: 'kept', links: [], updatedAt: '2026-11-20T08:00:00.000Z' };
    await v4.table('profile').put(savedProfile);
    await v4.table('plan').put(oldPlan);
    await v4.table('milestoneProgress').put(tick);
    v4.close();

    const db = openPlannerDb(idb, IDBKeyRange);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.plan.count()).toBe(0);
    expect(await db.profile.toArray()).toEqual([savedProfile]);
    expect(await db.milestoneProgress.toArray()).toEqual([tick]);
    // Idempotent: a plan with a schedule is left alone.
    await db.transaction('rw', db.plan, (tx) => upgradeToV5(tx));
    const service = createPlannerService({ db, pack: loadBuiltIn(), now: () => new Date('2026-11-23T09:30:00Z'), emit: () => undefined });
    const view = await service['plan:get']({});
    expect(view.ok && view.value?.plan.weeks.length).toBeGreaterThan(0);
    expect(view.ok && view.value?.plan.milestones.find((m) => m.id === tick.milestoneId)?.status).toBe('done');
    const rebuilt = await db.plan.get(SINGLETON_KEY);
    await db.transaction('rw', db.plan, (tx) => upgradeToV5(tx));
    expect(await db.plan.get(SINGLETON_KEY)).toEqual(rebuilt);
    db.close();
  });

  it('v5 → v6 keeps every table as it was and adds an empty write journal', async () => {
    const idb = new IDBFactory();
    const v5 = new Dexie(DB_NAME, { indexedDB: idb, IDBKeyRange });
    v5.version(1).stores({ profile: 'key' });
    v5.version(2).stores(V2_STORES);
    v5.version(3).stores({ checklistTicks: 'itemId' });
    v5.version(4).stores({ sessions: 'id, weekStart, status, [status+endUtc]' });
    v5.version(5).stores({});
    const expense = { id: 'spend.1', date: '2026-11-20', amountUsd: 42, label: 'Exam voucher', certId: null };
    await v5.table('profile').put(savedProfile);
    await v5.table('spending').put(expense);
    v5.close();

    const db = openPlannerDb(idb, IDBKeyRange);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.profile.toArray()).toEqual([savedProfile]);
    expect(await db.spending.toArray()).toEqual([expense]);
    expect(await db.writeLog.count()).toBe(0);
    db.close();
  });

  it('v6 → v7 repairs what older builds let in: the app reads, reminds and exports again', async () => {
    const idb = new IDBFactory();
    const v6 = new Dexie(DB_NAME, { indexedDB: idb, IDBKeyRange });
    v6.version(1).stores({ profile: 'key' });
    v6.version(2).stores(V2_STORES);
    v6.version(3).stores({ checklistTicks: 'itemId' });
    v6.version(4).stores({ sessions: 'id, weekStart, status, [status+endUtc]' });
    v6.version(5).stores({});
    v6.version(6).stores({ writeLog: 'writeId, at' });
    // What the defects wrote: a pass on 9999-12-31 with its overflowing expiry, a booking in
    // 9999, a session moved to year 0000, a start late in 9999, a network calendar folder.
    const passed = { certId: 'cert.databricks.ml-associate', status: 'passed', examDate: null, passedOn: '9999-12-31', expiresOn: '10001-12-31', spentUsd: 200, updatedAt: '2026-11-20T08:00:00.000Z' };
    const booked = { certId: 'cert.aws.mla-c01', status: 'exam-booked', examDate: '9999-12-31', passedOn: null, expiresOn: null, spentUsd: 150, updatedAt: '2026-11-20T08:00:00.000Z' };
    const fine = { certId: 'cert.aws.aif-c01', status: 'studying', examDate: null, passedOn: null, expiresOn: null, spentUsd: 0, updatedAt: '2026-11-20T08:00:00.000Z' };
    const farSession = { id: 'session.00000101T0000', weekStart: '-000001-12-27', startUtc: '0000-01-01T00:00:00.000Z', endUtc: '0000-01-01T01:00:00.000Z', minutes: 60, milestoneId: null, status: 'planned', loggedMinutes: 0 };
    await v6.table('profile').put({ ...savedProfile, profile: { ...savedProfile.profile, startDate: '9999-12-20' } });
    await v6.table('certifications').bulkPut([passed, booked, fine]);
    await v6.table('sessions').put(farSession);
    await v6.table('settings').put({ key: 'me', ...DEFAULT_SETTINGS, theme: 'dark', calendarFolder: '\\\\attacker\\share' });
    v6.close();

    const db = openPlannerDb(idb, IDBKeyRange);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const today = new Date().toISOString().slice(0, 10);
    expect((await db.profile.get(SINGLETON_KEY))?.profile.startDate).toBe(today);
    expect(await db.certifications.toArray()).toEqual([
      fine,
      { ...booked, status: 'studying', examDate: null },
      { ...passed, status: 'studying', passedOn: null, expiresOn: null },
    ]);
    expect(await db.sessions.count()).toBe(0);
    expect(await db.settings.get(SINGLETON_KEY)).toEqual({ key: 'me', ...DEFAULT_SETTINGS, theme: 'dark', calendarFolder: null });
    // Everything reads and the dump is a backup that restores.
    const service = createPlannerService({ db, pack: loadBuiltIn(), now: () => new Date(), emit: () => undefined });
    for (const channel of ['profile:get', 'plan:get', 'certification:list', 'settings:get'] as const) expect((await service[channel]({})).ok, channel).toBe(true);
    expect(validateBackupData(await dumpAll(db)).ok).toBe(true);
    // Idempotent: a second pass keeps everything.
    expect(await db.transaction('rw', TABLES, (tx) => upgradeToV7(tx, today))).toMatchObject({ repaired: 0, dropped: 0 });
    db.close();
  });

  it('v7 → v8 keeps every table, adds empty review cards and history, and settings read the review defaults', async () => {
    const idb = new IDBFactory();
    const v7 = new Dexie(DB_NAME, { indexedDB: idb, IDBKeyRange });
    v7.version(1).stores({ profile: 'key' });
    v7.version(2).stores(V2_STORES);
    v7.version(3).stores({ checklistTicks: 'itemId' });
    v7.version(4).stores({ sessions: 'id, weekStart, status, [status+endUtc]' });
    v7.version(5).stores({});
    v7.version(6).stores({ writeLog: 'writeId, at' });
    v7.version(7).stores({});
    // The settings row as version 7 wrote it: no review parameters.
    const { review: _review, ...v7Settings } = DEFAULT_SETTINGS;
    const tick = { milestoneId: 'phase.foundations.python-core', done: true, doneAt: '2026-11-20T08:00:00.000Z', note: 'kept', links: [], updatedAt: '2026-11-20T08:00:00.000Z' };
    await v7.table('profile').put(savedProfile);
    await v7.table('milestoneProgress').put(tick);
    await v7.table('settings').put({ key: 'me', ...v7Settings, theme: 'dark' });
    v7.close();

    const db = openPlannerDb(idb, IDBKeyRange);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.milestoneProgress.toArray()).toEqual([tick]);
    expect(await db.reviewCards.count()).toBe(0);
    expect(await db.reviewLogs.count()).toBe(0);
    expect(db.reviewCards.schema.indexes.map((i) => i.name)).toEqual([]);
    expect(db.reviewLogs.schema.indexes.map((i) => i.name).sort()).toEqual(['itemId', 'reviewedAt']);
    const service = createPlannerService({ db, pack: loadBuiltIn(), now: () => new Date('2026-11-25T09:00:00Z'), emit: () => undefined });
    const settings = await service['settings:get']({});
    expect(settings.ok && settings.value).toMatchObject({ theme: 'dark', review: DEFAULT_SETTINGS.review });
    // A milestone ticked before review existed gets its cards when it is ticked again.
    await service['milestone:set-done']({ id: 'phase.foundations.numpy-pandas', done: true });
    expect(await db.reviewCards.count()).toBeGreaterThan(0);
    expect(validateBackupData(await dumpAll(db)).ok).toBe(true);
    db.close();
  });

  it('a brand-new database starts at the current version with default settings', async () => {
    const db = openPlannerDb(new IDBFactory(), IDBKeyRange);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.settings.count()).toBe(1);
    expect(await db.profile.count()).toBe(0);
    db.close();
  });
});
