/**
 * The content pack in use, as screens read it. The pack comes from the store (`content:get`,
 * read once at start by the shell and again after every switch of pack); this module turns it
 * into the lookups screens need (titles, skills, tools, gates, questions) and hands them down
 * through a React context, so a screen renders again with the new content when the pack
 * changes. Lookups are built once per pack object and reused by every screen.
 */
import { createContext, useContext } from 'react';
import type {
  Certification,
  ContentPack,
  Milestone,
  Phase,
  PracticeQuestion,
  Project,
  QuizQuestion,
  Source,
} from '../../../shared/content/schema';

export type CertificationContent = Certification;
export type PhaseContent = Phase;

export interface Content {
  readonly pack: ContentPack;
  phase(id: string): Phase | undefined;
  /** Undefined for a certification the pack does not have (a booking kept from an older pack). */
  certification(id: string): Certification | undefined;
  /** "Name (CODE)", or the id itself for a certification the pack does not have. */
  certificationLabel(id: string): string;
  project(id: string): Project | undefined;
  milestone(id: string): Milestone | undefined;
  quizQuestion(id: string): QuizQuestion | undefined;
  practiceQuestion(id: string): PracticeQuestion | undefined;
  /** A source document by its file name (the `source` field every fact carries). */
  sourceByFile(file: string): Source | undefined;
  /** The name an earlier pack gave a certification this one no longer has (a booking kept from then). */
  formerCertName(id: string): string | undefined;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function lookupsFor(pack: ContentPack, formerNames: Readonly<Record<string, string>>): Content {
  const phases = byId(pack.phases);
  const certifications = byId(pack.certifications);
  const projects = byId(pack.projects);
  const milestones = byId(pack.phases.flatMap((p) => p.milestones));
  const quiz = byId(pack.quiz);
  const practice = byId(pack.practice);
  const sources = new Map(Object.values(pack.sources).map((s) => [s.file, s]));
  return {
    pack,
    phase: (id) => phases.get(id),
    certification: (id) => certifications.get(id),
    certificationLabel: (id) => {
      const c = certifications.get(id);
      return c ? (c.code ? `${c.name} (${c.code})` : c.name) : id;
    },
    project: (id) => projects.get(id),
    milestone: (id) => milestones.get(id),
    quizQuestion: (id) => quiz.get(id),
    practiceQuestion: (id) => practice.get(id),
    sourceByFile: (file) => sources.get(file),
    formerCertName: (id) => (Object.prototype.hasOwnProperty.call(formerNames, id) ? formerNames[id] : undefined),
  };
}

// Keyed by the pack object: the cache hands out the same object until the pack changes, so a
// pack's lookups are built once however many screens ask.
const built = new WeakMap<ContentPack, Content>();

/** The lookups for `pack`, built on first use and kept while the pack is. */
export function contentOf(pack: ContentPack, formerCertNames: Readonly<Record<string, string>> = {}): Content {
  let content = built.get(pack);
  if (!content) {
    content = lookupsFor(pack, formerCertNames);
    built.set(pack, content);
  }
  return content;
}

/**
 * Derived data memoised per pack: `derive` runs once for each pack it is given (a sorted list,
 * a set of ids), so screens keep what used to be module-level constants without recomputing
 * them on every render.
 */
export function perPack<T>(derive: (pack: ContentPack) => T): (pack: ContentPack) => T {
  const memo = new WeakMap<ContentPack, T>();
  return (pack) => {
    if (memo.has(pack)) return memo.get(pack) as T;
    const value = derive(pack);
    memo.set(pack, value);
    return value;
  };
}

export const ContentContext = createContext<Content | null>(null);

/** The content pack in use; screens render inside the shell, which provides it once loaded. */
export function useContent(): Content {
  const content = useContext(ContentContext);
  if (!content) throw new Error('useContent is used outside the shell that loads the content pack.');
  return content;
}
