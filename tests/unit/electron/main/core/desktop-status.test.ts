/**
 * What the learner is told about this desktop: where closing the window leaves MLE Path, the
 * one-time explanation when there is no tray, notifications the system refused (kept across a
 * restart on this computer), and what became of "Start MLE Path when I log in".
 */
import { describe, expect, it } from 'vitest';
import { DesktopStatusSchema, type DesktopStatus } from '../../../../../shared/ipc/contract';
import {
  createDesktopStatus,
  DEFAULT_DESKTOP_STATE,
  desktopChannels,
  parseDesktopState,
  type DesktopState,
} from '../../../../../electron/main/core/desktop-status';
import { loginItemOutcome, notificationProblem } from '../../../../../electron/main/core/platform-messages';

function setup(platform: NodeJS.Platform, saved: DesktopState = DEFAULT_DESKTOP_STATE) {
  const changes: DesktopStatus[] = [];
  const writes: DesktopState[] = [];
  const holder = createDesktopStatus({
    platform,
    saved,
    save: (state) => writes.push(state),
    now: () => new Date('2026-11-23T09:00:00Z'),
    onChange: (status) => changes.push(status),
  });
  return { holder, changes, writes };
}

describe('closing the window, as the learner is told', () => {
  it('on Linux, until a tray is confirmed, closing minimises and says why once', () => {
    const { holder, changes, writes } = setup('linux');
    const status = holder.snapshot();
    expect(DesktopStatusSchema.safeParse(status).success).toBe(true);
    expect(status.closeAction).toBe('minimize');
    expect(status.closeExplanation).toMatch(/^MLE Path could not find a tray on this desktop, so closing the window minimises MLE Path/);
    expect(status.noTrayNotice).toMatch(/closing this window minimises MLE Path instead of hiding it/);
    expect(status.noTrayNotice).toContain('Quit MLE Path at the bottom of the sidebar');

    holder.dismissNotice('no-tray');
    expect(holder.snapshot().noTrayNotice).toBeNull();
    expect(writes).toEqual([{ ...DEFAULT_DESKTOP_STATE, noTrayNoticeDismissed: true }]);
    expect(changes.at(-1)?.noTrayNotice).toBeNull();
  });

  it('a tray found on the bus hides the window to it; the setting off closes it', () => {
    const { holder, changes } = setup('linux');
    holder.setTrayHost('present');
    expect(holder.closeBehaviour()).toBe('hide-to-tray');
    expect(holder.snapshot().noTrayNotice).toBeNull();
    expect(holder.snapshot().closeExplanation).toMatch(/^Closing the window keeps MLE Path running in the tray/);
    holder.setCloseToTray(false);
    expect(holder.snapshot()).toMatchObject({ closeAction: 'close', closeExplanation: 'Closing the window quits MLE Path; reminders stop until you open it again.' });
    expect(changes.map((c) => c.closeAction)).toEqual(['hide-to-tray', 'close']);
  });

  it('GNOME without a tray is named as such, with the extension that adds one', () => {
    const { holder } = setup('linux');
    holder.setTrayHost('absent');
    expect(holder.snapshot().closeExplanation).toMatch(/^Your desktop shows no tray icons/);
    expect(holder.snapshot().closeExplanation).toContain('AppIndicator');
  });

  it('a dismissed notice stays dismissed after a restart', () => {
    const { holder } = setup('linux', { ...DEFAULT_DESKTOP_STATE, noTrayNoticeDismissed: true });
    expect(holder.snapshot()).toMatchObject({ closeAction: 'minimize', noTrayNotice: null });
  });

  it('announces only real changes', () => {
    const { holder, changes } = setup('win32');
    holder.setTrayHost('present');
    holder.setCloseToTray(true);
    expect(changes).toEqual([]);
  });
});

