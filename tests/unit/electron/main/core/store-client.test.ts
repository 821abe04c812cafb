import { describe, expect, it } from 'vitest';
import { createStoreClient, type StorePort } from '../../../../../electron/main/core/store-client';

function fakePort() {
  const sent: unknown[] = [];
  let closed = false;
  const port: StorePort = {
    postMessage: (m) => sent.push(m),
    close: () => {
      closed = true;
    },
  };
  return { port, sent, isClosed: () => closed };
}

function manualTimers() {
  const timers = new Map<number, () => void>();
  let next = 1;
  return {
    setTimer: (fn: () => void) => {
      timers.set(next, fn);
      return next++;
    },
    clearTimer: (h: unknown) => {
      timers.delete(h as number);
    },
    fireAll: () => {
      for (const [id, fn] of [...timers]) {
        timers.delete(id);
        fn();
      }
    },
    count: () => timers.size,
  };
}

describe('store client', () => {
  it('queues calls until the store host is ready, then sends them in order', async () => {
    const client = createStoreClient();
    const a = client.request('profile:get', {});
    const b = client.request('profile:save', { x: 1 });
    const { port, sent } = fakePort();
    client.attach(port);
    expect(sent).toEqual([]);
    client.receive({ kind: 'ready' });
    expect(sent).toEqual([
      { kind: 'request', id: 1, channel: 'profile:get', payload: {} },
      { kind: 'request', id: 2, channel: 'profile:save', payload: { x: 1 } },
    ]);
    client.receive({ kind: 'reply', id: 2, result: { ok: true, value: 'B' } });
    client.receive({ kind: 'reply', id: 1, result: { ok: true, value: 'A' } });
    expect(await a).toEqual({ ok: true, value: 'A' });
    expect(await b).toEqual({ ok: true, value: 'B' });
  });

  it('fails pending calls clearly when the store host dies, and queues later calls for the next host', async () => {
    const timers = manualTimers();
    const client = createStoreClient(timers);
    const first = fakePort();
    client.attach(first.port);
    client.receive({ kind: 'ready' });
    const pending = client.request('profile:get', {});
    client.detach('store host crashed');
    expect(await pending).toMatchObject({ ok: false, error: { code: 'store-unavailable', message: expect.stringContaining('store host crashed') } });
    expect(first.isClosed()).toBe(true);
    expect(timers.count()).toBe(0);

    const later = client.request('profile:get', {});
    const second = fakePort();
    client.attach(second.port);
    client.receive({ kind: 'ready' });
    expect(second.sent).toHaveLength(1);
    client.receive({ kind: 'reply', id: (second.sent[0] as { id: number }).id, result: { ok: true, value: null } });
    expect(await later).toEqual({ ok: true, value: null });
  });

  it('shutDown fails pending, queued and later calls with its message until a new port is attached', async () => {
    const timers = manualTimers();
    const client = createStoreClient(timers);
    const first = fakePort();
    client.attach(first.port);
    client.receive({ kind: 'ready' });
    const pending = client.request('plan:get', {});
    client.detach('store host crashed');
    const queued = client.request('profile:get', {});
    client.shutDown('No store host is coming.');
    const down = { ok: false, error: { code: 'store-unavailable', message: 'No store host is coming.' } };
    expect(await pending).toMatchObject({ ok: false, error: { code: 'store-unavailable', message: expect.stringContaining('store host crashed') } });
    expect(await queued).toEqual(down);
    expect(await client.request('settings:get', {})).toEqual(down);
    expect(client.state).toBe('down');
    expect(timers.count()).toBe(0);

    const second = fakePort();
    client.attach(second.port);
    expect(client.state).toBe('starting');
    const later = client.request('settings:get', {});
    client.receive({ kind: 'ready' });
    client.receive({ kind: 'reply', id: (second.sent[0] as { id: number }).id, result: { ok: true, value: 1 } });
    expect(await later).toEqual({ ok: true, value: 1 });
  });

  it('times out a call that gets no reply, and ignores the late reply', async () => {
    const timers = manualTimers();
    const client = createStoreClient({ ...timers, timeoutMs: 5000 });
    const { port } = fakePort();
    client.attach(port);
    client.receive({ kind: 'ready' });
    const call = client.request('profile:get', {});
    timers.fireAll();
    expect(await call).toMatchObject({ ok: false, error: { code: 'store-timeout', message: expect.stringContaining('5 s') } });
    expect(() => client.receive({ kind: 'reply', id: 1, result: { ok: true, value: 1 } })).not.toThrow();
  });

  it('carries a write id in the envelope, also for a write queued while the store host started', async () => {
    const client = createStoreClient();
    const queued = client.request('spending:add', { x: 1 }, '0123456789abcdef0123');
    const { port, sent } = fakePort();
    client.attach(port);
    client.receive({ kind: 'ready' });
    const direct = client.request('spending:add', { x: 2 }, 'fedcba98765432100123');
    expect(sent).toEqual([
      { kind: 'request', id: 1, channel: 'spending:add', payload: { x: 1 }, writeId: '0123456789abcdef0123' },
      { kind: 'request', id: 2, channel: 'spending:add', payload: { x: 2 }, writeId: 'fedcba98765432100123' },
    ]);
    client.receive({ kind: 'reply', id: 1, result: { ok: true, value: 1 } });
    client.receive({ kind: 'reply', id: 2, result: { ok: true, value: 2 } });
    expect([await queued, await direct]).toEqual([
      { ok: true, value: 1 },
      { ok: true, value: 2 },
    ]);
  });

  it('passes events on and ignores malformed messages', () => {
    const seen: unknown[] = [];
    const client = createStoreClient({ onEvent: (e, p) => seen.push([e, p]) });
    client.attach(fakePort().port);
    client.receive({ kind: 'event', event: 'profile:changed', payload: { a: 1 } });
    client.receive({ kind: 'bogus' });
    client.receive(null);
    client.receive({ kind: 'reply', id: -1, result: 1 });
    expect(seen).toEqual([['profile:changed', { a: 1 }]]);
    expect(client.state).toBe('starting');
  });
});
