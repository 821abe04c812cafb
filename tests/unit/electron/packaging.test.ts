/**
 * Packaging configuration (electron-builder.yml): identity, what ships, the Electron fuses
 * (the hardening the app relies on), targets per OS, icons, and the appId = AppUserModelID rule
 * (Windows shows notifications only for a shortcut carrying that id). `npm run dist` needs Electron's binary, so these checks read the config, and
 * check what the Electron tier's packaged-app suite (tests/electron/packaged.spec.ts) relies on
 * with electron-builder's own CLI parser, schema and fuse mapping, which all run offline.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { flipFuses, getCurrentFuseWire, type FuseConfig } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGED_NOTIFICATION_ICON, SOURCE_NOTIFICATION_ICON } from '../../../electron/main/core/app-icon';
import { buildIdentity, RELEASE_APP_USER_MODEL_ID } from '../../../electron/main/core/build-identity';
import { builderArgs, builderOverrides, expectedAsarEntries, FUSE_INSTRUCTIONS, FUSE_OPTIONS, fuseMismatches, unpackedApp } from '../../electron/builder';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');

// js-yaml ships with electron-builder (a devDependency); it has no types of its own here.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId?: unknown;
  productName?: unknown;
  asar?: unknown;
  files?: unknown;
  electronFuses?: Record<string, unknown>;
  linux?: { target?: unknown; category?: unknown; icon?: unknown; syncDesktopName?: unknown; desktop?: unknown };
  win?: { target?: unknown; icon?: unknown };
  mac?: { target?: unknown; icon?: unknown };
}

const config = yaml.load(read('electron-builder.yml')) as BuilderConfig;
const pkg = JSON.parse(read('package.json')) as { name: string; productName?: string; main?: string; desktopName?: string };

/** Width and height from a PNG's IHDR chunk. */
function pngSize(rel: string): { width: number; height: number } {
  const bytes = readFileSync(path.join(ROOT, rel));
  expect(bytes.subarray(0, 8).toString('hex'), `${rel} is a PNG`).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('identifies the app: appId and productName', () => {
    expect(config.appId).toBe('io.github.mlepath.desktop');
    expect(config.productName).toBe('MLE Path');
    expect(config.productName).toBe(pkg.productName);
  });

  it('appId equals the AppUserModelID a release sets on Windows (notifications need it)', () => {
    expect(RELEASE_APP_USER_MODEL_ID).toBe(config.appId);
    expect(buildIdentity(true).appUserModelId).toBe(config.appId);
    expect(buildIdentity(true).name).toBe(config.productName);
  });

  it('packs into asar and ships only the build output and package.json', () => {
    expect(config.asar).toBe(true);
    const files = config.files as string[];
    expect(Array.isArray(files)).toBe(true);
    expect(files.filter((f) => !f.startsWith('!'))).toEqual(['dist/**/*', 'package.json']);
    // Anything else listed may only exclude (e.g. source maps).
    expect(files.filter((f) => f.startsWith('!'))).toEqual(['!**/*.map']);
    expect(pkg.main?.startsWith('dist/')).toBe(true);
  });

  it('flips the Electron fuses that harden the packaged binary, and re-signs a macOS build ad hoc after the flip', () => {
    expect(config.electronFuses).toEqual({
      resetAdHocDarwinSignature: true,
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds the .deb (the recommended Linux artefact) and an AppImage in the Education category', () => {
    expect(config.linux?.target).toEqual(['deb', 'AppImage']);
    expect(config.linux?.category).toBe('Education');
  });

  it('copies the notification icon beside app.asar, where main looks for it', async () => {
    const merged = await builderConfig.getConfig(ROOT, null, null);
    expect(merged['extraResources']).toEqual([{ from: SOURCE_NOTIFICATION_ICON, to: PACKAGED_NOTIFICATION_ICON }]);
    expect(pngSize(SOURCE_NOTIFICATION_ICON)).toEqual({ width: 256, height: 256 });
  });

  it('names the Linux window after desktopName and forces no StartupWMClass of its own', () => {
    expect(pkg.desktopName).toBe(`${pkg.name}.desktop`);
    expect(config.linux?.syncDesktopName).toBe(true);
    // A hand-written StartupWMClass ('MLE Path') never matched the window Electron makes.
    expect(config.linux?.desktop).toBeUndefined();
  });

  it('builds an NSIS installer on Windows and a dmg on macOS', () => {
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('has every icon size from 16 to 1024, each really that size', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const rel = `resources/icons/${size}x${size}.png`;
      expect(existsSync(path.join(ROOT, rel)), rel).toBe(true);
      expect(pngSize(rel), rel).toEqual({ width: size, height: size });
    }
    expect(config.linux?.icon).toBe('resources/icons');
    for (const icon of [config.win?.icon, config.mac?.icon]) {
      expect(typeof icon).toBe('string');
      const { width, height } = pngSize(icon as string);
      // electron-builder needs at least 256 px for Windows and 512 px for macOS.
      expect(width).toBeGreaterThanOrEqual(512);
      expect(height).toBe(width);
    }
  });
});

// electron-builder's internals, reached by path because they are not its public API; untyped
// here, so each is given the shape these tests use.
interface ParsedArgs {
  publish?: unknown;
  config?: unknown;
  targets?: Map<{ nodeName: string }, Map<unknown, string[]>>;
}
const cli = require('electron-builder/out/builder.js') as {
  createYargs(): unknown;
  configureBuildCommand(yargs: unknown): { parse(args: string[]): unknown };
  normalizeOptions(args: unknown): ParsedArgs;
};
const builderConfig = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<Record<string, unknown>>;
  validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const { PlatformPackager } = require('app-builder-lib/out/platformPackager.js') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<FuseConfig>; getCscLink(this: unknown, envName?: string): string | null | undefined } };
};
const { SENTINEL } = require('@electron/fuses/dist/constants.js') as { SENTINEL: string };