describe('notifications the system refused', () => {
  it('a refusal on macOS says so, how to turn them on, what the system said, and is kept', () => {
    const { holder, writes, changes } = setup('darwin');
    holder.notificationRefused('blocked', 'Notifications are not allowed for this application');
    const { notifications } = holder.snapshot();
    expect(notifications.state).toBe('blocked');
    expect(notifications.message).toBe(
      'Your study reminders cannot reach you. Open System Settings → Notifications → MLE Path and turn on Allow notifications. macOS shows notifications only from a signed copy of MLE Path: one you built yourself without signing cannot show them (install the signed release). (The system said: Notifications are not allowed for this application)',
    );
    expect(notifications.checkedAt).toBe('2026-11-23T09:00:00.000Z');
    expect(writes.at(-1)?.notifications).toEqual({ state: 'blocked', detail: 'Notifications are not allowed for this application', checkedAt: '2026-11-23T09:00:00.000Z' });
    expect(changes).toHaveLength(1);

    // The next start still shows it, until one gets through.
    const again = setup('darwin', writes.at(-1));
    expect(again.holder.snapshot().notifications.message).toContain('System Settings → Notifications');
    again.holder.notificationShown();
    expect(again.holder.snapshot().notifications).toEqual({ state: 'ok', message: null, checkedAt: '2026-11-23T09:00:00.000Z' });
    again.holder.notificationShown();
    expect(again.writes).toHaveLength(1);
  });

  it('each system names its own settings', () => {
    expect(notificationProblem('win32', 'blocked', null)).toContain('Settings → System → Notifications');
    expect(notificationProblem('linux', 'unavailable', 'ignored')).toContain('notification service');
    expect(notificationProblem('linux', 'unavailable', 'ignored')).not.toContain('ignored');
  });
});

describe('the login item', () => {
  it('macOS waiting for approval, or refusing an unsigned copy, is said in plain words', () => {
    expect(loginItemOutcome('darwin', true, { kind: 'electron', openAtLogin: false, status: 'requires-approval' })).toEqual({
      state: 'needs-approval',
      message: 'macOS needs your approval to start MLE Path when you log in: open System Settings → General → Login Items and switch MLE Path on.',
    });
    expect(loginItemOutcome('darwin', true, { kind: 'electron', openAtLogin: false, status: 'not-found' })).toMatchObject({ state: 'failed' });
    expect(loginItemOutcome('darwin', true, { kind: 'electron', openAtLogin: true, status: 'enabled' })).toEqual({ state: 'on', message: null });
    expect(loginItemOutcome('darwin', false, { kind: 'electron', openAtLogin: false, status: 'not-registered' })).toEqual({ state: 'off', message: null });
  });

  it('Windows with the entry switched off in Startup apps, and a Linux entry that could not be written', () => {
    expect(loginItemOutcome('win32', true, { kind: 'electron', openAtLogin: true, executableWillLaunchAtLogin: false })).toMatchObject({ state: 'needs-approval' });
    expect(loginItemOutcome('win32', true, { kind: 'electron', openAtLogin: true, executableWillLaunchAtLogin: true })).toEqual({ state: 'on', message: null });
    expect(loginItemOutcome('linux', true, { kind: 'xdg', error: 'EACCES: permission denied' })).toEqual({
      state: 'failed',
      message: 'MLE Path could not set itself to start when you log in: EACCES: permission denied',
    });
    expect(loginItemOutcome('linux', true, { kind: 'xdg', error: null })).toEqual({ state: 'on', message: null });
  });

  it('reaches the status', () => {
    const { holder } = setup('darwin');
    holder.loginItemApplied('darwin', true, { kind: 'electron', openAtLogin: false, status: 'requires-approval' });
    expect(holder.snapshot().loginItem.state).toBe('needs-approval');
  });
});

describe('the saved file and the channels', () => {
  it('a damaged or foreign file gives the defaults', () => {
    expect(parseDesktopState(null)).toEqual(DEFAULT_DESKTOP_STATE);
    expect(parseDesktopState('{not json')).toEqual(DEFAULT_DESKTOP_STATE);
    expect(parseDesktopState(JSON.stringify({ ...DEFAULT_DESKTOP_STATE, extra: 1 }))).toEqual(DEFAULT_DESKTOP_STATE);
    expect(parseDesktopState(JSON.stringify({ ...DEFAULT_DESKTOP_STATE, noTrayNoticeDismissed: true }))).toEqual({ ...DEFAULT_DESKTOP_STATE, noTrayNoticeDismissed: true });
  });

  it('answer the status, dismiss the notice, send a test notification and quit after replying', async () => {
    const { holder } = setup('linux');
    const actions: string[] = [];
    const handlers = desktopChannels(holder, { quit: () => actions.push('quit'), testNotification: () => actions.push('test') });
    expect(await handlers['app:desktop-status']()).toEqual({ ok: true, value: holder.snapshot() });
    expect((await handlers['app:dismiss-notice']({ notice: 'no-tray' })).ok).toBe(true);
    expect(holder.snapshot().noTrayNotice).toBeNull();
    await handlers['app:test-notification']();
    expect(await handlers['app:quit']()).toEqual({ ok: true, value: null });
    expect(actions).toEqual(['test']);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(actions).toEqual(['test', 'quit']);
  });
});
