/**
 * Main's reading of the learner's regional format: operating-system names become BCP 47 tags,
 * the regional format comes first, and the window receives them through the checked contract.
 */
import { describe, expect, it } from 'vitest';
import { formatLocales, lazyDisplayFormat, localeChannels, toLocaleTag } from '../../../../../electron/main/core/locale';
import { createIpcRouter } from '../../../../../electron/main/core/ipc-router';
import { unwiredMainHandlers } from '../../../../support/main-handlers';

describe('locale names from the operating system', () => {
  it('reads POSIX names as language tags and drops the ones that say nothing', () => {
    expect(toLocaleTag('de_DE.UTF-8')).toBe('de-DE');
    expect(toLocaleTag('ca_ES@valencia')).toBe('ca-ES');
    expect(toLocaleTag(' en-gb ')).toBe('en-GB');
    expect(toLocaleTag('C')).toBeNull();
    expect(toLocaleTag('POSIX')).toBeNull();
    expect(toLocaleTag('')).toBeNull();
    expect(toLocaleTag('not a locale')).toBeNull();
  });

  it('puts the regional format first, then the preferred languages, then Chromium’s own, without repeats', () => {
    // English words, German region (macOS "English (UK)" with region Germany).
    expect(formatLocales({ system: 'en-DE', preferred: ['en-GB', 'de-DE'], app: 'en-GB' })).toEqual(['en-DE', 'en-GB', 'de-DE']);
    // Windows with a German regional format and an English display language.
    expect(formatLocales({ system: 'de-DE', preferred: ['en-US'], app: 'en-US' })).toEqual(['de-DE', 'en-US']);
    // Linux with nothing set but LANG.
    expect(formatLocales({ system: '', preferred: [], app: 'hi_IN.UTF-8' })).toEqual(['hi-IN']);
  });

  it('never answers with nothing', () => {
    expect(formatLocales({ system: 'C', preferred: [], app: '' })).toEqual(['en-US']);
  });

  it('makes main’s display format once, on first use', () => {
    let reads = 0;
    const format = lazyDisplayFormat(() => {
      reads += 1;
      return ['de-DE'];
    });
    expect(reads).toBe(0);
    expect(format().locale).toBe('de-DE');
    expect(format()).toBe(format());
    expect(reads).toBe(1);
  });
});

describe('app:get-locale through the router', () => {
  const ui = { url: 'app://ui/index.html', isMainFrame: true };
  const router = (locales: string[]) =>
    createIpcRouter({ trustedOrigin: 'app://ui', forward: () => Promise.reject(new Error('must not be forwarded')), local: { ...unwiredMainHandlers(), ...localeChannels(() => locales) } });

  it('hands the window the tags, most preferred first', async () => {
    expect(await router(['de-DE', 'en-US']).handle(ui, 'app:get-locale', {})).toEqual({ ok: true, value: { locales: ['de-DE', 'en-US'] } });
  });

  it('refuses fields in the request and an answer that is not language tags', async () => {
    expect(await router(['de-DE']).handle(ui, 'app:get-locale', { locale: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const bad = await router(['not a tag']).handle(ui, 'app:get-locale', {});
    expect(bad.ok).toBe(false);
  });
});
