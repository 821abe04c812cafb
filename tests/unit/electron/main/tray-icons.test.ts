import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRAY_ICON_PNG_BASE64 } from '../../../../electron/main/tray-icons';
import { trayIconSizes } from '../../../../electron/main/tray-menu';

const ICONS = path.resolve(import.meta.dirname, '../../../../resources/icons');

describe('embedded tray icons', () => {
  it('are byte for byte resources/icons/<size>x<size>.png, for every size a platform asks for', () => {
    const sizes = new Set((['linux', 'darwin', 'win32'] as const).flatMap((p) => Object.values(trayIconSizes(p))));
    for (const size of sizes) {
      const embedded = TRAY_ICON_PNG_BASE64[size];
      expect(embedded, `${size}px`).toBeDefined();
      expect(Buffer.from(embedded ?? '', 'base64').equals(readFileSync(path.join(ICONS, `${size}x${size}.png`))), `${size}px`).toBe(true);
    }
  });
});
