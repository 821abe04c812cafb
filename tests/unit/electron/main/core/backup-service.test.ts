/**
 * Export and restore as main runs them, with a fake store and chosen paths: an export checks
 * its own dump, so every file it writes can be restored.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBackupFile } from '../../../../../electron/main/core/backup';
import { createBackupService } from '../../../../../electron/main/core/backup-service';
import type { BackupData } from '../../../../../shared/backup/format';
import { ok, type Result } from '../../../../../shared/ipc/result';
import { sampleData } from '../../../shared/backup/fixtures';
import { storeCalls } from '../../../../../electron/main/core/store-calls';
import { fakeStoreCalls } from '../../../../support/main-handlers';

const dir = mkdtempSync(join(tmpdir(), 'mle-backup-service-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function service(data: BackupData, target: string) {
  const calls: string[] = [];
  const backups = createBackupService({
    store: storeCalls({
      async request(channel: string): Promise<Result<unknown>> {
        calls.push(channel);
        return ok(structuredClone(data));
      },
    }),
    dialogs: { chooseSavePath: async () => target, chooseOpenPath: async () => null },
    appVersion: '0.1.0',
    now: () => new Date('2026-11-23T09:30:00.000Z'),
    safetyDir: join(dir, 'safety'),
  });
  return { backups, calls };
}

describe('export', () => {
  it('writes a file that reads back as a valid backup', async () => {
    const target = join(dir, 'good.json');
    const { backups } = service(sampleData(), target);
    const result = await backups.exportAll();
    expect(result).toMatchObject({ ok: true, value: { path: target } });
    expect((await readBackupFile(target)).ok).toBe(true);
  });

  it('refuses with a clear message, and writes no file, when a stored row could not be restored', async () => {
    const target = join(dir, 'bad.json');
    const data = sampleData();
    // What the store held before the row guard: an expiry no four-digit-year schema reads.
    data.certifications[0] = { ...data.certifications[0]!, status: 'passed', passedOn: '9999-12-31', expiresOn: '10001-12-31' };
    const { backups } = service(data, target);
    const result = await backups.exportAll();
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'internal',
        message: expect.stringMatching(/^No backup was written: some of your data could not be restored from it.*data\.certifications\[0\]\.passedOn/),
        issues: expect.arrayContaining([expect.objectContaining({ path: 'data.certifications[0].expiresOn' })]),
      },
    });
    expect(existsSync(target)).toBe(false);
  });
});

describe('automatic backups', () => {
  /** A service over a store that returns `data` (changeable) and records resets, with a movable clock. */
  function automatic(initial: BackupData, folder: string) {
    const state = { data: initial, now: new Date('2026-12-03T09:00:00.000Z'), resets: 0 };
    const backups = createBackupService({
      // Its restore answers no row counts: this test is about the files, not the counts.
      store: fakeStoreCalls({
        async request(channel: string, payload: unknown): Promise<Result<unknown>> {
          if (channel === 'backup:dump') return ok(structuredClone(state.data));
          if (channel === 'backup:replace') {
            state.data = (payload as { data: BackupData }).data;
            return ok({ rows: {} });
          }
          throw new Error(`unexpected ${channel}`);
        },
      }),
      dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
      appVersion: '0.1.0',
      now: () => state.now,
      safetyDir: folder,
      calendar: { day: (d) => d.toISOString().slice(0, 10), week: (d) => d.toISOString().slice(0, 7) },
    });
    const reset = async (): Promise<Result<unknown>> => {
      state.resets++;
      return ok({ cleared: [] });
    };
    return { backups, state, reset };
  }
  const names = (folder: string) => (existsSync(folder) ? readdirSync(folder).sort() : []);

  it('takes one backup a day, only when the data changed, and none of an empty app', async () => {
    const folder = join(dir, 'auto-daily');
    const empty: BackupData = { ...sampleData(), profile: null, plan: null, milestoneProgress: [], sessions: [], certifications: [], quizAttempts: [], spending: [], reminderLog: [], checklistTicks: [] };
    const { backups, state } = automatic(empty, folder);
    expect(await backups.takeDailyIfDue()).toEqual(ok(null));
    expect(names(folder)).toEqual([]);

    state.data = sampleData();
    const first = await backups.takeDailyIfDue();
    expect(first).toEqual(ok(join(folder, 'daily-2026-12-03T09-00-00-000Z.json')));
    expect((await readBackupFile(join(folder, 'daily-2026-12-03T09-00-00-000Z.json'))).ok).toBe(true);
    state.now = new Date('2026-12-03T10:00:00.000Z');
    expect(await backups.takeDailyIfDue()).toEqual(ok(null)); // already one today
    state.now = new Date('2026-12-04T10:00:00.000Z');
    expect(await backups.takeDailyIfDue()).toEqual(ok(null)); // a new day, but nothing changed
    state.data = { ...sampleData(), spending: [...sampleData().spending, { id: 'spend.2', date: '2026-12-04', amountUsd: 20, label: 'Book', certId: null }] };
    expect((await backups.takeDailyIfDue()).ok).toBe(true);
    expect(names(folder)).toEqual(['daily-2026-12-03T09-00-00-000Z.json', 'daily-2026-12-04T10-00-00-000Z.json']);
  });

  it('rotates: after 40 days of changes, 7 days and 4 weeks (here months) are kept', async () => {
    const folder = join(dir, 'auto-rotate');
    const { backups, state } = automatic(sampleData(), folder);
    for (let i = 0; i < 40; i++) {
      state.now = new Date(Date.parse('2026-10-01T09:00:00.000Z') + i * 86_400_000);
      state.data = { ...sampleData(), spending: [{ id: `spend.${i}`, date: '2026-10-01', amountUsd: i + 1, label: 'Day', certId: null }] };
      expect((await backups.takeDailyIfDue()).ok).toBe(true);
    }
    // The last 7 days (3–9 Nov) and the newest of October (31 Oct); November's is already kept.
    expect(names(folder).map((n) => n.slice(6, 16))).toEqual(['2026-10-31', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08', '2026-11-09']);
  });

  it('lists them newest first and restores one after a preview, keeping a safety copy', async () => {
    const folder = join(dir, 'auto-restore');
    const { backups, state } = automatic(sampleData(), folder);
    await backups.takeDailyIfDue();
    state.now = new Date('2026-12-03T12:00:00.000Z');
    state.data = { ...sampleData(), spending: [] };
    const listed = await backups.listAutomatic();
    expect(listed).toMatchObject({ ok: true, value: { folder, backups: [{ fileName: 'daily-2026-12-03T09-00-00-000Z.json', kind: 'daily', takenAt: '2026-12-03T09:00:00.000Z' }] } });
    const preview = await backups.chooseAutomatic('daily-2026-12-03T09-00-00-000Z.json');
    expect(preview).toMatchObject({ ok: true, value: { fileName: 'daily-2026-12-03T09-00-00-000Z.json', changes: ['Spending: 0 → 2 records'] } });
    if (!preview.ok) return;
    const restored = await backups.restore(preview.value.token);
    expect(restored).toMatchObject({ ok: true, value: { safetyBackupPath: join(folder, 'before-restore-2026-12-03T12-00-00-000Z.json') } });
    expect(state.data.spending).toEqual(sampleData().spending);
  });

  it('refuses names outside the list: another folder, another kind, a file that is gone', async () => {
    const folder = join(dir, 'auto-refuse');
    const { backups } = automatic(sampleData(), folder);
    await backups.takeDailyIfDue();
    for (const name of ['../good.json', 'daily-2026-12-03T09-00-00-000Z.json/../../good.json', 'weekly-2026-12-03T09-00-00-000Z.json', 'daily-2026-12-02T09-00-00-000Z.json']) {
      expect(await backups.chooseAutomatic(name), name).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
  });

  it('a reset takes a backup first, and deletes nothing when it cannot be written', async () => {
    const folder = join(dir, 'auto-reset');
    const { backups, state, reset } = automatic(sampleData(), folder);
    expect(await backups.resetWithBackup(reset)).toEqual(ok({ cleared: [] }));
    expect(state.resets).toBe(1);
    expect(names(folder)).toEqual(['before-reset-2026-12-03T09-00-00-000Z.json']);

    const blocked = join(dir, 'auto-reset-blocked');
    writeFileSync(blocked, 'a file where the folder should be');
    const other = automatic(sampleData(), blocked);
    const refused = await other.backups.resetWithBackup(other.reset);
    expect(refused).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/^Nothing was deleted: the backup taken before a reset could not be written/) } });
    expect(other.state.resets).toBe(0);
  });
});
