/** Where the built files live relative to the bundled main script (dist/main/index.cjs). */
import path from 'node:path';

export function builtPaths(mainDir: string) {
  const dist = path.resolve(mainDir, '..');
  return {
    uiRoot: path.join(dist, 'renderer'),
    storeRoot: path.join(dist, 'store'),
    uiPreload: path.join(dist, 'preload', 'index.cjs'),
    storePreload: path.join(dist, 'preload', 'store.cjs'),
  };
}
