/**
 * Exam practice as the screen sees it: the certifications with a bank (from the content pack's
 * certification and practice modules only, so this screen's chunk carries no other content) and
 * the pure decisions of shared/practice bound to them.
 */
import { certifications } from '../../../shared/content/pack/certifications';
import { practice } from '../../../shared/content/pack/practice';
import type { QuizAttempt } from '../../../shared/domain/records';
import {
  buildRound,
  focusAreaStandings,
  practiceCertifications,
  type FocusAreaStanding,
} from '../../../shared/practice/practice';

export type { FocusAreaStanding };
export type PracticeCertification = (typeof certifications)[number];
export type PracticeItem = (typeof practice)[number];

// The built-in pack's modules, plain data of the schema's shape (main validates the whole pack).
const pack = { certifications, practice };

export const PRACTICE_CERTIFICATIONS: readonly PracticeCertification[] = practiceCertifications(pack);

export interface ActiveRound {
  certId: string;
  /** The one focus area practised; null for the whole certification. */
  focusArea: string | null;
  questions: readonly PracticeItem[];
}

export function startRound(certId: string, focusArea: string | null, seed: number): ActiveRound {
  return { certId, focusArea, questions: buildRound(pack, certId, focusArea, seed) };
}

export const standingsFor = (certId: string, attempts: readonly QuizAttempt[]): FocusAreaStanding[] => focusAreaStandings(pack, certId, attempts);

export const questionCount = (certId: string, focusArea: string | null = null) =>
  practice.filter((q) => q.certId === certId && (focusArea === null || q.focusArea === focusArea)).length;

const byId = new Map(practice.map((q) => [q.id, q]));
export const practiceQuestion = (id: string) => byId.get(id);

export function certLabel(cert: PracticeCertification): string {
  return cert.code ? `${cert.name} (${cert.code})` : cert.name;
}

/** The certification to show first: the one asked for, else the first planned with a bank, else the first. */
export function initialCertId(requested: string | undefined, plannedIds: readonly string[]): string {
  const has = (id: string) => PRACTICE_CERTIFICATIONS.some((c) => c.id === id);
  if (requested !== undefined && has(requested)) return requested;
  const planned = plannedIds.find((id) => has(id));
  return planned ?? PRACTICE_CERTIFICATIONS[0]?.id ?? '';
}
