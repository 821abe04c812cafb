/**
 * Content packs in the store (handlers/content.ts, content-packs.ts): the pack in use is read
 * through the store; a newer pack is checked and previewed before anything changes; applying it
 * keeps every tick, note, review card and booking through renamed ids; a removed certification's
 * booking stays (flagged by the screens) without blocking the plan; restores and restarts follow.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replaceAll } from '../../../../../electron/store/backup-store';
import { chooseStartPack, shippedPack, type ContentPackRow, type ShippedPack } from '../../../../../electron/store/content-packs';
import { openPlannerDb } from '../../../../../electron/store/db';
import { createStoreService } from '../../../../../electron/store/service';
import { createBackupFile, parseBackupFile } from '../../../../../electron/main/core/backup';
import { validateBackupData } from '../../../../../shared/backup/format';
import { SHIPPED_PACKS } from '../../../../../shared/content/editions';
import { loadPack } from '../../../../../shared/content/load';
import type { ContentPack } from '../../../../../shared/content/schema';
import { dumpAll } from '../../../../../electron/store/backup-store';
import { newerPack, REMOVED_CERT, RENAMED_MILESTONE, REPRICED_CERT } from '../../../shared/content/helpers';
import { PROFILE } from '../setup';

const shipped: ShippedPack[] = SHIPPED_PACKS.map(shippedPack);
const builtIn: ContentPack = shipped[0]!.load();
const other: ContentPack | undefined = shipped[1]?.load();
const NEWER_TEXT = JSON.stringify(newerPack());

function setup() {
  const db = openPlannerDb(new IDBFactory(), IDBKeyRange);
  const emitted: [string, unknown][] = [];
  const service = createStoreService({
    db,
    active: { pack: builtIn, origin: 'built-in', text: null, formerCertNames: {} },
    shipped,
    now: () => new Date('2026-11-23T09:30:00Z'),
    emit: (event, payload) => emitted.push([event, payload]),
  });
  return { db, emitted, service, h: service.handlers };
}

/** A learner with the to-be-renamed milestone ticked, a note on it, its review cards, and the to-be-removed exam booked. */
async function learner(h: ReturnType<typeof setup>['h']) {
  expect((await h['profile:save'](PROFILE)).ok).toBe(true);
  expect((await h['milestone:set-done']({ id: RENAMED_MILESTONE.from, done: true })).ok).toBe(true);
  expect((await h['milestone:save-note']({ id: RENAMED_MILESTONE.from, note: 'broadcasting finally clicked', links: [] })).ok).toBe(true);
  const booked = await h['certification:update']({ certId: REMOVED_CERT, status: 'exam-booked', examDate: '2027-09-01', passedOn: null, spentUsd: 0 });
  expect(booked.ok).toBe(true);
}

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('content in the store', () => {
  it('answers the pack in use and the packs that ship', async () => {
    const { h } = setup();
    const got = value(await h['content:get']({}));
    expect(got.origin).toBe('built-in');
    expect(got.pack.edition.id).toBe(builtIn.edition.id);
    const status = value(await h['content:status']({}));
    expect(status.current).toMatchObject({ editionId: builtIn.edition.id, packVersion: builtIn.packVersion, origin: 'built-in' });
    expect(status.shipped.map((s) => s.editionId)).toEqual(SHIPPED_PACKS.map((p) => p.edition.id));
  });

  it('a newer pack file: the preview names what changes and what is kept, and nothing changes until applied', async () => {
    const { db, service, h } = setup();
    await learner(h);
    const cardsBefore = await db.reviewCards.toArray();
    expect(cardsBefore.length).toBeGreaterThan(0);
    const before = await dumpAll(db);

    const preview = value(await service.checkFile(NEWER_TEXT, 'mle-path-1.3.0.json'));
    expect(preview.to).toMatchObject({ packVersion: '1.3.0', origin: 'file' });
    expect(preview.changes.renamedMilestones).toEqual([expect.objectContaining({ fromId: RENAMED_MILESTONE.from, toId: RENAMED_MILESTONE.to, toTitle: RENAMED_MILESTONE.title })]);
    expect(preview.changes.priceChanges).toEqual([expect.objectContaining({ id: REPRICED_CERT.id, toUsd: REPRICED_CERT.usd })]);
    expect(preview.changes.removedCertifications).toEqual([expect.objectContaining({ id: REMOVED_CERT, booked: true })]);
    expect(preview.keeps).toMatchObject({ ticks: 1, notes: 1, bookings: 1, reviewCards: cardsBefore.length });
    // The progress row moves, and so does every card the tick created (their source is the milestone).
    expect(preview.keeps.moved).toBeGreaterThanOrEqual(2);
    expect(preview.warnings.join(' ')).toMatch(/stays on your checklist, flagged/);
    expect(await dumpAll(db)).toEqual(before);
    expect(value(await h['content:get']({})).pack.packVersion).toBe(builtIn.packVersion);
  });

  it('applying keeps the tick, the note, the review cards and the booking under the new ids, and re-plans', async () => {
    const { db, service, h, emitted } = setup();
    await learner(h);
    const cardsBefore = await db.reviewCards.toArray();
    const preview = value(await service.checkFile(NEWER_TEXT, 'mle-path-1.3.0.json'));
    emitted.length = 0;

    const applied = value(await h['content:apply']({ token: preview.token }));
    expect(applied).toMatchObject({ packVersion: '1.3.0', origin: 'file' });
    expect(emitted.map(([e]) => e)).toEqual(expect.arrayContaining(['content:changed', 'plan:changed']));

    const progress = value(await h['progress:list']({}));
    expect(progress.find((p) => p.milestoneId === RENAMED_MILESTONE.from)).toBeUndefined();
    expect(progress.find((p) => p.milestoneId === RENAMED_MILESTONE.to)).toMatchObject({ done: true, note: 'broadcasting finally clicked' });
    const cards = await db.reviewCards.toArray();
    expect(cards).toHaveLength(cardsBefore.length);
    for (const c of cards) expect(c.sources).not.toContain(RENAMED_MILESTONE.from);
    expect(cards.filter((c) => c.sources.includes(RENAMED_MILESTONE.to)).length).toBe(cardsBefore.filter((c) => c.sources.includes(RENAMED_MILESTONE.from)).length);

    const plan = value(await h['plan:get']({}));
    expect(plan?.doneMilestoneIds).toContain(RENAMED_MILESTONE.to);
    expect(plan?.plan.milestones.find((m) => m.id === RENAMED_MILESTONE.to)?.title).toBe(RENAMED_MILESTONE.title);
    // The removed certification's booking is kept, editable, and left out of planning.
    const certs = value(await h['certification:list']({}));
    expect(certs.find((c) => c.certId === REMOVED_CERT)).toMatchObject({ status: 'exam-booked', examDate: '2027-09-01' });
    expect(value(await h['plan:regenerate']({}))).not.toBeNull();
    expect(value(await h['certification:update']({ certId: REMOVED_CERT, status: 'passed', examDate: '2027-09-01', passedOn: '2026-11-20', spentUsd: 200 })).status).toBe('passed');

    // The removed certification keeps its name for the kept booking, here and after a restart.
    const removedName = builtIn.certifications.find((c) => c.id === REMOVED_CERT)!.name;
    expect(value(await h['content:get']({}))).toMatchObject({ origin: 'file', pack: { packVersion: '1.3.0' }, formerCertNames: { [REMOVED_CERT]: removedName } });
    expect(chooseStartPack(await db.contentPack.get('me'), shipped).active.formerCertNames).toEqual({ [REMOVED_CERT]: removedName });
    expect(await db.contentPack.get('me')).toMatchObject({ editionId: builtIn.edition.id, packVersion: '1.3.0', origin: 'file', text: NEWER_TEXT });
    expect(validateBackupData(await dumpAll(db)).ok).toBe(true);
    // A token is used once.
    expect(await h['content:apply']({ token: preview.token })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a file that is not JSON, a pack with an error and an older version, changing nothing', async () => {
    const { db, service, h } = setup();
    await learner(h);
    const before = await dumpAll(db);
    expect(await service.checkFile('{ not json', 'broken.json')).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('broken.json is not a content pack MLE Path can use: The file is not JSON') } });
    const bad = { ...newerPack(), packVersion: 'soon' };
    expect(await service.checkFile(JSON.stringify(bad), 'bad.json')).toMatchObject({ ok: false, error: { message: expect.stringContaining('packVersion: expected a semantic version like 1.2.3') } });
    const applied = value(await service.checkFile(NEWER_TEXT, 'newer.json'));
    value(await h['content:apply']({ token: applied.token }));
    const older = { ...newerPack(), packVersion: '1.2.5' };
    expect(await service.checkFile(JSON.stringify(older), 'older.json')).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('older than the one in use (1.3.0)') } });
    expect(await service.checkFile(NEWER_TEXT, 'again.json')).toMatchObject({ ok: false, error: { message: expect.stringContaining('already the content in use') } });
    expect((await dumpAll(db)).milestoneProgress.map((p) => p.milestoneId)).toEqual([RENAMED_MILESTONE.to]);
    expect(before.milestoneProgress.map((p) => p.milestoneId)).toEqual([RENAMED_MILESTONE.from]);
  });

  it('switching to another shipped edition keeps every tick on shared milestones', async () => {
    if (!other) return; // only one edition ships in this build
    const { h } = setup();
    await learner(h);
    const preview = value(await h['content:choose-shipped']({ editionId: other.edition.id }));
    expect(preview.warnings[0]).toMatch(/another edition/);
    value(await h['content:apply']({ token: preview.token }));
    expect(value(await h['plan:get']({}))?.doneMilestoneIds).toContain(RENAMED_MILESTONE.from);
    expect(value(await h['content:status']({})).current.editionId).toBe(other.edition.id);
  });

  it('a restore of a backup made before the update moves its old ids too', async () => {
    const { db, h } = setup();
    await learner(h);
    const oldBackup = await dumpAll(db);
    const counts = await replaceAll(db, oldBackup, loadNewer().renamedIds);
    expect(counts.ok).toBe(true);
    expect((await db.milestoneProgress.toArray()).map((p) => p.milestoneId)).toEqual([RENAMED_MILESTONE.to]);
  });
});

