/**
 * The app in real Chromium (the e2e harness: real renderer and store-host builds, real router
 * and store client) against its floors, with databases generated for 1 month, 1 year, 2 years
 * and 10 years of history (data/history.ts). Goals:
 *  - first contentful paint of the dashboard with 1 year of data ≤ 1.3 × a blank React page;
 *  - tick-off (click → durable write → UI updated) ≤ 1.5 × a raw strict IndexedDB put; and,
 *    against the honest floor (that put plus one echo round trip page → main → store → page,
 *    the IPC path every write takes), ≤ 1.5 × with a 95th percentile within one display frame;
 *  - dashboard data shown with 10 years of history ≤ 1.2 × the same with 1 month;
 *  - week view (query + render) with 10 years of history ≤ 1.2 × the same with 1 month;
 *  - renderer JS heap with 2 years of data ≤ 2 × a blank React page.
 * Every figure is a median of rounds that alternate subject and floor, so noise hits both.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { attachPreload, launchApp, type HarnessApp } from '../e2e/harness/app-harness';
import { generateHistory, HISTORY_SIZES, historyRowCounts } from './data/history';
import { buildFloor } from './pages';
import { median, percentile, report, type Row } from './measure';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 15);
const FLOOR_URL = 'http://floor.bench.localhost/index.html';

/** The same fresh-page conditions for both sides: fulfilled from disk, never from a cache. */
async function serveFloor(context: BrowserContext, dir: string): Promise<void> {
  await context.route(/^http:\/\/floor\.bench\.localhost\//, async (route) => {
    const file = path.join(dir, new URL(route.request().url()).pathname);
    if (!file.startsWith(dir)) return route.fulfill({ status: 404 });
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
    return route.fulfill({ status: 200, body: await readFile(file), headers: { 'content-type': type } });
  });
}

/**
 * In-page timers, installed before any app script runs, so a measurement is one evaluate with
 * no round trip to Node inside it: `timeUntil` starts the clock, acts, and stops it at the first
 * DOM mutation after which `done()` holds (React has committed the new state).
 */
function installProbes(): void {
  const w = window as unknown as Record<string, unknown>;
  w['__timeUntil'] = (act: () => void, done: () => boolean): Promise<number> =>
    new Promise((resolve) => {
      const start = performance.now();
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        resolve(performance.now() - start);
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      act();
    });
  // When the dashboard first showed the learner's data (its status figure), from navigation start.
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-testid="dash-status"]')) {
      w['__dashboardShownAt'] = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true });
}

/** In the store page: the time from each tick request's arrival to its reply, in order. */
function installStoreTimer(): void {
  const w = window as unknown as {
    __harnessToStore(m: unknown): void;
    __harnessFromStore(m: unknown): void;
    __storeCallMs: number[];
  };
  const started = new Map<number, number>();
  const toStore = w.__harnessToStore;
  const fromStore = w.__harnessFromStore;
  w.__storeCallMs = [];
  w.__harnessToStore = (m) => {
    const { id, channel } = m as { id?: unknown; channel?: unknown };
    if (typeof id === 'number' && channel === 'milestone:set-done') started.set(id, performance.now());
    toStore(m);
  };
  w.__harnessFromStore = (m) => {
    // The harness sends the store's messages to Node as JSON text.
    const { kind, id } = (typeof m === 'string' ? JSON.parse(m) : m) as { kind?: unknown; id?: unknown };
    const start = typeof id === 'number' ? started.get(id) : undefined;
    if (kind === 'reply' && start !== undefined) w.__storeCallMs.push(performance.now() - start);
    fromStore(m);
  };
}

