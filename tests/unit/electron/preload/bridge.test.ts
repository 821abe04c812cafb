import { describe, expect, it } from 'vitest';
import { createPlannerBridge, type BridgeTransport } from '../../../../electron/preload/bridge';

function transport() {
  const calls: [string, unknown][] = [];
  let listener: ((event: string, payload: unknown) => void) | null = null;
  let subscriptions = 0;
  const t: BridgeTransport = {
    invoke: async (channel, payload) => {
      calls.push([channel, payload]);
      return { ok: true, value: null };
    },
    subscribe(l) {
      subscriptions++;
      listener = l;
      return () => {
        listener = null;
      };
    },
  };
  return { t, calls, emit: (e: string, p: unknown) => listener?.(e, p), active: () => listener !== null, subscriptions: () => subscriptions };
}

describe('planner bridge', () => {
  it('forwards contract channels and refuses others without sending', async () => {
    const { t, calls } = transport();
    const bridge = createPlannerBridge(t);
    expect(await bridge.invoke('profile:get', {})).toEqual({ ok: true, value: null });
    expect(await bridge.invoke('shell:exec' as never, {} as never)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(calls).toEqual([['profile:get', {}]]);
  });

  it('turns a transport failure into an error result', async () => {
    const bridge = createPlannerBridge({ invoke: () => Promise.reject(new Error('gone')), subscribe: () => () => undefined });
    expect(await bridge.invoke('profile:get', {})).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('gone') } });
  });

  it('delivers events to subscribers until they unsubscribe, with one transport subscription', () => {
    const { t, emit, active, subscriptions } = transport();
    const bridge = createPlannerBridge(t);
    const seen: unknown[] = [];
    const offA = bridge.on('profile:changed', (p) => seen.push(['a', p]));
    const offB = bridge.on('profile:changed', () => {
      throw new Error('a broken handler');
    });
    emit('profile:changed', 1);
    emit('not-an-event', 2);
    offA();
    emit('profile:changed', 3);
    expect(seen).toEqual([['a', 1]]);
    expect(subscriptions()).toBe(1);
    offB();
    expect(active()).toBe(false);
    expect(() => bridge.on('shell:exec' as never, () => undefined)).toThrow('Unknown event');
  });
});
