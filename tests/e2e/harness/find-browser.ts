/**
 * Which Chromium the browser tests drive, on any OS, as a pure decision over what is on disk
 * (unit-tested; chromium.ts probes the real machine). Nothing is ever downloaded.
 *
 * In order:
 *  1. CHROMIUM_PATH, when set. Set but wrong is an error, not a silent fall-through: the
 *     learner asked for that browser and would otherwise test another one without knowing.
 *  2. Debian's and Ubuntu's Chromium packages (what CI installs).
 *  3. An installed Google Chrome, launched through Playwright's `chrome` channel, at the places
 *     Playwright's channel looks (its registry: /opt/google/chrome on Linux, /Applications on
 *     macOS, the three Program Files / LocalAppData roots on Windows).
 *  4. Playwright's own Chromium, where `npx playwright install chromium` put it.
 */
import path from 'node:path';

export interface BrowserProbe {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  exists(file: string): boolean;
  /** Where Playwright keeps its own Chromium (installed or not), or null if it cannot say. */
  playwrightChromium: string | null;
}

export type BrowserLaunch = { executablePath: string } | { channel: 'chrome' };

export type BrowserChoice = { ok: true; launch: BrowserLaunch; description: string } | { ok: false; message: string };

export const LINUX_PACKAGE_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'] as const;

/** Where Playwright's `chrome` channel finds Google Chrome on each OS (Chrome stable). */
export function chromeLocations(platform: NodeJS.Platform, env: BrowserProbe['env']): string[] {
  if (platform === 'linux') return ['/opt/google/chrome/chrome'];
  if (platform === 'darwin') return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  if (platform === 'win32') {
    const roots = [env['LOCALAPPDATA'], env['PROGRAMFILES'], env['PROGRAMFILES(X86)']].filter((r): r is string => typeof r === 'string' && r !== '');
    return roots.map((root) => path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return [];
}

function howToGetOne(platform: NodeJS.Platform): string {
  const options = [
    'set CHROMIUM_PATH to a Chromium or Google Chrome executable',
    ...(platform === 'linux' ? ['on Debian or Ubuntu: sudo apt-get install -y chromium'] : []),
    'install Google Chrome',
    "or install Playwright's Chromium once: npx playwright install chromium",
  ];
  return options.map((o) => `  - ${o}`).join('\n');
}

export function chooseBrowser(probe: BrowserProbe): BrowserChoice {
  const fromEnv = probe.env['CHROMIUM_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (probe.exists(fromEnv)) return { ok: true, launch: { executablePath: fromEnv }, description: `Chromium from CHROMIUM_PATH (${fromEnv})` };
    return { ok: false, message: `CHROMIUM_PATH is set to "${fromEnv}", but there is no file there. Point it at a Chromium or Google Chrome executable, or unset it to let the tests look for one.` };
  }
  const tried: string[] = [];
  if (probe.platform === 'linux') {
    for (const candidate of LINUX_PACKAGE_PATHS) {
      if (probe.exists(candidate)) return { ok: true, launch: { executablePath: candidate }, description: `the chromium package (${candidate})` };
      tried.push(candidate);
    }
  }
  for (const candidate of chromeLocations(probe.platform, probe.env)) {
    if (probe.exists(candidate)) return { ok: true, launch: { channel: 'chrome' }, description: `Google Chrome (${candidate}, Playwright's chrome channel)` };
    tried.push(candidate);
  }
  if (probe.playwrightChromium) {
    if (probe.exists(probe.playwrightChromium)) {
      return { ok: true, launch: { executablePath: probe.playwrightChromium }, description: `Playwright's Chromium (${probe.playwrightChromium})` };
    }
    tried.push(probe.playwrightChromium);
  }
  return {
    ok: false,
    message: [
      'The browser tests need Chromium or Google Chrome, and none was found. Looked for:',
      ...tried.map((t) => `  - ${t}`),
      'To fix it, one of:',
      howToGetOne(probe.platform),
      'Nothing is downloaded by the tests themselves.',
    ].join('\n'),
  };
}
