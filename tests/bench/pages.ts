/**
 * Builds the benchmark pages with the app's own Vite configuration: the renderer as shipped,
 * and the floor (React + ReactDOM rendering one heading), so both sides of a comparison come
 * out of the same build settings.
 */
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
// @ts-expect-error -- plain .mjs module shared with the build script; it has no type declarations.
import { pageConfig } from '../../electron/scripts/vite-page-config.mjs';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FLOOR_OUT = path.join(ROOT, '.tmp/bench/floor');
export const RENDERER_OUT = path.join(ROOT, '.tmp/bench/renderer');

export async function buildFloor(): Promise<string> {
  await build(pageConfig({ root: path.join(ROOT, 'tests/bench/floor'), outDir: FLOOR_OUT, plugins: [react()], quiet: true }));
  return FLOOR_OUT;
}

export async function buildRenderer(): Promise<string> {
  await build(pageConfig({ root: path.join(ROOT, 'renderer'), outDir: RENDERER_OUT, plugins: [react()], quiet: true }));
  return RENDERER_OUT;
}
