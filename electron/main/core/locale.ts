/**
 * The learner's regional format, as main reads it from the operating system, for the window
 * (`app:get-locale`) and for main's own words (tray, notifications). No `electron` import:
 * index.ts passes what `app` reports and the e2e harness passes the browser's languages, so both
 * run this same code.
 *
 * Order, and why: the system locale first, because it is the regional format (Windows 11 formats
 * dates and numbers by it, macOS by its region; Electron documents `app.getSystemLocale()` for
 * "choosing a format for rendering dates and times in a calendar app"), which is not always the
 * language the learner reads (English words with a German region is `en-DE`). Then the preferred
 * system languages, then Chromium's own locale, so there is always something to use.
 */
import { createDisplayFormat, isLocaleTag, type DisplayFormat } from '../../../shared/locale/display-format';
import { ok, type Result } from '../../../shared/ipc/result';

export interface SystemLocales {
  /** `app.getSystemLocale()`: the regional format. */
  system: string;
  /** `app.getPreferredSystemLanguages()`: the learner's languages, most preferred first. */
  preferred: readonly string[];
  /** `app.getLocale()`: Chromium's own locale. */
  app: string;
}

/** Most tags worth passing on: the first usable one decides, the rest are fallbacks. */
const MAX_LOCALES = 8;

/**
 * One operating-system locale name as a BCP 47 tag, or null: POSIX names from Linux
 * ('de_DE.UTF-8', 'ca_ES@valencia') lose their charset and modifier and take hyphens; the
 * POSIX 'C' locale and anything Intl cannot read mean "not set".
 */
export function toLocaleTag(name: string): string | null {
  const tag = name.trim().split(/[.@]/)[0]?.replace(/_/g, '-') ?? '';
  if (tag === '' || tag === 'C' || tag === 'POSIX' || !isLocaleTag(tag)) return null;
  return Intl.getCanonicalLocales(tag)[0] ?? null;
}

/** The tags to format with, most preferred first, without repeats; never empty. */
export function formatLocales(os: SystemLocales): string[] {
  const tags: string[] = [];
  for (const name of [os.system, ...os.preferred, os.app]) {
    const tag = toLocaleTag(name);
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags.length > 0 ? tags.slice(0, MAX_LOCALES) : ['en-US'];
}

/**
 * Main's display format, made on first use (Electron answers `getSystemLocale` only once the
 * app is ready, and main's words are first needed after that) and kept for the run.
 */
export function lazyDisplayFormat(read: () => readonly string[]): () => DisplayFormat {
  let made: DisplayFormat | null = null;
  return () => (made ??= createDisplayFormat(read()));
}

/** The router's local handler: main answers this channel itself; the store host never sees it. */
export function localeChannels(locales: () => readonly string[]) {
  return {
    'app:get-locale': async (): Promise<Result<{ locales: string[] }>> => ok({ locales: [...locales()] }),
  };
}
