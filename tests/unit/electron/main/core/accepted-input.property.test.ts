/**
 * Accepted input leaves valid, restorable data. For every channel that writes (the window's and
 * main's own), thousands of requests the contract accepts, biased to the edges of every range,
 * go through the real router and store into one database that keeps what each one did. Through
 * the run, and at its end:
 *  - every read the screens and main make still answers, with a reply its contract accepts
 *    (a stored value no schema reads back would make "Your certifications could not be loaded"
 *    or stop every reminder);
 *  - the database dump passes the backup format's checks;
 *  - that dump written as a backup file, read back and restored into another database gives the
 *    same data (the learner's tables; this computer's own settings stay the target's).
 *
 * ACCEPTED_RUNS sets the requests per channel (1,000 in `npm test`); ACCEPTED_SEED replays a run.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackupFile, parseBackupFile } from '../../../../../electron/main/core/backup';
import { dumpAll } from '../../../../../electron/store/backup-store';
import { canonicalJson, MACHINE_LOCAL_SETTINGS, validateBackupData, type BackupData } from '../../../../../shared/backup/format';
import { channels, type Channel } from '../../../../../shared/ipc/contract';
import { internalChannels, type InternalChannel } from '../../../../../shared/ipc/internal';
import { formatIsoDate, mondayOf, parseIsoDate } from '../../../../../shared/planner/time';
import type { Result } from '../../../../../shared/ipc/result';
import { acceptedRequests, CURRENT_REFLOW, internalRequests, LATEST_SPENDING, type AcceptedChannel } from './fuzz/accepted';
import { createApp, NOW, UI, type FuzzApp } from './fuzz/app';

const NUM_RUNS = Number(process.env['ACCEPTED_RUNS'] ?? 1_000);
const SEED = process.env['ACCEPTED_SEED'] === undefined ? undefined : Number(process.env['ACCEPTED_SEED']);
/** Reads and a dump check after this many applied writes, and always at the end. */
const CHECK_EVERY = Math.max(1, Math.round(NUM_RUNS / 8));

const report: string[] = [];
const started = performance.now();
afterAll(() => {
  console.info(`accepted input: ${NUM_RUNS} requests per channel, ${((performance.now() - started) / 1000).toFixed(1)} s in all\n${report.join('\n')}`);
});

/** Every read a screen or main's services make, each of which must still answer with a valid reply. */
const READS: readonly Channel[] = ['profile:get', 'plan:get', 'progress:list', 'certification:list', 'quiz:history', 'practice:history', 'history:get', 'spending:list', 'checklist:list', 'review:queue', 'settings:get', 'timer:get'];

async function readsProblem(app: FuzzApp): Promise<string | null> {
  for (const channel of READS) {
    const r = await app.router.handle(UI, channel, {});
    if (!r.ok) return `${channel} failed: ${r.error.code} ${r.error.message.slice(0, 300)}`;
  }
  const today = app.clock.now.toISOString();
  const thisMonday = formatIsoDate(mondayOf(parseIsoDate(today.slice(0, 10)) ?? 0));
  const week = await app.router.handle(UI, 'week:get', { weekStart: thisMonday });
  if (!week.ok) return `week:get (this week) failed: ${week.error.message.slice(0, 300)}`;
  const internal: [InternalChannel, unknown][] = [
    ['reminders:inputs', { nowUtc: today, fallbackTimeZone: 'Europe/Berlin' }],
    ['calendar:sessions', { nowUtc: today, fallbackTimeZone: 'Europe/Berlin', weekStarts: [thisMonday] }],
  ];
  for (const [channel, request] of internal) {
    const r = await app.store(channel, request);
    if (!r.ok) return `${channel} failed: ${r.error.message.slice(0, 300)}`;
    const reply = internalChannels[channel].response.safeParse(r.value);
    if (!reply.success) return `${channel} answered what its contract refuses: ${reply.error.issues[0]?.message}`;
  }
  return null;
}