/** One strict-durability IndexedDB put in a database of its own: the floor of any durable write. */
async function rawStrictPut(): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('bench-floor', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('ticks', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const ms = await new Promise<number>((resolve, reject) => {
    const start = performance.now();
    const tx = db.transaction('ticks', 'readwrite', { durability: 'strict' });
    tx.objectStore('ticks').put({ id: 'milestone', done: true, at: new Date().toISOString() });
    tx.oncomplete = () => resolve(performance.now() - start);
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return ms;
}

async function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (!entry) return;
          observer.disconnect();
          resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  // Twice: the first pass can leave objects whose finalisers free more on the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usage.usedSize;
}

async function openScreen(app: HarnessApp, name: string, ready: string): Promise<void> {
  await app.ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();
  await app.ui.locator(ready).first().waitFor();
}

// ---------------------------------------------------------------------------------------------
// Data

const floorDir = await buildFloor();
const now = new Date();
const tmp = await mkdtemp(path.join(os.tmpdir(), 'mle-path-bench-'));
const profiles = new Map<number, string>();
console.log('history'.padEnd(10), 'sessions'.padStart(9), 'reminders'.padStart(10), 'quizzes'.padStart(8), 'ticks'.padStart(6), 'backup size'.padStart(12));
for (const size of HISTORY_SIZES) {
  const data = generateHistory(size.months, now);
  const counts = historyRowCounts(data);
  const dir = path.join(tmp, `history-${size.months}`);
  const app = await launchApp({ profileDir: dir });
  const loaded = await app.storeClient.request('backup:replace', { data });
  await app.close();
  if (!loaded.ok) throw new Error(`Loading ${size.label} of history failed: ${loaded.error.message}`);
  profiles.set(size.months, dir);
  const kb = `${(JSON.stringify(data).length / 1024).toFixed(0)} KB`;
  console.log(size.label.padEnd(10), String(counts['sessions']).padStart(9), String(counts['reminderLog']).padStart(10), String(counts['quizAttempts']).padStart(8), String(counts['milestoneProgress']).padStart(6), kb.padStart(12));
}

/**
 * The floor page, in the app's browser and loaded the way the app's window is: the same
 * preload stand-in and probes, so what the harness adds to a page load is on both sides.
 */
async function floorPage(app: HarnessApp): Promise<Page> {
  const page = await app.context.newPage();
  await attachPreload(page, app.router);
  await page.addInitScript(installProbes);
  return page;
}

async function launchWith(months: number): Promise<HarnessApp> {
  const app = await launchApp({ profileDir: profiles.get(months) ?? '' });
  await app.ui.addInitScript(installProbes);
  await serveFloor(app.context, floorDir);
  await app.ui.reload();
  await app.ui.getByTestId('dash-status').waitFor();
  return app;
}

const rows: Row[] = [];

// ---------------------------------------------------------------------------------------------
// First paint (1 year) and tick-off

{
  const app = await launchWith(12);
  const floor = await floorPage(app);
  const appFcp: number[] = [];
  const appShown: number[] = [];
  const floorFcp: number[] = [];
  for (let r = 0; r < ROUNDS + 2; r++) {
    // Both pages get the same calls while they load: one evaluate for the paint, then one for
    // the dashboard. (A Playwright locator here would inject its ~300 KB selector engine into
    // the app's page mid-load and hold its first frame back by about 10 ms.)
    await app.ui.reload();
    const fcp = await firstContentfulPaint(app.ui);
    const shown = await app.ui.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const w = window as unknown as { __dashboardShownAt?: number };
          const check = () => (w.__dashboardShownAt ? resolve(w.__dashboardShownAt) : setTimeout(check, 10));
          check();
        }),
    );
    await floor.goto(FLOOR_URL);
    const floorPaint = await firstContentfulPaint(floor);
    if (r < 2) continue; // warm-up: first loads compile code the later ones reuse
    appFcp.push(fcp);
    appShown.push(shown);
    floorFcp.push(floorPaint);
  }
  rows.push({ name: 'first contentful paint, dashboard, 1 year', subject: median(appFcp), floor: median(floorFcp), unit: 'ms', goal: 1.3 });
  rows.push({ name: 'dashboard data shown, 1 year (info)', subject: median(appShown), floor: median(floorFcp), unit: 'ms', goal: null });

  // Tick-off on the roadmap: the same milestone ticked and unticked, each a durable write, and
  // in the same page a raw IndexedDB put with strict durability. For the breakdown, the store
  // page times each call from the request's arrival to its reply, and does the same raw put.
  await openScreen(app, 'Roadmap', '.milestones input[type="checkbox"]');
  await app.store.evaluate(installStoreTimer);
  const tick: number[] = [];
  const roundTrip: number[] = [];
  const uiPut: number[] = [];
  const storePut: number[] = [];
  const echo: number[] = [];
  for (let r = 0; r < ROUNDS * 2 + 4; r++) {
    const t = await app.ui.evaluate(async () => {
      const w = window as unknown as { __timeUntil(act: () => void, done: () => boolean): Promise<number> };
      const box = Array.from(document.querySelectorAll<HTMLInputElement>('.milestones li:last-child input[type="checkbox"]')).at(-1);
      const saving = (b: HTMLInputElement) => b.disabled || b.getAttribute('aria-disabled') === 'true';
      if (!box || saving(box)) throw new Error('no milestone to tick');
      const target = !box.checked;
      // Done when the box shows the new state and is no longer marked as saving: the store has
      // answered (the box keeps its focus while saving, so it is marked aria-disabled, not disabled).
      return w.__timeUntil(() => box.click(), () => box.checked === target && !saving(box));
    });
    // The same call without the click and the screen: what the IPC path costs on its own.
    const rtt = await app.ui.evaluate(async () => {
      const box = Array.from(document.querySelectorAll<HTMLInputElement>('.milestones li:last-child input[type="checkbox"]')).at(-1);
      const id = box?.getAttribute('aria-describedby')?.replace(/-meta$/, '') ?? '';
      const planner = (window as unknown as { planner: { invoke(c: string, r: unknown): Promise<{ ok: boolean }> } }).planner;
      const start = performance.now();
      const result = await planner.invoke('milestone:set-done', { id, done: box?.checked ?? false });
      if (!result.ok) throw new Error('milestone:set-done failed');
      return performance.now() - start;
    });
    // One round trip over the same path with no work behind it: the smallest store read (one
    // settings row, no write, no plan), what any call costs before the store does anything.
    const e = await app.ui.evaluate(async () => {
      const planner = (window as unknown as { planner: { invoke(c: string, r: unknown): Promise<{ ok: boolean }> } }).planner;
      const start = performance.now();
      const result = await planner.invoke('settings:get', {});
      if (!result.ok) throw new Error('settings:get failed');
      return performance.now() - start;
    });
    const u = await app.ui.evaluate(rawStrictPut);
    const s = await app.store.evaluate(rawStrictPut);
    if (r < 4) continue;
    tick.push(t);
    roundTrip.push(rtt);
    uiPut.push(u);
    storePut.push(s);
    echo.push(e);
    // Let the screens that follow plan:changed settle, as after a real click.
    await app.ui.waitForTimeout(150);
  }
  // Two store calls per round (the click's and the bare call's), both the same work.
  const storeSide = (await app.store.evaluate(() => (window as unknown as { __storeCallMs: number[] }).__storeCallMs)).slice(8);
  rows.push({ name: 'tick-off: click → durable write → UI', subject: median(tick), floor: median(uiPut), unit: 'ms', goal: 1.5 });
  rows.push({ name: 'tick-off vs honest floor (put + echo trip)', subject: median(tick), floor: median(uiPut) + median(echo), unit: 'ms', goal: 1.5 });
  rows.push({ name: 'tick-off p95 vs one frame (16.7 ms)', subject: percentile(tick, 0.95), floor: 16.7, unit: 'ms', goal: 1 });
  rows.push({ name: '  echo trip, page → main → store → page (info)', subject: median(echo), floor: median(uiPut), unit: 'ms', goal: null });
  rows.push({ name: '  the call alone, page → main → store → page (info)', subject: median(roundTrip), floor: median(uiPut), unit: 'ms', goal: null });
  rows.push({ name: '  the store host alone, request → reply (info)', subject: median(storeSide), floor: median(storePut), unit: 'ms', goal: null });
  await app.close();
}

