import { describe, expect, it } from 'vitest';
import { fakeStoreCalls } from '../../../../support/main-handlers';
import {
  afterWindowClosed,
  buildTrayMenu,
  closeBehaviour,
  closeDecision,
  isPaused,
  MAX_TRAY_SESSIONS,
  todaysSessions,
  trayHint,
  trayIconSizes,
  trayTooltip,
  withPause,
  type TrayMenuItem,
} from '../../../../../electron/main/core/tray-menu';
import { createTraySource } from '../../../../../electron/main/core/tray-source';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../../shared/domain/reminder-settings';
import { fail, ok, type Result } from '../../../../../shared/ipc/result';
import { createDisplayFormat } from '../../../../../shared/locale/display-format';

const GB = createDisplayFormat(['en-GB']);

const TZ = 'Europe/Berlin';
// Monday 23 Nov 2026, 10:00 in Berlin.
const NOW = Date.parse('2026-11-23T09:00:00Z');

const stored = (id: string, startUtc: string, status: 'planned' | 'done' | 'skipped' = 'planned', milestoneId: string | null = 'phase.a') => ({
  id,
  weekStart: '2026-11-23',
  startUtc,
  endUtc: startUtc,
  minutes: 90,
  milestoneId,
  status,
  loggedMinutes: 0,
  movedFromUtc: null,
});

const labels = (items: TrayMenuItem[]) => items.map((i) => (i.kind === 'separator' ? '---' : i.label));

describe('todaysSessions', () => {
  it('keeps the learner\'s today (in their zone), drops skipped ones, sorts and titles them', () => {
    const titles = new Map([['phase.a', 'Python core']]);
    const sessions = [
      stored('late', '2026-11-23T22:30:00Z'), // 23:30 Berlin: still today
      stored('early', '2026-11-23T06:00:00Z', 'done'),
      stored('skip', '2026-11-23T12:00:00Z', 'skipped'),
      stored('tomorrow', '2026-11-23T23:30:00Z'), // 00:30 Tuesday in Berlin
      stored('free', '2026-11-23T15:00:00Z', 'planned', null),
    ];
    expect(todaysSessions(sessions, titles, TZ, NOW)).toEqual([
      { startUtc: '2026-11-23T06:00:00Z', minutes: 90, done: true, title: 'Python core' },
      { startUtc: '2026-11-23T15:00:00Z', minutes: 90, done: false, title: 'Study session' },
      { startUtc: '2026-11-23T22:30:00Z', minutes: 90, done: false, title: 'Python core' },
    ]);
  });
});

