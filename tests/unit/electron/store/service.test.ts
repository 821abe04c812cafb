import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openPlannerDb } from '../../../../electron/store/db';
import { answer, handleStoreMessage } from '../../../../electron/store/port-server';
import { createPlannerService } from '../../../../electron/store/service';

const profile = { background: 'software-developer' as const, weeklyHours: 10, budgetUsd: 400, startDate: '2027-03-01' };

function setup() {
  const db = openPlannerDb(new IDBFactory(), IDBKeyRange);
  const emitted: [string, unknown][] = [];
  const handlers = createPlannerService({
    db,
    now: () => new Date('2026-11-23T09:30:00Z'),
    emit: (event, payload) => emitted.push([event, payload]),
  });
  return { db, handlers, emitted };
}

describe('planner service: profile', () => {
  it('returns null before anything is saved', async () => {
    const { handlers } = setup();
    expect(await handlers['profile:get']({})).toEqual({ ok: true, value: null });
  });

  it('saves, reads back, overwrites the single row and announces each change', async () => {
    const { db, handlers, emitted } = setup();
    const saved = { profile, savedAt: '2026-11-23T09:30:00.000Z' };
    expect(await handlers['profile:save'](profile)).toEqual({ ok: true, value: saved });
    await handlers['profile:save']({ ...profile, weeklyHours: 12 });
    expect(await handlers['profile:get']({})).toEqual({ ok: true, value: { ...saved, profile: { ...profile, weeklyHours: 12 } } });
    expect(await db.profile.count()).toBe(1);
    expect(emitted.map(([e]) => e)).toEqual(['profile:changed', 'profile:changed']);
  });
});

describe('port server', () => {
  it('re-validates payloads: a bad request is refused and nothing is written', async () => {
    const { db, handlers } = setup();
    const result = await answer(handlers, 'profile:save', { ...profile, weeklyHours: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', issues: [{ path: 'weeklyHours' }] } });
    expect(await answer(handlers, 'nope', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await db.profile.count()).toBe(0);
  });

  it('answers each request on the port with its id, and ignores malformed envelopes', async () => {
    const { handlers } = setup();
    const posted: unknown[] = [];
    const port = { postMessage: (m: unknown) => posted.push(m) };
    await handleStoreMessage(handlers, port, { kind: 'request', id: 7, channel: 'profile:get', payload: {} });
    await handleStoreMessage(handlers, port, { kind: 'request', id: 'x', channel: 'profile:get' });
    await handleStoreMessage(handlers, port, 'garbage');
    expect(posted).toEqual([{ kind: 'reply', id: 7, result: { ok: true, value: null } }]);
  });

  it('turns a failing database into an internal error reply', async () => {
    const { db, handlers } = setup();
    db.close();
    const result = await answer(handlers, 'profile:save', profile);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('profile:save') } });
  });
});
