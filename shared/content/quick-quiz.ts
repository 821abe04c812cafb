/**
 * The seeded quick-quiz draw: two questions per skill area, reproducible from a number. Pure
 * and zod-free (types only from the schema), so the renderer can use it without the validator.
 */
import { SKILL_AREAS } from '../domain/skill-area';
import type { ContentPack, QuizQuestion } from './schema';

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
export function mulberry32(seed: number): () => number {
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
