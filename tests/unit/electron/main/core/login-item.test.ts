import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { autostartDesktopEntry, autostartPath, HIDDEN_ARG, launcherPath, loginItemPlan, quoteExecArg, startedAtLogin } from '../../../../../electron/main/core/login-item';
import { applyXdgPlan } from '../../../../../electron/main/core/login-item-files';

const context = { execPath: '/opt/MLE Path/mle-path', appName: 'MLE Path', env: {}, homeDir: '/home/ada', autostartFileName: 'mle-path.desktop' };

describe('autostartDesktopEntry', () => {
  it('is a Desktop Entry that starts the app hidden, with the path quoted', () => {
    const text = autostartDesktopEntry({ execPath: '/opt/MLE Path/mle-path', appName: 'MLE Path' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('[Desktop Entry]');
    expect(lines).toContain('Type=Application');
    expect(lines).toContain('Name=MLE Path');
    expect(lines).toContain(`Exec="/opt/MLE Path/mle-path" ${HIDDEN_ARG}`);
    expect(lines).toContain('X-GNOME-Autostart-enabled=true');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('passes extra arguments (the app folder in development)', () => {
    expect(autostartDesktopEntry({ execPath: '/usr/lib/electron/electron', appName: 'MLE Path', args: ['/home/ada/mle-path'] })).toContain(
      'Exec=/usr/lib/electron/electron /home/ada/mle-path --hidden',
    );
  });
});

describe('quoteExecArg', () => {
  it('leaves plain paths alone and quotes reserved characters', () => {
    expect(quoteExecArg('/usr/bin/mle-path')).toBe('/usr/bin/mle-path');
    expect(quoteExecArg('/a b/c')).toBe('"/a b/c"');
    expect(quoteExecArg('/a$b')).toBe('"/a\\\\$b"');
    expect(quoteExecArg('/50%/x')).toBe('/50%%/x');
    // A literal backslash in a quoted argument is four backslashes in the file.
    expect(quoteExecArg('/a\\b')).toBe('"/a\\\\\\\\b"');
  });
});

describe('loginItemPlan', () => {
  it('uses Electron\'s API on macOS and Windows', () => {
    expect(loginItemPlan('darwin', true, context)).toEqual({ kind: 'electron-api', openAtLogin: true, args: [] });
    expect(loginItemPlan('win32', false, context)).toEqual({ kind: 'electron-api', openAtLogin: false, args: [HIDDEN_ARG] });
  });

  it('writes or deletes ~/.config/autostart/mle-path.desktop on Linux', () => {
    const on = loginItemPlan('linux', true, context);
    expect(on).toMatchObject({ kind: 'xdg', action: 'write', path: '/home/ada/.config/autostart/mle-path.desktop' });
    expect(on.kind === 'xdg' && on.action === 'write' && on.contents).toContain('Exec="/opt/MLE Path/mle-path" --hidden');
    expect(loginItemPlan('linux', false, context)).toEqual({ kind: 'xdg', action: 'delete', path: '/home/ada/.config/autostart/mle-path.desktop' });
  });

  it('respects an absolute XDG_CONFIG_HOME and ignores a relative one', () => {
    expect(autostartPath({ XDG_CONFIG_HOME: '/data/cfg' }, '/home/ada', 'mle-path.desktop')).toBe('/data/cfg/autostart/mle-path.desktop');
    expect(autostartPath({ XDG_CONFIG_HOME: 'cfg' }, '/home/ada', 'mle-path.desktop')).toBe('/home/ada/.config/autostart/mle-path.desktop');
    expect(loginItemPlan('linux', false, { ...context, env: { XDG_CONFIG_HOME: '/data/cfg' } })).toMatchObject({ path: '/data/cfg/autostart/mle-path.desktop' });
  });

  it('starts the AppImage file, not its temporary mount', () => {
    const env = { APPIMAGE: '/home/ada/Apps/MLE-Path.AppImage' };
    expect(launcherPath('/tmp/.mount_MLEabc/mle-path', env)).toBe('/home/ada/Apps/MLE-Path.AppImage');
    const plan = loginItemPlan('linux', true, { ...context, execPath: '/tmp/.mount_MLEabc/mle-path', args: ['ignored'], env });
    expect(plan.kind === 'xdg' && plan.action === 'write' && plan.contents).toContain('Exec=/home/ada/Apps/MLE-Path.AppImage --hidden');
  });

  it('says when a platform has no login items', () => {
    expect(loginItemPlan('aix', true, context).kind).toBe('unsupported');
  });
});

describe('startedAtLogin', () => {
  it('is true with the hidden flag or when macOS opened the app at login', () => {
    expect(startedAtLogin(['/opt/mle-path', HIDDEN_ARG])).toBe(true);
    expect(startedAtLogin(['/opt/mle-path'], true)).toBe(true);
    expect(startedAtLogin(['/opt/mle-path'])).toBe(false);
  });
});

describe('applyXdgPlan', () => {
  let dir: string | null = null;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes the entry (creating the folder), then deletes it; deleting twice is fine', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'mle-autostart-'));
    const plan = loginItemPlan('linux', true, { ...context, env: { XDG_CONFIG_HOME: dir } });
    if (plan.kind !== 'xdg' || plan.action !== 'write') throw new Error('expected a write plan');
    expect(await applyXdgPlan(plan)).toEqual({ ok: true, value: 'written' });
    expect(await readFile(plan.path, 'utf8')).toBe(plan.contents);
    const off = loginItemPlan('linux', false, { ...context, env: { XDG_CONFIG_HOME: dir } });
    if (off.kind !== 'xdg') throw new Error('expected an xdg plan');
    expect(await applyXdgPlan(off)).toEqual({ ok: true, value: 'deleted' });
    await expect(stat(plan.path)).rejects.toThrow();
    expect(await applyXdgPlan(off)).toEqual({ ok: true, value: 'deleted' });
  });

  it('reports a folder it cannot create as an error', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'mle-autostart-'));
    const blocker = path.join(dir, 'file');
    await import('node:fs/promises').then((fs) => fs.writeFile(blocker, 'x'));
    const r = await applyXdgPlan({ kind: 'xdg', action: 'write', path: path.join(blocker, 'autostart', 'mle-path.desktop'), contents: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
