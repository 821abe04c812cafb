/**
 * The Chromium the browser tests drive (find-browser.ts decides which), launched the way a
 * closed network needs: no browser downloads, and background networking off (the closed
 * network refuses it, noisily).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chooseBrowser, type BrowserChoice, type BrowserLaunch } from './find-browser';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function playwrightChromium(): string | null {
  try {
    return chromium.executablePath() || null;
  } catch {
    return null; // a Playwright build that cannot name its browser on this OS
  }
}

/** What this machine offers (see find-browser.ts for the order). */
export function systemBrowser(): BrowserChoice {
  return chooseBrowser({ platform: process.platform, env: process.env, exists: existsSync, playwrightChromium: playwrightChromium() });
}

/** Launch options for the browser found, or the clear message saying how to get one. */
export function browserLaunch(): BrowserLaunch {
  const choice = systemBrowser();
  if (!choice.ok) throw new Error(choice.message);
  return choice.launch;
}
