// Writes every content pack this build ships as the JSON file Settings → Content loads:
// `npm run content:export -- <folder>` (default: dist/content-packs). A maintainer edits the
// TypeScript pack, bumps packVersion, lists renamed ids in renamedIds, and hands learners the file.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'dist', 'content-packs'));
const bundle = path.join(os.tmpdir(), `mle-path-content-${process.pid}.mjs`);

await build({
  stdin: {
    contents: "export { SHIPPED_PACKS } from './shared/content/editions'; export { packFileName, packFileText } from './shared/content/pack-file';",
    resolveDir: root,
    loader: 'ts',
  },
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});
try {
  const { SHIPPED_PACKS, packFileName, packFileText } = await import(pathToFileURL(bundle).href);
  await mkdir(out, { recursive: true });
  for (const pack of SHIPPED_PACKS) {
    const file = path.join(out, packFileName(pack));
    await writeFile(file, packFileText(pack));
    console.log(`content pack: ${file}`);
  }
} finally {
  await rm(bundle, { force: true });
}