describe('buildTrayMenu', () => {
  it('lists Today first, today\'s sessions in local time, pause and quit', () => {
    const items = buildTrayMenu({
      sessions: [{ startUtc: '2026-11-23T17:30:00Z', minutes: 120, title: 'Python core', done: false }],
      timeZone: TZ,
      pausedUntilUtc: null,
      nowMs: NOW,
    }, GB);
    expect(labels(items)).toEqual(['Open Today', '---', "Today's sessions", '18:30–20:30  Python core', '---', 'Pause reminders for a day', '---', 'Quit MLE Path']);
    expect(items[0]).toMatchObject({ kind: 'action', action: 'open-today' });
    expect(items[3]).toMatchObject({ kind: 'action', action: 'open-week' });
    expect(items.at(-1)).toMatchObject({ kind: 'action', action: 'quit' });
  });

  it('the first item says when the focus timer runs or waits, and always opens Today', () => {
    const base = { sessions: [], timeZone: TZ, pausedUntilUtc: null, nowMs: NOW };
    expect(buildTrayMenu({ ...base, timer: 'running' }, GB)[0]).toEqual({ kind: 'action', action: 'open-today', label: 'Today (focus timer running)' });
    expect(buildTrayMenu({ ...base, timer: 'paused' }, GB)[0]).toEqual({ kind: 'action', action: 'open-today', label: 'Today (focus timer paused)' });
    expect(buildTrayMenu({ ...base, timer: 'idle' }, GB)[0]).toEqual({ kind: 'action', action: 'open-today', label: 'Open Today' });
  });

  it('shows at most five sessions and a "more" entry opening the week', () => {
    const sessions = Array.from({ length: 7 }, (_, i) => ({ startUtc: new Date(NOW + i * 3_600_000).toISOString(), minutes: 30, title: `S${i}`, done: i === 0 }));
    const items = buildTrayMenu({ sessions, timeZone: TZ, pausedUntilUtc: null, nowMs: NOW }, GB);
    const sessionItems = items.filter((i) => i.kind === 'action' && i.action === 'open-week');
    expect(sessionItems).toHaveLength(MAX_TRAY_SESSIONS + 1);
    expect(labels(sessionItems)[0]).toBe('✓ 10:00–10:30  S0');
    expect(labels(sessionItems).at(-1)).toBe('2 more…');
  });

  it('says when there is nothing today or no plan yet', () => {
    expect(labels(buildTrayMenu({ sessions: [], timeZone: TZ, pausedUntilUtc: null, nowMs: NOW }, GB))).toContain('No study sessions today');
    expect(labels(buildTrayMenu({ sessions: null, timeZone: TZ, pausedUntilUtc: null, nowMs: NOW }, GB))[2]).toMatch(/save your profile first/);
  });

  it("writes times and dates in the learner's locale and zone", () => {
    const plain = (t: string) => t.replace(/[\u00a0\u202f\u2009]/g, ' ');
    const us = createDisplayFormat(['en-US']);
    const session = { startUtc: '2026-11-23T17:30:00Z', minutes: 120, title: 'Python core', done: false };
    // 17:30 UTC: 18:30 in Berlin, 12:30 in New York; the learner's zone decides, not the computer's.
    expect(labels(buildTrayMenu({ sessions: [session], timeZone: 'America/New_York', pausedUntilUtc: null, nowMs: NOW }, us)).map(plain)).toContain(
      '12:30 – 2:30 PM  Python core',
    );
    const later = buildTrayMenu({ sessions: [], timeZone: TZ, pausedUntilUtc: '2026-11-26T15:00:00Z', nowMs: NOW }, createDisplayFormat(['de-DE']));
    expect(labels(later)).toContain('Resume reminders (paused until 26. Nov. 2026, 16:00)');
  });

  it('offers Resume while paused, Pause once the pause has run out', () => {
    const paused = buildTrayMenu({ sessions: [], timeZone: TZ, pausedUntilUtc: '2026-11-24T09:00:00Z', nowMs: NOW }, GB);
    expect(paused).toContainEqual({ kind: 'action', action: 'resume', label: 'Resume reminders (paused until tomorrow 10:00)' });
    const over = buildTrayMenu({ sessions: [], timeZone: TZ, pausedUntilUtc: '2026-11-23T08:00:00Z', nowMs: NOW }, GB);
    expect(over).toContainEqual({ kind: 'action', action: 'pause-day', label: 'Pause reminders for a day' });
  });
});

describe('pause', () => {
  it('pauses for 24 hours from now and resumes by clearing the instant', () => {
    const paused = withPause(DEFAULT_REMINDER_SETTINGS, true, NOW);
    expect(paused.pausedUntilUtc).toBe('2026-11-24T09:00:00.000Z');
    expect(paused.digest).toEqual(DEFAULT_REMINDER_SETTINGS.digest);
    expect(isPaused(paused.pausedUntilUtc, NOW)).toBe(true);
    expect(withPause(paused, false, NOW).pausedUntilUtc).toBeNull();
    expect(isPaused(null, NOW)).toBe(false);
  });
});

describe('closing the window', () => {
  it('hides to the tray when the learner keeps the app there and a tray host shows the icon', () => {
    expect(closeBehaviour(true, 'linux', 'present')).toBe('hide-to-tray');
    expect(closeBehaviour(true, 'win32', 'present')).toBe('hide-to-tray');
    expect(closeDecision('hide-to-tray', false)).toBe('hide');
  });
  it('minimises instead where no tray can be seen, so the window is never stranded (GNOME without the extension, Wayland)', () => {
    expect(closeBehaviour(true, 'linux', 'absent')).toBe('minimize');
    // Unconfirmed counts as none: a false "no tray" costs a taskbar entry, a false "tray" the window.
    expect(closeBehaviour(true, 'linux', 'unknown')).toBe('minimize');
    expect(closeDecision('minimize', false)).toBe('minimize');
  });
  it('hides on macOS whatever the tray: the Dock brings the window back', () => {
    expect(closeBehaviour(true, 'darwin', 'absent')).toBe('hide-to-tray');
  });
  it('closes when the setting is off, and always when quitting', () => {
    expect(closeBehaviour(false, 'linux', 'present')).toBe('close');
    expect(closeBehaviour(false, 'darwin', 'present')).toBe('close');
    for (const behaviour of ['hide-to-tray', 'minimize', 'close'] as const) expect(closeDecision(behaviour, true)).toBe('close');
    expect(closeDecision('close', false)).toBe('close');
  });
  it('a window that really closed quits the app except on macOS', () => {
    expect(afterWindowClosed('linux')).toBe('quit');
    expect(afterWindowClosed('win32')).toBe('quit');
    expect(afterWindowClosed('darwin')).toBe('keep-running');
  });
});

