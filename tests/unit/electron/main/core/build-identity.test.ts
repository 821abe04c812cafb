/**
 * `npm start` must not be the installed app to the OS: its own name, data folder (so its own
 * single-instance lock and database), AppUserModelID and autostart file; a release keeps the
 * identity it has always had (changing it would lose the learner's data and notifications).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { buildIdentity, RELEASE_APP_USER_MODEL_ID, userDataPath } from '../../../../../electron/main/core/build-identity';
import { loginItemPlan } from '../../../../../electron/main/core/login-item';

const ROOT = path.resolve(import.meta.dirname, '../../../../..');

describe('build identity', () => {
  it('a release is "MLE Path" in the folder Electron always used, with the appId as AppUserModelID', () => {
    expect(buildIdentity(true)).toEqual({
      kind: 'release',
      name: 'MLE Path',
      userDataDirName: 'MLE Path',
      appUserModelId: 'io.github.mlepath.desktop',
      autostartFileName: 'mle-path.desktop',
    });
  });

  it('a copy run from source differs from the release in every part the OS keys on', () => {
    const release = buildIdentity(true);
    const dev = buildIdentity(false);
    expect(dev.kind).toBe('development');
    expect(dev.name).toBe('MLE Path (development)');
    for (const key of ['name', 'userDataDirName', 'appUserModelId', 'autostartFileName'] as const) {
      expect(dev[key], key).not.toBe(release[key]);
    }
    expect(dev.appUserModelId).toBe(`${RELEASE_APP_USER_MODEL_ID}.development`);
  });

  it('puts the data folder under the OS application-data folder, or where a test asks', () => {
    expect(userDataPath(buildIdentity(true), '/home/ada/.config', undefined)).toBe('/home/ada/.config/MLE Path');
    expect(userDataPath(buildIdentity(false), '/home/ada/.config', undefined)).toBe('/home/ada/.config/MLE Path (development)');
    expect(userDataPath(buildIdentity(false), '/home/ada/.config', '/tmp/run-1')).toBe('/tmp/run-1');
    expect(userDataPath(buildIdentity(false), '/home/ada/.config', '')).toBe('/home/ada/.config/MLE Path (development)');
  });

  it('a development copy never writes or deletes the installed app\'s Linux login entry', () => {
    const base = { execPath: '/usr/lib/electron/electron', env: {}, homeDir: '/home/ada' };
    const release = buildIdentity(true);
    const dev = buildIdentity(false);
    const devPlan = loginItemPlan('linux', false, { ...base, appName: dev.name, autostartFileName: dev.autostartFileName });
    const releasePlan = loginItemPlan('linux', false, { ...base, appName: release.name, autostartFileName: release.autostartFileName });
    expect(devPlan).toEqual({ kind: 'xdg', action: 'delete', path: '/home/ada/.config/autostart/mle-path-development.desktop' });
    expect(releasePlan).toEqual({ kind: 'xdg', action: 'delete', path: '/home/ada/.config/autostart/mle-path.desktop' });
  });

  it('main applies it before the single-instance lock is taken', () => {
    const text = readFileSync(path.join(ROOT, 'electron/main/index.ts'), 'utf8');
    const source = ts.createSourceFile('index.ts', text, ts.ScriptTarget.ES2022, true);
    const calls: { name: string; args: string[]; at: number }[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) calls.push({ name: node.expression.getText(), args: node.arguments.map((a) => a.getText()), at: node.getStart() });
      node.forEachChild(visit);
    };
    visit(source);
    const first = (name: string) => calls.find((c) => c.name === name);
    const lock = first('app.requestSingleInstanceLock');
    expect(first('buildIdentity')?.args).toEqual(['app.isPackaged']);
    expect(first('app.setName')?.args).toEqual(['identity.name']);
    expect(first('app.setPath')?.args[0]).toBe("'userData'");
    expect(first('app.setAppUserModelId')?.args).toEqual(['identity.appUserModelId']);
    for (const name of ['app.setName', 'app.setPath', 'app.setAppUserModelId']) {
      expect(first(name)!.at, name).toBeLessThan(lock!.at);
    }
  });
});
