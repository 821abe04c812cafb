/**
 * Which content pack the store uses, and switching to another without losing progress.
 *
 * The choice is kept in the `contentPack` table (one row; not part of a backup, which holds the
 * learner's data, not the app's content): the edition and version in use, and for a pack loaded
 * from a file, the file's text (built-in packs ship with the app). A switch moves every row that
 * names a renamed id to its new id and records the new choice, in one transaction over every
 * table, so the database never holds progress under ids the pack in use does not know.
 */
import { validateBackupData, type BackupData } from '../../shared/backup/format';
import { loadPack } from '../../shared/content/load';
import { compareVersions } from '../../shared/content/pack-diff';
import { remapContentIds } from '../../shared/content/remap-ids';
import type { ContentPack, ContentPackInput } from '../../shared/content/schema';
import type { ContentSummary, PackOrigin } from '../../shared/content/update-schema';
import { dumpAll } from './backup-store';
import { SINGLETON_KEY, TABLES, type PlannerDb, type TableName } from './db';

export interface ContentPackRow {
  key: typeof SINGLETON_KEY;
  editionId: string;
  packVersion: string;
  origin: PackOrigin;
  /** The pack file's text when it came from a file; null for a pack that ships with the app. */
  text: string | null;
  appliedAt: string;
  /** Names of certifications earlier packs had and this one does not (a kept booking is shown by name). */
  formerCertNames: Record<string, string>;
}

export interface ActivePack {
  pack: ContentPack;
  origin: PackOrigin;
  /** The file's text, kept so the choice survives a restart; null for a shipped pack. */
  text: string | null;
  /** Names of certifications earlier packs had and this one does not. */
  formerCertNames: Readonly<Record<string, string>>;
}

/**
 * The names a learner may still need after moving from `from` to `next`: every certification
 * named before (by an earlier pack or `from` itself) that `next` no longer has.
 */
export function formerCertNames(earlier: Readonly<Record<string, string>>, from: ContentPack | null, next: ContentPack): Record<string, string> {
  const known = { ...earlier, ...Object.fromEntries((from?.certifications ?? []).map((c) => [c.id, c.name])) };
  const present = new Set(next.certifications.map((c) => c.id));
  return Object.fromEntries(Object.entries(known).filter(([id]) => !present.has(id)));
}

export function summarise(active: { pack: ContentPack; origin: PackOrigin }): ContentSummary {
  const { pack, origin } = active;
  return { editionId: pack.edition.id, title: pack.edition.title, summary: pack.edition.summary, packVersion: pack.packVersion, asOf: pack.asOf, origin };
}

/**
 * A pack that ships with the app. Only the pack in use is checked at start (each check costs
 * tens of milliseconds, and the store answers nothing until it is ready); another edition is
 * checked the first time the learner previews it. Every shipped pack is also checked by the
 * unit tests, so a broken one is a release bug and loading it throws.
 */
export interface ShippedPack {
  readonly summary: ContentSummary;
  load(): ContentPack;
}

export function shippedPack(raw: ContentPackInput): ShippedPack {
  let loaded: ContentPack | null = null;
  return {
    summary: {
      editionId: raw.edition.id,
      title: raw.edition.title,
      summary: raw.edition.summary,
      packVersion: raw.packVersion,
      asOf: raw.asOf,
      origin: 'built-in',
    },
    load() {
      if (loaded) return loaded;
      const result = loadPack(raw);
      if (!result.ok) throw new Error(`The built-in content pack ${raw.edition.id} is invalid: ${result.errors.slice(0, 3).join('; ')}`);
      loaded = result.pack;
      return loaded;
    },
  };
}

