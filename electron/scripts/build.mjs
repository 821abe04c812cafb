// One build for the whole app: the renderer and the store host with Vite, main and the two
// preloads with esbuild (each preload one self-contained file: sandboxed preloads cannot
// require() other files). Output: dist/{renderer,store,main,preload}.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { pageConfig } from './vite-page-config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const quiet = process.argv.includes('--quiet');

async function buildPage(name, pageRoot, plugins = []) {
  await viteBuild(pageConfig({ root: path.join(root, pageRoot), outDir: path.join(dist, name), plugins, quiet }));
}

async function buildNode(entry, outfile, platform) {
  await esbuild({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(dist, outfile),
    bundle: true,
    platform,
    format: 'cjs',
    target: platform === 'node' ? 'node22' : 'chrome130',
    external: ['electron'],
    logLevel: quiet ? 'warning' : 'info',
  });
}

const started = Date.now();
await rm(dist, { recursive: true, force: true });
await buildPage('renderer', 'renderer', [react()]);
await buildPage('store', 'electron/store');
await buildNode('electron/main/index.ts', 'main/index.cjs', 'node');
await buildNode('electron/preload/index.ts', 'preload/index.cjs', 'browser');
await buildNode('electron/preload/store.ts', 'preload/store.cjs', 'browser');
console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s → dist/`);
