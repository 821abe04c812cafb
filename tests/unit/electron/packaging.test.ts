/**
 * Packaging configuration (electron-builder.yml): identity, what ships, the Electron fuses
 * (ARCHITECTURE.md invariant 4), targets per OS, icons, and the appId = AppUserModelID rule
 * (invariant 8). `npm run dist` needs Electron's binary, so these checks read the config only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');

// js-yaml ships with electron-builder (a devDependency); it has no types of its own here.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId?: unknown;
  productName?: unknown;
  asar?: unknown;
  files?: unknown;
  electronFuses?: Record<string, unknown>;
  linux?: { target?: unknown; category?: unknown; icon?: unknown };
  win?: { target?: unknown; icon?: unknown };
  mac?: { target?: unknown; icon?: unknown };
}

const config = yaml.load(read('electron-builder.yml')) as BuilderConfig;
const pkg = JSON.parse(read('package.json')) as { productName?: string; main?: string };

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

  it('appId equals the AppUserModelID main sets on Windows (notifications need it)', () => {
    const source = ts.createSourceFile('index.ts', read('electron/main/index.ts'), ts.ScriptTarget.ES2022, true);
    let modelId: string | null = null;
    let passedToSetter = false;
    const visit = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && node.name.getText() === 'APP_USER_MODEL_ID' && node.initializer && ts.isStringLiteral(node.initializer)) {
        modelId = node.initializer.text;
      }
      if (ts.isCallExpression(node) && node.expression.getText() === 'app.setAppUserModelId' && node.arguments[0]?.getText() === 'APP_USER_MODEL_ID') {
        passedToSetter = true;
      }
      node.forEachChild(visit);
    };
    visit(source);
    expect(modelId).toBe(config.appId);
    expect(passedToSetter).toBe(true);
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

  it('flips the Electron fuses that harden the packaged binary', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage and deb on Linux in the Education category', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Education');
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
