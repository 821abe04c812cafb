// `npm start`: build, make sure Electron's binary is there (downloading it once if this
// machine can), then launch the app. Without a binary it explains why instead of throwing.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronPackageDir, findElectronBinary, NO_ELECTRON_EXPLANATION } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const build = spawnSync(process.execPath, [path.join(root, 'electron/scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let binary = findElectronBinary();
if (!binary && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  console.log('Downloading the Electron runtime (first start only)…');
  spawnSync(process.execPath, [path.join(electronPackageDir, 'install.js')], { stdio: 'ignore', timeout: 300_000 });
  binary = findElectronBinary();
}
if (!binary) {
  console.error(`\n${NO_ELECTRON_EXPLANATION}\n`);
  process.exit(1);
}

const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
