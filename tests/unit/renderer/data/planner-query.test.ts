/**
 * The renderer's data layer against a bridge that stands in for main: reads cached by
 * [channel, request], events written into the cache (never a read), an event held while a write
 * waits for its reply, refusals as errors, and the scheduler that hands React one batch per task.
 */
import { MutationObserver, QueryObserver, type QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanView } from '../../../../shared/ipc/contract';
import {
  call,
  channelQuery,
  coalescing,
  connectEvents,
  createPlannerQueryClient,
  keyOf,
  planBuiltFrom,
  PlannerError,
} from '../../../../renderer/src/data/planner-query';
import { fakeBridge } from './fake-bridge';


const view = (savedAt: string, done: string[] = []) => ({ savedAt, doneMilestoneIds: done }) as unknown as PlanView; // only the fields these tests read
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

let client: QueryClient | null = null;
afterEach(() => client?.clear());

describe('call', () => {
  it('returns the answer, and throws the store’s refusal as a PlannerError with its code', async () => {
    const { bridge, calls } = fakeBridge();
    const good = call(bridge, 'spending:list', {});
    calls[0]?.answer({ ok: true, value: [] });
    await expect(good).resolves.toEqual([]);
    const bad = call(bridge, 'spending:list', {});
    calls[1]?.answer({ ok: false, error: { code: 'store-unavailable', message: 'The store is restarting.' } });
    const error = await bad.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlannerError);
    expect((error as PlannerError).failure.code).toBe('store-unavailable');
    expect((error as PlannerError).message).toBe('The store is restarting.');
  });
});

describe('reads', () => {
  it('key a read by channel and request, and ask main once however many ask', async () => {
    client = createPlannerQueryClient();
    const { bridge, calls } = fakeBridge();
    expect(keyOf('week:get', { weekStart: '2026-12-07' })).toEqual(['week:get', { weekStart: '2026-12-07' }]);
    const a = client.fetchQuery(channelQuery(bridge, 'week:get', { weekStart: '2026-12-07' }));
    const b = client.fetchQuery(channelQuery(bridge, 'week:get', { weekStart: '2026-12-07' }));
    expect(calls.map((c) => [c.channel, c.request])).toEqual([['week:get', { weekStart: '2026-12-07' }]]);
    calls[0]?.answer({ ok: true, value: { weekStart: '2026-12-07' } });
    expect(await a).toEqual(await b);
  });

  it('never let event-fed reads go stale, and read the rest again when a screen opens', () => {
    const { bridge } = fakeBridge();
    expect(channelQuery(bridge, 'plan:get', {}).staleTime).toBe(Infinity);
    expect(channelQuery(bridge, 'settings:get', {}).staleTime).toBe(Infinity);
    expect(channelQuery(bridge, 'spending:list', {}).staleTime).toBe(0);
  });
});

