/** Applies the learner's theme: 'system' follows the OS; light/dark override it (tokens.css). */
import type { AppSettings } from '../../../shared/domain/records';

export function applyTheme(theme: AppSettings['theme']): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
}
