/**
 * Renderer JavaScript, gzipped, against the floor: React + ReactDOM alone built by the same
 * Vite configuration (goal ≤ 2×). Reports the JS loaded at start (entry chunk and
 * its static imports) and all JS including the code-split screens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { report } from './measure';
import { buildFloor, buildRenderer } from './pages';

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

const app = gzipSizes(await buildRenderer());
const floor = gzipSizes(await buildFloor());
report([
  { name: 'renderer JS at start, gzip', subject: app.initial, floor: floor.total, unit: 'bytes', goal: 2 },
  { name: 'renderer JS incl. lazy screens, gzip', subject: app.total, floor: floor.total, unit: 'bytes', goal: 2 },
]);
