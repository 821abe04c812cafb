/** The lookups screens read the pack in use through: built once per pack, honest about unknown ids. */
import { describe, expect, it } from 'vitest';
import { builtInPack } from '../../../../shared/content/pack';
import { loadPack } from '../../../../shared/content/load';
import type { ContentPack } from '../../../../shared/content/schema';
import { contentOf, perPack } from '../../../../renderer/src/shared/content';

function pack(): ContentPack {
  const loaded = loadPack(builtInPack);
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  return loaded.pack;
}

describe('contentOf', () => {
  it('finds phases, milestones, certifications, questions and sources of the pack it is given', () => {
    const p = pack();
    const content = contentOf(p);
    const phase = p.phases[0]!;
    const milestone = phase.milestones[0]!;
    const cert = p.certifications.find((c) => c.code)!;
    expect(content.phase(phase.id)).toBe(phase);
    expect(content.milestone(milestone.id)).toBe(milestone);
    expect(content.certification(cert.id)).toBe(cert);
    expect(content.certificationLabel(cert.id)).toBe(`${cert.name} (${cert.code})`);
    expect(content.quizQuestion(p.quiz[0]!.id)).toBe(p.quiz[0]);
    const source = Object.values(p.sources)[0]!;
    expect(content.sourceByFile(source.file)).toBe(source);
  });

  it('answers undefined (and the bare id as label) for an id the pack does not have', () => {
    const content = contentOf(pack());
    expect(content.certification('cert.gone.removed')).toBeUndefined();
    expect(content.certificationLabel('cert.gone.removed')).toBe('cert.gone.removed');
    expect(content.milestone('phase.none.none')).toBeUndefined();
  });

  it('builds lookups once per pack object, and new ones for a new pack', () => {
    const a = pack();
    const b: ContentPack = { ...a, phases: a.phases.map((p, i) => (i === 0 ? { ...p, title: 'Changed' } : p)) };
    expect(contentOf(a)).toBe(contentOf(a));
    expect(contentOf(b)).not.toBe(contentOf(a));
    expect(contentOf(b).phase(a.phases[0]!.id)?.title).toBe('Changed');
  });
});

describe('perPack', () => {
  it('derives once for each pack', () => {
    let runs = 0;
    const count = perPack((p) => {
      runs += 1;
      return p.certifications.length;
    });
    const a = pack();
    const b = { ...a, certifications: a.certifications.slice(1) };
    expect(count(a)).toBe(a.certifications.length);
    expect(count(a)).toBe(a.certifications.length);
    expect(runs).toBe(1);
    expect(count(b)).toBe(a.certifications.length - 1);
    expect(runs).toBe(2);
  });
});
