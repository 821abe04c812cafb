/** Several reads shown as one: pending, failed (with a retry of only what failed) or every answer. */
import { describe, expect, it } from 'vitest';
import { allOf, mapLoaded, type Loadable } from '../../../../renderer/src/shared/LoadStates';

function read<T>(status: 'pending' | 'error' | 'success', data?: T, message = 'The store is restarting.') {
  const retried: string[] = [];
  const r = { status, data, error: status === 'error' ? { message } : null, refetch: () => retried.push('again') } as Loadable<T>;
  return { r, retried };
}

describe('allOf', () => {
  it('gives every answer, in order, once all have come', () => {
    const all = allOf(read('success', 1).r, read('success', 'two').r, read('success', null).r);
    expect(all.status).toBe('success');
    expect(all.data).toEqual([1, 'two', null]);
  });

  it('is pending while any read is', () => {
    const all = allOf(read('success', 1).r, read<number>('pending').r);
    expect(all.status).toBe('pending');
    expect(all.data).toBeUndefined();
  });

  it('fails with the first failure, over a read still pending, and retries only the reads that failed', () => {
    const ok = read('success', 1);
    const pending = read<number>('pending');
    const failed = read<number>('error', undefined, 'Spending could not be read.');
    const all = allOf(ok.r, pending.r, failed.r);
    expect(all.status).toBe('error');
    expect(all.error?.message).toBe('Spending could not be read.');
    all.refetch();
    expect(failed.retried).toEqual(['again']);
    expect(ok.retried).toEqual([]);
    expect(pending.retried).toEqual([]);
  });
});

describe('mapLoaded', () => {
  it('maps an answer and leaves a pending or failed read as it is', () => {
    expect(mapLoaded(read('success', 2).r, (n) => n * 10).data).toBe(20);
    const failed = mapLoaded(read<number>('error').r, (n) => n * 10);
    expect(failed.status).toBe('error');
    expect(failed.error?.message).toBe('The store is restarting.');
    expect(mapLoaded(read<number>('pending').r, (n) => n * 10).status).toBe('pending');
  });
});
