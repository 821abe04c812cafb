/**
 * Renderer JavaScript, gzipped, against the floor: React + ReactDOM alone built by the same
 * Vite configuration (issue 6: goal ≤ 2×). Reports the JS loaded at start (entry chunk and
 * its static imports) and all JS including the code-split screens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
// @ts-expect-error -- plain .mjs module shared with the build script; it has no type declarations.
import { pageConfig } from '../../electron/scripts/vite-page-config.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

function gzipSizes(dir: string): { initial: number; total: number } {
  const assets = path.join(dir, 'assets');
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const initialNames = new Set([...html.matchAll(/assets\/([^"']+\.js)/g)].map((m) => m[1]));
  let initial = 0;
  let total = 0;
  for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    const size = gzipSync(readFileSync(path.join(assets, file)), { level: 9 }).length;
    total += size;
    if (initialNames.has(file)) initial += size;
  }
  return { initial, total };
}

const appOut = path.join(ROOT, '.tmp/bench/renderer');
const floorOut = path.join(ROOT, '.tmp/bench/floor');
await build(pageConfig({ root: path.join(ROOT, 'renderer'), outDir: appOut, plugins: [react()], quiet: true }));
await build(pageConfig({ root: path.join(ROOT, 'tests/bench/floor'), outDir: floorOut, plugins: [react()], quiet: true }));
const app = gzipSizes(appOut);
const floor = gzipSizes(floorOut);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows = [
  { name: 'renderer JS at start, gzip', subject: app.initial, floor: floor.total },
  { name: 'renderer JS incl. lazy screens, gzip', subject: app.total, floor: floor.total },
].map((r) => ({ ...r, ratio: r.subject / r.floor, goal: 2, met: r.subject / r.floor <= 2 }));
console.log('metric'.padEnd(44), 'subject'.padStart(12), 'floor'.padStart(12), 'ratio'.padStart(8), 'goal'.padStart(6), ' met');
for (const r of rows) {
  console.log(r.name.padEnd(44), kb(r.subject).padStart(12), kb(r.floor).padStart(12), `${r.ratio.toFixed(2)}×`.padStart(8), `${r.goal}×`.padStart(6), r.met ? ' yes' : ' NO');
}
console.log(`BENCH_JSON ${JSON.stringify(rows)}`);
