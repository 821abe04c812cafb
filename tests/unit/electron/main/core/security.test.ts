import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  externalUrlToOpen,
  isNavigationAllowed,
  isPermissionGranted,
  isTrustedSender,
  UI_ORIGIN,
} from '../../../../../electron/main/core/security';

describe('isTrustedSender', () => {
  it('trusts only the main frame of our UI origin', () => {
    expect(isTrustedSender({ url: 'app://ui/index.html', isMainFrame: true }, UI_ORIGIN)).toBe(true);
    expect(isTrustedSender({ url: 'app://ui/index.html', isMainFrame: false }, UI_ORIGIN)).toBe(false);
    expect(isTrustedSender({ url: 'app://store/index.html', isMainFrame: true }, UI_ORIGIN)).toBe(false);
    expect(isTrustedSender({ url: 'https://ui/index.html', isMainFrame: true }, UI_ORIGIN)).toBe(false);
    expect(isTrustedSender({ url: 'file:///app/index.html', isMainFrame: true }, UI_ORIGIN)).toBe(false);
    expect(isTrustedSender({ url: 'not a url', isMainFrame: true }, UI_ORIGIN)).toBe(false);
    expect(isTrustedSender({ url: '', isMainFrame: true }, UI_ORIGIN)).toBe(false);
  });
});

describe('isNavigationAllowed', () => {
  it('allows only a reload of the current page', () => {
    expect(isNavigationAllowed('app://ui/index.html', 'app://ui/index.html')).toBe(true);
    expect(isNavigationAllowed('app://ui/other.html', 'app://ui/index.html')).toBe(false);
    expect(isNavigationAllowed('app://store/index.html', 'app://ui/index.html')).toBe(false);
    expect(isNavigationAllowed('https://example.com/', 'app://ui/index.html')).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd', 'app://ui/index.html')).toBe(false);
    expect(isNavigationAllowed('javascript:alert(1)', 'app://ui/index.html')).toBe(false);
  });
});

describe('externalUrlToOpen', () => {
  it('passes plain https links to the OS browser', () => {
    expect(externalUrlToOpen('https://aws.amazon.com/certification/')).toBe('https://aws.amazon.com/certification/');
  });
  it.each(['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@example.com', 'nonsense', 42, null])(
    'refuses %s',
    (url) => {
      expect(externalUrlToOpen(url)).toBeNull();
    },
  );
});

describe('permissions and CSP', () => {
  it('grants no permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(isPermissionGranted(p)).toBe(false);
    }
  });
  it('allows scripts only from the app itself and no network', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });
});