/** Reads a pack file's text; a clear reason when it is not JSON or not a valid pack. */
export function parsePackText(text: string): { ok: true; pack: ContentPack } | { ok: false; errors: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`The file is not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  return loadPack(raw);
}

/**
 * The pack to start with. The stored choice, except that a pack this build ships for the same
 * edition, at the same or a newer version, replaces a file pack (the app was updated past it),
 * and a stored file that no longer validates gives way to the shipped pack of its edition.
 */
export function chooseStartPack(row: ContentPackRow | undefined, shipped: readonly ShippedPack[]): { active: ActivePack; note: string | null } {
  const first = shipped[0];
  if (!first) throw new Error('No content pack ships with this build.');
  const fallback = () => first.load();
  const shippedOf = (editionId: string) => shipped.find((p) => p.summary.editionId === editionId);
  const earlier = row?.formerCertNames ?? {};
  const builtIn = (pack: ContentPack, from: ContentPack | null, note: string | null = null) => ({
    active: { pack, origin: 'built-in' as const, text: null, formerCertNames: formerCertNames(earlier, from, pack) },
    note,
  });
  if (!row) return builtIn(fallback(), null);
  const sameEdition = shippedOf(row.editionId);
  const shippedOrDefault = () => sameEdition?.load() ?? fallback();
  if (row.origin === 'built-in' || row.text === null) return builtIn(shippedOrDefault(), null);
  const parsed = parsePackText(row.text);
  if (!parsed.ok) {
    return builtIn(shippedOrDefault(), null, `The content pack loaded from a file (${row.editionId} ${row.packVersion}) no longer checks out, so the built-in pack is used.`);
  }
  if (sameEdition && compareVersions(sameEdition.summary.packVersion, parsed.pack.packVersion) >= 0) return builtIn(sameEdition.load(), parsed.pack);
  return { active: { pack: parsed.pack, origin: 'file', text: row.text, formerCertNames: formerCertNames(earlier, null, parsed.pack) }, note: null };
}

/** Rows per table, as a backup's data holds them (single-row tables as one row or none). */
function rowsOf(data: BackupData, name: TableName): unknown[] {
  const value: unknown = data[name];
  return value === null ? [] : Array.isArray(value) ? value : [value];
}

/**
 * Makes `next` the pack in use: the learner's rows move from ids it renamed to their new ids
 * (nothing is dropped), and the choice is recorded, all in one transaction. Tables the move
 * leaves unchanged are not rewritten. Answers how many rows moved.
 */
export async function switchPack(db: PlannerDb, next: ActivePack, appliedAt: string): Promise<number> {
  return db.transaction('rw', [...TABLES.map((name) => db.table(name)), db.contentPack], async () => {
    const before = await dumpAll(db);
    const { data, moved } = remapContentIds(before, next.pack.renamedIds);
    if (moved > 0 || data.plan !== before.plan) {
      // The moved rows must still be rows a backup accepts (two merged notes, a renamed key).
      const checked = validateBackupData(data);
      if (!checked.ok) throw new Error(`Moving progress to the new ids gave invalid data: ${checked.error.message}`);
      for (const name of TABLES) {
        const rows = rowsOf(data, name);
        if (JSON.stringify(rows) === JSON.stringify(rowsOf(before, name))) continue;
        if (name === 'settings') continue; // no content ids live in settings
        await db.table(name).clear();
        if (rows.length > 0) await db.table(name).bulkAdd(rows);
      }
    }
    const row: ContentPackRow = {
      key: SINGLETON_KEY,
      editionId: next.pack.edition.id,
      packVersion: next.pack.packVersion,
      origin: next.origin,
      text: next.text,
      appliedAt,
      formerCertNames: { ...next.formerCertNames },
    };
    await db.contentPack.put(row);
    return moved;
  });
}

/** True when the stored choice already names this pack (nothing to move at start). */
export function isRecorded(row: ContentPackRow | undefined, active: ActivePack): boolean {
  return (
    row !== undefined &&
    row.editionId === active.pack.edition.id &&
    row.packVersion === active.pack.packVersion &&
    row.origin === active.origin &&
    JSON.stringify(row.formerCertNames) === JSON.stringify(active.formerCertNames)
  );
}
