/**
 * The learner's locale and time zone for every screen: the display format made from the locales
 * main reads from the operating system (`app:get-locale`), and the zone of the learner's study
 * windows (else this computer's, the rule the store applies too). Screens read both through
 * `useDisplayFormat()` and `useLearnerZone()`, so no screen formats with a locale or zone of its
 * own; the shell reads them once through the data layer, and the zone follows the profile's
 * `profile:changed`.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { createDisplayFormat, type DisplayFormat } from '../../../shared/locale/display-format';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { Result } from '../../../shared/ipc/result';
import { computerTimeZone, learnerTimeZone } from '../../../shared/domain/time-zone';

export interface LearnerLocale {
  format: DisplayFormat;
  timeZone: string;
}

export const computerZone = computerTimeZone;

let browserFallback: LearnerLocale | null = null;
/** Outside the shell (a screen rendered alone): the browser's own languages and zone. */
function fallback(): LearnerLocale {
  return (browserFallback ??= { format: createDisplayFormat(navigator.languages), timeZone: computerZone() });
}

const LearnerLocaleContext = createContext<LearnerLocale | null>(null);

export function LearnerLocaleProvider({ value, children }: { value: LearnerLocale; children: ReactNode }) {
  return <LearnerLocaleContext.Provider value={value}>{children}</LearnerLocaleContext.Provider>;
}

export function useDisplayFormat(): DisplayFormat {
  return (useContext(LearnerLocaleContext) ?? fallback()).format;
}

/** The zone every date and time on screen is shown in: the learner's, never by accident the computer's. */
export function useLearnerZone(): string {
  return (useContext(LearnerLocaleContext) ?? fallback()).timeZone;
}

/** The display format from main's locales (`app:get-locale`); the browser's languages if main could not say. */
export function displayFormatFrom(answer: { locales: readonly string[] } | undefined): DisplayFormat {
  return createDisplayFormat(answer ? [...answer.locales, ...navigator.languages] : navigator.languages);
}

/** The learner's zone from a saved profile, else this computer's. */
export function zoneOf(profile: Result<{ profile: { availability?: { timeZone: string } | undefined } } | null>): string {
  return learnerTimeZone(profile.ok ? profile.value?.profile.availability?.timeZone : undefined);
}

/**
 * What the page's `lang` says: the language its words are in. The words are English (there are
 * no translations yet), so an English locale gives its region ('en-GB', read with a British
 * voice) and any other locale gives plain 'en': marking English sentences as German would have a
 * screen reader read every word with German rules. Translations would set their own language.
 */
export function documentLanguage(format: DisplayFormat, uiLanguage = 'en'): string {
  return new Intl.Locale(format.locale).language === uiLanguage ? format.locale : uiLanguage;
}

/**
 * Error messages as they reach the screens: written by main and the store in the locale-free
 * form (ISO dates, `$1,234`), worded for the learner once, here, for every screen.
 */
export function withLocalMessages(planner: PlannerBridge, format: DisplayFormat): PlannerBridge {
  return {
    on: planner.on.bind(planner),
    onWriteStatus: planner.onWriteStatus.bind(planner),
    async invoke(channel, request) {
      const result = await planner.invoke(channel, request);
      if (result.ok) return result;
      const { error } = result;
      return {
        ok: false,
        error: {
          ...error,
          message: format.message(error.message),
          ...(error.issues ? { issues: error.issues.map((issue) => ({ ...issue, message: format.message(issue.message) })) } : {}),
        },
      };
    },
  };
}
