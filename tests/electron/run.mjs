// Electron tier: runs the Playwright `_electron` suite where an Electron binary exists; prints
// exactly one skip line otherwise (and the suite is then not counted as passed).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../../electron/scripts/electron-binary.mjs';

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
  env: { ...process.env, MLE_PATH_ELECTRON_BINARY: binary },
});
process.exit(run.status ?? 1);
