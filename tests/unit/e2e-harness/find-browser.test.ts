import { describe, expect, it } from 'vitest';
import { chooseBrowser, chromeLocations, type BrowserProbe } from '../../e2e/harness/find-browser';

const PW_CHROMIUM = '/home/me/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';
const MAC_CHROME = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
const WIN_ENV = { LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };

function probe(platform: NodeJS.Platform, files: readonly string[], extra: Partial<BrowserProbe> = {}): BrowserProbe {
  const present = new Set(files);
  return { platform, env: {}, exists: (f) => present.has(f), playwrightChromium: PW_CHROMIUM, ...extra };
}

describe('chooseBrowser', () => {
  it('uses CHROMIUM_PATH first when the file is there, on any OS', () => {
    const choice = chooseBrowser(probe('darwin', ['/opt/my/chrome', MAC_CHROME], { env: { CHROMIUM_PATH: '/opt/my/chrome' } }));
    expect(choice).toEqual({ ok: true, launch: { executablePath: '/opt/my/chrome' }, description: 'Chromium from CHROMIUM_PATH (/opt/my/chrome)' });
  });

  it('refuses a CHROMIUM_PATH that points at nothing instead of quietly testing another browser', () => {
    const choice = chooseBrowser(probe('linux', ['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/nope/chromium' } }));
    expect(choice.ok).toBe(false);
    if (!choice.ok) expect(choice.message).toContain('CHROMIUM_PATH is set to "/nope/chromium", but there is no file there.');
  });

  it('treats an empty CHROMIUM_PATH as unset', () => {
    expect(chooseBrowser(probe('linux', ['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '' } }))).toMatchObject({ ok: true, launch: { executablePath: '/usr/bin/chromium' } });
  });

  it("on Linux prefers Debian's package, then Ubuntu's older name, then Chrome, then Playwright's Chromium", () => {
    const all = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/opt/google/chrome/chrome', PW_CHROMIUM];
    expect(chooseBrowser(probe('linux', all))).toMatchObject({ ok: true, launch: { executablePath: '/usr/bin/chromium' } });
    expect(chooseBrowser(probe('linux', all.slice(1)))).toMatchObject({ ok: true, launch: { executablePath: '/usr/bin/chromium-browser' } });
    expect(chooseBrowser(probe('linux', all.slice(2)))).toMatchObject({ ok: true, launch: { channel: 'chrome' } });
    expect(chooseBrowser(probe('linux', all.slice(3)))).toMatchObject({ ok: true, launch: { executablePath: PW_CHROMIUM } });
  });

  it('on macOS finds Google Chrome in /Applications through the chrome channel', () => {
    const choice = chooseBrowser(probe('darwin', [MAC_CHROME, PW_CHROMIUM]));
    expect(choice).toEqual({ ok: true, launch: { channel: 'chrome' }, description: `Google Chrome (${MAC_CHROME}, Playwright's chrome channel)` });
  });

  it('never looks for Linux package paths on macOS or Windows', () => {
    const choice = chooseBrowser(probe('darwin', ['/usr/bin/chromium'], { playwrightChromium: null }));
    expect(choice.ok).toBe(false);
  });

  it('on Windows finds Chrome under LocalAppData or either Program Files', () => {
    for (const root of Object.values(WIN_ENV)) {
      const exe = `${root}\\Google\\Chrome\\Application\\chrome.exe`;
      expect(chooseBrowser(probe('win32', [exe], { env: WIN_ENV }))).toMatchObject({ ok: true, launch: { channel: 'chrome' } });
    }
  });

  it("falls back to Playwright's own Chromium where it was installed", () => {
    const exe = 'C:\\Users\\me\\AppData\\Local\\ms-playwright\\chromium-1200\\chrome-win\\chrome.exe';
    expect(chooseBrowser(probe('win32', [exe], { env: WIN_ENV, playwrightChromium: exe }))).toEqual({
      ok: true,
      launch: { executablePath: exe },
      description: `Playwright's Chromium (${exe})`,
    });
  });

  it('with nothing installed, says what it looked for and how to get a browser', () => {
    const choice = chooseBrowser(probe('win32', [], { env: WIN_ENV }));
    expect(choice.ok).toBe(false);
    if (choice.ok) return;
    expect(choice.message).toContain('none was found');
    expect(choice.message).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(choice.message).toContain(PW_CHROMIUM);
    expect(choice.message).toContain('set CHROMIUM_PATH');
    expect(choice.message).toContain('npx playwright install chromium');
    expect(choice.message).not.toContain('apt-get'); // Debian advice only on Linux
    const linux = chooseBrowser(probe('linux', []));
    expect(!linux.ok && linux.message).toContain('sudo apt-get install -y chromium');
    expect(!linux.ok && linux.message).toContain('/usr/bin/chromium-browser');
  });
});

describe('chromeLocations', () => {
  it("matches Playwright's chrome channel on each OS and skips unset Windows roots", () => {
    expect(chromeLocations('linux', {})).toEqual(['/opt/google/chrome/chrome']);
    expect(chromeLocations('darwin', {})).toEqual([MAC_CHROME]);
    expect(chromeLocations('win32', { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: '' })).toEqual(['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe']);
    expect(chromeLocations('freebsd', {})).toEqual([]);
  });
});
