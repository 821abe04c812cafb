/**
 * A far date must not poison the store: the requests that used to write a row no schema reads
 * back are refused, nothing is stored, and every write is checked against the backup schema of
 * its table before it reaches IndexedDB, whichever handler made it.
 */
import { describe, expect, it } from 'vitest';
import { validateBackupData } from '../../../../shared/backup/format';
import { dumpAll } from '../../../../electron/store/backup-store';
import { answer } from '../../../../electron/store/port-server';
import { RowRefusedError } from '../../../../electron/store/row-guard';
import { BERLIN_AVAILABILITY, PROFILE, setupService } from './setup';

describe('far dates through the contract', () => {
  it('Certifications → passed on 9999-12-31 is refused and nothing is stored; the table still reads back', async () => {
    const { handlers, db } = setupService();
    const result = await answer(handlers, 'certification:update', {
      certId: 'cert.gcp.pmle',
      status: 'passed',
      examDate: null,
      passedOn: '9999-12-31',
      spentUsd: 0,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', issues: [{ path: 'passedOn' }] } });
    expect(await db.certifications.count()).toBe(0);
    expect(await answer(handlers, 'certification:list', {})).toEqual({ ok: true, value: [] });
    expect(validateBackupData(await dumpAll(db)).ok).toBe(true);
  });

  it('a pass date after today (by the store clock) is refused with a field message', async () => {
    const { handlers, db } = setupService('2026-11-23T09:30:00Z');
    const result = await answer(handlers, 'certification:update', { certId: 'cert.gcp.pmle', status: 'passed', examDate: null, passedOn: '2026-12-01', spentUsd: 0 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', issues: [{ path: 'passedOn', message: 'The pass date cannot be in the future (today is 2026-11-23).' }] },
    });
    expect(await db.certifications.count()).toBe(0);
  });

  it('an exam booked more than three years ahead is refused with a field message', async () => {
    const { handlers, db } = setupService('2026-11-23T09:30:00Z');
    const result = await answer(handlers, 'certification:update', { certId: 'cert.gcp.pmle', status: 'exam-booked', examDate: '2030-01-01', passedOn: null, spentUsd: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', issues: [{ path: 'examDate', message: expect.stringContaining('2029-11-23') }] } });
    expect(await db.certifications.count()).toBe(0);
  });

  it('a session moved to 9999-12-31T23:59Z or 0000-01-01 is refused and the session is unchanged', async () => {
    const { handlers, db } = setupService();
    await handlers['profile:save']({ ...PROFILE, weeklyHours: 5, startDate: '2026-11-30', availability: BERLIN_AVAILABILITY });
    const week = await handlers['week:get']({ weekStart: '2026-11-30' });
    if (!week.ok) throw new Error(week.error.message);
    const session = week.value.sessions[0]!;
    for (const startUtc of ['9999-12-31T23:59:00Z', '0000-01-01T00:00:00Z']) {
      expect(await answer(handlers, 'session:update', { id: session.id, startUtc }), startUtc).toMatchObject({
        ok: false,
        error: { code: 'invalid-request', issues: [{ path: 'startUtc' }] },
      });
    }
    expect(await db.sessions.get(session.id)).toEqual(session);
    expect(validateBackupData(await dumpAll(db)).ok).toBe(true);
  });
});

describe('the row guard under every handler', () => {
  it('a handler that computes a row no backup can hold is refused at the write and keeps nothing', async () => {
    const { handlers, db } = setupService();
    await handlers['profile:save']({ ...PROFILE, weeklyHours: 5, startDate: '2026-11-30', availability: BERLIN_AVAILABILITY });
    const week = await handlers['week:get']({ weekStart: '2026-11-30' });
    if (!week.ok) throw new Error(week.error.message);
    const session = week.value.sessions[0]!;
    // Straight to the handler, past the request schema: the end would be "+010000-…". The
    // handler's own range (a year around today) answers first; the guard stays the last line.
    expect(await handlers['session:update']({ id: session.id, startUtc: '9999-12-31T23:59:00Z' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await db.sessions.get(session.id)).toEqual(session);
  });

  it('a refused row comes back as a clear refusal, not a crash', async () => {
    const { handlers } = setupService();
    const failing = {
      ...handlers,
      'session:update': () => Promise.reject(new RowRefusedError('sessions', [{ path: 'endUtc', message: 'must be a date-time between 2000-01-01 and 2199-12-31' }])),
    };
    expect(await answer(failing, 'session:update', { id: 's1', status: 'done' })).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'Nothing was saved: a sessions record would not fit what MLE Path can keep and restore (endUtc: must be a date-time between 2000-01-01 and 2199-12-31).',
      },
    });
  });

  it('every table is guarded, the scheduler row included; valid rows pass', async () => {
    const { db } = setupService();
    await expect(db.spending.put({ id: 'sp', date: '10001-01-01', amountUsd: 1, label: 'x', certId: null })).rejects.toBeInstanceOf(RowRefusedError);
    await expect(db.settings.put({ key: 'me', theme: 'neon' } as never)).rejects.toBeInstanceOf(RowRefusedError);
    await expect(db.table('settings').put({ key: 'reminder-scheduler', lastCheckUtc: 'soon' })).rejects.toBeInstanceOf(RowRefusedError);
    await db.table('settings').put({ key: 'reminder-scheduler', lastCheckUtc: '2026-11-23T09:00:00.000Z' });
    await db.spending.put({ id: 'sp', date: '2026-11-23', amountUsd: 1, label: 'x', certId: null });
    expect(await db.spending.count()).toBe(1);
  });
});
