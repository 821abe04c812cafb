/**
 * Loading content packs: validation with readable, path-named errors, a registry that only ever
 * swaps in a pack that validates (and, re-exported, the seeded quick-quiz draw).
 *
 * Everything here is pure (no I/O, no clock, no Math.random) so main, preload and renderer can
 * share it and tests can pin results.
 */
import type { z } from 'zod';
import { ContentPackSchema, formatPath, type ContentPack } from './schema';

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

// The quick-quiz draw lives in its own zod-free module so the UI's quiz screen stays light.
export { QUICK_QUIZ_PER_AREA, quickQuiz } from './quick-quiz';