const scratch = mkdtempSync(path.join(os.tmpdir(), 'mle-path-packaging-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the Electron tier packages the app the way electron-builder reads it', () => {
  const dist = '/opt/electron 45/dist';
  const out = path.join(scratch, 'out dir');

  it('its CLI flags parse, with electron-builder\'s own parser, into an unpacked build for this OS with the overrides', () => {
    const parsed = cli.normalizeOptions(cli.configureBuildCommand(cli.createYargs()).parse(builderArgs(dist, out)));
    expect(parsed.config).toEqual(builderOverrides(dist, out));
    expect(parsed.publish).toBe('never');
    const targets = [...(parsed.targets ?? new Map())].map(([platform, byArch]) => [platform.nodeName, [...byArch.values()].flat()]);
    expect(targets).toEqual([[process.platform, ['dir']]]);
  });

  it('electron-builder.yml with those overrides loads and passes electron-builder\'s schema; a misspelt key does not', async () => {
    const merged = await builderConfig.getConfig(ROOT, null, builderOverrides(dist, out));
    await expect(builderConfig.validateConfiguration(merged, new DebugLogger(false))).resolves.toBeUndefined();
    expect(merged['electronDist']).toBe(dist);
    expect(merged['directories']).toEqual({ output: out, buildResources: 'resources' });
    expect(merged['electronFuses']).toEqual(config.electronFuses); // the overrides leave the fuses alone
    const misspelt = await builderConfig.getConfig(ROOT, null, { electronDistt: dist });
    await expect(builderConfig.validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object/);
  });

  it('the fuse check reads back what electron-builder burns: its fuse mapping, flipped into a fuse-wire fixture', async () => {
    // Not an Electron binary (nothing here runs it): a data file laid out the way @electron/fuses
    // finds the wire in one — the sentinel, version 1, 8 fuses — in Electron's default states
    // (runAsNode, NODE_OPTIONS, --inspect and file:// privileges on).
    const wireFile = path.join(scratch, 'fuse-wire.bin');
    writeFileSync(wireFile, Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from('10110001')]));
    const unburnt = fuseMismatches(await getCurrentFuseWire(wireFile), config.electronFuses as Record<string, unknown>);
    expect(unburnt).toEqual([
      'runAsNode: expected disabled, the binary has it enabled',
      'enableCookieEncryption: expected enabled, the binary has it disabled',
      'enableNodeOptionsEnvironmentVariable: expected disabled, the binary has it enabled',
      'enableNodeCliInspectArguments: expected disabled, the binary has it enabled',
      'enableEmbeddedAsarIntegrityValidation: expected enabled, the binary has it disabled',
      'onlyLoadAppFromAsar: expected enabled, the binary has it disabled',
      'grantFileProtocolExtraPrivileges: expected disabled, the binary has it enabled',
    ]);
    // What electron-builder does after packing (PlatformPackager.doAddElectronFuses).
    await flipFuses(wireFile, await PlatformPackager.prototype.generateFuseConfig(config.electronFuses));
    expect(fuseMismatches(await getCurrentFuseWire(wireFile), config.electronFuses as Record<string, unknown>)).toEqual([]);
    expect(fuseMismatches({}, { runAsNod: false })).toEqual(['runAsNod: not a fuse this check knows']);
    expect(Object.keys(config.electronFuses ?? {}).every((key) => key in FUSE_OPTIONS || FUSE_INSTRUCTIONS.has(key))).toBe(true);
  });

  it('finds the executable where electron-builder --dir writes it on Linux, Windows and macOS', () => {
    const layouts: [NodeJS.Platform, string, string, string][] = [
      ['linux', 'linux-unpacked', 'linux-unpacked/mle-path', 'linux-unpacked/resources'],
      ['linux', 'linux-arm64-unpacked', 'linux-arm64-unpacked/mle-path', 'linux-arm64-unpacked/resources'],
      ['win32', 'win-unpacked', 'win-unpacked/MLE Path.exe', 'win-unpacked/resources'],
      ['darwin', 'mac-arm64', 'mac-arm64/MLE Path.app/Contents/MacOS/MLE Path', 'mac-arm64/MLE Path.app/Contents/Resources'],
    ];
    for (const [platform, folder, executable, resources] of layouts) {
      const outDir = mkdtempSync(path.join(scratch, `${platform}-`));
      mkdirSync(path.dirname(path.join(outDir, executable)), { recursive: true });
      writeFileSync(path.join(outDir, executable), '');
      mkdirSync(path.join(outDir, 'builder-debug'), { recursive: true }); // other output is ignored
      const found = unpackedApp(outDir, platform);
      expect(found.executable, folder).toBe(path.join(outDir, executable));
      expect(found.resources, folder).toBe(path.join(outDir, resources));
      expect(found.fuseTarget, folder).toBe(platform === 'darwin' ? path.join(outDir, 'mac-arm64/MLE Path.app') : path.join(outDir, executable));
    }
    expect(() => unpackedApp(path.join(scratch, 'nothing-here'), 'linux')).toThrow(/Expected one unpacked app/);
  });

  it('expects app.asar to list package.json and every built file, folders included, without source maps', () => {
    const dist = path.join(scratch, 'dist');
    mkdirSync(path.join(dist, 'main'), { recursive: true });
    mkdirSync(path.join(dist, 'renderer', 'assets'), { recursive: true });
    writeFileSync(path.join(dist, 'main', 'index.cjs'), '');
    writeFileSync(path.join(dist, 'main', 'index.cjs.map'), '');
    writeFileSync(path.join(dist, 'renderer', 'assets', 'index.js'), '');
    expect(expectedAsarEntries(dist)).toEqual([
      '/dist',
      '/dist/main',
      '/dist/main/index.cjs',
      '/dist/renderer',
      '/dist/renderer/assets',
      '/dist/renderer/assets/index.js',
      '/package.json',
    ]);
  });
});

