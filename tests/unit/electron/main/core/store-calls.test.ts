/**
 * Main's typed store calls: every answer is checked against its channel's response schema where
 * it enters main, so what a service reads has the type it was promised.
 */
import { describe, expect, it } from 'vitest';
import { storeCalls } from '../../../../../electron/main/core/store-calls';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../../shared/domain/reminder-settings';
import { fail, ok, type Result } from '../../../../../shared/ipc/result';

const SETTINGS = { reminders: DEFAULT_REMINDER_SETTINGS, closeToTray: true, trayHintShown: false, launchAtLogin: false, theme: 'system', calendarFolder: null };

function answering(reply: unknown) {
  const sent: unknown[][] = [];
  const calls = storeCalls({
    async request(...args: unknown[]): Promise<Result<unknown>> {
      sent.push(args);
      return reply as Result<unknown>;
    },
  });
  return { calls, sent };
}

describe('store.call', () => {
  it('passes a valid answer on, sending the request and the write id as given', async () => {
    const { calls, sent } = answering(ok(SETTINGS));
    expect(await calls.call('settings:update', { theme: 'dark' }, '3f2b8c1e-9d4a-4b7e-8a11-0c5d6e7f8a9b')).toEqual(ok(SETTINGS));
    expect(sent).toEqual([['settings:update', { theme: 'dark' }, '3f2b8c1e-9d4a-4b7e-8a11-0c5d6e7f8a9b']]);
    // A read goes without a write id, as before.
    await calls.call('settings:get', {});
    expect(sent[1]).toEqual(['settings:get', {}]);
  });

  it('refuses an answer that breaks the contract or the internal contract, naming the channel', async () => {
    expect(await answering(ok({ ...SETTINGS, theme: 'neon' })).calls.call('settings:get', {})).toEqual(
      fail('invalid-reply', 'The data store sent an invalid answer to "settings:get".'),
    );
    expect(await answering(ok({ recorded: 'x' })).calls.call('reminders:mark-delivered', { checkUtc: '2026-11-23T10:00:00Z', deliveries: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-reply', message: expect.stringContaining('reminders:mark-delivered') },
    });
    expect(await answering('not a result').calls.call('plan:get', {})).toMatchObject({ ok: false, error: { code: 'invalid-reply' } });
  });

  it('passes a store error through unchanged and turns a failing wire into store-unavailable', async () => {
    const error = fail('not-found', 'Save your profile first.');
    expect(await answering(error).calls.call('plan:regenerate', {})).toEqual(error);
    const broken = storeCalls({ request: () => Promise.reject(new Error('port closed')) });
    expect(await broken.call('settings:get', {})).toEqual(fail('store-unavailable', 'Could not reach the data store: Error: port closed'));
  });

  it('passes a backup dump on as the store sent it: its users check it their own way', async () => {
    const damaged = { profile: null, sessions: [{ id: 'session in year 0000' }] };
    expect(await answering(ok(damaged)).calls.call('backup:dump', {})).toEqual(ok(damaged));
  });
});
