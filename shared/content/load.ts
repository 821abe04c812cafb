/**
 * Loading content packs: validation with readable, path-named errors, a registry that only ever
 * swaps in a pack that validates, and the seeded quick-quiz draw.
 *
 * Everything here is pure (no I/O, no clock, no Math.random) so main, preload and renderer can
 * share it and tests can pin results.
 */
import type { z } from 'zod';
import { SKILL_AREAS } from '../domain/skill-area';
import { ContentPackSchema, formatPath, type ContentPack, type QuizQuestion } from './schema';

export type LoadResult = { ok: true; pack: ContentPack } | { ok: false; errors: string[] };

type Issue = z.core.$ZodIssue;

/** zod's default wording is tuned for forms; editors of a pack want "field: problem". */
function describeIssue(issue: Issue): string[] {
  const at = (path: readonly PropertyKey[]) => formatPath(path) || '(pack)';
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1];
      return received === 'undefined'
        ? [`${at(issue.path)}: missing required field (expected ${issue.expected})`]
        : [`${at(issue.path)}: expected ${issue.expected}${received ? `, received ${received}` : ''}`];
    }
    case 'unrecognized_keys':
      // One line per key so each names the exact field to delete.
      return issue.keys.map((key) => `${at([...issue.path, key])}: unknown field`);
    default:
      return [`${at(issue.path)}: ${issue.message.replace(/^Invalid input: /, '')}`];
  }
}

/** Freezing stops a consumer from editing the shared "last good" pack in place. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}

/** Validates an untrusted pack (built-in, imported file or update) and returns it frozen. */
export function loadPack(raw: unknown): LoadResult {
  const result = ContentPackSchema.safeParse(raw);
  if (result.success) return { ok: true, pack: deepFreeze(result.data) };
  const errors = [...new Set(result.error.issues.flatMap(describeIssue))];
  return { ok: false, errors };
}

export interface PackRegistry {
  /** The last pack that validated. */
  current(): ContentPack;
  /** Validates `raw`; on success it becomes current, on failure the current pack is kept. */
  tryReplace(raw: unknown): LoadResult;
  /** Called after every successful replacement; returns an unsubscribe function. */
  subscribe(listener: (pack: ContentPack) => void): () => void;
}

/**
 * The registry starts from a pack that must validate (normally the built-in one): a broken
 * built-in pack is a release bug, so it throws instead of running with no content.
 */
export function createPackRegistry(initial: unknown): PackRegistry {
  const first = loadPack(initial);
  if (!first.ok) throw new Error(`Initial content pack is invalid:\n${first.errors.join('\n')}`);
  let current = first.pack;
  const listeners = new Set<(pack: ContentPack) => void>();

  return {
    current: () => current,
    tryReplace(raw) {
      const result = loadPack(raw);
      if (result.ok) {
        current = result.pack;
        for (const listener of [...listeners]) listener(current);
      }
      return result;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const QUICK_QUIZ_PER_AREA = 2;

/** murmur3's finaliser: spreads nearby seeds (1, 2, 3…) far apart before they reach the PRNG. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Folds any finite number (including ms timestamps above 2^32) into 32 bits without losing the high part. */
function seedTo32(seed: number): number {
  if (!Number.isFinite(seed)) return 0;
  const n = Math.trunc(seed);
  const lo = n >>> 0;
  const hi = Math.floor(n / 4294967296) >>> 0;
  return fmix32(lo ^ fmix32(hi));
}

/** mulberry32: tiny, fast and good enough to shuffle a question bank reproducibly. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws a short readiness quiz: two questions per skill area, in area order, chosen by `seed`.
 * The same pack and seed always give the same questions, so a stored attempt can be re-shown.
 * Questions are ordered by id before shuffling so the draw does not depend on authoring order.
 * A pack with fewer than two questions in an area yields what it has (validated packs have six+).
 */
export function quickQuiz(pack: ContentPack, seed: number): QuizQuestion[] {
  const next = mulberry32(seedTo32(seed));
  return SKILL_AREAS.flatMap((area) => {
    const pool = pack.quiz
      .filter((q) => q.area === area)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const take = Math.min(QUICK_QUIZ_PER_AREA, pool.length);
    // Partial Fisher–Yates: only the first `take` slots need to be drawn.
    for (let i = 0; i < take; i++) {
      const j = i + Math.floor(next() * (pool.length - i));
      const picked = pool[j]!;
      pool[j] = pool[i]!;
      pool[i] = picked;
    }
    return pool.slice(0, take);
  });
}