function loadNewer(): ContentPack {
  const r = loadPack(newerPack());
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.pack;
}

describe('chooseStartPack', () => {
  const row = (over: Partial<ContentPackRow>): ContentPackRow => ({
    key: 'me',
    editionId: builtIn.edition.id,
    packVersion: '1.3.0',
    origin: 'file',
    text: NEWER_TEXT,
    appliedAt: '2026-11-23T09:30:00.000Z',
    formerCertNames: {},
    ...over,
  });

  it('checks only the pack it starts with: another edition is loaded when first previewed', () => {
    let loads = 0;
    const counted: ShippedPack = { summary: { ...shipped[0]!.summary, editionId: 'edition.other' }, load: () => (loads++, builtIn) };
    expect(chooseStartPack(undefined, [shipped[0]!, counted]).active.pack).toBe(builtIn);
    expect(chooseStartPack(row({}), [shipped[0]!, counted]).active.origin).toBe('file');
    expect(loads).toBe(0);
  });

  it('no choice yet: the first shipped pack', () => {
    expect(chooseStartPack(undefined, shipped).active).toMatchObject({ origin: 'built-in', pack: { edition: { id: builtIn.edition.id } } });
  });

  it('a newer file pack stays in use across a restart', () => {
    expect(chooseStartPack(row({}), shipped)).toMatchObject({ active: { origin: 'file', pack: { packVersion: '1.3.0' } }, note: null });
  });

  it('an app update that ships the same or a newer version of the edition takes over from the file', () => {
    const updated = [shippedPack({ ...SHIPPED_PACKS[0]!, packVersion: '1.3.0' }), ...shipped.slice(1)];
    expect(chooseStartPack(row({}), updated).active.origin).toBe('built-in');
  });

  it('a stored file that no longer checks out gives way to the shipped pack, saying so', () => {
    const start = chooseStartPack(row({ text: '{"packVersion":' }), shipped);
    expect(start.active.origin).toBe('built-in');
    expect(start.note).toMatch(/no longer checks out/);
  });

  it('a shipped edition chosen before is chosen again', () => {
    if (!other) return; // only one edition ships in this build
    expect(chooseStartPack(row({ editionId: other.edition.id, origin: 'built-in', text: null, packVersion: other.packVersion }), shipped).active.pack.edition.id).toBe(other.edition.id);
  });
});

