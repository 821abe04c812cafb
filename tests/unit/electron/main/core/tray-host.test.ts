/**
 * Whether this desktop can show a tray icon. `new Tray()` succeeds either way, so on Linux the
 * session bus is asked whether a StatusNotifierItem host is registered; GNOME without the
 * AppIndicator extension and Wayland sessions without a host have none.
 */
import { describe, expect, it } from 'vitest';
import { parseDbusSendReply, parseGdbusReply, probeTrayHost, trayHost, type CommandRunner } from '../../../../../electron/main/core/tray-host';

const NO_WATCHER =
  'Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.kde.StatusNotifierWatcher was not provided by any .service files\n';

describe('reading the bus', () => {
  it('reads gdbus answers', () => {
    expect(parseGdbusReply(true, '(<true>,)\n', '')).toEqual({ watcher: true, hostRegistered: true });
    expect(parseGdbusReply(true, '(<false>,)\n', '')).toEqual({ watcher: true, hostRegistered: false });
    expect(parseGdbusReply(false, '', NO_WATCHER)).toEqual({ watcher: false, hostRegistered: false });
    // No session bus at all (a bare console): nothing can be said.
    expect(parseGdbusReply(false, '', 'Error connecting: Could not connect: No such file or directory\n')).toEqual({ watcher: null, hostRegistered: null });
  });

  it('reads dbus-send answers', () => {
    expect(parseDbusSendReply(true, 'method return time=1 sender=:1.2 -> destination=:1.9 serial=5 reply_serial=2\n   variant       boolean true\n', '')).toEqual({
      watcher: true,
      hostRegistered: true,
    });
    expect(parseDbusSendReply(false, '', 'Error org.freedesktop.DBus.Error.ServiceUnknown: The name is not activatable\n')).toEqual({ watcher: false, hostRegistered: false });
  });
});

describe('deciding', () => {
  const none = { watcher: false, hostRegistered: false };
  const unknown = { watcher: null, hostRegistered: null };

  it('Windows and macOS always show it', () => {
    expect(trayHost('win32', unknown, {})).toBe('present');
    expect(trayHost('darwin', none, {})).toBe('present');
  });

  it('a registered host shows it (KDE, Xfce, GNOME with the AppIndicator extension)', () => {
    expect(trayHost('linux', { watcher: true, hostRegistered: true }, { currentDesktop: 'ubuntu:GNOME', sessionType: 'wayland' })).toBe('present');
  });

  it('GNOME and Wayland without a watcher have no tray; a watcher without a host shows nothing either', () => {
    expect(trayHost('linux', none, { currentDesktop: 'ubuntu:GNOME', sessionType: 'x11' })).toBe('absent');
    expect(trayHost('linux', none, { currentDesktop: 'sway', sessionType: 'wayland' })).toBe('absent');
    expect(trayHost('linux', { watcher: true, hostRegistered: false }, { currentDesktop: 'KDE', sessionType: 'x11' })).toBe('absent');
  });

  it('an X11 desktop without a watcher may have an old-style tray it cannot see: unknown', () => {
    expect(trayHost('linux', none, { currentDesktop: 'i3', sessionType: 'x11' })).toBe('unknown');
    expect(trayHost('linux', unknown, { currentDesktop: 'ubuntu:GNOME', sessionType: 'wayland' })).toBe('unknown');
  });
});

describe('probing', () => {
  function runner(answers: Record<string, Awaited<ReturnType<CommandRunner>>>): { run: CommandRunner; calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      run: async (command, args) => {
        calls.push(`${command} ${args.join(' ')}`);
        return answers[command] ?? { ok: false, stdout: '', stderr: '', missing: true };
      },
    };
  }

  it('asks gdbus for IsStatusNotifierHostRegistered on the session bus', async () => {
    const { run, calls } = runner({ gdbus: { ok: true, stdout: '(<true>,)\n', stderr: '', missing: false } });
    await expect(probeTrayHost('linux', { currentDesktop: 'KDE' }, run)).resolves.toBe('present');
    expect(calls).toEqual([
      'gdbus call --session --timeout 2 --dest org.kde.StatusNotifierWatcher --object-path /StatusNotifierWatcher --method org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierWatcher IsStatusNotifierHostRegistered',
    ]);
  });

  it('falls back to dbus-send, and to unknown when neither exists', async () => {
    const withDbusSend = runner({ 'dbus-send': { ok: false, stdout: '', stderr: 'org.freedesktop.DBus.Error.ServiceUnknown', missing: false } });
    await expect(probeTrayHost('linux', { currentDesktop: 'GNOME', sessionType: 'wayland' }, withDbusSend.run)).resolves.toBe('absent');
    expect(withDbusSend.calls.map((c) => c.split(' ')[0])).toEqual(['gdbus', 'dbus-send']);
    await expect(probeTrayHost('linux', { currentDesktop: 'GNOME' }, runner({}).run)).resolves.toBe('unknown');
  });

  it('does not ask on Windows or macOS', async () => {
    const { run, calls } = runner({});
    await expect(probeTrayHost('win32', {}, run)).resolves.toBe('present');
    expect(calls).toEqual([]);
  });
});