// ---------------------------------------------------------------------------------------------
// Week view: 10 years of history against 1 month, both open at once and measured alternately

{
  const apps = [await launchWith(1), await launchWith(120)];
  // Dashboard data shown (from navigation start) with 10 years against 1 month, alternately.
  const shown: number[][] = [[], []];
  for (let r = 0; r < ROUNDS + 2; r++) {
    for (const [i, app] of apps.entries()) {
      await app.ui.reload();
      const t = await app.ui.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const w = window as unknown as { __dashboardShownAt?: number };
            const check = () => (w.__dashboardShownAt ? resolve(w.__dashboardShownAt) : setTimeout(check, 10));
            check();
          }),
      );
      if (r >= 2) shown[i]?.push(t);
    }
  }
  rows.push({ name: 'dashboard data shown, 10 y vs 1 month', subject: median(shown[1] ?? []), floor: median(shown[0] ?? []), unit: 'ms', goal: 1.2 });
  for (const app of apps) await openScreen(app, 'Week', '[data-testid="week-title"]');
  const stepWeek = (app: HarnessApp, label: string) =>
    app.ui.evaluate(async (button) => {
      const w = window as unknown as { __timeUntil(act: () => void, done: () => boolean): Promise<number> };
      const before = document.querySelector('[data-testid="week-title"]')?.textContent;
      const target = Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.includes(button));
      if (!target) throw new Error(`no ${button} button`);
      return w.__timeUntil(
        () => target.click(),
        () =>
          document.querySelector('[data-testid="week-title"]')?.textContent !== before &&
          !document.querySelector('.week-screen [aria-busy="true"]') &&
          document.querySelector('.week-card, [data-testid="week-empty"]') !== null,
      );
    }, label);
  const times: number[][] = [[], []];
  for (let r = 0; r < ROUNDS + 2; r++) {
    for (const [i, app] of apps.entries()) {
      const back = await stepWeek(app, 'Previous week');
      const forward = await stepWeek(app, 'Next week');
      if (r >= 2) times[i]?.push(back + forward);
    }
  }
  rows.push({ name: 'week view (query + render), 10 y vs 1 month', subject: median(times[1] ?? []) / 2, floor: median(times[0] ?? []) / 2, unit: 'ms', goal: 1.2 });
  for (const app of apps) await app.close();
}

// ---------------------------------------------------------------------------------------------
// Heap with 2 years of data, after the dashboard has loaded, against the blank React page

{
  const app = await launchWith(24);
  const floor = await floorPage(app);
  const appHeap: number[] = [];
  const floorHeap: number[] = [];
  for (let r = 0; r < Math.max(5, Math.round(ROUNDS / 2)); r++) {
    await app.ui.reload();
    await app.ui.getByTestId('dash-status').waitFor();
    appHeap.push(await heapAfterGc(app.context, app.ui));
    await floor.goto(FLOOR_URL);
    await floor.getByRole('heading', { name: 'Blank' }).waitFor();
    floorHeap.push(await heapAfterGc(app.context, floor));
  }
  rows.push({ name: 'renderer JS heap, dashboard, 2 years', subject: median(appHeap), floor: median(floorHeap), unit: 'bytes', goal: 2 });
  await app.close();
}

await rm(tmp, { recursive: true, force: true });
report(rows);
