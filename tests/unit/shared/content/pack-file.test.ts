/** A pack written as a file (shared/content/pack-file.ts) is one the app loads, unchanged. */
import { describe, expect, it } from 'vitest';
import { SHIPPED_PACKS } from '../../../../shared/content/editions';
import { loadPack } from '../../../../shared/content/load';
import { packFileName, packFileText } from '../../../../shared/content/pack-file';
import { clonePack } from './helpers';

describe('pack files', () => {
  it.each(SHIPPED_PACKS.map((p) => [p.edition.id, p] as const))('%s: the file loads back as the same pack', (_id, pack) => {
    const text = packFileText(pack);
    expect(text.endsWith('}\n')).toBe(true);
    const back = loadPack(JSON.parse(text));
    const direct = loadPack(pack);
    expect(back.ok && direct.ok && back.pack).toEqual(direct.ok && direct.pack);
  });

  it('names the file by edition and version', () => {
    expect(packFileName({ ...clonePack(), packVersion: '1.3.0' })).toBe('mle-path-ml-engineer-1.3.0.json');
  });

  it('refuses to write an invalid pack, naming the problem', () => {
    expect(() => packFileText({ ...clonePack(), packVersion: 'next' })).toThrow(/packVersion: expected a semantic version/);
  });
});