describe('hint, icon and tooltip', () => {
  it('shows the tray hint only once', () => {
    expect(trayHint(false, 'linux')?.body).toContain('tray icon');
    expect(trayHint(false, 'darwin')?.body).toContain('menu bar icon');
    expect(trayHint(true, 'linux')).toBeNull();
  });
  it('picks 24 px on Linux and 16 px elsewhere, with a 2× image', () => {
    expect(trayIconSizes('linux')).toEqual({ base: 24, hiDpi: 48 });
    expect(trayIconSizes('darwin')).toEqual({ base: 16, hiDpi: 32 });
    expect(trayIconSizes('win32')).toEqual({ base: 16, hiDpi: 32 });
  });
  it('counts today\'s sessions in the tooltip', () => {
    expect(trayTooltip(null)).toBe('MLE Path');
    expect(trayTooltip(1)).toBe('MLE Path: 1 study session today');
    expect(trayTooltip(3)).toBe('MLE Path: 3 study sessions today');
  });
});

describe('tray source', () => {
  const settings = { reminders: DEFAULT_REMINDER_SETTINGS, closeToTray: true, trayHintShown: false, launchAtLogin: false, theme: 'system' };
  function store(plan: boolean) {
    const calls: { channel: string; payload: unknown }[] = [];
    return {
      calls,
      async request(channel: string, payload: unknown): Promise<Result<unknown>> {
        calls.push({ channel, payload });
        if (channel === 'settings:get') return ok(settings);
        if (channel === 'settings:update') return ok({ ...settings, ...(payload as object) });
        if (channel === 'plan:get') return ok(plan ? { today: '2026-11-25', plan: { milestones: [{ id: 'phase.a', title: 'Python core' }] } } : null);
        if (channel === 'week:get') return ok({ weekStart: '2026-11-23', timeZone: TZ, sessions: [stored('x', '2026-11-25T17:30:00Z')], missed: [] });
        return fail('unknown-channel', channel);
      },
    };
  }
  const now = Date.parse('2026-11-25T08:00:00Z');

  it('reads today\'s sessions from week:get for the Monday of the plan\'s today', async () => {
    const s = store(true);
    const input = await createTraySource({ store: fakeStoreCalls(s), now: () => now, fallbackTimeZone: () => 'UTC' }).menuInput();
    expect(s.calls.find((c) => c.channel === 'week:get')?.payload).toEqual({ weekStart: '2026-11-23' });
    expect(input).toMatchObject({ timeZone: TZ, pausedUntilUtc: null, sessions: [{ title: 'Python core', startUtc: '2026-11-25T17:30:00Z' }] });
  });

  it('without a plan the menu says so, in this computer\'s zone', async () => {
    const input = await createTraySource({ store: fakeStoreCalls(store(false)), now: () => now, fallbackTimeZone: () => 'UTC' }).menuInput();
    expect(input).toMatchObject({ sessions: null, timeZone: 'UTC' });
  });

  it('pause writes reminders.pausedUntilUtc through settings:update, keeping the other reminder settings', async () => {
    const s = store(true);
    const r = await createTraySource({ store: fakeStoreCalls(s), now: () => now, fallbackTimeZone: () => 'UTC' }).setPaused(true);
    expect(r.ok).toBe(true);
    expect(s.calls.at(-1)).toEqual({ channel: 'settings:update', payload: { reminders: { ...DEFAULT_REMINDER_SETTINGS, pausedUntilUtc: '2026-11-26T08:00:00.000Z' } } });
  });
});
