// Finds Electron's runtime binary without triggering a download. The `electron` npm package
// is only a wrapper: the binary comes from Electron's release host on first use, which some
// machines (offline, firewalled, CI sandboxes) cannot reach.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const electronPackageDir = path.join(root, 'node_modules', 'electron');

function executableName() {
  const pathFile = path.join(electronPackageDir, 'path.txt');
  if (existsSync(pathFile)) return readFileSync(pathFile, 'utf8').trim();
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/** The folder holding Electron's runtime: the override, else the one the npm package downloads into. */
function distFolder() {
  return process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronPackageDir, 'dist');
}

/** Absolute path of a usable Electron binary, or null. */
export function findElectronBinary() {
  const candidate = path.join(distFolder(), executableName());
  return existsSync(candidate) ? candidate : null;
}

/**
 * The folder of that binary's Electron build (electron-builder's `electronDist`: an unpacked
 * Electron it copies instead of downloading one), or null when there is no binary.
 */
export function findElectronDist() {
  return findElectronBinary() ? path.resolve(distFolder()) : null;
}

export const NO_ELECTRON_EXPLANATION = [
  'MLE Path cannot start here because the Electron runtime is missing. The `electron` npm',
  'package is only a small wrapper; on first use it downloads the real Electron binary from',
  "Electron's release host, and this machine could not reach that host (offline, a firewall,",
  'or a registry-only network). On a machine with internet access, `npm install && npm start`',
  'downloads it automatically. Otherwise download an Electron 45 build for your platform and',
  'point ELECTRON_OVERRIDE_DIST_PATH at its folder. Everything except the Electron shell —',
  'the UI, the data store, the IPC router and all test tiers but the Electron one — runs',
  'without it: `npm test`.',
].join(' ');
