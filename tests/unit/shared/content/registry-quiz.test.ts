/**
 * The pack registry (keeps the last good pack) and the seeded quick quiz.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { SKILL_AREAS } from '../../../../shared/domain/skill-area';
import { createPackRegistry, quickQuiz } from '../../../../shared/content/load';
import { builtInPack } from '../../../../shared/content/pack';
import type { ContentPack } from '../../../../shared/content/schema';
import { clonePack, loadBuiltIn } from './helpers';

describe('createPackRegistry', () => {
  it('starts from a valid pack', () => {
    const registry = createPackRegistry(builtInPack);
    expect(registry.current().packVersion).toBe(builtInPack.packVersion);
  });

  it('refuses to start from an invalid pack', () => {
    const broken = clonePack();
    broken.quiz = [];
    expect(() => createPackRegistry(broken)).toThrow(/Initial content pack is invalid/);
  });

  it('swaps in a valid replacement and notifies subscribers', () => {
    const registry = createPackRegistry(builtInPack);
    const seen: string[] = [];
    registry.subscribe((pack) => seen.push(pack.packVersion));
    const next = clonePack();
    next.packVersion = '1.1.0';
    const result = registry.tryReplace(next);
    expect(result.ok).toBe(true);
    expect(registry.current().packVersion).toBe('1.1.0');
    expect(seen).toEqual(['1.1.0']);
  });

  it('keeps the last good pack and returns the errors when a replacement is invalid', () => {
    const registry = createPackRegistry(builtInPack);
    const good = clonePack();
    good.packVersion = '1.2.0';
    registry.tryReplace(good);
    const before = registry.current();
    const listener = vi.fn();
    registry.subscribe(listener);

    const bad = clonePack();
    bad.packVersion = '2.0.0';
    (bad.certifications[3] as Record<string, unknown>).examCostUsd = 'lots';
    const result = registry.tryReplace(bad);

    expect(result).toEqual({ ok: false, errors: ['certifications[3].examCostUsd: expected number, received string'] });
    expect(registry.current()).toBe(before);
    expect(registry.current().packVersion).toBe('1.2.0');
    expect(listener).not.toHaveBeenCalled();
    expect(registry.tryReplace(undefined).ok).toBe(false);
    expect(registry.current()).toBe(before);
  });

  it('stops notifying after unsubscribe', () => {
    const registry = createPackRegistry(builtInPack);
    const listener = vi.fn();
    const off = registry.subscribe(listener);
    off();
    registry.tryReplace(clonePack());
    expect(listener).not.toHaveBeenCalled();
  });

  it('hands out a frozen pack so nobody can edit the shared copy', () => {
    const pack = createPackRegistry(builtInPack).current();
    expect(Object.isFrozen(pack)).toBe(true);
    expect(Object.isFrozen(pack.certifications[0])).toBe(true);
    expect(() => {
      (pack.quiz as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });
});

describe('quickQuiz', () => {
  const pack = loadBuiltIn();
  const ids = (p: ContentPack, seed: number) => quickQuiz(p, seed).map((q) => q.id);

  it('draws six distinct questions, two per area, in area order', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const drawn = quickQuiz(pack, seed);
        expect(drawn).toHaveLength(6);
        expect(new Set(drawn.map((q) => q.id)).size).toBe(6);
        expect(drawn.map((q) => q.area)).toEqual(SKILL_AREAS.flatMap((a) => [a, a]));
      }),
    );
  });

  it('is deterministic for a given seed', () => {
    fc.assert(
      fc.property(fc.double(), (seed) => {
        expect(ids(pack, seed)).toEqual(ids(pack, seed));
      }),
    );
  });

  it('differs across seeds', () => {
    const draws = new Set(Array.from({ length: 20 }, (_, seed) => ids(pack, seed).join(',')));
    expect(draws.size).toBeGreaterThan(10);
  });

  it('eventually uses every question in the bank', () => {
    const used = new Set(Array.from({ length: 500 }, (_, seed) => ids(pack, seed)).flat());
    expect(used.size).toBe(pack.quiz.length);
  });

  it('does not depend on the order questions are authored in', () => {
    const reordered = clonePack();
    reordered.quiz.reverse();
    const result = createPackRegistry(reordered).current();
    for (const seed of [0, 1, 7, 12345, Date.UTC(2026, 0, 1)]) expect(ids(result, seed)).toEqual(ids(pack, seed));
  });

  it('handles awkward seeds and never calls Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    for (const seed of [Number.NaN, Infinity, -1, 0.5, 2 ** 40, Number.MAX_SAFE_INTEGER]) {
      expect(quickQuiz(pack, seed)).toHaveLength(6);
    }
    expect(random).not.toHaveBeenCalled();
    random.mockRestore();
  });

  it('separates timestamps that differ only above 32 bits', () => {
    const low = 123_456;
    const draws = new Set(Array.from({ length: 10 }, (_, k) => ids(pack, low + k * 2 ** 32).join(',')));
    expect(draws.size).toBeGreaterThan(1);
  });
});
