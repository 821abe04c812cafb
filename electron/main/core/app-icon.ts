/**
 * Where the app icon file is for notifications. The packaged app ships only dist/ inside
 * app.asar, which Windows' notification service cannot read, so electron-builder.yml copies the
 * 256 px icon next to it (extraResources → resources/icons/notification.png). Run from source,
 * the repository's own copy is used. macOS always shows the app's own icon beside a
 * notification; an `icon` there would add a second, larger picture, so none is given.
 */
import path from 'node:path';

export const PACKAGED_NOTIFICATION_ICON = path.join('icons', 'notification.png');
export const SOURCE_NOTIFICATION_ICON = path.join('resources', 'icons', '256x256.png');

export interface IconPlaces {
  isPackaged: boolean;
  /** process.resourcesPath: the folder holding app.asar. */
  resourcesPath: string;
  /** app.getAppPath(): the repository when run from source. */
  appPath: string;
}

export function notificationIconPath(platform: NodeJS.Platform, places: IconPlaces): string | null {
  if (platform === 'darwin') return null;
  return places.isPackaged ? path.join(places.resourcesPath, PACKAGED_NOTIFICATION_ICON) : path.join(places.appPath, SOURCE_NOTIFICATION_ICON);
}
