/**
 * Test helpers for the content pack: a mutable deep copy of the built-in pack to break on purpose,
 * and lookups that fail loudly instead of returning undefined.
 */
import { expect } from 'vitest';
import { loadPack } from '../../../../shared/content/load';
import { builtInPack } from '../../../../shared/content/pack';
import type { ContentPack, ContentPackInput } from '../../../../shared/content/schema';

/** Deep, writable copy: tests mutate it freely without touching the shared built-in object. */
export function clonePack(): ContentPackInput {
  return structuredClone(builtInPack);
}

export function loadBuiltIn(): ContentPack {
  return loadOrThrow(builtInPack, 'built-in pack');
}

/** Validates a shipped pack (any edition) and fails with every error if it does not. */
export function loadOrThrow(raw: ContentPackInput, what: string): ContentPack {
  const result = loadPack(raw);
  if (!result.ok) throw new Error(`${what} is invalid:\n${result.errors.join('\n')}`);
  return result.pack;
}

/**
 * Every content id in a pack, wherever it sits: each `id` field at any depth plus the keys of
 * `sources`. Walks the whole object so a collection added later is covered without a change.
 */
export function collectIds(pack: ContentPackInput | ContentPack): Set<string> {
  const ids = new Set<string>(Object.keys(pack.sources));
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (value !== null && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      if (typeof obj.id === 'string') ids.add(obj.id);
      for (const child of Object.values(obj)) visit(child);
    }
  };
  visit(pack);
  return ids;
}

/** Asserts the pack is rejected and returns its errors. */
export function expectRejected(raw: unknown): string[] {
  const result = loadPack(raw);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}

export function certIndex(pack: ContentPackInput, id: string): number {
  const i = pack.certifications.findIndex((c) => c.id === id);
  if (i < 0) throw new Error(`no certification ${id}`);
  return i;
}

/** The milestone a "newer" test pack renames (id and title), and the certification it drops. */
export const RENAMED_MILESTONE = {
  from: 'phase.foundations.numpy-pandas',
  to: 'phase.foundations.numpy-and-pandas',
  title: 'NumPy and pandas for everyday data work',
} as const;
export const REMOVED_CERT = 'cert.databricks.genai-engineer-associate';
export const REPRICED_CERT = { id: 'cert.aws.mla-c01', usd: 175 } as const;

/**
 * The built-in pack as a later release might change it: version 1.3.0, one milestone renamed
 * (listed in renamedIds), one exam re-priced and one certification removed with its practice.
 */
export function newerPack(): ContentPackInput {
  const pack = clonePack();
  pack.packVersion = '1.3.0';
  for (const phase of pack.phases) {
    for (const m of phase.milestones) {
      if (m.id === RENAMED_MILESTONE.from) {
        m.id = RENAMED_MILESTONE.to;
        m.title = RENAMED_MILESTONE.title;
      }
      m.prerequisites = m.prerequisites.map((p) => (p === RENAMED_MILESTONE.from ? RENAMED_MILESTONE.to : p));
    }
  }
  pack.renamedIds = { [RENAMED_MILESTONE.from]: RENAMED_MILESTONE.to };
  pack.certifications[certIndex(pack, REPRICED_CERT.id)]!.examCostUsd = REPRICED_CERT.usd;
  pack.certifications = pack.certifications.filter((c) => c.id !== REMOVED_CERT);
  pack.practice = pack.practice.filter((q) => q.certId !== REMOVED_CERT);
  return pack;
}
