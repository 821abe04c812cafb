/**
 * Whether a tray icon can be seen on this desktop. Electron's `new Tray()` succeeds whether or
 * not anything will show it: on Linux the icon is a StatusNotifierItem that only a host (KDE's
 * panel, GNOME with the AppIndicator extension, Xfce, Cinnamon…) draws. GNOME without that
 * extension, and most Wayland sessions, have none, so a window hidden "to the tray" there could
 * never be brought back. So the app asks the session bus whether a StatusNotifierItem host is
 * registered; what it cannot confirm is treated as no tray (see closeBehaviour in tray-menu.ts).
 *
 * No `electron` import: the bus is asked through `gdbus` (GLib's command, present wherever GTK
 * is) or `dbus-send`, run by an injected function, so the decisions are unit-tested.
 */
import { execFile } from 'node:child_process';

/** 'present': a host will show the icon. 'absent': none can. 'unknown': nothing could tell. */
export type TrayHost = 'present' | 'absent' | 'unknown';

/** What the session bus said about org.kde.StatusNotifierWatcher; null where it could not be asked. */
export interface WatcherReply {
  /** A watcher owns the name on the session bus. */
  watcher: boolean | null;
  /** Its IsStatusNotifierHostRegistered property. */
  hostRegistered: boolean | null;
}

export interface DesktopSession {
  /** XDG_CURRENT_DESKTOP, e.g. 'ubuntu:GNOME', 'KDE', 'XFCE'. */
  currentDesktop?: string | undefined;
  /** XDG_SESSION_TYPE: 'wayland' or 'x11'. */
  sessionType?: string | undefined;
}

const WATCHER = 'org.kde.StatusNotifierWatcher';
const GDBUS_ARGS = ['call', '--session', '--timeout', '2', '--dest', WATCHER, '--object-path', '/StatusNotifierWatcher', '--method', 'org.freedesktop.DBus.Properties.Get', WATCHER, 'IsStatusNotifierHostRegistered'];
const DBUS_SEND_ARGS = ['--session', '--print-reply', '--reply-timeout=2000', `--dest=${WATCHER}`, '/StatusNotifierWatcher', 'org.freedesktop.DBus.Properties.Get', `string:${WATCHER}`, 'string:IsStatusNotifierHostRegistered'];

/** An answer from the bus that means "nobody owns that name". */
const NO_OWNER = /ServiceUnknown|NameHasNoOwner|was not provided by any \.service files/;

/** `gdbus call … Get … IsStatusNotifierHostRegistered`: "(<true>,)" or an error on stderr. */
export function parseGdbusReply(ok: boolean, stdout: string, stderr: string): WatcherReply {
  if (ok) {
    const value = /<(true|false)>/.exec(stdout)?.[1];
    return value === undefined ? { watcher: true, hostRegistered: null } : { watcher: true, hostRegistered: value === 'true' };
  }
  return NO_OWNER.test(stderr) ? { watcher: false, hostRegistered: false } : { watcher: null, hostRegistered: null };
}

/** `dbus-send --print-reply … Get`: "variant boolean true" or an error on stderr. */
export function parseDbusSendReply(ok: boolean, stdout: string, stderr: string): WatcherReply {
  if (ok) {
    const value = /boolean\s+(true|false)/.exec(stdout)?.[1];
    return value === undefined ? { watcher: true, hostRegistered: null } : { watcher: true, hostRegistered: value === 'true' };
  }
  return NO_OWNER.test(stderr) ? { watcher: false, hostRegistered: false } : { watcher: null, hostRegistered: null };
}

/**
 * The decision. Windows' notification area and the macOS menu bar always show the icon. On
 * Linux a registered host shows it. With no watcher at all, Chromium falls back to the old X11
 * system tray (XEmbed), which GNOME Shell dropped and Wayland never had: there the answer is
 * 'absent'; on other X11 desktops an XEmbed tray may exist but cannot be seen from here.
 */
export function trayHost(platform: NodeJS.Platform, reply: WatcherReply, session: DesktopSession): TrayHost {
  if (platform === 'win32' || platform === 'darwin') return 'present';
  if (reply.hostRegistered === true) return 'present';
  if (reply.watcher === true && reply.hostRegistered === false) return 'absent';
  const wayland = session.sessionType?.toLowerCase() === 'wayland';
  const gnome = (session.currentDesktop ?? '').split(':').some((d) => d.toUpperCase() === 'GNOME');
  if (reply.watcher === false && (wayland || gnome)) return 'absent';
  return 'unknown';
}

/** Runs a command; resolves with whether it exited 0 and what it printed (never rejects). */
export type CommandRunner = (command: string, args: readonly string[]) => Promise<{ ok: boolean; stdout: string; stderr: string; missing: boolean }>;

export const runCommand: CommandRunner = (command, args) =>
  new Promise((resolve) => {
    execFile(command, [...args], { timeout: 3_000, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      resolve({ ok: error === null, stdout: String(stdout), stderr: String(stderr), missing: code === 'ENOENT' });
    });
  });

/** Asks the session bus (gdbus, else dbus-send) and decides. */
export async function probeTrayHost(platform: NodeJS.Platform, session: DesktopSession, run: CommandRunner = runCommand): Promise<TrayHost> {
  if (platform === 'win32' || platform === 'darwin') return 'present';
  const gdbus = await run('gdbus', GDBUS_ARGS);
  let reply: WatcherReply;
  if (!gdbus.missing) reply = parseGdbusReply(gdbus.ok, gdbus.stdout, gdbus.stderr);
  else {
    const dbusSend = await run('dbus-send', DBUS_SEND_ARGS);
    reply = dbusSend.missing ? { watcher: null, hostRegistered: null } : parseDbusSendReply(dbusSend.ok, dbusSend.stdout, dbusSend.stderr);
  }
  return trayHost(platform, reply, session);
}