describe('events', () => {
  it('write what they carry into the cache, without a read', async () => {
    client = createPlannerQueryClient();
    const { bridge, calls, emit } = fakeBridge();
    const off = connectEvents(client, bridge);
    emit('plan:changed', view('2026-12-03T07:00:00.000Z'));
    emit('settings:changed', { theme: 'dark' });
    expect(client.getQueryData(keyOf('plan:get', {}))).toEqual(view('2026-12-03T07:00:00.000Z'));
    expect(client.getQueryData(keyOf('settings:get', {}))).toEqual({ theme: 'dark' });
    expect(calls).toEqual([]);
    off();
    emit('settings:changed', { theme: 'light' });
    expect(client.getQueryData(keyOf('settings:get', {}))).toEqual({ theme: 'dark' });
  });

  it('win over a read that was under way when they came (the read is older)', async () => {
    client = createPlannerQueryClient();
    const { bridge, calls, emit } = fakeBridge();
    connectEvents(client, bridge);
    const observer = new QueryObserver(client, channelQuery(bridge, 'app:desktop-status', {}));
    const unsubscribe = observer.subscribe(() => undefined);
    expect(calls.map((c) => c.channel)).toEqual(['app:desktop-status']);
    emit('app:desktop-status-changed', { closeAction: 'minimize' });
    calls[0]?.answer({ ok: true, value: { closeAction: 'hide-to-tray' } });
    await tick();
    expect(client.getQueryData(keyOf('app:desktop-status', {}))).toEqual({ closeAction: 'minimize' });
    unsubscribe();
  });

  it('mark the weeks stale on a plan change and read again only the week on screen', async () => {
    client = createPlannerQueryClient();
    const { bridge, calls, emit } = fakeBridge();
    connectEvents(client, bridge);
    client.setQueryData(keyOf('week:get', { weekStart: '2026-11-30' }), { weekStart: '2026-11-30' });
    const shown = new QueryObserver(client, { ...channelQuery(bridge, 'week:get', { weekStart: '2026-12-07' }), staleTime: Infinity });
    const unsubscribe = shown.subscribe(() => undefined);
    calls.shift()?.answer({ ok: true, value: { weekStart: '2026-12-07' } });
    await tick();
    emit('plan:changed', view('2026-12-03T07:00:00.000Z'));
    await tick();
    expect(calls.map((c) => [c.channel, c.request])).toEqual([['week:get', { weekStart: '2026-12-07' }]]);
    expect(client.getQueryState(keyOf('week:get', { weekStart: '2026-11-30' }))?.isInvalidated).toBe(true);
    unsubscribe();
  });

  it('replace a week read under way when the plan changes again, so the last answer shown is read after the last change', async () => {
    client = createPlannerQueryClient();
    const { bridge, calls, emit } = fakeBridge();
    connectEvents(client, bridge);
    const week = { weekStart: '2026-12-07' };
    const shown = new QueryObserver(client, { ...channelQuery(bridge, 'week:get', week), staleTime: Infinity });
    const seen: unknown[] = [];
    const unsubscribe = shown.subscribe((r) => seen.push(r.data));
    calls.shift()?.answer({ ok: true, value: { weekStart: '2026-12-07', missed: ['a', 'b'] } });
    await tick();
    // "a" is marked done: the week is read again, and that read is still under way when "b" is marked done too.
    emit('plan:changed', view('2026-12-03T07:00:00.000Z', []));
    await tick();
    expect(calls).toHaveLength(1);
    const beforeB = calls.shift();
    emit('plan:changed', view('2026-12-03T07:00:01.000Z', []));
    await tick();
    // A new read was sent after the second change; the older read's answer (with "b" still missed) is not the one kept.
    expect(calls.map((c) => [c.channel, c.request])).toEqual([['week:get', week]]);
    beforeB?.answer({ ok: true, value: { weekStart: '2026-12-07', missed: ['b'] } });
    calls.shift()?.answer({ ok: true, value: { weekStart: '2026-12-07', missed: [] } });
    await tick();
    expect(shown.getCurrentResult().data).toEqual({ weekStart: '2026-12-07', missed: [] });
    expect(seen.at(-1)).toEqual({ weekStart: '2026-12-07', missed: [] });
    unsubscribe();
  });

  it('are held while a write waits for its reply, then applied with it: an equal answer notifies nobody', async () => {
    client = createPlannerQueryClient();
    const { bridge, calls, emit } = fakeBridge();
    connectEvents(client, bridge);
    const before = view('2026-12-03T07:00:00.000Z');
    const after = view('2026-12-03T07:00:01.000Z', ['phase.foundations.python-core']);
    client.setQueryData(keyOf('plan:get', {}), before);
    const plan = new QueryObserver(client, { ...channelQuery(bridge, 'plan:get', {}), notifyOnChangeProps: ['data'] });
    const seen: unknown[] = [];
    const unsubscribe = plan.subscribe((r) => seen.push(r.data));

    const write = new MutationObserver(client, {
      mutationKey: ['milestone:set-done'],
      mutationFn: (request: { id: string; done: boolean }) => call(bridge, 'milestone:set-done', request),
      onSuccess: (reply: PlanView) => client?.setQueryData(keyOf('plan:get', {}), reply),
    });
    const sent = write.mutate({ id: 'phase.foundations.python-core', done: true });
    await tick();
    // Main's event overtakes the reply: held, the cache still has the plan before the tick.
    emit('plan:changed', after);
    expect(client.getQueryData(keyOf('plan:get', {}))).toBe(before);
    calls[0]?.answer({ ok: true, value: after });
    await sent;
    await tick();
    expect(client.getQueryData(keyOf('plan:get', {}))).toEqual(after);
    // One notification for the reply and the event together.
    expect(seen).toEqual([after]);
    unsubscribe();
  });

  it('held for a write that was refused are applied when it settles', async () => {
    client = createPlannerQueryClient();
    const { bridge, calls, emit } = fakeBridge();
    connectEvents(client, bridge);
    const write = new MutationObserver(client, { mutationKey: ['session:update'], mutationFn: (request: { id: string }) => call(bridge, 'session:update', request) });
    const sent = write.mutate({ id: 's1' }).catch(() => undefined);
    await tick();
    emit('settings:changed', { theme: 'dark' });
    expect(client.getQueryData(keyOf('settings:get', {}))).toBeUndefined();
    calls[0]?.answer({ ok: false, error: { code: 'conflict', message: 'Another session is there.' } });
    await sent;
    expect(client.getQueryData(keyOf('settings:get', {}))).toEqual({ theme: 'dark' });
  });
});

describe('planBuiltFrom', () => {
  it('resolves once the cached plan is the saved profile’s, from the event', async () => {
    client = createPlannerQueryClient();
    const { bridge, calls, emit } = fakeBridge();
    connectEvents(client, bridge);
    client.setQueryData(keyOf('plan:get', {}), view('2026-12-03T06:00:00.000Z'));
    let resolved = false;
    const waiting = planBuiltFrom(client, '2026-12-03T07:00:00.000Z').then(() => (resolved = true));
    await tick();
    expect(resolved).toBe(false);
    emit('plan:changed', view('2026-12-03T07:00:00.000Z'));
    await waiting;
    expect(calls).toEqual([]);
  });

  it('marks the plan stale when the event does not come in time, so the next screen reads it', async () => {
    client = createPlannerQueryClient();
    client.setQueryData(keyOf('plan:get', {}), view('2026-12-03T06:00:00.000Z'));
    await planBuiltFrom(client, '2026-12-03T07:00:00.000Z', 10);
    expect(client.getQueryState(keyOf('plan:get', {}))?.isInvalidated).toBe(true);
  });
});

describe('coalescing', () => {
  it('runs everything scheduled before the first run together, in order, once', () => {
    const later: (() => void)[] = [];
    const schedule = coalescing((run) => later.push(run));
    const ran: string[] = [];
    schedule(() => ran.push('reply'));
    schedule(() => ran.push('settled'));
    expect(later).toHaveLength(1);
    expect(ran).toEqual([]);
    later[0]?.();
    expect(ran).toEqual(['reply', 'settled']);
    schedule(() => ran.push('next task'));
    expect(later).toHaveLength(2);
    later[1]?.();
    expect(ran).toEqual(['reply', 'settled', 'next task']);
  });
});