/** The built-in pack with `ids` renamed to `<id>-v2` (titles too), listed in renamedIds, at `version`. */
function renamedPack(ids: readonly string[], version: string) {
  const pack = newerPack();
  pack.packVersion = version;
  const renamed: Record<string, string> = { ...pack.renamedIds };
  for (const phase of pack.phases) {
    for (const m of phase.milestones) {
      if (ids.includes(m.id)) {
        renamed[m.id] = `${m.id}-v2`;
        m.id = `${m.id}-v2`;
        m.title = `${m.title} (revised)`;
      }
    }
  }
  for (const phase of pack.phases) for (const m of phase.milestones) m.prerequisites = m.prerequisites.map((p) => (ids.includes(p) ? `${p}-v2` : p));
  pack.renamedIds = renamed;
  return pack;
}

describe('any accepted pack update leaves valid, restorable data with every tick, note and card', () => {
  const core = builtIn.phases.flatMap((p) => p.milestones.map((m) => m.id)).filter((id) => id !== RENAMED_MILESTONE.from);

  it('holds for random renamings of ticked and unticked milestones', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(core, { minLength: 1, maxLength: 8 }), fc.subarray(core, { maxLength: 6 }), async (renamed, ticked) => {
        const { db, service, h } = setup();
        await learner(h);
        for (const id of ticked) value(await h['milestone:set-done']({ id, done: true }));
        for (const id of ticked.slice(0, 2)) value(await h['milestone:save-note']({ id, note: `note on ${id}`, links: [] }));
        const before = await dumpAll(db);
        const pack = renamedPack(renamed, '2.0.0');
        const preview = value(await service.checkFile(JSON.stringify(pack), 'next.json'));
        value(await h['content:apply']({ token: preview.token }));

        const after = await dumpAll(db);
        const valid = validateBackupData(after);
        expect(valid.ok).toBe(true);
        const rename = (id: string) => pack.renamedIds?.[id] ?? id;
        const progress = new Map(after.milestoneProgress.map((p) => [p.milestoneId, p]));
        for (const p of before.milestoneProgress) {
          const moved = progress.get(rename(p.milestoneId));
          expect(moved?.done).toBe(p.done);
          expect(moved?.note).toBe(p.note);
        }
        expect(after.reviewCards.length).toBe(before.reviewCards.length);
        expect(after.reviewLogs.length).toBe(before.reviewLogs.length);
        const done = value(await h['plan:get']({}))?.doneMilestoneIds ?? [];
        for (const p of before.milestoneProgress.filter((x) => x.done)) expect(done).toContain(rename(p.milestoneId));

        // Export → file → restore into a fresh store gives the same learner rows back.
        const file = parseBackupFile(createBackupFile(after, { appVersion: '0.0.0-test', now: new Date('2026-11-23T10:00:00Z') }));
        expect(file.ok).toBe(true);
        const target = openPlannerDb(new IDBFactory(), IDBKeyRange);
        expect((await replaceAll(target, file.ok ? file.value.data : null, pack.renamedIds)).ok).toBe(true);
        expect((await dumpAll(target)).milestoneProgress).toEqual(after.milestoneProgress);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
