/**
 * Applies appearance.ts to Electron: nativeTheme.themeSource follows the learner's theme, and
 * the UI window's background follows it and, for "system", the OS switching light/dark.
 */
import { nativeTheme, type BrowserWindow } from 'electron';
import type { AppSettings } from '../../../shared/domain/records';
import { nativeAppearance } from '../core/appearance';

export interface NativeThemeDeps {
  window(): BrowserWindow | null;
  /** The learner's theme, or null before the settings have been read. */
  theme(): AppSettings['theme'] | null;
}

export function createNativeTheme(deps: NativeThemeDeps) {
  /** The background for a new window, under the current themeSource. */
  const backgroundColor = () => nativeAppearance(deps.theme(), nativeTheme.shouldUseDarkColors).backgroundColor;
  const paintWindow = () => {
    const win = deps.window();
    if (win && !win.isDestroyed()) win.setBackgroundColor(backgroundColor());
  };
  // The OS switched (or themeSource changed): only "system" follows it, but repainting is harmless.
  nativeTheme.on('updated', paintWindow);
  return {
    backgroundColor,
    /** Call when the theme setting may have changed. */
    apply(): void {
      // themeSource first: shouldUseDarkColors then answers for the new source.
      const { themeSource } = nativeAppearance(deps.theme(), nativeTheme.shouldUseDarkColors);
      if (nativeTheme.themeSource !== themeSource) nativeTheme.themeSource = themeSource;
      paintWindow();
    },
  };
}
