/**
 * The privileged `app://` scheme. Pages load from `app://ui` and `app://store` rather than
 * file://, so the IndexedDB origin is the same in every version and install location.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { resolveAppFile, type AppRoots } from '../core/app-files';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from '../core/security';

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppScheme(roots: AppRoots): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveAppFile(request.url, roots);
    if (!target) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(target.file);
      return new Response(body, {
        headers: {
          'content-type': target.mime,
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
