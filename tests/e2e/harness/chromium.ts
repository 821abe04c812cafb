/**
 * Debian's Chromium, launched the way this machine needs: no browser downloads are possible,
 * and background networking must be off (the closed network refuses it, noisily).
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(): string {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
  if (!found) {
    throw new Error('No Chromium found. Install Debian\'s package (apt-get install -y chromium) or set CHROMIUM_PATH.');
  }
  return found;
}
