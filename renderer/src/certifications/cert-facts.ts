/**
 * How certification facts read on screen, and the date rules of the learner's checklist
 * (countdown to a booked exam, renewal window). Pure functions of the content pack, the stored
 * record and `today`, so the screen and its tests agree on every word.
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { CertificationStatus } from '../../../shared/domain/records';
import type { DisplayFormat } from '../../../shared/locale/display-format';
import type { CertificationContent } from '../shared/content';

export type CertStatusValue = CertificationStatus['status'];

/** The lifecycle in the order a learner moves through it. */
export const STATUS_STEPS: readonly { value: CertStatusValue; label: string }[] = [
  { value: 'planned', label: 'Planned' },
  { value: 'studying', label: 'Studying' },
  { value: 'exam-booked', label: 'Exam booked' },
  { value: 'passed', label: 'Passed' },
  { value: 'renewal-due', label: 'Renewal due' },
];

export const STATUS_LABEL: Record<CertStatusValue, string> = Object.fromEntries(STATUS_STEPS.map((s) => [s.value, s.label])) as Record<
  CertStatusValue,
  string
>;

/** Statuses the store accepts for a retired exam: only the history of having passed it. */
export const RETIRED_STATUSES: ReadonlySet<CertStatusValue> = new Set(['passed', 'renewal-due']);

/** How many days before expiry a credential counts as "renewal due". */
export const RENEWAL_WINDOW_DAYS = 90;

const LEVEL_LABEL: Record<NonNullable<CertificationContent['level']>, string> = {
  entry: 'Entry',
  foundational: 'Foundational',
  associate: 'Associate',
  intermediate: 'Intermediate',
  professional: 'Professional',
  specialty: 'Specialty',
};

export const levelText = (cert: CertificationContent) => (cert.level ? LEVEL_LABEL[cert.level] : 'Not stated');

/** Some seeds list an exam without saying who runs it; the screen says so rather than guessing. */
export const providerText = (cert: CertificationContent) => cert.provider ?? 'Provider not stated';

/**
 * When a retired exam closed, in words: "31 Mar 2026" for a day, "May 2024" when the source
 * names only the month. `prefixed` adds the preposition that fits ("on 31 Mar 2026", "in May
 * 2024"). Null for an exam with no retirement date.
 */
export function retiredText(cert: Pick<CertificationContent, 'retiredOn'>, format: DisplayFormat, prefixed = false): string | null {
  const when = cert.retiredOn;
  if (!when) return null;
  const isMonth = /^\d{4}-\d{2}$/.test(when);
  const words = isMonth ? format.month(when) : format.day(when);
  return prefixed ? `${isMonth ? 'in' : 'on'} ${words}` : words;
}

export function costText(cert: CertificationContent, format: DisplayFormat): string {
  if (cert.examCostUsd !== null && cert.examCostUsd !== undefined) {
    return cert.examCostApproximate ? `about ${format.usd(cert.examCostUsd)}` : format.usd(cert.examCostUsd);
  }
  const sub = cert.subscriptionUsdPerMonth;
  if (sub) return `${sub.min === sub.max ? format.usd(sub.min) : `${format.usd(sub.min)}–${format.usd(sub.max)}`} a month (subscription)`;
  return 'not published';
}

export function prepText(cert: CertificationContent): string {
  const w = cert.prepWeeks;
  if (!w) return 'not published';
  return w.min === w.max ? `${w.min} weeks` : `${w.min}–${w.max} weeks`;
}

export function validityText(cert: CertificationContent): string {
  const y = cert.validityYears;
  if (y === null || y === undefined) return 'not stated';
  return `${y} ${y === 1 ? 'year' : 'years'}`;
}

export const daysUntil = (isoDay: string, today: Date) => differenceInCalendarDays(parseISO(isoDay), today);

const inDays = (n: number) => (n === 1 ? 'in 1 day' : `in ${n} days`);
const daysAgo = (n: number) => (n === 1 ? '1 day ago' : `${n} days ago`);

export type Tone = 'normal' | 'warning' | 'success';

export interface DateNote {
  text: string;
  tone: Tone;
}

/** The countdown for a booked exam, from the stored record (not unsaved edits). */
export function examCountdown(row: CertificationStatus | undefined, today: Date, format: DisplayFormat): DateNote | null {
  if (!row || row.status !== 'exam-booked' || !row.examDate) return null;
  const days = daysUntil(row.examDate, today);
  if (days > 0) return { text: `Exam ${inDays(days)} · ${format.day(row.examDate)}`, tone: days <= 14 ? 'warning' : 'normal' };
  if (days === 0) return { text: `Exam today · ${format.day(row.examDate)}`, tone: 'warning' };
  return { text: `Exam date passed ${daysAgo(-days)} (${format.day(row.examDate)}): record the result`, tone: 'warning' };
}

/** Expiry of a passed credential from the stored `expiresOn`; renewal due inside the window. */
export function expiryNote(row: CertificationStatus | undefined, today: Date, format: DisplayFormat): DateNote | null {
  if (!row || (row.status !== 'passed' && row.status !== 'renewal-due')) return null;
  if (!row.expiresOn) return { text: 'No expiry date published', tone: 'normal' };
  const days = daysUntil(row.expiresOn, today);
  if (days < 0) return { text: `Expired on ${format.day(row.expiresOn)}: renewal due`, tone: 'warning' };
  if (days <= RENEWAL_WINDOW_DAYS) return { text: `Renewal due: expires ${format.day(row.expiresOn)} (${days === 0 ? 'today' : inDays(days)})`, tone: 'warning' };
  return { text: `Valid until ${format.day(row.expiresOn)}`, tone: 'success' };
}

/**
 * A name for a certification the content in use no longer has (only its id is stored):
 * "cert.databricks.genai-engineer-associate" reads "Databricks genai engineer associate".
 */
export function nameFromId(certId: string): string {
  const words = certId.replace(/^cert\./, '').replace(/[.-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : certId;
}
