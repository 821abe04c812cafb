/**
 * shared/content runs in main, preload and renderer alike, so it must not reach for any runtime's
 * APIs or for randomness. tsconfig.shared.json catches most of this at type level; this test also
 * catches things the types allow (Math.random, dynamic imports of node modules).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/content');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return tsFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

const files = tsFiles(ROOT);

describe('shared/content purity', () => {
  it('finds the content modules', () => {
    expect(files.map((f) => relative(ROOT, f)).sort()).toEqual(
      expect.arrayContaining(['load.ts', 'schema.ts', 'pack/index.ts']),
    );
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s imports only zod and shared modules', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const spec of specifiers) expect(spec === 'zod' || spec?.startsWith('.')).toBe(true);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s avoids runtime globals and randomness', (_name, file) => {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    for (const banned of [/\bconsole\./, /\bwindow\s*[.[]/, /\bdocument\./, /\bprocess\./, /Math\.random/, /\bDate\.now\b/, /new Date\(\)/]) {
      expect(code).not.toMatch(banned);
    }
  });
});
