/**
 * What the learner reads when the operating system gets in the way: where closing the window
 * leaves MLE Path, why notifications do not arrive and how to turn them on, and what became of
 * "Start MLE Path when I log in". Pure wording and decisions; desktop-status.ts holds the state
 * and index.ts feeds it what Electron reports.
 */
import type { DesktopStatus } from '../../../shared/ipc/contract';
import type { CloseBehaviour } from './tray-menu';
import type { TrayHost } from './tray-host';

const GNOME_TRAY_HINT = 'On GNOME, the AppIndicator and KStatusNotifierItem Support extension adds a tray; MLE Path uses it from its next start.';

export function closeExplanation(behaviour: CloseBehaviour, platform: NodeJS.Platform, host: TrayHost): string {
  if (behaviour === 'hide-to-tray') {
    return platform === 'darwin'
      ? 'Closing the window keeps MLE Path running in the menu bar and the Dock, so your reminders keep coming. Quit it with ⌘Q or Quit MLE Path at the bottom of the sidebar.'
      : "Closing the window keeps MLE Path running in the tray, so your reminders keep coming. Open it again from the tray icon; quit it from the icon's menu or with Quit MLE Path at the bottom of the sidebar.";
  }
  if (behaviour === 'minimize') {
    const why = host === 'absent' ? 'Your desktop shows no tray icons' : 'MLE Path could not find a tray on this desktop';
    return `${why}, so closing the window minimises MLE Path instead of hiding it: it stays in the taskbar and your reminders keep coming. ${GNOME_TRAY_HINT}`;
  }
  return platform === 'darwin'
    ? 'Closing the window leaves MLE Path in the Dock; your reminders keep coming until you quit it.'
    : 'Closing the window quits MLE Path; reminders stop until you open it again.';
}

/** The one-time explanation shown in the window when closing it cannot hide it to a tray. */
export function noTrayNotice(behaviour: CloseBehaviour, host: TrayHost, dismissed: boolean): string | null {
  if (behaviour !== 'minimize' || dismissed) return null;
  const why = host === 'absent' ? 'This desktop has no tray' : 'MLE Path could not find a tray on this desktop';
  return `${why}, so closing this window minimises MLE Path instead of hiding it: the window stays in the taskbar and your reminders keep coming. To stop MLE Path, use Quit MLE Path at the bottom of the sidebar.`;
}

/** How to let MLE Path's notifications through, per system. */
export function notificationHelp(platform: NodeJS.Platform): string {
  if (platform === 'darwin') {
    return 'Open System Settings → Notifications → MLE Path and turn on Allow notifications. macOS shows notifications only from a signed copy of MLE Path: one you built yourself without signing cannot show them (install the signed release).';
  }
  if (platform === 'win32') {
    return 'Open Settings → System → Notifications, turn notifications on and switch MLE Path on in the list; check that Do not disturb is off.';
  }
  return 'Your desktop needs a notification service: GNOME, KDE Plasma, Xfce and Cinnamon have one; on a plain window manager install one such as dunst or mako, then restart MLE Path.';
}

export type NotificationRefusal = 'blocked' | 'unavailable';

/** Why reminders cannot reach the learner, and how to turn notifications on. */
export function notificationProblem(platform: NodeJS.Platform, refusal: NotificationRefusal, detail: string | null): string {
  // Settings heads this with "Notifications are blocked or unavailable on this computer — how to turn them on".
  const lead = 'Your study reminders cannot reach you.';
  const said = detail ? ` (The system said: ${detail.replace(/\s+/g, ' ').trim().slice(0, 300)})` : '';
  return `${lead} ${notificationHelp(platform)}${refusal === 'blocked' ? said : ''}`;
}

/** What the operating system answered after "Start MLE Path when I log in" was applied. */
export type LoginItemReadBack =
  | {
      kind: 'electron';
      openAtLogin: boolean;
      /** macOS 13+: SMAppService's answer. */
      status?: 'not-registered' | 'enabled' | 'requires-approval' | 'not-found' | undefined;
      /** Windows: false when the entry exists but is switched off in the Startup apps list. */
      executableWillLaunchAtLogin?: boolean | undefined;
    }
  | { kind: 'xdg'; error: string | null }
  | { kind: 'unsupported'; reason: string };

export function loginItemOutcome(platform: NodeJS.Platform, requested: boolean, readBack: LoginItemReadBack): DesktopStatus['loginItem'] {
  if (readBack.kind === 'unsupported') return requested ? { state: 'failed', message: readBack.reason } : { state: 'off', message: null };
  if (readBack.kind === 'xdg') {
    if (readBack.error === null) return requested ? { state: 'on', message: null } : { state: 'off', message: null };
    return { state: 'failed', message: `MLE Path could not ${requested ? 'set itself to start' : 'stop starting'} when you log in: ${readBack.error}` };
  }
  if (!requested) {
    return readBack.openAtLogin
      ? { state: 'failed', message: 'MLE Path could not remove itself from the apps that start when you log in; remove it in your system settings.' }
      : { state: 'off', message: null };
  }
  if (platform === 'darwin') {
    if (readBack.status === 'requires-approval') {
      return {
        state: 'needs-approval',
        message: 'macOS needs your approval to start MLE Path when you log in: open System Settings → General → Login Items and switch MLE Path on.',
      };
    }
    if (readBack.status === 'not-found') {
      return {
        state: 'failed',
        message:
          'macOS could not find MLE Path to start it when you log in. This happens with a copy that is not signed or not in the Applications folder: move the signed MLE Path into Applications and turn this on again.',
      };
    }
    if (readBack.status === 'enabled' || (readBack.status === undefined && readBack.openAtLogin)) return { state: 'on', message: null };
    return { state: 'failed', message: 'macOS did not add MLE Path to the apps that start when you log in. Add it yourself in System Settings → General → Login Items.' };
  }
  if (!readBack.openAtLogin) {
    return { state: 'failed', message: 'The system did not keep MLE Path among the apps that start when you log in. Add it yourself in your system settings.' };
  }
  if (platform === 'win32' && readBack.executableWillLaunchAtLogin === false) {
    return { state: 'needs-approval', message: "Windows has MLE Path's start-up entry switched off: open Settings → Apps → Startup and switch MLE Path on." };
  }
  return { state: 'on', message: null };
}
