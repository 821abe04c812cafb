/**
 * Security decisions as pure functions (no `electron` import) so each rule is unit-tested.
 * index.ts and adapters/ apply them to Electron's events; tests/unit/electron/security-checklist.test.ts
 * checks every item of Electron's security checklist against them.
 */

/** Our two privileged origins: the UI window and the hidden store host. */
export const APP_SCHEME = 'app';
export const UI_ORIGIN = 'app://ui';
export const STORE_ORIGIN = 'app://store';

/**
 * Applied both as a response header by the protocol handler and as a meta tag in the pages,
 * so the harness (which serves the same HTML) runs under the same policy.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function parseUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length > 4096) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * `scheme://host[:port]`. Not `URL.origin`: Node (and so Electron's main process) reports the
 * origin of a custom scheme such as app:// as the string "null", which would make every
 * app:// URL look like the same origin.
 */
export function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

export interface IpcSender {
  /** URL of the frame that sent the message. */
  url: string;
  /** False for sub-frames: only our top-level page may talk to main. */
  isMainFrame: boolean;
}

/** A sender is trusted only when it is the main frame of a page on the expected origin. */
export function isTrustedSender(sender: IpcSender, expectedOrigin: string): boolean {
  if (!sender.isMainFrame) return false;
  const url = parseUrl(sender.url);
  return url !== null && url.host !== '' && originOf(url) === expectedOrigin;
}

/**
 * In-app navigation never happens: the UI is a single page. Any attempt (a dropped file, a
 * hostile link, a compromised script) is refused.
 */
export function isNavigationAllowed(targetUrl: string, currentUrl: string): boolean {
  const target = parseUrl(targetUrl);
  const current = parseUrl(currentUrl);
  if (!target || !current) return false;
  // Only a reload of the same document (hash changes do not emit will-navigate).
  return originOf(target) === originOf(current) && target.pathname === current.pathname && target.search === current.search;
}

/** The URL to hand to the OS browser, or null when the link must not leave the app. */
export function externalUrlToOpen(raw: unknown): string | null {
  const url = parseUrl(raw);
  if (!url || url.protocol !== 'https:' || url.username || url.password || !url.hostname) return null;
  return url.toString();
}

/** No web permission (camera, notifications from pages, geolocation, ...) is ever granted to a page. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}
