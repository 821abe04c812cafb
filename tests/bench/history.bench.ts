/**
 * The History screen's read with 10 years of history against the same learner with 1 month
 * and with 1 year (data/history.ts), all open at once and measured alternately. Goals:
 *  - the History screen opened from the Guide (query + render of the heatmap and both charts)
 *    with 10 years ≤ 1.2 × with 1 month, as for the week view;
 *  - history:get (page → main → store → page) with 10 years ≤ 1.2 × with 1 year: the read is
 *    bounded to a year, so ten years must cost what one does.
 * Shown for information: history:get against 1 month (a month's learner has a twelfth of the
 * sessions in that year to sum, so this ratio measures the year's study, not the history behind
 * it), the store host's own share, and the reply's size (a year of days at most, so it stops
 * growing after a year). Run alone with `npm run bench -- history`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchApp, type HarnessApp } from '../e2e/harness/app-harness';
import { generateHistory, historyRowCounts } from './data/history';
import { median, report, type Row } from './measure';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 15);
const SIZES = [1, 12, 120] as const;

/**
 * Back to a screen that asks the store nothing new (the Guide: only the profile, kept in the cache), so no other read (the
 * dashboard's quiz history, which does grow with the years) runs while the next one is timed.
 */
const back = async (app: HarnessApp) => {
  await app.ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Guide', exact: true }).click();
  await app.ui.getByRole('heading', { name: 'Guide', level: 1 }).waitFor();
};

/** In the store page: the time from each history:get request's arrival to its reply. */
function timeStoreSide(): void {
  const w = window as unknown as { __harnessToStore(m: unknown): void; __harnessFromStore(m: unknown): void; __historyMs: number[] };
  const started = new Map<number, number>();
  const toStore = w.__harnessToStore;
  const fromStore = w.__harnessFromStore;
  w.__historyMs = [];
  w.__harnessToStore = (m) => {
    const { id, channel } = m as { id?: unknown; channel?: unknown };
    if (typeof id === 'number' && channel === 'history:get') started.set(id, performance.now());
    toStore(m);
  };
  w.__harnessFromStore = (m) => {
    // The harness sends the store's messages to Node as JSON text.
    const { kind, id } = (typeof m === 'string' ? JSON.parse(m) : m) as { kind?: unknown; id?: unknown };
    const start = typeof id === 'number' ? started.get(id) : undefined;
    if (kind === 'reply' && start !== undefined) w.__historyMs.push(performance.now() - start);
    fromStore(m);
  };
}

const now = new Date();
const tmp = await mkdtemp(path.join(os.tmpdir(), 'mle-path-bench-history-'));
const apps: HarnessApp[] = [];
for (const months of SIZES) {
  const data = generateHistory(months, now);
  const dir = path.join(tmp, `history-${months}`);
  const loader = await launchApp({ profileDir: dir });
  const loaded = await loader.storeClient.request('backup:replace', { data });
  await loader.close();
  if (!loaded.ok) throw new Error(`Loading ${months} months of history failed: ${loaded.error.message}`);
  console.log(`${months} months: ${historyRowCounts(data)['sessions']} sessions, ${historyRowCounts(data)['quizAttempts']} quizzes`);
  const app = await launchApp({ profileDir: dir });
  await app.ui.getByTestId('dash-status').waitFor();
  await back(app);
  await app.store.evaluate(timeStoreSide);
  apps.push(app);
}

/** One history:get from the page, timed there: the IPC path and the store's aggregation. */
const readOnce = (app: HarnessApp) =>
  app.ui.evaluate(async () => {
    const planner = (window as unknown as { planner: { invoke(c: string, r: unknown): Promise<{ ok: boolean; value?: unknown }> } }).planner;
    const start = performance.now();
    const result = await planner.invoke('history:get', {});
    const ms = performance.now() - start;
    if (!result.ok) throw new Error('history:get failed');
    return { ms, bytes: JSON.stringify(result.value).length };
  });

/** Guide → History, timed from the click until the heatmap and both charts are drawn. */
const openOnce = (app: HarnessApp) =>
  app.ui.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const nav = (name: string) => Array.from(document.querySelectorAll('nav button')).find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;
        const history = nav('History');
        if (!history) return reject(new Error('no History button'));
        const drawn = () =>
          document.querySelector('[data-testid="heatmap"] rect') !== null &&
          document.querySelector('[data-testid="weeks-chart"] .ct-bar') !== null &&
          document.querySelector('[data-testid="readiness-chart"] .ct-line') !== null;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!drawn()) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true });
        history.click();
      }),
  );


const reads: number[][] = SIZES.map(() => []);
const opens: number[][] = SIZES.map(() => []);
const bytes: number[] = SIZES.map(() => 0);
for (let r = 0; r < ROUNDS + 2; r++) {
  for (const [i, app] of apps.entries()) {
    // Let the dashboard's own reads finish, so each measurement starts from a quiet page.
    await app.ui.waitForTimeout(100);
    const read = await readOnce(app);
    bytes[i] = read.bytes;
    const open = await openOnce(app);
    await back(app);
    if (r >= 2) {
      reads[i]?.push(read.ms);
      opens[i]?.push(open);
    }
  }
}
const storeSide = await Promise.all(apps.map((app) => app.store.evaluate(() => (window as unknown as { __historyMs: number[] }).__historyMs)));
for (const app of apps) await app.close();
await rm(tmp, { recursive: true, force: true });

const [MONTH, YEAR, TEN] = [0, 1, 2] as const;
const at = (samples: number[][], i: number) => median(samples[i] ?? []);
const rows: Row[] = [
  { name: 'History screen opened, 10 y vs 1 month', subject: at(opens, TEN), floor: at(opens, MONTH), unit: 'ms', goal: 1.2 },
  { name: 'history:get, 10 y vs 1 year', subject: at(reads, TEN), floor: at(reads, YEAR), unit: 'ms', goal: 1.2 },
  { name: '  history:get, 10 y vs 1 month (info)', subject: at(reads, TEN), floor: at(reads, MONTH), unit: 'ms', goal: null },
  { name: '  History screen opened, 10 y vs 1 year (info)', subject: at(opens, TEN), floor: at(opens, YEAR), unit: 'ms', goal: null },
  { name: '  store host alone, 10 y vs 1 month (info)', subject: at(storeSide, TEN), floor: at(storeSide, MONTH), unit: 'ms', goal: null },
  { name: '  store host alone, 10 y vs 1 year (info)', subject: at(storeSide, TEN), floor: at(storeSide, YEAR), unit: 'ms', goal: null },
  { name: '  history:get reply size, 10 y vs 1 month (info)', subject: bytes[TEN] ?? 0, floor: bytes[MONTH] ?? 0, unit: 'bytes', goal: null },
  { name: '  history:get reply size, 10 y vs 1 year (info)', subject: bytes[TEN] ?? 0, floor: bytes[YEAR] ?? 0, unit: 'bytes', goal: null },
];
report(rows);
