/**
 * A pack update keeps every tick, note, review card and its history through renamed ids
 * (shared/content/remap-ids.ts): for any learner data and any renaming, each row lands on the
 * new id, rows that meet on one id are merged without dropping what the learner wrote, no row
 * keeps an old id, the result is a valid backup, and doing it twice changes nothing more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SINGLETON_KEY } from '../../../../electron/store/db';
import { validateBackupData, type BackupData } from '../../../../shared/backup/format';
import { remapContentIds } from '../../../../shared/content/remap-ids';
import type { MilestoneProgress } from '../../../../shared/domain/records';
import type { ReviewCard, ReviewLog } from '../../../../shared/domain/review';

const MILESTONES = ['phase.a.one', 'phase.a.two', 'phase.b.three', 'phase.b.four', 'phase.b.five'];
const GATES = ['gate.a.one', 'gate.a.two', 'gate.b.three'];
const AT = '2026-11-20T08:00:00.000Z';

/** A renaming: some ids get a new id; two old ids may share a new one (a merge of two items). */
const renaming = (ids: string[]) =>
  fc.subarray(ids, { minLength: 1 }).chain((old) =>
    fc.tuple(...old.map(() => fc.integer({ min: 0, max: 2 }))).map((targets) =>
      Object.fromEntries(old.map((id, i) => [id, `${id.split('.').slice(0, 2).join('.')}.renamed-${targets[i]}`])),
    ),
  );

interface ProgressInput {
  milestoneId: string;
  done: boolean;
  note: string;
  links: { title: string; url: string }[];
}
const progress: fc.Arbitrary<ProgressInput> = fc.record({
  milestoneId: fc.constantFrom(...MILESTONES),
  done: fc.boolean(),
  note: fc.constantFrom('', 'my note', 'tried the notebook twice', 'ask about broadcasting'),
  links: fc.boolean().map((has) => (has ? [{ title: 'Docs', url: 'https://pandas.pydata.org/' }] : [])),
});

const card = fc.record({ itemId: fc.constantFrom(...GATES), source: fc.constantFrom(...MILESTONES), reps: fc.integer({ min: 0, max: 9 }), suspended: fc.boolean() });

type CardInput = typeof card extends fc.Arbitrary<infer T> ? T : never;

function dataOf(rows: ProgressInput[], cards: CardInput[]): BackupData {
  const byMilestone = new Map<string, MilestoneProgress>();
  for (const r of rows) byMilestone.set(r.milestoneId, { ...r, doneAt: r.done ? AT : null, updatedAt: AT });
  const byItem = new Map<string, ReviewCard>();
  for (const c of cards) {
    byItem.set(c.itemId, {
      itemId: c.itemId,
      kind: 'gate-statement',
      sources: [c.source],
      suspended: c.suspended,
      createdAt: AT,
      due: AT,
      stability: 1,
      difficulty: 5,
      scheduledDays: 1,
      learningSteps: 0,
      reps: c.reps,
      lapses: 0,
      state: c.reps === 0 ? 'new' : 'review',
      lastReview: c.reps === 0 ? null : AT,
    });
  }
  const logs: ReviewLog[] = [...byItem.values()].flatMap((c) =>
    Array.from({ length: c.reps }, (_, k) => ({
      id: `${c.itemId}#${k + 1}@${AT}`,
      itemId: c.itemId,
      rating: 'good' as const,
      state: 'review' as const,
      scheduledDays: 1,
      stability: 1,
      difficulty: 5,
      reviewedAt: AT,
      nextDue: AT,
      answer: null,
    })),
  );
  return {
    profile: null,
    plan: null,
    milestoneProgress: [...byMilestone.values()],
    sessions: [],
    certifications: [],
    quizAttempts: [],
    spending: [],
    settings: { key: SINGLETON_KEY, ...DEFAULT_SETTINGS },
    reminderLog: [],
    checklistTicks: GATES.map((itemId) => ({ itemId, checkedAt: AT })),
    reviewCards: [...byItem.values()],
    reviewLogs: logs,
  };
}

describe('remapContentIds keeps everything through renamed ids', () => {
  it('holds for any learner data and any renaming', () => {
    fc.assert(
      fc.property(fc.array(progress, { maxLength: 8 }), fc.array(card, { maxLength: 6 }), renaming([...MILESTONES, ...GATES]), (rows, cards, renamed) => {
        const data = dataOf(rows, cards);
        const rename = (id: string) => renamed[id] ?? id;
        const { data: out } = remapContentIds(data, renamed);

        expect(validateBackupData(out).ok).toBe(true);
        const outProgress = new Map(out.milestoneProgress.map((p) => [p.milestoneId, p]));
        for (const p of data.milestoneProgress) {
          const moved = outProgress.get(rename(p.milestoneId));
          expect(moved).toBeDefined();
          if (p.done) expect(moved!.done).toBe(true);
          if (p.note !== '') expect(moved!.note).toContain(p.note);
          for (const link of p.links) expect(moved!.links.map((l) => l.url)).toContain(link.url);
        }
        const outCards = new Map(out.reviewCards.map((c) => [c.itemId, c]));
        for (const c of data.reviewCards) {
          const moved = outCards.get(rename(c.itemId));
          expect(moved).toBeDefined();
          expect(moved!.reps).toBeGreaterThanOrEqual(c.reps);
          for (const s of c.sources) expect(moved!.sources).toContain(rename(s));
        }
        // Every grade is kept, under its card's new id.
        expect(out.reviewLogs).toHaveLength(data.reviewLogs.length);
        for (const log of out.reviewLogs) expect(log.id.startsWith(`${log.itemId}#`)).toBe(true);
        expect(new Set(out.checklistTicks.map((t) => t.itemId))).toEqual(new Set(data.checklistTicks.map((t) => rename(t.itemId))));

        // No row still names an old id.
        const text = JSON.stringify(out);
        for (const old of Object.keys(renamed)) expect(text).not.toContain(`"${old}"`);

        const again = remapContentIds(out, renamed);
        expect(again.moved).toBe(0);
        expect(again.data).toEqual(out);
      }),
      { numRuns: 300 },
    );
  });

  it('with nothing renamed, the data comes back as it was', () => {
    const data = dataOf([{ milestoneId: MILESTONES[0]!, done: true, note: 'x', links: [] }], []);
    expect(remapContentIds(data, {})).toEqual({ data, moved: 0 });
  });
});
