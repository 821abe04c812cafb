/**
 * What changes for a learner when one content pack replaces another: new, retired and removed
 * certifications, changed exam prices, renamed, new and removed milestones. Pure, so the preview
 * in Settings → Content and its tests agree by construction.
 */
import type { Certification, ContentPack } from './schema';
import type { PackChanges } from './update-schema';

/** What the learner has that the change could touch (read by the store, passed in here). */
export interface LearnerHoldings {
  tickedMilestoneIds: ReadonlySet<string>;
  bookedCertIds: ReadonlySet<string>;
}

const milestonesOf = (pack: ContentPack) => new Map(pack.phases.flatMap((p) => p.milestones.map((m) => [m.id, m.title] as const)));

/** The fee a learner would pay: an exam fee, else nothing known. */
const fee = (c: Certification): number | null => c.examCostUsd;

export function diffPacks(from: ContentPack, to: ContentPack, learner: LearnerHoldings): PackChanges {
  const rename = (id: string) => to.renamedIds[id] ?? id;
  const fromCerts = new Map(from.certifications.map((c) => [c.id, c]));
  const toCerts = new Map(to.certifications.map((c) => [c.id, c]));
  // A certification the new pack renamed counts as the same one under its new id.
  const fromByNewId = new Map([...fromCerts.values()].map((c) => [rename(c.id), c]));

  const newCertifications = to.certifications.filter((c) => !fromByNewId.has(c.id)).map((c) => ({ id: c.id, name: c.name }));
  const removedCertifications = from.certifications
    .filter((c) => !toCerts.has(rename(c.id)))
    .map((c) => ({ id: c.id, name: c.name, booked: learner.bookedCertIds.has(c.id) }));
  const retiredCertifications: PackChanges['retiredCertifications'] = [];
  const priceChanges: PackChanges['priceChanges'] = [];
  for (const next of to.certifications) {
    const before = fromByNewId.get(next.id);
    if (!before) continue;
    if (before.status === 'active' && next.status === 'retired') retiredCertifications.push({ id: next.id, name: next.name, retiredOn: next.retiredOn });
    if (fee(before) !== fee(next)) priceChanges.push({ id: next.id, name: next.name, fromUsd: fee(before), toUsd: fee(next) });
  }

  const fromMilestones = milestonesOf(from);
  const toMilestones = milestonesOf(to);
  const renamedMilestones: PackChanges['renamedMilestones'] = [];
  const removedMilestones: PackChanges['removedMilestones'] = [];
  const carried = new Set<string>();
  for (const [id, title] of fromMilestones) {
    const toId = rename(id);
    const toTitle = toMilestones.get(toId);
    if (toTitle === undefined) {
      removedMilestones.push({ id, title, ticked: learner.tickedMilestoneIds.has(id) });
      continue;
    }
    carried.add(toId);
    if (toId !== id || toTitle !== title) renamedMilestones.push({ fromId: id, toId, fromTitle: title, toTitle });
  }
  const newMilestones = [...toMilestones].filter(([id]) => !carried.has(id)).map(([id, title]) => ({ id, title }));

  return { newCertifications, retiredCertifications, removedCertifications, priceChanges, renamedMilestones, newMilestones, removedMilestones };
}

/** Plain semver order on MAJOR.MINOR.PATCH (a pre-release sorts before its release). */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => {
    const [core = '', pre] = v.split('+', 1)[0]!.split(/-(.*)/s);
    return { nums: core.split('.').map(Number), pre: pre ?? null };
  };
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === null) return 1;
  if (y.pre === null) return -1;
  return x.pre < y.pre ? -1 : 1;
}
