/** The window's use of the display format: the page language, messages from main, time lists. */
import { describe, expect, it } from 'vitest';
import type { PlannerBridge } from '../../../../shared/ipc/bridge';
import { createDisplayFormat } from '../../../../shared/locale/display-format';
import { documentLanguage, withLocalMessages } from '../../../../renderer/src/shared/locale';
import { timeChoices } from '../../../../renderer/src/shared/TimeSelect';

describe('the page language', () => {
  it('is the language of the words: an English locale with its region, else plain English', () => {
    expect(documentLanguage(createDisplayFormat(['en-GB']))).toBe('en-GB');
    expect(documentLanguage(createDisplayFormat(['en-US']))).toBe('en-US');
    expect(documentLanguage(createDisplayFormat(['de-DE']))).toBe('en');
    expect(documentLanguage(createDisplayFormat(['hi-IN']))).toBe('en');
  });
});

describe('messages from main and the store', () => {
  const refusing: PlannerBridge = {
    invoke: async () => ({
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'Start date 2026-11-01 is in the past; choose 2026-11-23 or later.',
        issues: [{ path: 'budgetUsd', message: 'Budget can be at most $20,000.' }],
      },
    }),
    on: () => () => undefined,
    onWriteStatus: () => () => undefined,
  };

  it('reach the screens with their dates and amounts in the locale', async () => {
    const result = await withLocalMessages(refusing, createDisplayFormat(['de-DE'])).invoke('profile:get', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe('Start date 1. Nov. 2026 is in the past; choose 23. Nov. 2026 or later.');
    expect(result.error.issues?.[0]?.message.replace(/\u00a0/g, ' ')).toBe('Budget can be at most 20.000 $.');
    expect(result.error.code).toBe('invalid-request');
  });

  it('leave answers that worked untouched', async () => {
    // `never`: one stub answers every channel; what matters is that the answer comes back as it is.
    const answering: PlannerBridge = { ...refusing, invoke: async () => ({ ok: true, value: 'saved' as never }) };
    expect(await withLocalMessages(answering, createDisplayFormat(['de-DE'])).invoke('profile:get', {})).toEqual({ ok: true, value: 'saved' });
  });
});

describe('time lists', () => {
  it('offer every quarter hour, the end of the day where allowed, and a stored time off the grid', () => {
    const plain = timeChoices('18:30', false);
    expect(plain).toHaveLength(96);
    expect(plain[0]).toEqual({ value: '00:00', minutes: 0 });
    expect(plain.at(-1)).toEqual({ value: '23:45', minutes: 1425 });
    expect(timeChoices('24:00', true).at(-1)).toEqual({ value: '24:00', minutes: 1440 });
    const odd = timeChoices('18:20', false).map((c) => c.value);
    expect(odd).toHaveLength(97);
    expect(odd.slice(odd.indexOf('18:15'), odd.indexOf('18:15') + 3)).toEqual(['18:15', '18:20', '18:30']);
    // Not a time: nothing extra, the list stays the grid.
    expect(timeChoices('soon', false)).toHaveLength(96);
  });
});
