import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TRAY_ICON_PNG_BASE64, TRAY_TEMPLATE_PNG_BASE64 } from '../../../../../electron/main/core/tray-icons';
import { trayIconSizes, trayIconVariant } from '../../../../../electron/main/core/tray-menu';

const ICONS = path.resolve(import.meta.dirname, '../../../../../resources/icons');

/** The RGBA pixels of an 8-bit RGBA, non-interlaced PNG (what Chromium's screenshots are). */
function rgbaPixels(png: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect([png[24], png[25], png[28]], 'bit depth 8, colour type RGBA, not interlaced').toEqual([8, 6, 0]);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * 4;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4]! : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, paeth()][filter ?? 0] ?? 0;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

describe('embedded tray icons', () => {
  it('are byte for byte resources/icons/<size>x<size>.png, for every size a platform asks for', () => {
    const sizes = new Set((['linux', 'darwin', 'win32'] as const).flatMap((p) => Object.values(trayIconSizes(p))));
    for (const size of sizes) {
      const embedded = TRAY_ICON_PNG_BASE64[size];
      expect(embedded, `${size}px`).toBeDefined();
      expect(Buffer.from(embedded ?? '', 'base64').equals(readFileSync(path.join(ICONS, `${size}x${size}.png`))), `${size}px`).toBe(true);
    }
  });

  it('macOS gets a template image: black with transparency only, at the menu bar\'s 16 pt and @2x', () => {
    expect(trayIconVariant('darwin')).toBe('template');
    expect(trayIconVariant('win32')).toBe('colour');
    expect(trayIconVariant('linux')).toBe('colour');
    const { base, hiDpi } = trayIconSizes('darwin');
    for (const [size, file] of [
      [base, 'trayTemplate.png'],
      [hiDpi, 'trayTemplate@2x.png'],
    ] as const) {
      const bytes = Buffer.from(TRAY_TEMPLATE_PNG_BASE64[size] ?? '', 'base64');
      expect(bytes.equals(readFileSync(path.join(ICONS, file))), file).toBe(true);
      const { width, height, pixels } = rgbaPixels(bytes);
      expect([width, height], file).toEqual([size, size]);
      let opaque = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i + 3] === 0) continue;
        opaque += 1;
        expect([pixels[i], pixels[i + 1], pixels[i + 2]], `${file} pixel ${i / 4}`).toEqual([0, 0, 0]);
      }
      // A glyph, not an empty or a filled square.
      expect(opaque / (size * size), file).toBeGreaterThan(0.08);
      expect(opaque / (size * size), file).toBeLessThan(0.6);
    }
  });

  it('the colour icon would not do as a template: it is not black', () => {
    const { pixels } = rgbaPixels(Buffer.from(TRAY_ICON_PNG_BASE64[16] ?? '', 'base64'));
    let coloured = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3]! > 0 && (pixels[i]! > 0 || pixels[i + 1]! > 0 || pixels[i + 2]! > 0)) coloured += 1;
    expect(coloured).toBeGreaterThan(0);
  });
});
