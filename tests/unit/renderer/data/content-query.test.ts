/**
 * The content pack in the data layer: read once (never stale on its own), read again when main
 * announces a switch of pack (the event names the pack, it does not carry it), the old pack kept
 * on screen meanwhile, and the event held while this window's own write (the apply) waits.
 */
import { MutationObserver, QueryObserver, type QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInPack } from '../../../../shared/content/pack';
import { loadPack } from '../../../../shared/content/load';
import type { ContentPack } from '../../../../shared/content/schema';
import { call, channelQuery, connectEvents, createPlannerQueryClient, keyOf } from '../../../../renderer/src/data/planner-query';
import { fakeBridge } from './fake-bridge';


const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

function packs(): { v1: ContentPack; v2: ContentPack } {
  const loaded = loadPack(builtInPack);
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const v1 = loaded.pack;
  return { v1, v2: { ...v1, packVersion: '9.0.0', phases: v1.phases.map((p, i) => (i === 0 ? { ...p, title: 'Renamed first phase' } : p)) } };
}

const summary = { editionId: 'edition.ml-engineer', title: 'Machine-learning engineer', summary: 'x', packVersion: '9.0.0', asOf: '2026-03-31', origin: 'file' };

let client: QueryClient | null = null;
afterEach(() => client?.clear());

describe('the content query', () => {
  it('never goes stale by itself: opening a screen does not read the pack again', () => {
    const { bridge } = fakeBridge();
    expect(channelQuery(bridge, 'content:get', {}).staleTime).toBe(Infinity);
    expect(channelQuery(bridge, 'content:status', {}).staleTime).toBe(Infinity);
  });

  it('is read again on content:changed, keeping the old pack on screen until the new one arrives', async () => {
    client = createPlannerQueryClient();
    const { bridge, calls, emit } = fakeBridge();
    connectEvents(client, bridge);
    const { v1, v2 } = packs();
    const observer = new QueryObserver(client, channelQuery(bridge, 'content:get', {}));
    const seen: (string | undefined)[] = [];
    const unsubscribe = observer.subscribe((r) => seen.push(r.data?.pack.packVersion));
    expect(calls.map((c) => c.channel)).toEqual(['content:get']);
    calls.shift()?.answer({ ok: true, value: { pack: v1, origin: 'built-in' } });
    await tick();
    expect(observer.getCurrentResult().data?.pack.packVersion).toBe('1.2.0');
    seen.length = 0;

    emit('content:changed', summary);
    await tick();
    expect(calls.map((c) => c.channel)).toEqual(['content:get']);
    // While the new pack is read, the screen still has the old one (no loading state).
    expect(observer.getCurrentResult().status).toBe('success');
    expect(observer.getCurrentResult().data?.pack.packVersion).toBe('1.2.0');
    calls.shift()?.answer({ ok: true, value: { pack: v2, origin: 'file' } });
    await tick();
    expect(observer.getCurrentResult().data).toEqual({ pack: v2, origin: 'file' });
    expect(observer.getCurrentResult().data?.pack.phases[0]?.title).toBe('Renamed first phase');
    // Every notification since the first answer had a pack: the old one, then the new one.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((v) => v === undefined)).toEqual([]);
    expect(seen.at(-1)).toBe('9.0.0');
    unsubscribe();
  });

  it('marks a pack read by no screen stale, so the next screen reads the new one', async () => {
    client = createPlannerQueryClient();
    const { bridge, calls, emit } = fakeBridge();
    connectEvents(client, bridge);
    client.setQueryData(keyOf('content:get', {}), { pack: packs().v1, origin: 'built-in' as const });
    client.setQueryData(keyOf('content:status', {}), { current: summary, shipped: [] });
    emit('content:changed', summary);
    await tick();
    expect(calls).toEqual([]);
    expect(client.getQueryState(keyOf('content:get', {}))?.isInvalidated).toBe(true);
    expect(client.getQueryState(keyOf('content:status', {}))?.isInvalidated).toBe(true);
  });

  it('is read again only after the apply that caused the switch has its reply', async () => {
    client = createPlannerQueryClient();
    const { bridge, calls, emit } = fakeBridge();
    connectEvents(client, bridge);
    const { v1, v2 } = packs();
    client.setQueryData(keyOf('content:get', {}), { pack: v1, origin: 'built-in' as const });
    const observer = new QueryObserver(client, channelQuery(bridge, 'content:get', {}));
    const unsubscribe = observer.subscribe(() => undefined);
    const write = new MutationObserver(client, { mutationKey: ['content:apply'], mutationFn: (request: { token: string }) => call(bridge, 'content:apply', request) });
    const sent = write.mutate({ token: 't1' });
    await tick();
    emit('content:changed', summary);
    await tick();
    expect(calls.map((c) => c.channel)).toEqual(['content:apply']);
    calls.shift()?.answer({ ok: true, value: summary });
    await sent;
    await tick();
    expect(calls.map((c) => c.channel)).toEqual(['content:get']);
    calls.shift()?.answer({ ok: true, value: { pack: v2, origin: 'file' } });
    await tick();
    expect(observer.getCurrentResult().data?.pack.packVersion).toBe('9.0.0');
    unsubscribe();
  });
});
