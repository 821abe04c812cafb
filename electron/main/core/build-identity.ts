/**
 * Who this copy of MLE Path is to the operating system. An installed release and a copy run
 * from source (`npm start`) must not share an identity: sharing the name and user-data folder
 * means they share the single-instance lock (starting one only focuses the other), the database,
 * the Windows Start-menu shortcut and AppUserModelID (notifications and their clicks go to the
 * other copy) and the login entry. So a build that is not packaged gets its own name, folder,
 * AppUserModelID and autostart file. Pure: index.ts applies it before anything reads them.
 */
import path from 'node:path';

/**
 * Windows shows notifications only for an app with an AppUserModelID; the release's must equal
 * electron-builder's appId (electron-builder.yml) and never change after release.
 */
export const RELEASE_APP_USER_MODEL_ID = 'io.github.mlepath.desktop';
export const RELEASE_NAME = 'MLE Path';

export interface BuildIdentity {
  kind: 'release' | 'development';
  /** app.setName: shown by the OS (notifications, the Windows shortcut) and names the user-data folder. */
  name: string;
  /** The folder under the OS's application-data folder that holds the database and settings. */
  userDataDirName: string;
  appUserModelId: string;
  /** The XDG autostart file on Linux. */
  autostartFileName: string;
}

export function buildIdentity(isPackaged: boolean): BuildIdentity {
  if (isPackaged) {
    return { kind: 'release', name: RELEASE_NAME, userDataDirName: RELEASE_NAME, appUserModelId: RELEASE_APP_USER_MODEL_ID, autostartFileName: 'mle-path.desktop' };
  }
  const name = `${RELEASE_NAME} (development)`;
  return {
    kind: 'development',
    name,
    userDataDirName: name,
    appUserModelId: `${RELEASE_APP_USER_MODEL_ID}.development`,
    autostartFileName: 'mle-path-development.desktop',
  };
}

/**
 * The user-data folder: a test's own folder when one is given (the Electron tier gives every run
 * a fresh one), else the identity's folder in the OS's application-data folder.
 */
export function userDataPath(identity: BuildIdentity, appDataDir: string, override: string | undefined): string {
  return override ? path.resolve(override) : path.join(appDataDir, identity.userDataDirName);
}
