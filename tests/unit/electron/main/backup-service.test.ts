/**
 * Export and restore as main runs them, with a fake store and chosen paths: an export checks
 * its own dump, so every file it writes can be restored.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBackupFile } from '../../../../electron/main/backup';
import { createBackupService } from '../../../../electron/main/backup-service';
import type { BackupData } from '../../../../shared/backup/format';
import { ok, type Result } from '../../../../shared/ipc/result';
import { sampleData } from '../../shared/backup/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'mle-backup-service-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function service(data: BackupData, target: string) {
  const calls: string[] = [];
  const backups = createBackupService({
    store: {
      async request(channel: string): Promise<Result<unknown>> {
        calls.push(channel);
        return ok(structuredClone(data));
      },
    },
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