describe('macOS: an unsigned Apple silicon build still starts after the fuses are flipped', () => {
  // Flipping a fuse rewrites the Electron Framework binary, which invalidates the ad-hoc
  // signature every arm64 binary must carry; macOS kills such a binary at launch. electron-builder
  // signs right after the flip only when it has an identity, so an unsigned build relies on
  // @electron/fuses re-signing it ad hoc. A stand-in `codesign` on PATH records what
  // @electron/fuses runs (the fuse wire is a data fixture, as above; nothing here is Electron).
  it.skipIf(process.platform === 'win32')('the flip electron-builder makes ends with an ad-hoc codesign of the .app bundle', async () => {
    const bin = mkdtempSync(path.join(scratch, 'bin-'));
    const log = path.join(bin, 'codesign.log');
    writeFileSync(path.join(bin, 'codesign'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${log}'\n`, { mode: 0o755 });
    const bundle = path.join(mkdtempSync(path.join(scratch, 'mac-')), 'MLE Path.app');
    const framework = path.join(bundle, 'Contents', 'Frameworks', 'Electron Framework.framework');
    mkdirSync(framework, { recursive: true });
    writeFileSync(path.join(framework, 'Electron Framework'), Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from('10110001')]));

    const fuseConfig = await PlatformPackager.prototype.generateFuseConfig(config.electronFuses);
    expect(fuseConfig.resetAdHocDarwinSignature).toBe(true);
    const savedPath = process.env['PATH'];
    process.env['PATH'] = `${bin}${path.delimiter}${savedPath ?? ''}`;
    try {
      await flipFuses(bundle, fuseConfig);
    } finally {
      process.env['PATH'] = savedPath;
    }
    expect(existsSync(log), 'codesign was run').toBe(true);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual([
      '--sign',
      '-',
      '--force',
      '--preserve-metadata=entitlements,requirements,flags,runtime',
      '--deep',
      bundle,
    ]);
    expect(fuseMismatches(await getCurrentFuseWire(bundle), config.electronFuses as Record<string, unknown>)).toEqual([]);
  });
});

