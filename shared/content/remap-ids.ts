/**
 * Moving a learner's rows from ids a content pack renamed to the ids that replaced them, so a
 * pack update keeps every tick, note, checklist tick, review card and its history, booking,
 * expense and quiz answer. Works on the backup's shape (every table as rows), which is what the
 * store reads in one snapshot and writes back in one transaction, and what a restore brings in.
 *
 * Pure: the same data and map always give the same result, and data that names no renamed id
 * comes back unchanged (so applying the same pack twice changes nothing the second time).
 */
import type { BackupData } from '../backup/format';
import type { CertificationStatus, ChecklistTick, MilestoneProgress } from '../domain/records';
import type { ReviewCard } from '../domain/review';

export interface RemapResult {
  data: BackupData;
  /** Rows that named a renamed id (each counted once). */
  moved: number;
}

const MAX_NOTE = 10_000;
const MAX_LINKS = 50;

/** Both rows described the same milestone: nothing the learner wrote in either is dropped. */
function mergeProgress(a: MilestoneProgress, b: MilestoneProgress): MilestoneProgress {
  const notes = [...new Set([a.note.trim(), b.note.trim()].filter((n) => n !== ''))];
  const links = [...a.links, ...b.links].filter((link, i, all) => all.findIndex((l) => l.url === link.url) === i);
  const doneAts = [a, b].filter((p) => p.done && p.doneAt !== null).map((p) => p.doneAt!).sort();
  return {
    milestoneId: a.milestoneId,
    done: a.done || b.done,
    doneAt: doneAts[0] ?? null,
    note: notes.join('\n\n').slice(0, MAX_NOTE),
    links: links.slice(0, MAX_LINKS),
    updatedAt: a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt,
  };
}

/** The card reviewed more is the better memory model; it keeps both cards' reasons to exist. */
function mergeCards(a: ReviewCard, b: ReviewCard): ReviewCard {
  const kept = b.reps > a.reps ? b : a;
  const sources = [...new Set([...a.sources, ...b.sources])].slice(0, 200);
  return { ...kept, sources, suspended: a.suspended && b.suspended };
}

const newer = <T extends { updatedAt: string }>(a: T, b: T): T => (b.updatedAt > a.updatedAt ? b : a);
const earlier = (a: ChecklistTick, b: ChecklistTick): ChecklistTick => (b.checkedAt < a.checkedAt ? b : a);

/** Rows keyed by `key` after renaming; two rows landing on one key are merged, in input order. */
function rekey<T>(rows: readonly T[], key: (row: T) => string, merge: (a: T, b: T) => T): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) {
    const k = key(row);
    const seen = byKey.get(k);
    byKey.set(k, seen === undefined ? row : merge(seen, row));
  }
  return [...byKey.values()];
}

/**
 * Two cards merged into one can both have a grade numbered 1 at the same moment: the second
 * keeps its grade under the same id with a counter, so no grade is lost to a key clash.
 */
function uniqueIds<T extends { id: string }>(rows: readonly T[]): T[] {
  const used = new Set<string>();
  return rows.map((row) => {
    let id = row.id;
    for (let n = 2; used.has(id); n++) id = `${row.id}~${n}`;
    used.add(id);
    return id === row.id ? row : { ...row, id };
  });
}

/** Every string in `value` equal to a renamed id, replaced (the stored plan names ids throughout). */
function renameDeep(value: unknown, rename: (id: string) => string): unknown {
  if (typeof value === 'string') return rename(value);
  if (Array.isArray(value)) return value.map((v) => renameDeep(v, rename));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, renameDeep(v, rename)]));
  }
  return value;
}

export function remapContentIds(data: BackupData, renamedIds: Readonly<Record<string, string>>): RemapResult {
  const renamed = new Map(Object.entries(renamedIds));
  if (renamed.size === 0) return { data, moved: 0 };
  let moved = 0;
  const rename = (id: string): string => renamed.get(id) ?? id;
  const renameNullable = (id: string | null): string | null => (id === null ? null : rename(id));
  /** Applies `change` to each row; a row is counted as moved when its change differs. */
  const each = <T>(rows: readonly T[], change: (row: T) => T): T[] =>
    rows.map((row) => {
      const next = change(row);
      if (JSON.stringify(next) !== JSON.stringify(row)) moved += 1;
      return next;
    });

  const progress = each(data.milestoneProgress, (p) => ({ ...p, milestoneId: rename(p.milestoneId) }));
  const certifications = each(data.certifications, (c): CertificationStatus => ({ ...c, certId: rename(c.certId) }));
  const ticks = each(data.checklistTicks, (t) => ({ ...t, itemId: rename(t.itemId) }));
  const cards = each(data.reviewCards, (c) => ({ ...c, itemId: rename(c.itemId), sources: [...new Set(c.sources.map(rename))] }));

  const result: BackupData = {
    ...data,
    profile:
      data.profile === null
        ? null
        : (() => {
            const before = data.profile.profile.targetRoleId;
            const targetRoleId = before === undefined ? undefined : rename(before);
            if (targetRoleId === before) return data.profile;
            moved += 1;
            return { ...data.profile, profile: { ...data.profile.profile, targetRoleId } };
          })(),
    plan: data.plan === null ? null : (renameDeep(data.plan, rename) as BackupData['plan']),
    milestoneProgress: rekey(progress, (p) => p.milestoneId, mergeProgress),
    sessions: each(data.sessions, (s) => ({ ...s, milestoneId: renameNullable(s.milestoneId) })),
    certifications: rekey(certifications, (c) => c.certId, newer),
    quizAttempts: each(data.quizAttempts, (a) => ({
      ...a,
      ...(a.certId !== undefined ? { certId: rename(a.certId) } : {}),
      answers: a.answers.map((x) => ({ ...x, questionId: rename(x.questionId) })),
    })),
    spending: each(data.spending, (s) => ({ ...s, certId: renameNullable(s.certId) })),
    checklistTicks: rekey(ticks, (t) => t.itemId, earlier),
    reviewCards: rekey(cards, (c) => c.itemId, mergeCards),
    reviewLogs: uniqueIds(
      each(data.reviewLogs, (log) => {
        const itemId = rename(log.itemId);
        // A log's id starts with its card's id (`<itemId>#<rep>@<at>`), so it moves with it.
        return itemId === log.itemId ? log : { ...log, itemId, id: `${itemId}${log.id.slice(log.itemId.length)}` };
      }),
    ),
  };
  return { data: result, moved };
}
