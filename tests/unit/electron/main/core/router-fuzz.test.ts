/**
 * Fuzzing the IPC boundary, where every bad request must come back as a Result, never a throw: for every contract channel, 10,000
 * random and malformed payloads go through the REAL router wired to the REAL planner service
 * (fake-indexeddb, a seeded learner). The router must always answer (never throw or reject),
 * every payload the channel's schema refuses must come back as `{ ok: false, error: { code,
 * message } }` with a known code, and none of them may change the database (a dump before and
 * after is deep-equal). Payloads that happen to be valid run against a throwaway database of
 * their own, where only "answers without throwing, with a well-formed result" is required.
 *
 * Set FUZZ_SEED to replay a failing run; FUZZ_RUNS to change the number of runs per channel.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIpcRouter } from '../../../../../electron/main/core/ipc-router';
import { dumpAll } from '../../../../../electron/store/backup-store';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../../shared/domain/reminder-settings';
import { CHANNEL_NAMES, channels, type Channel, type RequestOf } from '../../../../../shared/ipc/contract';
import { ERROR_CODES, IpcErrorSchema, type Result } from '../../../../../shared/ipc/result';
import { createApp, pack, PROFILE, UI, type FuzzApp } from './fuzz/app';
import { payloadArbitrary, TOO_DEEP } from './fuzz/payloads';
import { unwiredMainHandlers } from '../../../../support/main-handlers';

const NUM_RUNS = Number(process.env['FUZZ_RUNS'] ?? 10_000);
const SEED = process.env['FUZZ_SEED'] === undefined ? undefined : Number(process.env['FUZZ_SEED']);
/**
 * Valid-by-chance payloads (mostly `{}` on the channels that take no fields) run on a throwaway
 * database; past this many per channel they are skipped with fc.pre, which keeps the file fast
 * while still running 10,000 refused payloads per channel.
 */
const MAX_VALID_BY_CHANCE = 150;

/** One valid request per channel: the skeleton the malformations break. Typed by the contract. */
function validRequests(app: FuzzApp): { [C in Channel]?: RequestOf<C> } {
  const milestone = app.milestoneIds[4] ?? 'phase.foundations.python-core';
  return {
    'profile:get': {},
    'profile:save': { ...PROFILE, weeklyHours: 10 },
    'plan:get': {},
    'plan:regenerate': {},
    'plan:reflow-preview': {},
    'plan:reflow': { missedIds: app.sessionIds.slice(0, 2), toEtaDate: '2027-09-01' },
    'plan:what-if': { changes: [{ weeklyHours: 6 }, { weeklyHours: 10, budgetUsd: 0, cloud: 'gcp', specialisation: 'llm', startDate: '2026-12-07' }] },
    'milestone:set-done': { id: milestone, done: true },
    'milestone:save-note': { id: milestone, note: 'Practise with pandas', links: [{ title: 'pandas', url: 'https://pandas.pydata.org/docs/' }] },
    'progress:list': {},
    'certification:list': {},
    'certification:update': { certId: 'cert.aws.mla-c01', status: 'passed', examDate: '2026-06-07', passedOn: '2026-06-07', spentUsd: 150 },
    // A certification round: the skeleton carries the optional certId and focusArea too.
    'quiz:record': {
      kind: 'practice',
      certId: 'cert.aws.mla-c01',
      focusArea: 'Model monitoring',
      answers: pack.practice.filter((q) => q.certId === 'cert.aws.mla-c01' && q.focusArea === 'Model monitoring').map((q) => ({ questionId: q.id, chosenIndex: 1 })),
    },
    'quiz:history': {},
    'practice:history': {},
    'spending:list': {},
    'spending:add': { date: '2026-11-21', amountUsd: 12.5, label: 'Book', certId: null },
    'spending:delete': { id: app.spendingId },
    'week:get': { weekStart: '2026-12-07' },
    'history:get': {},
    'session:update': { id: app.sessionIds[0] ?? 'session-1', status: 'done', loggedMinutes: 45, startUtc: '2026-12-01T17:30:00Z' },
    'checklist:list': {},
    'checklist:set': { itemId: pack.phases[0]!.gate.items[0]!.id, checked: true },
    'review:queue': {},
    'review:grade': { itemId: app.reviewItems.find((i) => i.kind === 'gate-statement')?.itemId ?? 'gate.foundations.numpy-pandas', rating: 'good' },
    'settings:get': {},
    'settings:update': {
      review: { requestRetention: 0.9, maximumIntervalDays: 365, fuzz: true },
      reminders: { ...DEFAULT_REMINDER_SETTINGS, quietHours: { start: '22:00', end: '07:00' }, pausedUntilUtc: '2026-12-01T08:00:00Z' },
      closeToTray: true,
      launchAtLogin: false,
      theme: 'light',
      calendarFolder: null,
    },
    'data:reset': { confirm: 'DELETE EVERYTHING' },
    'backup:export': {},
    'backup:choose-restore': {},
    'backup:restore': { token: 'f3c1a2b4-0000-4000-8000-000000000000' },
    'backup:list-automatic': {},
    'backup:choose-automatic': { fileName: 'daily-2026-11-23T09-30-00-000Z.json' },
    'app:take-pending-navigation': {},
    'app:get-locale': {},
    'calendar:sync-status': {},
    'calendar:choose-folder': {},
    'timer:get': {},
    'timer:start': { sessionId: app.sessionIds[0] ?? 'session-1', weekStart: '2026-11-30' },
    'timer:pause': {},
    'timer:resume': {},
    'timer:stop': {},
  };
}