// electron-builder's packager, driven up to the moment it would run fpm: its own metadata checks,
// config validation, deb target, desktop entry, icons and install scripts, all offline.
// `prepackaged` points it at an unpacked-app folder so it does not copy Electron (nothing runs
// from that folder), and `effectiveOptionComputed` is the hook electron-builder offers to see the
// final fpm arguments and stop there.
const { Packager, Platform, Arch } = require('app-builder-lib') as {
  Packager: new (options: Record<string, unknown>) => { build(): Promise<unknown> };
  Platform: { LINUX: { createTarget(types: string[], ...archs: number[]): unknown } };
  Arch: { x64: number };
};

interface DebRun {
  args: string[];
  desktopEntry: string;
  afterInstall: string;
  appArmorProfile: string;
}

async function prepareDeb(): Promise<DebRun> {
  const dir = mkdtempSync(path.join(scratch, 'deb-'));
  const unpacked = path.join(dir, 'linux-unpacked');
  mkdirSync(path.join(unpacked, 'resources'), { recursive: true });
  let seen: Omit<DebRun, 'appArmorProfile'> | null = null;
  const packager = new Packager({
    projectDir: ROOT,
    targets: Platform.LINUX.createTarget(['deb'], Arch.x64),
    config: { directories: { output: path.join(dir, 'out') } },
    prepackaged: unpacked,
    // The desktop entry and scripts are temporary files, gone once build() returns: read them here.
    effectiveOptionComputed: async ([args, desktopFile]: [string[], string]) => {
      const afterInstall = args[args.indexOf('--after-install') + 1] ?? '';
      seen = { args, desktopEntry: readFileSync(desktopFile, 'utf8'), afterInstall: readFileSync(afterInstall, 'utf8') };
      return true; // stop before fpm
    },
  });
  await packager.build();
  if (!seen) throw new Error('electron-builder never reached the point of running fpm');
  return { ...(seen as Omit<DebRun, 'appArmorProfile'>), appArmorProfile: readFileSync(path.join(unpacked, 'resources', 'apparmor-profile'), 'utf8') };
}

