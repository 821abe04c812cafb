/**
 * The packaged app, covered wherever an Electron binary exists. electron-builder --dir packages the current build with the Electron build run.mjs
 * found, and these tests run the unpacked executable as a learner's desktop would: its window
 * loads from app://ui, a profile saved there survives a restart, the fuses electron-builder.yml
 * asks for are burnt into the binary (read back from its fuse wire, and the two that guard
 * against being driven as Node shown from the outside), app.asar holds exactly the build, and
 * DevTools and Reload cannot be reached.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { expect, test } from '@playwright/test';
import { PACKAGED_NOTIFICATION_ICON, SOURCE_NOTIFICATION_ICON } from '../../electron/main/core/app-icon';
import { saveFirstProfile } from './first-run';
import { expectedAsarEntries, fuseMismatches, packageApp, REPO_ROOT, unpackedApp, type UnpackedApp } from './builder';
import { launchPackaged } from './packaged-app';
import { readSandboxFacts, SANDBOX_ABORT, sandboxExpectation } from './sandbox';

// js-yaml ships with electron-builder; it has no types of its own here.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const config = yaml.load(readFileSync(path.join(REPO_ROOT, 'electron-builder.yml'), 'utf8')) as { electronFuses: Record<string, unknown> };

let outDir = '';
let app: UnpackedApp;
let userData = '';

test.beforeAll(async () => {
  test.setTimeout(10 * 60_000); // packaging copies Electron and writes the asar
  const electronDist = process.env['MLE_PATH_ELECTRON_DIST'];
  if (!electronDist) throw new Error('Run this suite through tests/electron/run.mjs (it finds the Electron build to package with).');
  outDir = await mkdtemp(path.join(os.tmpdir(), 'mle-path-packaged-'));
  const packed = packageApp(electronDist, outDir);
  if (packed.status !== 0) throw new Error(`electron-builder --dir failed (exit ${String(packed.status)}):\n${packed.output}`);
  app = unpackedApp(outDir);
});
test.afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});
test.beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'mle-path-packaged-data-'));
});
test.afterEach(async () => {
  await rm(userData, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

test('the packaged window loads from app://ui, and a profile saved there survives a restart', async () => {
  const first = await launchPackaged(app, userData);
  try {
    const ui = await first.uiWindow();
    expect(new URL(ui.url()).origin).toBe('app://ui');
    expect(await ui.evaluate(() => Object.keys(window.planner ?? {}).sort())).toEqual(['invoke', 'on', 'onWriteStatus']);
    await saveFirstProfile(ui);
  } finally {
    await first.quit();
  }

  const second = await launchPackaged(app, userData);
  try {
    const again = await second.uiWindow();
    await expect(again.getByRole('heading', { name: 'Your roadmap' })).toBeVisible();
    await again.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Profile' }).click();
    await expect(again.getByTestId('saved-profile')).toContainText('14 hours a week');
    await expect(again.getByLabel('Budget for exams and courses')).toHaveValue('700');
  } finally {
    await second.quit();
  }
});

test('app.asar holds exactly the build output; no sources, node_modules or unpacked app ship', async () => {
  const asar = path.join(app.resources, 'app.asar');
  expect(existsSync(asar), asar).toBe(true);
  const resources = await readdir(app.resources);
  // onlyLoadAppFromAsar would ignore a loose app/ folder, but it must not ship at all.
  expect(resources).not.toContain('app');
  expect(resources).not.toContain('app.asar.unpacked');
  const entries = listPackage(asar, { isPack: false }).map((entry) => entry.replace(/\\/g, '/')).sort();
  expect(entries).toEqual(expectedAsarEntries(path.join(REPO_ROOT, 'dist')));
  for (const top of ['/node_modules', '/renderer', '/electron', '/shared', '/tests', '/src', '/resources']) {
    expect(entries.some((e) => e === top || e.startsWith(`${top}/`)), top).toBe(false);
  }
  // Beside the archive only the notification icon, a plain file Windows can read (app-icon.ts).
  expect(readFileSync(path.join(app.resources, PACKAGED_NOTIFICATION_ICON)).equals(readFileSync(path.join(REPO_ROOT, SOURCE_NOTIFICATION_ICON)))).toBe(true);
  const pkg = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as { main?: string };
  expect(pkg.main).toBe('dist/main/index.cjs');
  expect(entries).toContain(`/${pkg.main}`);
});

test('the fuses in electron-builder.yml are burnt into the packaged binary', async () => {
  const wire = await getCurrentFuseWire(app.fuseTarget);
  expect(fuseMismatches(wire as unknown as Record<number, unknown>, config.electronFuses)).toEqual([]);
});

test('ELECTRON_RUN_AS_NODE=1 does not turn the packaged app into Node (runAsNode fuse off)', async () => {
  // As Node it would refuse Chromium's --remote-debugging-port ("bad option") and exit at once
  // (checked against Node itself when this was written), so it never reaches a DevTools endpoint.
  const run = await launchPackaged(app, userData, { env: { ELECTRON_RUN_AS_NODE: '1' } }).catch((error: unknown) => {
    throw new Error(`With ELECTRON_RUN_AS_NODE=1 the packaged binary did not start as the app (did it run as Node?): ${String(error)}`);
  });
  try {
    const ui = await run.uiWindow();
    expect(new URL(ui.url()).origin).toBe('app://ui');
  } finally {
    await run.quit();
  }
});

test('--inspect opens no Node debugger in the packaged app (nodeCliInspect fuse off)', async () => {
  const run = await launchPackaged(app, userData, { args: ['--inspect=0'] });
  try {
    // Node prints this as soon as its inspector listens, long before the UI window loads.
    await run.uiWindow();
    expect(run.stderr()).not.toMatch(/Debugger listening on/);
  } finally {
    await run.quit();
  }
});
test('a release build has no DevTools and no Reload: their shortcuts do nothing', async () => {
  // native.spec.ts presses the same keys in a development build and sees both work.
  const run = await launchPackaged(app, userData);
  try {
    const ui = await run.uiWindow();
    await ui.getByRole('heading', { level: 1 }).first().waitFor();
    await ui.bringToFront();
    await ui.evaluate(() => ((window as unknown as { __beforeReload: boolean }).__beforeReload = true));
    const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
    for (const keys of [process.platform === 'darwin' ? 'Meta+Alt+KeyI' : 'Control+Shift+KeyI', 'F12', `${mod}+KeyR`, `${mod}+Shift+KeyR`]) await ui.keyboard.press(keys);
    await ui.waitForTimeout(1500); // DevTools would open, and a reload start, well within this
    const cdp = await run.browser.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] };
    expect(targetInfos.map((t) => t.url).filter((url) => url.startsWith('devtools://'))).toEqual([]);
    expect(await ui.evaluate(() => (window as unknown as { __beforeReload?: boolean }).__beforeReload ?? false)).toBe(true);
  } finally {
    await run.quit();
  }
});

// NODE_OPTIONS has no behavioural check: Electron ignores most NODE_OPTIONS in a packaged app
// even with that fuse on, so nothing observable tells the two apart except a log line whose
// wording is not an API. The fuse wire check above covers enableNodeOptionsEnvironmentVariable.

test('the hidden store window is not throttled: its timers keep their pace while it is never shown', async () => {
  const run = await launchPackaged(app, userData);
  try {
    await run.uiWindow();
    const store = await run.storeWindow();
    // A throttled hidden page runs a 50 ms interval at most about once a second.
    const measured = await store.evaluate(
      () =>
        new Promise<{ ticks: number; visibility: string }>((resolve) => {
          let ticks = 0;
          const timer = setInterval(() => (ticks += 1), 50);
          setTimeout(() => {
            clearInterval(timer);
            resolve({ ticks, visibility: document.visibilityState });
          }, 3_000);
        }),
    );
    expect(measured.ticks).toBeGreaterThanOrEqual(30);
    // backgroundThrottling: false also keeps the Page Visibility API at 'visible'.
    expect(measured.visibility).toBe('visible');
  } finally {
    await run.quit();
  }
});

test('on Linux, started without --no-sandbox it sandboxes itself where the system allows, and otherwise refuses as the AppImage does on Ubuntu 24.04', async () => {
  test.skip(process.platform !== 'linux', 'Chromium\'s Linux sandbox');
  const expected = sandboxExpectation(readSandboxFacts());
  if (expected === 'sandboxed') {
    const run = await launchPackaged(app, userData, { sandboxed: true });
    try {
      const ui = await run.uiWindow();
      expect(new URL(ui.url()).origin).toBe('app://ui');
    } finally {
      await run.quit();
    }
  } else {
    // What a learner who runs the AppImage there sees; the .deb's AppArmor profile avoids it.
    await expect(launchPackaged(app, userData, { sandboxed: true })).rejects.toThrow(SANDBOX_ABORT);
  }
});
