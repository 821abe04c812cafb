import { describe, expect, it } from 'vitest';
import { createIpcRouter, MAX_REQUEST_BYTES } from '../../../../../electron/main/core/ipc-router';
import type { Result } from '../../../../../shared/ipc/result';
import { storeCalls } from '../../../../../electron/main/core/store-calls';
import { unwiredMainHandlers } from '../../../../support/main-handlers';

const UI = { url: 'app://ui/index.html', isMainFrame: true };
const profile = { background: 'student', weeklyHours: 8, budgetUsd: 0, startDate: '2027-01-04' };

function routerWith(reply: (channel: string, request: unknown) => Result<unknown>) {
  const forwarded: [string, unknown][] = [];
  const writeIds: (string | undefined)[] = [];
  const router = createIpcRouter({
    trustedOrigin: 'app://ui',
    // The store client's typed call over this fake store, so its replies are checked as main's are.
    forward: storeCalls({
      request: async (channel, request, writeId) => {
        forwarded.push([channel, request]);
        writeIds.push(writeId);
        return reply(channel, request);
      },
    }).call,
    local: unwiredMainHandlers(),
  });
  return { router, forwarded, writeIds };
}

describe('ipc router', () => {
  it('forwards a valid request and returns the store reply', async () => {
    const saved = { profile, savedAt: '2026-11-23T10:00:00.000Z' };
    const { router, forwarded } = routerWith(() => ({ ok: true, value: saved }));
    expect(await router.handle(UI, 'profile:save', profile)).toEqual({ ok: true, value: saved });
    expect(forwarded).toEqual([['profile:save', profile]]);
  });

  it('forwards a write id on writes, and refuses one that is malformed or on a read', async () => {
    const { router, forwarded, writeIds } = routerWith(() => ({ ok: true, value: { profile, savedAt: '2026-11-23T10:00:00.000Z' } }));
    const id = '3f2b8c1e-9d4a-4b7e-8a11-0c5d6e7f8a9b';
    expect((await router.handle(UI, 'profile:save', profile, id)).ok).toBe(true);
    expect(writeIds).toEqual([id]);
    for (const bad of ['../../etc', 'x', 'A'.repeat(65), 42, { id }]) {
      expect(await router.handle(UI, 'profile:save', profile, bad)).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('malformed') } });
    }
    expect(await router.handle(UI, 'profile:get', {}, id)).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('does not change data') } });
    expect(forwarded).toHaveLength(1);
  });

  it('refuses before forwarding: wrong sender, unknown channel, bad payload, oversize payload', async () => {
    const { router, forwarded } = routerWith(() => ({ ok: true, value: null }));
    expect(await router.handle({ ...UI, isMainFrame: false }, 'profile:get', {})).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await router.handle({ url: 'app://store/index.html', isMainFrame: true }, 'profile:get', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(await router.handle(UI, 'profile:drop', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await router.handle(UI, { toString: () => 'x' }, {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await router.handle(UI, 'profile:get', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await router.handle(UI, 'profile:save', { ...profile, weeklyHours: -3 })).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'weeklyHours: Weekly hours must be at least 1.',
        issues: [{ path: 'weeklyHours', message: 'Weekly hours must be at least 1.' }],
      },
    });
    const huge = { ...profile, startDate: 'x'.repeat(MAX_REQUEST_BYTES) };
    expect(await router.handle(UI, 'profile:save', huge)).toMatchObject({ ok: false, error: { code: 'payload-too-large' } });
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(await router.handle(UI, 'profile:save', cyclic)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(forwarded).toEqual([]);
  });

  it('refuses a store reply that breaks the contract', async () => {
    const { router } = routerWith(() => ({ ok: true, value: { profile: { ...profile, weeklyHours: 'lots' }, savedAt: 'x' } }));
    expect(await router.handle(UI, 'profile:get', {})).toMatchObject({ ok: false, error: { code: 'invalid-reply' } });
  });

  it('passes a store error through unchanged', async () => {
    const error = { code: 'store-unavailable' as const, message: 'The data store stopped.' };
    const { router } = routerWith(() => ({ ok: false, error }));
    expect(await router.handle(UI, 'profile:get', {})).toEqual({ ok: false, error });
  });

  it('turns a throwing forwarder into an internal error instead of a crash', async () => {
    const router = createIpcRouter({
      trustedOrigin: 'app://ui',
      forward: () => Promise.reject(new Error('boom')),
      local: unwiredMainHandlers(),
    });
    expect(await router.handle(UI, 'profile:get', {})).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('boom') } });
  });
});