const codes: ReadonlySet<string> = new Set(ERROR_CODES);

/** Why `result` is not a well-formed result (null when it is); `mustFail` also requires a refusal. */
function resultProblem(result: unknown, mustFail: boolean): string | null {
  if (result === null || typeof result !== 'object') return `the result is ${String(result)}, not an object`;
  const r = result as Partial<Result<unknown>>;
  if (r.ok === true) return mustFail ? 'a payload the schema refuses was accepted' : null;
  if (r.ok !== false) return `result.ok is ${String(r.ok)}`;
  const error: unknown = r.error;
  if (error === null || typeof error !== 'object') return 'error is not an object';
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' || !codes.has(code)) return `unknown error code ${String(code)}`;
  if (typeof message !== 'string' || message.trim() === '') return 'empty error message';
  try {
    structuredClone(result); // it crosses IPC back to the window
  } catch {
    return 'the result is not plain data';
  }
  return null;
}

function describePayload(payload: unknown): string {
  try {
    const text = fc.stringify(payload);
    return text.length > 600 ? `${text.slice(0, 600)}…` : text;
  } catch {
    return '(unprintable payload)';
  }
}

// ---------------------------------------------------------------------------------------------
// Built-in prototypes: a payload key like __proto__ or constructor.prototype must never reach them.

const PROTOTYPES = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };
type Snapshot = Record<string, [PropertyKey, unknown][]>;
function snapshotPrototypes(): Snapshot {
  return Object.fromEntries(
    Object.entries(PROTOTYPES).map(([name, proto]) => [
      name,
      Reflect.ownKeys(proto).map((key): [PropertyKey, unknown] => {
        const d = Object.getOwnPropertyDescriptor(proto, key);
        return [key, d && 'value' in d ? d.value : d?.get];
      }),
    ]),
  );
}

let prototypesBefore: Snapshot;
const timings: string[] = [];
const findings: string[] = [];
const fileStart = performance.now();

beforeAll(() => {
  prototypesBefore = snapshotPrototypes();
});

afterAll(() => {
  console.info(`router fuzz: ${NUM_RUNS} runs per channel, ${((performance.now() - fileStart) / 1000).toFixed(1)} s in all\n${timings.join('\n')}`);
  if (findings.length > 0) console.info(`router fuzz notes:\n${findings.join('\n')}`);
});

