/**
 * A learner's app as main and the store host run it, in Node: the real router (with the backup
 * and navigation services main adds) in front of the real planner and internal services over a
 * fresh fake-indexeddb database, seeded with a row in every table the UI writes. The router fuzz
 * and the accepted-input property test both start from it.
 */
import type { ReviewItemKind } from '../../../../../../shared/domain/review';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { storeCalls } from '../../../../../../electron/main/core/store-calls';
import { createFocusTimerService, FOCUS_TIMER_FILE, timerChannels, type FocusTimerService } from '../../../../../../electron/main/core/focus-timer-service';
import { unwiredMainHandlers } from '../../../../../support/main-handlers';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { backupChannels, createBackupService } from '../../../../../../electron/main/core/backup-service';
import { createIpcRouter, type IpcRouter } from '../../../../../../electron/main/core/ipc-router';
import { localeChannels } from '../../../../../../electron/main/core/locale';
import { createPendingNavigation, navigationChannels } from '../../../../../../electron/main/core/pending-navigation';
import { openPlannerDb, type PlannerDb } from '../../../../../../electron/store/db';
import { createInternalService } from '../../../../../../electron/store/internal-service';
import { answer } from '../../../../../../electron/store/port-server';
import { createPlannerService } from '../../../../../../electron/store/service';
import type { Profile } from '../../../../../../shared/domain/profile';
import type { Channel, PlanView, WeekView } from '../../../../../../shared/ipc/contract';
import type { Result } from '../../../../../../shared/ipc/result';
import { loadBuiltIn } from '../../../../shared/content/helpers';

export const pack = loadBuiltIn();
export const NOW = '2026-11-23T09:30:00Z';
export const UI = { url: 'app://ui/index.html', isMainFrame: true };

export const PROFILE: Profile = {
  background: 'data-analyst',
  weeklyHours: 8,
  budgetUsd: 900,
  startDate: '2026-11-30',
  cloud: 'aws',
  specialisation: 'llm',
  targetRoleId: 'role.ml-engineer',
  selfRating: { 'python-foundations': 2, 'ml-modelling': 1, 'mlops-deployment': 0 },
  availability: {
    timeZone: 'Europe/Berlin',
    windows: [
      { weekday: 0, start: '18:30', end: '20:30' },
      { weekday: 2, start: '18:30', end: '20:30' },
      { weekday: 5, start: '09:00', end: '12:00' },
    ],
    sessionMinutes: { min: 45, max: 120 },
  },
};

// Each app's focus timer keeps its file in a folder of its own, removed when the run ends.
const timerDirs: string[] = [];
process.on('exit', () => {
  for (const dir of timerDirs) rmSync(dir, { recursive: true, force: true });
});

export interface FuzzApp {
  db: PlannerDb;
  router: IpcRouter;
  milestoneIds: string[];
  sessionIds: string[];
  spendingId: string;
  /** The review cards the seeded ticks made, with how each is graded (by grade or by answer). */
  reviewItems: { itemId: string; kind: ReviewItemKind }[];
  /** What main's store client does: a store or internal channel answered by the store host. */
  store(channel: string, payload: unknown): Promise<Result<unknown>>;
  /** The clock the store reads; a test may move it. */
  clock: { now: Date };
  /** Main's focus timer (its file in a temporary folder) and the clock it counts on, which a test may move. */
  timer: FocusTimerService;
  timerClock: { t: number };
}

/** main (router + backup service) and the store host (service + internal service) over one fresh db. */
/** `profile` replaces the seeded learner's (a shorter plan makes each re-plan cheaper). */
export async function createApp(profile: Profile = PROFILE): Promise<FuzzApp> {
  const db = openPlannerDb(new IDBFactory(), IDBKeyRange);
  const clock = { now: new Date(NOW) };
  const now = () => new Date(clock.now);
  const handlers = createPlannerService({ db, pack, now, emit: () => undefined });
  const internal = createInternalService({ db });
  const store = (channel: string, payload: unknown) => answer(handlers, channel, payload, internal);
  const backups = createBackupService({
    store: storeCalls({ request: (channel, payload) => store(channel, payload) }),
    // The learner cancels every dialog: nothing is ever written to disk.
    dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
    appVersion: '0.0.0-fuzz',
    now,
    safetyDir: '/nonexistent/mle-path-fuzz-safety',
  });
  const forwarded = storeCalls({ request: (channel, request) => answer(handlers, channel, request) });
  const timerDir = mkdtempSync(path.join(os.tmpdir(), 'mle-fuzz-timer-'));
  timerDirs.push(timerDir);
  const timerClock = { t: Date.parse(NOW) };
  let writes = 0;
  const timer = createFocusTimerService({
    file: path.join(timerDir, FOCUS_TIMER_FILE),
    store: forwarded,
    clock: { now: () => timerClock.t, setInterval: () => 0, clearInterval: () => undefined },
    notify: () => undefined,
    onChange: () => undefined,
    newWriteId: () => `0000000000000000${(++writes).toString(16).padStart(16, '0')}`,
    log: () => undefined,
  });
  const router = createIpcRouter({
    trustedOrigin: 'app://ui',
    forward: forwarded.call,
    local: {
      ...unwiredMainHandlers(),
      ...backupChannels(backups),
      ...navigationChannels(createPendingNavigation()),
      ...localeChannels(() => ['de-DE', 'en-US']),
      ...timerChannels(timer),
      // Straight to the store, without the backup main takes first (this app writes no files).
      'data:reset': (request) => forwarded.call('data:reset', request),
    },
  });
  const call = async <T,>(channel: Channel, payload: unknown): Promise<T> => {
    const result = await router.handle(UI, channel, payload);
    if (!result.ok) throw new Error(`seeding ${channel} failed: ${result.error.message}`);
    return result.value as T;
  };

  // A learner a few weeks in: a row in every table the UI writes.
  await call('profile:save', profile);
  const view = await call<PlanView>('plan:get', {});
  const milestoneIds = view.plan.milestones.map((m) => m.id);
  for (const id of milestoneIds.slice(0, 3)) await call('milestone:set-done', { id, done: true });
  await call('milestone:save-note', { id: milestoneIds[3], note: 'Read chapter 2', links: [{ title: 'Docs', url: 'https://docs.python.org/3/' }] });
  await call('certification:update', { certId: 'cert.aws.mla-c01', status: 'exam-booked', examDate: '2027-06-07', passedOn: null, spentUsd: 150 });
  await call('quiz:record', { kind: 'quick', answers: pack.quiz.slice(0, 3).map((q) => ({ questionId: q.id, chosenIndex: 0 })) });
  const spending = await call<{ id: string }>('spending:add', { date: '2026-11-20', amountUsd: 39, label: 'Practice exams', certId: 'cert.aws.mla-c01' });
  await call('checklist:set', { itemId: pack.projects[0]!.checklist[0]!.id, checked: true });
  const week = await call<WeekView>('week:get', { weekStart: '2026-11-30' });
  await call('settings:update', { theme: 'dark' });
  const reviewItems = (await db.reviewCards.toArray()).map((c) => ({ itemId: c.itemId, kind: c.kind }));
  return { db, router, milestoneIds, sessionIds: week.sessions.map((s) => s.id), spendingId: spending.id, reviewItems, store, clock, timer, timerClock };
}

