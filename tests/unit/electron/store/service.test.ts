import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openPlannerDb } from '../../../../electron/store/db';
import { answer, createEventOutbox, handleStoreMessage } from '../../../../electron/store/port-server';
import { createPlannerService } from '../../../../electron/store/service';
import { loadBuiltIn } from '../../shared/content/helpers';

const pack = loadBuiltIn();

const profile = { background: 'software-developer' as const, weeklyHours: 10, budgetUsd: 400, startDate: '2027-03-01' };

function setup() {
  const db = openPlannerDb(new IDBFactory(), IDBKeyRange);
  const emitted: [string, unknown][] = [];
  const handlers = createPlannerService({
    db,
    pack,
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
    expect(emitted.map(([e]) => e)).toEqual(['profile:changed', 'plan:changed', 'profile:changed', 'plan:changed']);
  });

  it('refuses a new start date in the past, naming the field, and stores nothing', async () => {
    const { db, handlers } = setup();
    const result = await handlers['profile:save']({ ...profile, startDate: '2026-11-01' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'Start date cannot be in the past (today is 2026-11-23).',
        issues: [{ path: 'startDate', message: 'Start date cannot be in the past (today is 2026-11-23).' }],
      },
    });
    expect(await db.profile.count()).toBe(0);
    expect(await db.plan.count()).toBe(0);
  });

  it('passes planner refusals back against the field they concern', async () => {
    const { db, handlers } = setup();
    const result = await handlers['profile:save']({ ...profile, targetRoleId: 'role.astronaut' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', issues: [{ path: 'targetRoleId' }] } });
    expect(await db.profile.count()).toBe(0);
  });
});

describe('planner service: plan and ticks', () => {
  it('saving a profile stores a plan in the same step', async () => {
    const { handlers } = setup();
    expect(await handlers['plan:get']({})).toEqual({ ok: true, value: null });
    await handlers['profile:save'](profile);
    const view = await handlers['plan:get']({});
    if (!view.ok || !view.value) throw new Error('no plan');
    expect(view.value.plan.startDate).toBe('2027-03-01');
    // A developer with $400: the cloud ML exam and the optional MLOps credential (two, as the sources advise).
    expect(view.value.plan.certifications.map((c) => c.certId)).toEqual(['cert.aws.mla-c01', 'cert.databricks.ml-associate']);
    expect(view.value.progress).toMatchObject({ overallPercent: 0, status: 'not-started' });
    expect(view.value.today).toBe('2026-11-23');
  });

  it('ticks persist, update progress, announce the change, and survive a re-plan after a profile change', async () => {
    const { db, handlers, emitted } = setup();
    await handlers['profile:save'](profile);
    const before = await handlers['plan:get']({});
    const first = before.ok ? before.value?.plan.milestones.find((m) => m.status === 'planned') : undefined;
    if (!first) throw new Error('no planned milestone');
    const ticked = await handlers['milestone:set-done']({ id: first.id, done: true });
    if (!ticked.ok) throw new Error(ticked.error.message);
    expect(ticked.value.doneMilestoneIds).toEqual([first.id]);
    expect(ticked.value.progress.overallPercent).toBeGreaterThan(0);
    expect(emitted.at(-1)?.[0]).toBe('plan:changed');
    expect(await db.milestoneProgress.get(first.id)).toMatchObject({ done: true, doneAt: '2026-11-23T09:30:00.000Z', note: '' });

    // 11 h fits the default study windows (12 h a week), so the plan takes the new hours as they are.
    await handlers['profile:save']({ ...profile, weeklyHours: 11 });
    const after = await handlers['plan:get']({});
    if (!after.ok || !after.value) throw new Error('no plan');
    expect(after.value.doneMilestoneIds).toEqual([first.id]);
    expect(after.value.plan.milestones.find((m) => m.id === first.id)?.status).toBe('done');
    expect(after.value.plan.weeklyHours).toBe(11);
    expect(after.value.plan.lastReplan).toMatchObject({ on: '2026-11-23', reason: 'you changed weekly hours 10 → 11' });

    const unticked = await handlers['milestone:set-done']({ id: first.id, done: false });
    expect(unticked.ok && unticked.value.doneMilestoneIds).toEqual([]);
  });

  it('refuses to tick a milestone that is not in the roadmap', async () => {
    const { db, handlers } = setup();
    await handlers['profile:save'](profile);
    expect(await handlers['milestone:set-done']({ id: 'phase.nope.nothing', done: true })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await db.milestoneProgress.count()).toBe(0);
  });

  it('regenerating without a profile says what to do first', async () => {
    const { handlers } = setup();
    expect(await handlers['plan:regenerate']({})).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('Save your profile first') } });
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

  it('sends the events a call raised after its reply, and an event outside any call on its own', async () => {
    const posted: unknown[] = [];
    const port = { postMessage: (m: unknown) => posted.push(m) };
    const deferred: (() => void)[] = [];
    const outbox = createEventOutbox(port, (fn) => deferred.push(fn));
    const db = openPlannerDb(new IDBFactory(), IDBKeyRange);
    const handlers = createPlannerService({ db, pack, now: () => new Date('2026-11-23T09:30:00Z'), emit: (event, payload) => outbox.emit(event, payload) });
    await handleStoreMessage(handlers, port, { kind: 'request', id: 1, channel: 'profile:save', payload: profile }, undefined, outbox);
    const kinds = posted.map((m) => (m as { kind: string }).kind);
    expect(kinds[0]).toBe('reply');
    expect(kinds.slice(1).length).toBeGreaterThan(0);
    expect(kinds.slice(1).every((k) => k === 'event')).toBe(true);
    expect(posted.slice(1)).toContainEqual(expect.objectContaining({ kind: 'event', event: 'plan:changed' }));
    const sent = posted.length;
    for (const fn of deferred.splice(0)) fn(); // the fallback finds nothing left to send
    expect(posted).toHaveLength(sent);

    outbox.emit('settings:changed', { theme: 'dark' });
    expect(posted).toHaveLength(sent);
    for (const fn of deferred.splice(0)) fn();
    expect(posted.at(-1)).toEqual({ kind: 'event', event: 'settings:changed', payload: { theme: 'dark' } });
  });

  it('turns a failing database into an internal error reply', async () => {
    const { db, handlers } = setup();
    db.close();
    const result = await answer(handlers, 'profile:save', profile);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('profile:save') } });
  });
});
