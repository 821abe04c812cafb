/**
 * Main's composition root with fakes for what Electron gives it: the event fan-out runs as its
 * table says, the handler map covers every channel main answers, and nothing reacts before it
 * is started.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppServices, FAN_OUT, type AppServicesDeps } from '../../../../../electron/main/core/app-services';
import { MAIN_WRAPPED_CHANNELS } from '../../../../../electron/main/core/ipc-router';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../../shared/domain/reminder-settings';
import { MAIN_CHANNEL_NAMES } from '../../../../../shared/ipc/names';
import { createDisplayFormat } from '../../../../../shared/locale/display-format';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const SETTINGS = { reminders: DEFAULT_REMINDER_SETTINGS, closeToTray: false, trayHintShown: false, launchAtLogin: true, theme: 'dark', calendarFolder: null } as const;

function setup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mle-app-services-'));
  dirs.push(dir);
  const log: string[] = [];
  const sent: { event: string; payload: unknown }[] = [];
  const timers = { set: () => 0, clear: () => undefined, setInterval: () => 0, clearInterval: () => undefined };
  const deps: AppServicesDeps = {
    platform: 'linux',
    appVersion: '0.0.0-test',
    userDataDir: dir,
    now: () => new Date('2026-11-23T10:00:00Z'),
    timers,
    reminderClock: { now: () => Date.parse('2026-11-23T10:00:00Z'), setInterval: () => 0, clearInterval: () => undefined },
    trayTimeZone: () => 'UTC',
    sendToUi: (event, payload) => sent.push({ event, payload }),
    dialogs: {
      chooseBackupSavePath: async () => null,
      chooseBackupOpenPath: async () => null, chooseContentPackPath: async () => null,
      chooseCalendarSavePath: async () => null,
      chooseCalendarFolder: async () => null,
      choosePdfSavePath: async () => null,
    },
    notifier: { show: () => log.push('show'), showSample: () => log.push('sample'), showNotice: (title) => log.push(`notice: ${title}`) },
    quit: () => log.push('quit'),
    systemLocales: () => ['en-GB'],
    displayFormat: () => createDisplayFormat(['en-GB']),
    pdf: { locale: () => 'en-GB', renderPdf: async () => new Uint8Array() },
    log: { reminders: (m) => log.push(`reminders: ${m}`), calendar: () => undefined, ledger: () => undefined, backups: () => undefined },
    hooks: {
      settingsApplied: (s) => log.push(`settings applied: ${s.theme}`),
      refreshTray: () => log.push('tray'),
      storeEvent: (event) => log.push(`event: ${event}`),
    },
  };
  const services = createAppServices(deps);
  // The store host stand-in: every call is recorded, nothing answered; events are fed in.
  const requests: string[] = [];
  services.store.attach({ postMessage: (m) => requests.push((m as { channel: string }).channel), close: () => undefined });
  services.store.receive({ kind: 'ready' });
  return { services, log, sent, requests };
}

describe('app services', () => {
  it('a settings change reaches the window, then runs its row of the fan-out in order', () => {
    const { services, log, sent } = setup();
    services.store.receive({ kind: 'event', event: 'settings:changed', payload: SETTINGS });
    // The window hears the event, then the desktop status the new close-to-tray setting changed.
    expect(sent[0]).toEqual({ event: 'settings:changed', payload: SETTINGS });
    expect(sent.map((s) => s.event)).toEqual(['settings:changed', 'app:desktop-status-changed']);
    // Reminders are not started yet, so no rescan; the rest of the row runs.
    expect(log).toEqual(['event: settings:changed', 'settings applied: dark', 'tray']);
    expect(services.settings()).toEqual(SETTINGS);
    expect(services.desktop.closeBehaviour()).toBe('close');
    expect(FAN_OUT['settings:changed']).toEqual(['rescan-reminders', 'apply-settings', 'refresh-tray', 'rewrite-calendar-file']);
  });

  it('an event that breaks the contract reaches nobody', () => {
    const { services, log, sent } = setup();
    services.store.receive({ kind: 'event', event: 'settings:changed', payload: { ...SETTINGS, theme: 'neon' } });
    services.store.receive({ kind: 'event', event: 'no:such-event', payload: {} });
    expect(sent).toEqual([]);
    expect(log).toEqual([]);
  });

  it('once reminders are started, a plan change rescans them (a store call), and waking up does too', () => {
    const { services, log, requests } = setup();
    services.react('resume');
    expect(log).toEqual(['tray']);
    expect(requests).toEqual([]);
    services.startReminders();
    expect(requests).toEqual(['reminders:inputs']);
    services.react('resume');
    expect(log).toEqual(['tray', 'tray']);
    void services.stop();
  });

  it('answers every channel main owns, and only those', () => {
    const { services } = setup();
    expect(Object.keys(services.handlers).sort()).toEqual([...MAIN_CHANNEL_NAMES, ...MAIN_WRAPPED_CHANNELS].sort());
  });
});