/** The dump must be a valid backup's data. */
async function dumpProblem(app: FuzzApp): Promise<{ problem: string | null; data: BackupData | null }> {
  const dumped = await app.store('backup:dump', {});
  if (!dumped.ok) return { problem: `backup:dump failed: ${dumped.error.message.slice(0, 300)}`, data: null };
  const valid = validateBackupData(dumped.value);
  if (!valid.ok) return { problem: `the dump is not a valid backup: ${(valid.error.issues ?? [valid.error.message]).slice(0, 3).join('; ')}`, data: null };
  return { problem: null, data: valid.value };
}

/** The learner's part of a dump: what a restore brings back (this computer's settings and reminder log stay). */
function learnerPart(data: BackupData): string {
  const settings = data.settings ? Object.fromEntries(Object.entries(data.settings).filter(([k]) => !(MACHINE_LOCAL_SETTINGS as readonly string[]).includes(k))) : null;
  return canonicalJson({ ...data, settings, reminderLog: [] });
}

/** Export → file → parse → restore into another app's database: the same learner data comes back. */
async function roundTripProblem(data: BackupData): Promise<string | null> {
  const file = createBackupFile(data, { appVersion: '0.0.0-property', now: new Date(NOW) });
  const parsed = parseBackupFile(file);
  if (!parsed.ok) return `the export is refused on restore: ${(parsed.error.issues ?? [parsed.error.message]).slice(0, 3).join('; ')}`;
  const target = await createApp();
  const restored = await target.store('backup:replace', { data: parsed.value.data });
  if (!restored.ok) return `restore failed: ${restored.error.message.slice(0, 300)}`;
  const back = await dumpAll(target.db);
  if (learnerPart(back) !== learnerPart(data)) return 'the restored data differs from the export';
  return readsProblem(target);
}

async function check(app: FuzzApp, label: string): Promise<void> {
  const reads = await readsProblem(app);
  if (reads) throw new Error(`${label}: ${reads}`);
  const { problem, data } = await dumpProblem(app);
  if (problem || !data) throw new Error(`${label}: ${problem}`);
  const trip = await roundTripProblem(data);
  if (trip) throw new Error(`${label}: ${trip}`);
}

type Outcomes = Map<string, number>;
const count = (outcomes: Outcomes, result: Result<unknown>, reasons: Map<string, number>) => {
  const key = result.ok ? 'ok' : result.error.code;
  outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  if (!result.ok) {
    const reason = (result.error.issues?.[0] ? `${result.error.issues[0].path}: ${result.error.issues[0].message}` : result.error.message).replace(/\d{4}-\d{2}-\d{2}\S*/g, '<date>').slice(0, 90);
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
};

async function runChannel(label: string, arbitraryFor: (app: FuzzApp) => fc.Arbitrary<unknown>, send: (app: FuzzApp, request: unknown) => Promise<Result<unknown>>, schema: { safeParse(v: unknown): { success: boolean } }): Promise<Outcomes> {
  const t0 = performance.now();
  const app = await createApp();
  const outcomes: Outcomes = new Map();
  const reasons = new Map<string, number>();
  let applied = 0;
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(arbitraryFor(app), async (request) => {
      runs++;
      // The generator's promise: each request is one the contract accepts.
      if (!schema.safeParse(request).success) throw new Error(`${label}: generated a request the contract refuses: ${JSON.stringify(request).slice(0, 300)}`);
      const result = await send(app, request);
      count(outcomes, result, reasons);
      if (!result.ok && !['not-found', 'invalid-request', 'conflict'].includes(result.error.code)) {
        throw new Error(`${label}: an accepted request failed with ${result.error.code}: ${result.error.message.slice(0, 300)} for ${JSON.stringify(request).slice(0, 300)}`);
      }
      if (result.ok && ++applied % CHECK_EVERY === 0) await check(app, `${label} after ${applied} applied requests (last ${JSON.stringify(request).slice(0, 200)})`);
    }),
    { numRuns: NUM_RUNS, endOnFailure: true, ...(SEED === undefined ? {} : { seed: SEED }) },
  );
  await check(app, `${label} at the end`);
  const outcome = [...outcomes].map(([k, n]) => `${k} ${n}`).join(', ');
  const top = [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([r, n]) => `      ${n}× ${r}`);
  report.push(`  ${label.padEnd(36)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s  ${runs} requests: ${outcome}`, ...top);
  return outcomes;
}

