/**
 * A newer content pack, made from the built-in one the way a content editor would publish an
 * update: a higher version, one milestone renamed (old id listed in `renamedIds`, the
 * prerequisites that named it updated), one exam price changed and one certification removed.
 * Checked with the same `loadPack` the store uses, so a spec never tests with a pack that is
 * itself broken.
 */
import { writeFile } from 'node:fs/promises';
import { builtInPack } from '../../../shared/content/pack';
import { loadPack } from '../../../shared/content/load';
import type { ContentPackInput } from '../../../shared/content/schema';

export const RENAMED = { fromId: 'phase.foundations.python-core', toId: 'phase.foundations.python-essentials', fromTitle: 'Core Python', toTitle: 'Python essentials' };
export const PRICE = { certId: 'cert.aws.mla-c01', name: 'AWS Certified Machine Learning Engineer – Associate', fromUsd: 150, toUsd: 175 };
/** Referenced nowhere else in the pack, so removing it needs no other edit. */
export const REMOVED_CERT_ID = 'cert.databricks.genai-engineer-associate';
export const NEWER_VERSION = '1.3.0';

export function newerPack(): ContentPackInput {
  // Every mention of the old id (the milestone's own and the prerequisites naming it) is renamed.
  const text = JSON.stringify(builtInPack).replaceAll(`"${RENAMED.fromId}"`, `"${RENAMED.toId}"`);
  const pack = JSON.parse(text) as ContentPackInput;
  pack.packVersion = NEWER_VERSION;
  pack.renamedIds = { [RENAMED.fromId]: RENAMED.toId };
  for (const phase of pack.phases) {
    for (const m of phase.milestones) if (m.id === RENAMED.toId) m.title = RENAMED.toTitle;
  }
  pack.certifications = pack.certifications
    .filter((c) => c.id !== REMOVED_CERT_ID)
    .map((c) => (c.id === PRICE.certId ? { ...c, examCostUsd: PRICE.toUsd } : c));
  return pack;
}

/** Writes `pack` as a pack file, after checking it is one (so a failure is the app's, not the test's). */
export async function writePackFile(file: string, pack: ContentPackInput): Promise<void> {
  const checked = loadPack(pack);
  if (!checked.ok) throw new Error(`the test's pack is invalid: ${checked.errors.join('; ')}`);
  await writeFile(file, JSON.stringify(pack, null, 2));
}
