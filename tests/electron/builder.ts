/**
 * How the Electron tier packages the app: electron-builder's own CLI with `--dir` (an unpacked
 * app for this OS, no installer), electron-builder.yml unchanged except for two overrides, and
 * where the result's executable and resources are. No Playwright here, so the unit tier can
 * check all of it against electron-builder's parser and schema (tests/unit/electron/
 * packaging.test.ts) on machines where nothing can be packaged.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * What the suite changes in electron-builder.yml: `electronDist`, the Electron build run.mjs
 * found (electron-builder copies it instead of downloading one, which this kind of machine
 * cannot), and the output folder (a temporary one, not release/).
 */
export function builderOverrides(electronDist: string, outDir: string) {
  return { electronDist, directories: { output: outDir } };
}

/** The same overrides as CLI flags (`-c.<key>=<value>` merges into the config file), plus --dir. */
export function builderArgs(electronDist: string, outDir: string): string[] {
  return ['--dir', '--publish', 'never', `-c.electronDist=${electronDist}`, `-c.directories.output=${outDir}`];
}

/** Runs electron-builder's CLI (what `npm run dist` runs) and returns its exit status and output. */
export function packageApp(electronDist: string, outDir: string): { status: number | null; output: string } {
  const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
  const run = spawnSync(process.execPath, [cli, ...builderArgs(electronDist, outDir)], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 10 * 60_000,
    // A test build is not signed: do not look for a signing identity in the keychain (macOS).
    env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
  });
  return { status: run.status, output: `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}` };
}

export interface UnpackedApp {
  /** The program a learner starts. */
  executable: string;
  /** What @electron/fuses reads: the executable, or the .app bundle on macOS. */
  fuseTarget: string;
  /** The folder holding app.asar. */
  resources: string;
}

/** electron-builder's output folder per OS: linux-unpacked, win-unpacked, mac (plus an arch suffix off x64). */
const APP_FOLDER: Partial<Record<NodeJS.Platform, RegExp>> = {
  linux: /^linux(-[a-z0-9]+)?-unpacked$/,
  win32: /^win(-[a-z0-9]+)?-unpacked$/,
  darwin: /^mac(-[a-z0-9]+)?$/,
};

/**
 * Where electron-builder --dir put the app in `outDir`. Names follow electron-builder: on Linux
 * the executable is the package name in lower case, elsewhere the productName.
 */
export function unpackedApp(outDir: string, platform: NodeJS.Platform = process.platform): UnpackedApp {
  const pattern = APP_FOLDER[platform];
  if (!pattern) throw new Error(`electron-builder --dir does not build for ${platform}.`);
  const entries = existsSync(outDir) ? readdirSync(outDir) : [];
  const folders = entries.filter((name) => pattern.test(name));
  if (folders.length !== 1) throw new Error(`Expected one unpacked app in ${outDir}, found: ${entries.join(', ') || 'nothing'}.`);
  const dir = path.join(outDir, folders[0] as string);
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; productName: string };
  let app: UnpackedApp;
  if (platform === 'darwin') {
    const bundle = path.join(dir, `${pkg.productName}.app`);
    app = { executable: path.join(bundle, 'Contents', 'MacOS', pkg.productName), fuseTarget: bundle, resources: path.join(bundle, 'Contents', 'Resources') };
  } else {
    const executable = path.join(dir, platform === 'win32' ? `${pkg.productName}.exe` : pkg.name.toLowerCase());
    app = { executable, fuseTarget: executable, resources: path.join(dir, 'resources') };
  }
  if (!existsSync(app.executable)) throw new Error(`No executable at ${app.executable}; ${dir} holds: ${readdirSync(dir).join(', ')}.`);
  return app;
}

/** electron-builder.yml's `electronFuses` keys and the fuse each sets in the binary's fuse wire. */
export const FUSE_OPTIONS: Readonly<Record<string, FuseV1Options>> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

/**
 * Keys of `electronFuses` that are instructions to @electron/fuses, not fuses in the wire:
 * `resetAdHocDarwinSignature` re-signs a macOS app ad hoc after the flip.
 */
export const FUSE_INSTRUCTIONS: ReadonlySet<string> = new Set(['resetAdHocDarwinSignature']);

/** The wire stores each fuse as an ASCII digit (@electron/fuses FuseState, which it does not export). */
const FUSE_ENABLED = '1'.charCodeAt(0);
const FUSE_DISABLED = '0'.charCodeAt(0);

/**
 * Every way the fuse wire read from a binary (@electron/fuses getCurrentFuseWire) differs from
 * the config's `electronFuses`; empty when each configured fuse is burnt as configured.
 */
export function fuseMismatches(wire: Readonly<Record<number, unknown>>, fuses: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  for (const [key, wanted] of Object.entries(fuses)) {
    if (FUSE_INSTRUCTIONS.has(key)) continue;
    const option = FUSE_OPTIONS[key];
    if (option === undefined) {
      problems.push(`${key}: not a fuse this check knows`);
      continue;
    }
    const expected = wanted === true ? FUSE_ENABLED : wanted === false ? FUSE_DISABLED : null;
    if (expected === null) problems.push(`${key}: configured as ${String(wanted)}, not true or false`);
    else if (wire[option] !== expected) {
      const found = wire[option] === FUSE_ENABLED ? 'enabled' : wire[option] === FUSE_DISABLED ? 'disabled' : `state ${String(wire[option])}`;
      problems.push(`${key}: expected ${wanted ? 'enabled' : 'disabled'}, the binary has it ${found}`);
    }
  }
  return problems;
}

/**
 * What app.asar must list when it holds exactly the build: /package.json, /dist and everything
 * under it (folders included, as @electron/asar listPackage lists them), without source maps,
 * which electron-builder.yml excludes.
 */
export function expectedAsarEntries(distDir: string): string[] {
  const entries = ['/package.json', '/dist'];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const name = `${prefix}/${entry.name}`;
      if (entry.isDirectory()) {
        entries.push(name);
        walk(path.join(dir, entry.name), name);
      } else if (!entry.name.endsWith('.map')) entries.push(name);
    }
  };
  walk(distDir, '/dist');
  return entries.sort();
}
