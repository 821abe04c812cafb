/**
 * The native side of the learner's theme (Settings → theme: system, light, dark): Electron's
 * `nativeTheme.themeSource`, which title bars, menus, dialogs and the page's
 * `prefers-color-scheme` follow, and the window's background colour, painted before the page
 * and while it resizes, so a dark window never flashes light. Pure: native-theme.ts applies it.
 */
import type { AppSettings } from '../../../shared/domain/records';

/** tokens.css `--color-bg`, light and dark (a unit test keeps them equal). */
export const WINDOW_BACKGROUND = { light: '#f5f6f8', dark: '#0f1216' } as const;

export interface NativeAppearance {
  themeSource: 'system' | 'light' | 'dark';
  backgroundColor: string;
}

/**
 * `theme` null: the settings have not been read yet, so the OS decides, as the page does.
 * `useDarkColors` is what nativeTheme reports under the new themeSource; it decides only for
 * 'system' (light and dark are the learner's word).
 */
export function nativeAppearance(theme: AppSettings['theme'] | null, useDarkColors: boolean): NativeAppearance {
  const themeSource = theme ?? 'system';
  const dark = themeSource === 'dark' || (themeSource === 'system' && useDarkColors);
  return { themeSource, backgroundColor: dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light };
}
