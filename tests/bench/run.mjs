// `npm run bench`: bundles each tests/bench/*.bench.ts with esbuild and runs it in Node.
// Figures are ratios to a floor measured in the same run (see measure.ts); never timed tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const benchDir = path.join(root, 'tests/bench');
const out = path.join(root, '.tmp/bench');
mkdirSync(out, { recursive: true });
const only = process.argv[2];

/**
 * Bundled code runs from .tmp/bench, but modules (the bench files, the e2e harness) find their
 * neighbours through import.meta.dirname: give each module its own source folder.
 */
const sourceDirname = {
  name: 'source-dirname',
  setup(b) {
    b.onLoad({ filter: /\.(ts|tsx|mjs)$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.dirname')) return undefined;
      const ext = path.extname(args.path).slice(1);
      return { contents: text.replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path))), loader: ext === 'mjs' ? 'js' : ext };
    });
  },
};
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
    plugins: [sourceDirname],
    logLevel: 'warning',
  });
  console.log(`\n── ${file}`);
  const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
