import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeAppearance, WINDOW_BACKGROUND } from '../../../../../electron/main/core/appearance';

describe('native appearance', () => {
  it('light and dark pin themeSource and the background whatever the OS does', () => {
    for (const osDark of [false, true]) {
      expect(nativeAppearance('light', osDark)).toEqual({ themeSource: 'light', backgroundColor: WINDOW_BACKGROUND.light });
      expect(nativeAppearance('dark', osDark)).toEqual({ themeSource: 'dark', backgroundColor: WINDOW_BACKGROUND.dark });
    }
  });

  it('system (and unknown settings) follow the OS', () => {
    expect(nativeAppearance('system', true)).toEqual({ themeSource: 'system', backgroundColor: WINDOW_BACKGROUND.dark });
    expect(nativeAppearance('system', false)).toEqual({ themeSource: 'system', backgroundColor: WINDOW_BACKGROUND.light });
    expect(nativeAppearance(null, true)).toEqual({ themeSource: 'system', backgroundColor: WINDOW_BACKGROUND.dark });
  });

  it("the window's background is the page's own --color-bg in both themes (no flash on open or resize)", () => {
    const tokens = readFileSync(path.resolve(import.meta.dirname, '../../../../../renderer/src/styles/tokens.css'), 'utf8');
    const match = /--color-bg:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(tokens);
    expect(match?.slice(1, 3)).toEqual([WINDOW_BACKGROUND.light, WINDOW_BACKGROUND.dark]);
  });
});
