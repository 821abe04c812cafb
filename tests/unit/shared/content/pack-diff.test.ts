/**
 * What a learner is told a new pack changes (shared/content/pack-diff.ts): renamed milestones
 * (by renamedIds or a new title), new and removed ones, new, retired and removed certifications
 * and changed exam fees, with their own ticks and bookings marked.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../../shared/content/load';
import { compareVersions, diffPacks } from '../../../../shared/content/pack-diff';
import type { ContentPack, ContentPackInput } from '../../../../shared/content/schema';
import { certIndex, clonePack, loadBuiltIn, newerPack, REMOVED_CERT, RENAMED_MILESTONE, REPRICED_CERT } from './helpers';

function load(input: ContentPackInput): ContentPack {
  const r = loadPack(input);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.pack;
}

const nobody = { tickedMilestoneIds: new Set<string>(), bookedCertIds: new Set<string>() };

describe('diffPacks', () => {
  it('the same pack changes nothing', () => {
    const pack = loadBuiltIn();
    expect(diffPacks(pack, pack, nobody)).toEqual({
      newCertifications: [],
      retiredCertifications: [],
      removedCertifications: [],
      priceChanges: [],
      renamedMilestones: [],
      newMilestones: [],
      removedMilestones: [],
    });
  });

  it('a newer pack: the renamed milestone, the fee change and the removed certification (booked) are each named', () => {
    const from = loadBuiltIn();
    const to = load(newerPack());
    const oldTitle = from.phases.flatMap((p) => p.milestones).find((m) => m.id === RENAMED_MILESTONE.from)!.title;
    const changes = diffPacks(from, to, { tickedMilestoneIds: new Set([RENAMED_MILESTONE.from]), bookedCertIds: new Set([REMOVED_CERT]) });
    expect(changes.renamedMilestones).toEqual([{ fromId: RENAMED_MILESTONE.from, toId: RENAMED_MILESTONE.to, fromTitle: oldTitle, toTitle: RENAMED_MILESTONE.title }]);
    // A renamed milestone is neither new nor removed.
    expect(changes.newMilestones).toEqual([]);
    expect(changes.removedMilestones).toEqual([]);
    expect(changes.priceChanges).toEqual([{ id: REPRICED_CERT.id, name: expect.any(String), fromUsd: 150, toUsd: REPRICED_CERT.usd }]);
    expect(changes.removedCertifications).toEqual([{ id: REMOVED_CERT, name: expect.any(String), booked: true }]);
    expect(changes.newCertifications).toEqual([]);
  });

  it('a removed milestone says whether the learner ticked it; a new one and a retirement are listed', () => {
    const input = clonePack();
    const phase = input.phases.find((p) => p.milestones.some((m) => m.specialisation !== undefined))!;
    const optional = phase.milestones.find((m) => m.specialisation !== undefined && !input.phases.some((p) => p.milestones.some((o) => o.prerequisites.includes(m.id))))!;
    phase.milestones = phase.milestones.filter((m) => m.id !== optional.id);
    phase.milestones.push({ ...optional, id: `${phase.id}.brand-new`, title: 'Something new', prerequisites: [] });
    const aif = input.certifications[certIndex(input, 'cert.aws.aif-c01')]!;
    aif.status = 'retired';
    aif.retiredOn = '2026-03';
    // A retired exam cannot appear in the 30-day plan or carry practice questions.
    for (const week of input.actionPlan30Days) for (const pick of week.certPicks) pick.certIds = pick.certIds.filter((id) => id !== aif.id);
    for (const week of input.actionPlan30Days) week.certPicks = week.certPicks.filter((p) => p.certIds.length > 0);
    input.practice = input.practice.filter((q) => q.certId !== aif.id);
    const changes = diffPacks(loadBuiltIn(), load(input), { ...nobody, tickedMilestoneIds: new Set([optional.id]) });
    expect(changes.removedMilestones).toEqual([{ id: optional.id, title: optional.title, ticked: true }]);
    expect(changes.newMilestones).toEqual([{ id: `${phase.id}.brand-new`, title: 'Something new' }]);
    expect(changes.retiredCertifications).toEqual([{ id: aif.id, name: aif.name, retiredOn: '2026-03' }]);
  });
});

describe('compareVersions', () => {
  it.each([
    ['1.2.0', '1.3.0', -1],
    ['1.10.0', '1.9.9', 1],
    ['2.0.0', '2.0.0', 0],
    ['2.0.0-beta.1', '2.0.0', -1],
    ['2.0.0+build.5', '2.0.0', 0],
  ])('%s vs %s is %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(-expected || 0);
  });
});
