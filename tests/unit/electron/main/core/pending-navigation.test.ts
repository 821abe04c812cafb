/**
 * The pending-navigation holder: a navigation for a page that is not listening yet is
 * held and taken exactly once; once the page has taken, navigations are sent as events.
 */
import { describe, expect, it } from 'vitest';
import { createPendingNavigation, navigationChannels } from '../../../../../electron/main/core/pending-navigation';

const week = { screen: 'week' } as const;
const cert = { screen: 'certifications', certId: 'cert.aws.mla-c01' } as const;

describe('pending navigation', () => {
  it('holds a navigation for a page that has not subscribed, and hands it over exactly once', () => {
    const pending = createPendingNavigation();
    expect(pending.request(week)).toBe('held');
    expect(pending.take()).toEqual(week);
    expect(pending.take()).toBeNull();
  });

  it('keeps only the latest navigation while the page loads', () => {
    const pending = createPendingNavigation();
    pending.request(week);
    pending.request(cert);
    expect(pending.take()).toEqual(cert);
  });

  it('sends navigations as events once the page has taken (it is subscribed by then)', () => {
    const pending = createPendingNavigation();
    expect(pending.take()).toBeNull();
    expect(pending.request(week)).toBe('send');
    expect(pending.take()).toBeNull(); // a sent navigation is never handed over again
  });

  it('holds again while a new page loads, and that page takes what was held', () => {
    const pending = createPendingNavigation();
    pending.take();
    pending.pageLoading();
    expect(pending.request(cert)).toBe('held');
    pending.pageLoading(); // e.g. the page reloads again before subscribing
    expect(pending.take()).toEqual(cert);
    expect(pending.request(week)).toBe('send');
  });

  it('drops what nobody took when the window closes', () => {
    const pending = createPendingNavigation();
    pending.request(week);
    pending.windowClosed();
    expect(pending.take()).toBeNull();
  });

  it('answers the router through a local channel, as data', async () => {
    const pending = createPendingNavigation();
    const channels = navigationChannels(pending);
    pending.request(cert);
    expect(await channels['app:take-pending-navigation']()).toEqual({ ok: true, value: cert });
    expect(await channels['app:take-pending-navigation']()).toEqual({ ok: true, value: null });
  });
});
