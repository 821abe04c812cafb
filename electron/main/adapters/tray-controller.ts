/**
 * The tray while the app runs: its menu rebuilt from the store (tray-source.ts) on every plan or
 * settings change and every few minutes, and whether the desktop shows tray icons at all,
 * asked again on the same timer so an extension switched on later is used without a restart.
 */
import type { DisplayFormat } from '../../../shared/locale/display-format';
import type { DesktopStatusHolder } from '../core/desktop-status';
import { probeTrayHost } from '../core/tray-host';
import { buildTrayMenu, type TrayAction } from '../core/tray-menu';
import type { TraySource } from '../core/tray-source';
import { createAppTray, type AppTray } from './tray';

/** How often the tray's "Today's sessions" is refreshed besides plan and settings changes. */
const TRAY_REFRESH_MS = 5 * 60 * 1000;

export interface TrayController {
  refresh(): Promise<void>;
  /** Resolves once the desktop has been asked whether it shows tray icons. */
  probed: Promise<void>;
  destroy(): void;
}

export function startTray(platform: NodeJS.Platform, deps: { source: TraySource; desktop: DesktopStatusHolder; format: () => DisplayFormat; onAction(action: TrayAction): void }): TrayController {
  let tray: AppTray | null = null;
  try {
    tray = createAppTray(platform, deps.onAction);
  } catch (error) {
    console.warn(`tray: not available (${String(error)})`);
  }
  let generation = 0;
  async function refresh(): Promise<void> {
    if (!tray) return;
    const mine = ++generation;
    const input = await deps.source.menuInput();
    // A newer refresh started meanwhile: its answer is the fresher one.
    if (mine === generation) tray?.setMenu(buildTrayMenu(input, deps.format()), input.sessions?.length ?? null);
  }
  // A Tray object exists whether or not the desktop shows it: ask whether anything will.
  const probe = () =>
    tray
      ? probeTrayHost(platform, { currentDesktop: process.env['XDG_CURRENT_DESKTOP'], sessionType: process.env['XDG_SESSION_TYPE'] }).then((host) => deps.desktop.setTrayHost(host))
      : Promise.resolve(deps.desktop.setTrayHost('absent'));
  const probed = probe();
  void refresh();
  const timer = setInterval(() => {
    void refresh();
    void probe();
  }, TRAY_REFRESH_MS);
  return {
    refresh,
    probed,
    destroy() {
      clearInterval(timer);
      tray?.destroy();
      tray = null;
    },
  };
}
