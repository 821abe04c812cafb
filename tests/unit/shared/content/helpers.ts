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
  const result = loadPack(builtInPack);
  if (!result.ok) throw new Error(`built-in pack is invalid:\n${result.errors.join('\n')}`);
  return result.pack;
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
