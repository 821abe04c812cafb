/**
 * Exam practice as the screen sees it: the certifications of the content pack in use that have
 * a practice bank, and the pure decisions of shared/practice bound to that pack.
 */
import type { Certification, ContentPack, PracticeQuestion } from '../../../shared/content/schema';
import type { QuizAttempt } from '../../../shared/domain/records';
import {
  buildRound,
  focusAreaStandings,
  practiceCertifications,
  type FocusAreaStanding,
} from '../../../shared/practice/practice';
import { perPack } from '../shared/content';

export type { FocusAreaStanding };
export type PracticeCertification = Certification;
export type PracticeItem = PracticeQuestion;

/** The certifications with a practice bank, in the pack's order (worked out once per pack). */
export const practiceCertificationsOf: (pack: ContentPack) => readonly PracticeCertification[] = perPack(practiceCertifications);

export interface ActiveRound {
  certId: string;
  /** The one focus area practised; null for the whole certification. */
  focusArea: string | null;
  questions: readonly PracticeItem[];
}

export function startRound(pack: ContentPack, certId: string, focusArea: string | null, seed: number): ActiveRound {
  return { certId, focusArea, questions: buildRound(pack, certId, focusArea, seed) };
}

export const standingsFor = (pack: ContentPack, certId: string, attempts: readonly QuizAttempt[]): FocusAreaStanding[] =>
  focusAreaStandings(pack, certId, attempts);

export const questionCount = (pack: ContentPack, certId: string, focusArea: string | null = null) =>
  pack.practice.filter((q) => q.certId === certId && (focusArea === null || q.focusArea === focusArea)).length;

export function certLabel(cert: PracticeCertification): string {
  return cert.code ? `${cert.name} (${cert.code})` : cert.name;
}

/** The certification to show first: the one asked for, else the first planned with a bank, else the first. */
export function initialCertId(pack: ContentPack, requested: string | undefined, plannedIds: readonly string[]): string {
  const banked = practiceCertificationsOf(pack);
  const has = (id: string) => banked.some((c) => c.id === id);
  if (requested !== undefined && has(requested)) return requested;
  const planned = plannedIds.find((id) => has(id));
  return planned ?? banked[0]?.id ?? '';
}
