/**
 * Applies the pure policies in security.ts to every web contents and the default session:
 * no navigation, no new windows (https links go to the OS browser), no webviews, no
 * permissions.
 */
import { app, session, shell } from 'electron';
import { externalUrlToOpen, isNavigationAllowed, isPermissionGranted } from '../core/security';

export function hardenApp(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => {
    callback(isPermissionGranted(permission));
  });
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => isPermissionGranted(permission));

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isNavigationAllowed(url, contents.getURL())) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isNavigationAllowed(url, contents.getURL())) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const external = externalUrlToOpen(url);
      if (external) void shell.openExternal(external);
      return { action: 'deny' };
    });
  });
}
