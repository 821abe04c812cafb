/**
 * Backups older versions of MLE Path wrote restore into this one. Each file in
 * tests/fixtures/backups was written by the version its name gives (the commit), from the same
 * learner: a profile, three ticks, a note, a booked exam, a quiz, an expense, a checklist tick,
 * a done session and a setting (since practice rounds exist, two certification rounds; format 2
 * adds review cards, three grades and review parameters). Add a file whenever the backup format or
 * what a table holds changes; never edit one.
 *
 * Each must: pass the file checks, restore into an empty database with every learner row kept,
 * answer every read the screens make (a plan an older planner stored is rebuilt from the
 * profile), and export again as a file this version restores.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBackupFile, parseBackupFile, readBackupFile } from '../../../../../electron/main/core/backup';
import { dumpAll } from '../../../../../electron/store/backup-store';
import { openPlannerDb } from '../../../../../electron/store/db';
import { createInternalService } from '../../../../../electron/store/internal-service';
import { answer } from '../../../../../electron/store/port-server';
import { createPlannerService } from '../../../../../electron/store/service';
import { BACKUP_FORMAT_VERSION, canonicalJson } from '../../../../../shared/backup/format';
import type { PlanView } from '../../../../../shared/ipc/contract';
import { loadBuiltIn } from '../../../shared/content/helpers';

const FOLDER = path.resolve(import.meta.dirname, '../../../../fixtures/backups');
const files = readdirSync(FOLDER).filter((n) => n.endsWith('.json')).sort();
const pack = loadBuiltIn();
const NOW = new Date('2026-11-25T09:30:00Z');

function emptyStore() {
  const db = openPlannerDb(new IDBFactory(), IDBKeyRange);
  const handlers = createPlannerService({ db, pack, now: () => NOW, emit: () => undefined });
  const internal = createInternalService({ db });
  return { db, call: (channel: string, payload: unknown) => answer(handlers, channel, payload, internal) };
}

describe('backups older versions wrote', () => {
  it('covers every format version this one reads, the oldest app first', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    const versions = new Set(files.map((n) => Number(/^format(\d+)-/.exec(n)?.[1])));
    for (let v = 1; v <= BACKUP_FORMAT_VERSION; v++) expect(versions.has(v), `a fixture of format ${v}`).toBe(true);
  });

  it.each(files.map((f) => [f]))('%s restores, keeps every learner row, and exports again', async (name) => {
    const file = await readBackupFile(path.join(FOLDER, name));
    if (!file.ok) throw new Error(`${name} is refused: ${file.error.message} ${JSON.stringify(file.error.issues?.slice(0, 3))}`);
    const store = emptyStore();
    const restored = await store.call('backup:replace', { data: file.value.data });
    expect(restored.ok, JSON.stringify(restored)).toBe(true);

    const back = await dumpAll(store.db);
    for (const table of ['profile', 'milestoneProgress', 'sessions', 'certifications', 'quizAttempts', 'spending', 'checklistTicks', 'reviewCards', 'reviewLogs'] as const) {
      expect(canonicalJson(back[table]), table).toBe(canonicalJson(file.value.data[table]));
    }
    expect(back.settings?.theme).toBe('dark');
    // A format-1 file has no review cards; a format-2 file brings its cards, grades and parameters.
    if (name.startsWith('format1-')) {
      expect([back.reviewCards, back.reviewLogs]).toEqual([[], []]);
    } else {
      expect(back.reviewCards.length).toBeGreaterThan(0);
      expect(back.reviewLogs.map((l) => l.rating).sort()).toEqual(['again', 'good', 'good']);
      expect(back.settings?.review).toEqual({ requestRetention: 0.85, maximumIntervalDays: 180, fuzz: false });
    }

    // The screens' reads; the plan is there (rebuilt when the file's was an older planner's).
    const plan = await store.call('plan:get', {});
    expect(plan.ok).toBe(true);
    const view = (plan as { value: PlanView }).value;
    expect(view.plan.weeks.length).toBeGreaterThan(0);
    expect(new Set(view.doneMilestoneIds)).toEqual(new Set(file.value.data.milestoneProgress.filter((p) => p.done).map((p) => p.milestoneId)));
    for (const channel of ['profile:get', 'progress:list', 'certification:list', 'quiz:history', 'practice:history', 'history:get', 'spending:list', 'checklist:list', 'settings:get', 'review:queue']) {
      expect((await store.call(channel, {})).ok, channel).toBe(true);
    }
    // Readiness quizzes and certification practice rounds (files written since rounds exist) each come back where they belong.
    const attempts = file.value.data.quizAttempts;
    const ids = async (channel: string) => ((await store.call(channel, {})) as { value: { attempts: { id: string }[] } }).value.attempts.map((a) => a.id).sort();
    expect(await ids('quiz:history')).toEqual(attempts.filter((a) => a.certId === undefined).map((a) => a.id).sort());
    expect(await ids('practice:history')).toEqual(attempts.filter((a) => a.certId !== undefined).map((a) => a.id).sort());
    expect((await store.call('week:get', { weekStart: '2026-11-30' })).ok).toBe(true);

    // And what this version exports from it restores again.
    const again = await store.call('backup:dump', {});
    if (!again.ok) throw new Error(again.error.message);
    const reparsed = parseBackupFile(createBackupFile(again.value as never, { appVersion: '0.1.0', now: NOW }));
    expect(reparsed.ok).toBe(true);
  });
});
