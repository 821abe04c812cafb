/**
 * The journal behind idempotent writes: the same write id sent twice (main re-sends a write
 * whose answer was late) is applied once, and the repeat answers with what the first did.
 */
import { describe, expect, it } from 'vitest';
import { answer, handleStoreMessage } from '../../../../electron/store/port-server';
import { createWriteJournal, WRITE_LOG_KEEP_MS } from '../../../../electron/store/write-journal';
import { PROFILE, setupService } from './setup';

const ID_A = '3f2b8c1e-9d4a-4b7e-8a11-0c5d6e7f8a9b';
const ID_B = '7a1c2d3e-4f50-4612-9a8b-c0d1e2f3a4b5';
const voucher = { date: '2026-11-20', amountUsd: 42, label: 'Exam voucher', certId: null };

function setup(nowIso = '2026-11-23T09:30:00Z') {
  const s = setupService(nowIso);
  let now = new Date(nowIso);
  const journal = createWriteJournal(s.db, () => now);
  return {
    ...s,
    journal,
    send: (channel: string, payload: unknown, id: string) => answer(s.handlers, channel, payload, undefined, { id, journal }),
    tick: (ms: number) => {
      now = new Date(now.getTime() + ms);
      s.setNow(now.toISOString());
    },
  };
}

describe('write journal', () => {
  it('applies an expense sent twice with one id once, and answers the repeat with the same row', async () => {
    const { send, db } = setup();
    const first = await send('spending:add', voucher, ID_A);
    const again = await send('spending:add', voucher, ID_A);
    expect(first).toMatchObject({ ok: true, value: { amountUsd: 42, label: 'Exam voucher' } });
    expect(again).toEqual(first);
    expect(await db.spending.count()).toBe(1);
    // A new id is a new expense: the learner really added a second one.
    await send('spending:add', voucher, ID_B);
    expect(await db.spending.count()).toBe(2);
  });

  it('two sends of one id arriving together still apply once (the second waits for the first)', async () => {
    const { send, db } = setup();
    const [a, b] = await Promise.all([send('spending:add', voucher, ID_A), send('spending:add', voucher, ID_A)]);
    expect(b).toEqual(a);
    expect(await db.spending.count()).toBe(1);
    expect(await db.writeLog.count()).toBe(1);
  });

  it('a quiz attempt sent twice is recorded once', async () => {
    const { send, db, pack, handlers } = setup();
    await handlers['profile:save'](PROFILE);
    const q = pack.quiz[0]!;
    const request = { kind: 'quick', answers: [{ questionId: q.id, chosenIndex: q.correctIndex }] };
    const first = await send('quiz:record', request, ID_A);
    expect(first.ok).toBe(true);
    expect(await send('quiz:record', request, ID_A)).toEqual(first);
    expect(await db.quizAttempts.count()).toBe(1);
  });

  it('a refused write keeps no entry, so the same id can be sent again once corrected', async () => {
    const { send, db } = setup();
    const refused = await send('spending:add', { ...voucher, certId: 'cert.nope.x' }, ID_A);
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await db.writeLog.count()).toBe(0);
    expect(await db.spending.count()).toBe(0);
  });

  it('a write that fails half-way keeps nothing of it, nor an entry', async () => {
    const { journal, db, handlers } = setup();
    const read = () => handlers['plan:get']({});
    // A handler that stored a row and then refused: the refusal must roll the row back.
    const refusal = await journal.once(
      ID_A,
      'spending:add',
      async () => {
        await db.spending.add({ id: 'spend.half', ...voucher });
        return { ok: false, error: { code: 'invalid-request', message: 'refused after writing' } };
      },
      read,
    );
    expect(refusal).toMatchObject({ ok: false, error: { message: 'refused after writing' } });
    expect(await db.spending.count()).toBe(0);
    expect(await db.writeLog.count()).toBe(0);
    // A handler that throws inside its own transaction: same.
    await expect(
      journal.once(
        ID_A,
        'spending:add',
        async () =>
          db.transaction('rw', db.spending, async () => {
            await db.spending.add({ id: 'spend.half', ...voucher });
            throw new Error('disk full');
          }),
        read,
      ),
    ).rejects.toThrow('disk full');
    expect(await db.spending.count()).toBe(0);
    expect(await db.writeLog.count()).toBe(0);
  });

  it('a repeated tick answers with the plan as it is now, without ticking twice or storing the view', async () => {
    const { send, db, handlers } = setup();
    await handlers['profile:save'](PROFILE);
    const first = await send('milestone:set-done', { id: 'phase.foundations.python-core', done: true }, ID_A);
    expect(first.ok).toBe(true);
    const doneAt = (await db.milestoneProgress.get('phase.foundations.python-core'))?.doneAt;
    const again = await send('milestone:set-done', { id: 'phase.foundations.python-core', done: true }, ID_A);
    expect(again).toEqual(await handlers['plan:get']({}));
    expect((await db.milestoneProgress.get('phase.foundations.python-core'))?.doneAt).toBe(doneAt);
    expect((await db.writeLog.get(ID_A))?.value).toBeNull();
  });

  it('an id reused for another channel is refused and changes nothing', async () => {
    const { send, db } = setup();
    await send('spending:add', voucher, ID_A);
    expect(await send('checklist:set', { itemId: 'x', checked: true }, ID_A)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await db.checklistTicks.count()).toBe(0);
  });

  it('forgets entries after a day, and entries a clock that ran ahead left behind', async () => {
    const { send, db, tick } = setup();
    await send('spending:add', voucher, ID_A);
    tick(WRITE_LOG_KEEP_MS + 60_000);
    await send('spending:add', voucher, ID_B);
    expect((await db.writeLog.toArray()).map((r) => r.writeId)).toEqual([ID_B]);
    // The clock is corrected backwards by two days: the entry from "the future" goes too.
    tick(-2 * WRITE_LOG_KEEP_MS - 120_000);
    await send('spending:add', voucher, ID_A);
    expect((await db.writeLog.toArray()).map((r) => r.writeId)).toEqual([ID_A]);
  });

  it('a read carries no id and is never journaled; the envelope carries the id to the journal', async () => {
    const { handlers, journal, db } = setup();
    const posted: unknown[] = [];
    const port = { postMessage: (m: unknown) => posted.push(m) };
    const request = { kind: 'request', id: 1, channel: 'spending:add', payload: voucher, writeId: ID_A };
    await handleStoreMessage(handlers, port, request, undefined, undefined, journal);
    await handleStoreMessage(handlers, port, { ...request, id: 2 }, undefined, undefined, journal);
    await handleStoreMessage(handlers, port, { kind: 'request', id: 3, channel: 'spending:list', payload: {} }, undefined, undefined, journal);
    expect(await db.spending.count()).toBe(1);
    expect(await db.writeLog.count()).toBe(1);
    expect(posted).toHaveLength(3);
    // A malformed id is not a request at all.
    await handleStoreMessage(handlers, port, { ...request, id: 4, writeId: '../x' }, undefined, undefined, journal);
    expect(posted).toHaveLength(3);
  });
});
