// Electron tier: runs the Playwright suites in tests/electron where an Electron binary exists
// (the app from source with `_electron`, and the app packaged with electron-builder --dir);
// prints exactly one skip line otherwise (and the suite is then not counted as passed).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, findElectronDist } from '../../electron/scripts/electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const binary = findElectronBinary();
if (!binary) {
  console.log('skipped: no Electron binary (set ELECTRON_OVERRIDE_DIST_PATH)');
  process.exit(0);
}

const args = ['playwright', 'test', '-c', path.join(root, 'tests/electron/playwright.config.ts')];
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY;
const [command, commandArgs] = needsDisplay ? ['xvfb-run', ['-a', 'npx', ...args]] : ['npx', args];
const run = spawnSync(command, commandArgs, {
  stdio: 'inherit',
  cwd: root,
  // The dist folder lets packaged.spec.ts package the app with this Electron (no download).
  env: { ...process.env, MLE_PATH_ELECTRON_BINARY: binary, MLE_PATH_ELECTRON_DIST: findElectronDist() ?? '' },
});
process.exit(run.status ?? 1);
