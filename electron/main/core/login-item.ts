/**
 * "Start MLE Path when I log in" as a plan, decided without touching anything, so every
 * platform's decision is unit-tested where that platform is not: macOS and Windows have Electron's login-item API; Linux has no such API, so an
 * XDG autostart `.desktop` file is written (or deleted) in `$XDG_CONFIG_HOME/autostart`
 * (default `~/.config/autostart`). login-item-files.ts carries out a Linux plan; adapters/launch-at-login.ts calls
 * `app.setLoginItemSettings` for the others.
 *
 * Started at login, the app gets HIDDEN_ARG and stays in the tray (when the learner keeps it
 * there) instead of opening its window over the desktop.
 */
import path from 'node:path';

export const HIDDEN_ARG = '--hidden';

export interface DesktopEntryOptions {
  /** The program to start: the AppImage file, the installed binary, or Electron in development. */
  execPath: string;
  appName: string;
  /** Extra arguments, e.g. the app folder when running unpackaged Electron. */
  args?: readonly string[];
}

export type LoginItemPlan =
  | { kind: 'electron-api'; openAtLogin: boolean; args: string[] }
  | { kind: 'xdg'; action: 'write'; path: string; contents: string }
  | { kind: 'xdg'; action: 'delete'; path: string }
  | { kind: 'unsupported'; reason: string };

export interface LoginItemContext extends DesktopEntryOptions {
  env: Readonly<Record<string, string | undefined>>;
  homeDir: string;
  /** The XDG autostart file's name: the release's and a development copy's differ (build-identity.ts). */
  autostartFileName: string;
}

// Characters that force an Exec argument into double quotes (Desktop Entry spec, "Exec key").
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/** One Exec argument, quoted and escaped as the Desktop Entry specification requires. */
export function quoteExecArg(arg: string): string {
  const noNewlines = arg.replace(/[\r\n]/g, ' ');
  // Field codes start with %; a literal % is written %%.
  const percent = noNewlines.replace(/%/g, '%%');
  const quoted = RESERVED.test(percent) ? `"${percent.replace(/(["`$\\])/g, '\\$1')}"` : percent;
  // The string-value escape rule applies on top: every backslash is doubled again.
  return quoted.replace(/\\/g, '\\\\');
}

function stringValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}

/** The XDG autostart entry that starts the app hidden at login. */
export function autostartDesktopEntry(options: DesktopEntryOptions): string {
  const exec = [options.execPath, ...(options.args ?? []), HIDDEN_ARG].map(quoteExecArg).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${stringValue(options.appName)}`,
    `Comment=${stringValue(`Starts ${options.appName} in the tray so study reminders arrive`)}`,
    `Exec=${exec}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** `$XDG_CONFIG_HOME/autostart/<fileName>`; a relative XDG_CONFIG_HOME is ignored, as the spec says. */
export function autostartPath(env: Readonly<Record<string, string | undefined>>, homeDir: string, fileName: string): string {
  const configured = env['XDG_CONFIG_HOME'];
  const base = configured && path.isAbsolute(configured) ? configured : path.join(homeDir, '.config');
  return path.join(base, 'autostart', fileName);
}

/**
 * The program the login entry should start. An AppImage runs from a temporary mount that
 * changes every launch, so its own file (APPIMAGE) is what must be started.
 */
export function launcherPath(execPath: string, env: Readonly<Record<string, string | undefined>>): string {
  const appImage = env['APPIMAGE'];
  return appImage && path.isAbsolute(appImage) ? appImage : execPath;
}

export function loginItemPlan(platform: NodeJS.Platform, enabled: boolean, context: LoginItemContext): LoginItemPlan {
  if (platform === 'darwin' || platform === 'win32') {
    return { kind: 'electron-api', openAtLogin: enabled, args: platform === 'win32' ? [...(context.args ?? []), HIDDEN_ARG] : [] };
  }
  if (platform === 'linux' || platform === 'freebsd' || platform === 'openbsd') {
    const file = autostartPath(context.env, context.homeDir, context.autostartFileName);
    if (!enabled) return { kind: 'xdg', action: 'delete', path: file };
    const execPath = launcherPath(context.execPath, context.env);
    const args = execPath === context.execPath ? context.args : [];
    return { kind: 'xdg', action: 'write', path: file, contents: autostartDesktopEntry({ execPath, appName: context.appName, ...(args ? { args } : {}) }) };
  }
  return { kind: 'unsupported', reason: `Starting at login is not available on ${platform}.` };
}

/** Started by the login entry (or by macOS at login) rather than by the learner. */
export function startedAtLogin(argv: readonly string[], wasOpenedAtLogin = false): boolean {
  return wasOpenedAtLogin || argv.includes(HIDDEN_ARG);
}
