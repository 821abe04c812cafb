/**
 * Carries out login-item.ts's plan: Electron's API on macOS and Windows, an XDG autostart file
 * on Linux. What the system answered goes to Settings in plain words (platform-messages.ts):
 * macOS may want the learner's approval, or refuse an unsigned copy, without raising an error.
 */
import os from 'node:os';
import { app } from 'electron';
import type { BuildIdentity } from '../core/build-identity';
import type { DesktopStatusHolder } from '../core/desktop-status';
import { loginItemPlan } from '../core/login-item';
import { applyXdgPlan } from '../core/login-item-files';

/** Applies the setting when it differs from what was last applied (and once at start). */
export function createLaunchAtLogin(platform: NodeJS.Platform, identity: BuildIdentity, desktop: DesktopStatusHolder): (enabled: boolean) => void {
  let applied: boolean | null = null;

  async function apply(enabled: boolean): Promise<void> {
    applied = enabled;
    const plan = loginItemPlan(platform, enabled, {
      execPath: process.execPath,
      appName: identity.name,
      autostartFileName: identity.autostartFileName,
      // Unpackaged (npm start), the Electron binary needs the app folder to know what to run.
      args: app.isPackaged ? [] : [app.getAppPath()],
      env: process.env,
      homeDir: os.homedir(),
    });
    if (plan.kind === 'electron-api') {
      app.setLoginItemSettings({ openAtLogin: plan.openAtLogin, args: plan.args });
      const readBack = app.getLoginItemSettings({ args: plan.args });
      desktop.loginItemApplied(platform, enabled, {
        kind: 'electron',
        openAtLogin: readBack.openAtLogin,
        status: platform === 'darwin' ? readBack.status : undefined,
        executableWillLaunchAtLogin: platform === 'win32' ? readBack.executableWillLaunchAtLogin : undefined,
      });
    } else if (plan.kind === 'xdg') {
      const result = await applyXdgPlan(plan);
      desktop.loginItemApplied(platform, enabled, { kind: 'xdg', error: result.ok ? null : result.error.message });
    } else {
      desktop.loginItemApplied(platform, enabled, { kind: 'unsupported', reason: plan.reason });
    }
  }

  return (enabled) => {
    if (enabled !== applied) void apply(enabled);
  };
}
