// `npm run bench`: bundles each tests/bench/*.bench.ts with esbuild and runs it in Node.
// Figures are ratios to a floor measured in the same run (see measure.ts); never timed tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const benchDir = path.join(root, 'tests/bench');
const out = path.join(root, '.tmp/bench');
mkdirSync(out, { recursive: true });
const only = process.argv[2];
let failed = false;
for (const file of readdirSync(benchDir).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))) {
  const outfile = path.join(out, file.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [path.join(benchDir, file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    // import.meta.dirname must point at the source folder, not .tmp/bench.
    define: { 'import.meta.dirname': JSON.stringify(benchDir) },
    logLevel: 'warning',
  });
  console.log(`\n── ${file}`);
  const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