describe('ipc router fuzz: random and malformed payloads on every channel', () => {
  it.each(CHANNEL_NAMES.map((channel) => [channel]))(
    '%s: always answers, refuses what the schema refuses, and changes nothing',
    async (channel) => {
      const started = performance.now();
      const app = await createApp();
      const schema = channels[channel].request as unknown as { safeParse(v: unknown): { success: boolean } };
      const known: unknown = validRequests(app)[channel];
      if (known === undefined) findings.push(`  ${channel}: no valid request written for it above; its malformations start from {}`);
      else expect(schema.safeParse(known).success, `the valid ${channel} request used as the fuzz base`).toBe(true);
      const base = known ?? {};
      const before = await dumpAll(app.db);
      const seeded = performance.now();

      // Too deep to serialise (JSON.stringify overflows the stack): sent once, not in the random mix.
      for (const payload of [TOO_DEEP, [TOO_DEEP], { ...(base as object), extra: TOO_DEEP }]) {
        const problem = resultProblem(await app.router.handle(UI, channel, payload), true);
        expect(problem, `${channel} with a payload too deep to serialise`).toBeNull();
      }

      let scratch: FuzzApp | null = null;
      let refused = 0;
      let validByChance = 0;
      let overContractLimits = 0;
      let overExample = '';
      const validOutcomes = new Map<string, number>();

      await fc.assert(
        fc.asyncProperty(payloadArbitrary(channels[channel].request, base), async (payload) => {
          if (schema.safeParse(payload).success) {
            // Valid by chance: it may legitimately change data, so it runs on a throwaway db.
            fc.pre(validByChance < MAX_VALID_BY_CHANCE);
            validByChance++;
            scratch ??= await createApp();
            const result = await scratch.router.handle(UI, channel, payload);
            const problem = resultProblem(result, false);
            if (problem) throw new Error(`${channel}: ${problem} for valid payload ${describePayload(payload)}`);
            const outcome = result.ok ? 'ok' : result.error.code;
            validOutcomes.set(outcome, (validOutcomes.get(outcome) ?? 0) + 1);
            return;
          }
          refused++;
          const result = await app.router.handle(UI, channel, payload);
          const problem = resultProblem(result, true);
          if (problem) throw new Error(`${channel}: ${problem}: ${JSON.stringify(result).slice(0, 300)} for ${describePayload(payload)}`);
          if (!result.ok && !IpcErrorSchema.safeParse(result.error).success && overContractLimits++ === 0) {
            overExample = `${describePayload(payload).slice(0, 200)} -> ${JSON.stringify(result.error).slice(0, 300)}`;
          }
        }),
        { numRuns: NUM_RUNS, endOnFailure: !process.env['FUZZ_SHRINK'], ...(SEED === undefined ? {} : { seed: SEED }) },
      );

      expect(await dumpAll(app.db), `the database after ${refused} refused ${channel} payloads`).toEqual(before);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const outcomes = [...validOutcomes].map(([k, n]) => `${k} ${n}`).join(', ');
      timings.push(`  ${channel.padEnd(24)} ${seconds.padStart(6)} s (seeding ${((seeded - started) / 1000).toFixed(2)} s)  refused ${refused}, valid by chance ${validByChance}${outcomes ? ` (${outcomes})` : ''}`);
      // Found by this fuzzer: refusals once broke the contract's own error limits.
      expect(overContractLimits, `${channel}: refusals over IpcErrorSchema's limits, e.g. ${overExample}`).toBe(0);
    },
    60_000,
  );

  it('answers any channel name and any sender without throwing', async () => {
    const app = await createApp();
    const before = await dumpAll(app.db);
    const sender = fc.oneof(
      fc.constant(UI),
      fc.record({
        url: fc.oneof(fc.webUrl(), fc.constantFrom('app://ui', 'app://store/index.html', 'app://ui.evil/x', 'file:///index.html', 'app://UI/', 'null', ''), fc.string()),
        isMainFrame: fc.boolean(),
      }),
    );
    const internalNames = ['backup:dump', 'backup:replace', 'reminders:inputs', 'reminders:mark-delivered'];
    const channel = fc.oneof(
      fc.constantFrom<unknown>(...CHANNEL_NAMES.map((c) => `${c} `), ...CHANNEL_NAMES.map((c) => c.toUpperCase()), ...internalNames, '__proto__', 'constructor', 'toString', 'hasOwnProperty'),
      fc.anything({ withNullPrototype: true, withBoxedValues: true, withBigInt: true, withMap: true, withSet: true }),
    );
    await fc.assert(
      fc.asyncProperty(sender, channel, fc.anything(), async (from, name, payload) => {
        const result = await app.router.handle(from, name, payload);
        const problem = resultProblem(result, true);
        if (problem) throw new Error(`channel ${describePayload(name)} from ${from.url}: ${problem}`);
      }),
      { numRuns: 2_000, endOnFailure: !process.env['FUZZ_SHRINK'], ...(SEED === undefined ? {} : { seed: SEED }) },
    );
    expect(await dumpAll(app.db)).toEqual(before);
  });

  // Found by this fuzzer: `String(channel)` threw for such names (both survive structured clone
  // over IPC); the router now describes them by type (shared/ipc/names.ts describeChannel).
  it('answers a channel name that String() cannot convert', async () => {
    const router = createIpcRouter({ trustedOrigin: 'app://ui', forward: () => Promise.reject(new Error('must not be forwarded')), local: unwiredMainHandlers() });
    for (const name of [Object.create(null) as unknown, { toString: 1 }]) {
      expect(resultProblem(await router.handle(UI, name, {}), true)).toBeNull();
    }
  });

  it('leaves the built-in prototypes untouched', () => {
    expect(snapshotPrototypes()).toEqual(prototypesBefore);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype.toString.call([])).toBe('[object Array]');
  });
});
