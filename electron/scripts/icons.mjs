// Renders resources/icons/icon.svg to the PNG sizes the installers need, and trayTemplate.svg to
// the macOS menu-bar template (16 px and @2x) (Debian Chromium). Run after changing an SVG:
// node electron/scripts/icons.mjs, then update electron/main/core/tray-icons.ts (its test compares).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const svg = readFileSync(new URL('../../resources/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: new URL(`../../resources/icons/${size}x${size}.png`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
const template = readFileSync(new URL('../../resources/icons/trayTemplate.svg', import.meta.url), 'utf8');
for (const [size, name] of [[16, 'trayTemplate.png'], [32, 'trayTemplate@2x.png']]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${template.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: new URL(`../../resources/icons/${name}`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
await import('node:fs').then((fs) => fs.copyFileSync(new URL('../../resources/icons/512x512.png', import.meta.url), new URL('../../resources/icons/icon.png', import.meta.url)));