const TIMER_CHANNELS: ReadonlySet<Channel> = new Set(['timer:start', 'timer:pause', 'timer:resume', 'timer:stop']);

/**
 * The focus timer's writes, each from a state where it applies: a start after any timer was
 * stopped, a pause, resume or stop with a timer there, the timer's clock moved on by 0 to 1,600
 * minutes first (past the day a session can log), so every stop logs a different figure.
 */
async function sendTimer(app: FuzzApp, channel: Channel, request: unknown, step: number): Promise<Result<unknown>> {
  app.timerClock.t += ((step * 7919) % 1601) * 60_000;
  const view = await app.router.handle(UI, 'timer:get', {});
  const idle = view.ok && (view.value as { state: string }).state === 'idle';
  if (channel === 'timer:start' && !idle) await app.router.handle(UI, 'timer:stop', {});
  if (channel !== 'timer:start' && idle) await app.router.handle(UI, 'timer:start', { sessionId: app.sessionIds[step % app.sessionIds.length], weekStart: '2026-11-30' });
  return app.router.handle(UI, channel, request);
}

let timerSteps = 0;

/**
 * A window's request through main's router; a delete of LATEST_SPENDING first adds the expense it
 * deletes, and CURRENT_REFLOW applies the re-flow previewed just before, as the week screen does.
 */
async function send(app: FuzzApp, channel: Channel, request: unknown): Promise<Result<unknown>> {
  if (TIMER_CHANNELS.has(channel)) return sendTimer(app, channel, request, ++timerSteps);
  if (channel === 'plan:reflow' && (request as { missedIds: string[] }).missedIds[0] === CURRENT_REFLOW) {
    const preview = await app.router.handle(UI, 'plan:reflow-preview', {});
    if (!preview.ok) return preview;
    const { missedIds, toEtaDate } = preview.value as { missedIds: string[]; toEtaDate: string };
    return app.router.handle(UI, channel, { missedIds, toEtaDate });
  }
  if (channel === 'spending:delete' && (request as { id: string }).id === LATEST_SPENDING) {
    const added = await app.router.handle(UI, 'spending:add', { date: '2026-11-20', amountUsd: 5, label: 'Practice test', certId: null });
    if (!added.ok) return added;
    return app.router.handle(UI, channel, { id: (added.value as { id: string }).id });
  }
  if (channel === 'review:grade') {
    // FSRS moves a graded card days ahead; the card comes due again before each grade (as it
    // would at its due date), so grades keep being applied instead of refused as "not due".
    const card = await app.db.reviewCards.get((request as { itemId: string }).itemId);
    if (card) await app.db.reviewCards.put({ ...card, due: app.clock.now.toISOString() });
  }
  return app.router.handle(UI, channel, request);
}

describe('accepted input leaves valid, restorable data', () => {
  const contractChannels: AcceptedChannel[] = [
    'profile:save',
    'milestone:set-done',
    'milestone:save-note',
    'certification:update',
    'quiz:record',
    'spending:add',
    'spending:delete',
    'week:get',
    'session:update',
    'checklist:set',
    'settings:update',
    'timer:start',
    'timer:pause',
    'timer:resume',
    'timer:stop',
    'plan:reflow',
    'review:grade',
  ];

  it.each(contractChannels.map((c) => [c]))('%s', async (channel) => {
    const outcomes = await runChannel(channel, (app) => acceptedRequests(app)[channel] as fc.Arbitrary<unknown>, (app, request) => send(app, channel, request), channels[channel].request);
    // Most accepted requests must really be applied, or the run proves little.
    const ok = outcomes.get('ok') ?? 0;
    expect(ok / NUM_RUNS, `${channel}: share applied`).toBeGreaterThan(0.5);
  }, 600_000);

  it.each((Object.keys(internalRequests) as (keyof typeof internalRequests)[]).map((c) => [c]))('%s (main only)', async (channel) => {
    const outcomes = await runChannel(`${channel} (main)`, () => internalRequests[channel] as fc.Arbitrary<unknown>, (app, request) => app.store(channel, request), internalChannels[channel].request);
    expect((outcomes.get('ok') ?? 0) / NUM_RUNS).toBeGreaterThan(0.9);
  }, 600_000);
});
