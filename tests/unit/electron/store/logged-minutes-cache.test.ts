/**
 * The store keeps the per-milestone sum of logged minutes in memory between writes to the
 * sessions table (context.ts). Every write path must invalidate it, including ones that never
 * go through a handler: a restore, a reset, a direct bulk write.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openPlannerDb } from '../../../../electron/store/db';
import { PROFILE, setupService } from './setup';

const session = (id: string, milestoneId: string, loggedMinutes: number) => ({
  id,
  weekStart: '2026-11-16',
  startUtc: '2026-11-16T18:00:00.000Z',
  endUtc: '2026-11-16T20:00:00.000Z',
  minutes: 120,
  milestoneId,
  status: 'done' as const,
  loggedMinutes,
  movedFromUtc: null,
});

describe('write counter', () => {
  it('counts every kind of write per table, and nothing else', async () => {
    const db = openPlannerDb(new IDBFactory(), IDBKeyRange);
    await db.open();
    const before = db.writeCount('sessions');
    await db.sessions.put(session('a', 'x', 60));
    await db.sessions.bulkPut([session('b', 'x', 60), session('c', 'x', 60)]);
    await db.sessions.delete('a');
    await db.sessions.clear();
    await db.sessions.where('status').equals('done').toArray();
    expect(db.writeCount('sessions') - before).toBe(4);
    const spending = db.writeCount('spending');
    await db.sessions.put(session('d', 'x', 60));
    expect(db.writeCount('spending')).toBe(spending);
    db.close();
  });
});

describe('logged minutes in the plan view', () => {
  it('follows every write to the sessions table, whoever makes it', async () => {
    const { db, handlers } = setupService();
    const saved = await handlers['profile:save'](PROFILE);
    if (!saved.ok) throw new Error(saved.error.message);
    const view = await handlers['plan:get']({});
    if (!view.ok || !view.value) throw new Error('no plan');
    const first = view.value.plan.milestones.find((m) => m.status === 'planned' && m.hours >= 4);
    if (!first) throw new Error('need a planned milestone');
    const percent = async () => {
      const view = await handlers['plan:get']({});
      if (!view.ok || !view.value) throw new Error('no view');
      return view.value.progress;
    };
    const start = await percent();
    expect(await percent()).toEqual(start); // served from memory, same answer

    await db.sessions.bulkPut([session('s1', first.id, 120), session('s2', first.id, 60)]);
    const logged = await percent();
    expect(logged).not.toEqual(start);

    await db.sessions.put(session('s2', first.id, 0));
    const less = await percent();
    expect(less).not.toEqual(logged);

    await db.sessions.clear();
    expect(await percent()).toEqual(start);
  });
});
