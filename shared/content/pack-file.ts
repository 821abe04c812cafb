/**
 * A content pack as a file: the JSON a learner loads in Settings → Content. It is the pack's
 * input shape exactly (shared/content/schema.ts), checked with `loadPack` before it is written,
 * so a file this writes is one the app accepts.
 */
import { loadPack } from './load';
import type { ContentPackInput } from './schema';

export function packFileName(pack: ContentPackInput): string {
  return `mle-path-${pack.edition.id.replace(/^edition\./, '')}-${pack.packVersion}.json`;
}

/** Pretty JSON (people review pack changes as diffs) ending in a newline; throws on an invalid pack. */
export function packFileText(pack: ContentPackInput): string {
  const checked = loadPack(pack);
  if (!checked.ok) throw new Error(`The pack is invalid and was not written:\n${checked.errors.join('\n')}`);
  return `${JSON.stringify(pack, null, 2)}\n`;
}
