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
