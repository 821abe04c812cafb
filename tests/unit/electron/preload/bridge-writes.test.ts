/**
 * Writes through the bridge: each carries a write id; when main reports that the store did not
 * answer, the same request goes again with the same id, and the window hears "checking" and
 * then the truth.
 */
import { describe, expect, it } from 'vitest';
import { createPlannerBridge, UNCONFIRMED_MESSAGE, type BridgeTransport } from '../../../../electron/preload/bridge';
import type { WriteStatus } from '../../../../shared/ipc/bridge';
import { isWriteId } from '../../../../shared/ipc/names';

const timeout = { ok: false, error: { code: 'store-timeout', message: 'The data store did not answer "spending:add" within 10 s.' } };
const gone = { ok: false, error: { code: 'store-unavailable', message: 'The data store stopped before answering.' } };
const saved = { ok: true, value: { id: 'spend.1', date: '2026-11-20', amountUsd: 42, label: 'Exam voucher', certId: null } };
const expense = { date: '2026-11-20', amountUsd: 42, label: 'Exam voucher', certId: null };

function scripted(replies: unknown[]) {
  const calls: { channel: string; payload: unknown; writeId: string | undefined }[] = [];
  const transport: BridgeTransport = {
    invoke: async (channel, payload, writeId) => {
      calls.push({ channel, payload, writeId });
      return replies.shift() ?? saved;
    },
    subscribe: () => () => undefined,
  };
  const slept: number[] = [];
  let n = 0;
  const bridge = createPlannerBridge(transport, {
    newWriteId: () => `0000000000000000000${++n}`,
    sleep: async (ms) => {
      slept.push(ms);
    },
  });
  const statuses: WriteStatus[] = [];
  bridge.onWriteStatus((s) => statuses.push(s));
  return { bridge, calls, slept, statuses };
}

describe('bridge writes', () => {
  it('gives every write its own id and a read none', async () => {
    const { bridge, calls, statuses } = scripted([]);
    await bridge.invoke('spending:add', expense);
    await bridge.invoke('spending:add', expense);
    await bridge.invoke('spending:list', {});
    expect(calls.map((c) => c.writeId)).toEqual(['00000000000000000001', '00000000000000000002', undefined]);
    expect(statuses).toEqual([]);
  });

  it('re-sends a timed-out write with the same id, says "checking", then "saved" with the real answer', async () => {
    const { bridge, calls, slept, statuses } = scripted([timeout, gone, saved]);
    expect(await bridge.invoke('spending:add', expense)).toEqual(saved);
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => c.writeId))).toEqual(new Set(['00000000000000000001']));
    expect(calls.every((c) => c.payload === expense)).toBe(true);
    expect(slept).toEqual([1000, 2000]);
    expect(statuses).toEqual([
      { phase: 'checking', channel: 'spending:add' },
      { phase: 'saved', channel: 'spending:add' },
    ]);
  });

  it('a refusal on a re-send is the truth: the caller gets it and the window hears "not saved"', async () => {
    const refusal = { ok: false, error: { code: 'not-found', message: 'That expense no longer exists.' } };
    const { bridge, statuses } = scripted([timeout, refusal]);
    expect(await bridge.invoke('spending:delete', { id: 'spend.1' })).toEqual(refusal);
    expect(statuses.at(-1)).toEqual({ phase: 'not-saved', channel: 'spending:delete', message: 'That expense no longer exists.' });
  });

  it('after every re-send timed out the answer is "could not confirm", never "not saved"', async () => {
    const { bridge, calls, slept, statuses } = scripted([timeout, timeout, timeout, timeout, timeout, saved]);
    const result = await bridge.invoke('spending:add', expense);
    expect(result).toEqual({ ok: false, error: { code: 'write-unconfirmed', message: UNCONFIRMED_MESSAGE } });
    expect(calls).toHaveLength(5);
    expect(slept).toEqual([1000, 2000, 4000, 8000]);
    expect(statuses.at(-1)).toEqual({ phase: 'unconfirmed', channel: 'spending:add', message: UNCONFIRMED_MESSAGE });
  });

  it('a read that timed out is not sent again (nothing to confirm)', async () => {
    const { bridge, calls, statuses } = scripted([timeout]);
    expect(await bridge.invoke('spending:list', {})).toEqual(timeout);
    expect(calls).toHaveLength(1);
    expect(statuses).toEqual([]);
  });

  it('stops telling a listener once it unsubscribes; a throwing listener changes nothing', async () => {
    const { bridge, statuses } = scripted([timeout, saved]);
    const late: WriteStatus[] = [];
    const off = bridge.onWriteStatus((s) => late.push(s));
    bridge.onWriteStatus(() => {
      throw new Error('broken banner');
    });
    off();
    expect(await bridge.invoke('spending:add', expense)).toEqual(saved);
    expect(late).toEqual([]);
    expect(statuses).toHaveLength(2);
  });

  it('makes ids main accepts when randomUUID is missing', async () => {
    const ids: (string | undefined)[] = [];
    const bridge = createPlannerBridge({ invoke: async (_c, _p, id) => (ids.push(id), saved), subscribe: () => () => undefined });
    await bridge.invoke('spending:add', expense);
    expect(isWriteId(ids[0])).toBe(true);
    const original = globalThis.crypto.randomUUID.bind(globalThis.crypto);
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      await bridge.invoke('spending:add', expense);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: original, configurable: true });
    }
    expect(ids[1]).toMatch(/^[0-9a-f]{32}$/);
    expect(isWriteId(ids[1])).toBe(true);
  });
});