describe('Linux: every check electron-builder makes before it builds the .deb passes (npm run dist)', () => {
  let deb: DebRun;
  beforeAll(async () => {
    deb = await prepareDeb();
  }, 60_000);

  const arg = (name: string) => deb.args[deb.args.indexOf(name) + 1];

  it('the package has a maintainer with an email (package.json author) and a homepage', () => {
    const author = (JSON.parse(read('package.json')) as { author: { name: string; email: string } }).author;
    expect(arg('--maintainer')).toBe(`${author.name} <${author.email}>`);
    expect(author.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/);
    expect(arg('--url')).toMatch(/^https:\/\//);
    expect(arg('--name')).toBe('mle-path');
    expect(arg('--category')).toBe('education');
  });

  it('installs the app under /opt, every icon size into hicolor, and the desktop entry as desktopName', () => {
    expect(deb.args.some((a) => a.endsWith('=/opt/MLE Path'))).toBe(true);
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
      expect(deb.args, `${size}px`).toContain(`${path.join(ROOT, 'resources', 'icons', `${size}x${size}.png`)}=/usr/share/icons/hicolor/${size}x${size}/apps/mle-path.png`);
    }
    expect(deb.args.some((a) => a.endsWith('=/usr/share/applications/mle-path.desktop'))).toBe(true);
  });

  it('the desktop entry associates the running window with the app: StartupWMClass is desktopName, as Electron sets it', () => {
    const entry = Object.fromEntries(
      deb.desktopEntry
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(entry['StartupWMClass']).toBe('mle-path');
    expect(entry['Exec']).toBe('"/opt/MLE Path/mle-path" %U');
    expect(entry['Icon']).toBe('mle-path');
    expect(entry['Categories']).toBe('Education;');
  });

  it('ships the AppArmor profile that lets Chromium sandbox itself on Ubuntu 23.10+, and the install script loads it', () => {
    expect(deb.appArmorProfile).toContain('profile "mle-path" "/opt/MLE Path/mle-path" flags=(unconfined)');
    expect(deb.appArmorProfile).toMatch(/^\s*userns,$/m);
    expect(deb.afterInstall).toContain("APPARMOR_PROFILE_TARGET='/etc/apparmor.d/mle-path'");
    expect(deb.afterInstall).toContain('apparmor_parser --replace');
    // Where user namespaces are unavailable, the setuid sandbox helper takes over.
    expect(deb.afterInstall).toContain("chmod 4755 '/opt/MLE Path/chrome-sandbox'");
  });
});

describe('release signing comes from the environment; nothing secret is in the repository', () => {
  const { MacTargetHelper } = require('app-builder-lib/out/mac/MacTargetHelper.js') as {
    MacTargetHelper: { getNotarizeOptions(appPath: string): Record<string, string> | undefined };
  };
  const { getCscLink } = PlatformPackager.prototype;
  const SIGNING_ENV = ['CSC_LINK', 'CSC_KEY_PASSWORD', 'WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID', 'APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER', 'APPLE_KEYCHAIN_PROFILE'];

  function withEnv<T>(values: Record<string, string>, run: () => T): T {
    const saved = Object.fromEntries(SIGNING_ENV.map((k) => [k, process.env[k]]));
    for (const key of SIGNING_ENV) delete process.env[key];
    Object.assign(process.env, values);
    try {
      return run();
    } finally {
      for (const key of SIGNING_ENV) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
  }

  it('electron-builder.yml names no certificate, password or identity', () => {
    const text = read('electron-builder.yml');
    expect(text).not.toMatch(/^\s*(cscLink|cscKeyPassword|certificateFile|certificatePassword|certificateSubjectName|certificateSha1|identity|appleId|appleIdPassword)\s*:/m);
  });

  it('the Windows certificate is WIN_CSC_LINK (else CSC_LINK), read by electron-builder itself', async () => {
    const merged = await builderConfig.getConfig(ROOT, null, null);
    const packager = { info: { config: merged }, platformSpecificBuildOptions: merged['win'] ?? {} };
    expect(withEnv({}, () => getCscLink.call(packager, 'WIN_CSC_LINK'))).toBeUndefined();
    expect(withEnv({ WIN_CSC_LINK: '/secrets/code-signing.pfx' }, () => getCscLink.call(packager, 'WIN_CSC_LINK'))).toBe('/secrets/code-signing.pfx');
    expect(withEnv({ CSC_LINK: '/secrets/any.p12' }, () => getCscLink.call(packager, 'WIN_CSC_LINK'))).toBe('/secrets/any.p12');
  });

  it('macOS notarisation runs when the Apple ID or API-key variables are set, and is skipped (not failed) without them', () => {
    const app = '/out/mac-arm64/MLE Path.app';
    expect(withEnv({}, () => MacTargetHelper.getNotarizeOptions(app))).toBeUndefined();
    expect(withEnv({ APPLE_ID: 'dev@example.org', APPLE_APP_SPECIFIC_PASSWORD: 'app-specific', APPLE_TEAM_ID: 'TEAM123456' }, () => MacTargetHelper.getNotarizeOptions(app))).toEqual({
      tool: 'notarytool',
      appPath: app,
      appleId: 'dev@example.org',
      appleIdPassword: 'app-specific',
      teamId: 'TEAM123456',
    });
    expect(withEnv({ APPLE_API_KEY: '/secrets/AuthKey.p8', APPLE_API_KEY_ID: 'KEY123', APPLE_API_ISSUER: 'issuer-uuid' }, () => MacTargetHelper.getNotarizeOptions(app))).toMatchObject({
      tool: 'notarytool',
      appleApiKey: '/secrets/AuthKey.p8',
    });
    // Half a set is a mistake worth stopping for.
    expect(() => withEnv({ APPLE_ID: 'dev@example.org' }, () => MacTargetHelper.getNotarizeOptions(app))).toThrow(/APPLE_APP_SPECIFIC_PASSWORD env var needs to be set/);
  });
});
