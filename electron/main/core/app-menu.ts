/**
 * The application menu as data: what each platform's menu bar lists, built from Electron's
 * roles wherever a role exists (so Edit, Window and the macOS app menu behave as the OS expects)
 * and from the app's own commands otherwise. Pure: menus.ts turns it into Electron's Menu and
 * index.ts carries out the commands; the only `electron` import is its types.
 *
 * Labels come in as a parameter so a translation is a second MenuLabels; role items without a
 * label take Electron's own (the OS's on macOS).
 */
import type { MenuItemConstructorOptions } from 'electron';
import { NAVIGATION_TARGETS, type NavigationTarget } from '../../../shared/ipc/contract';

export type MenuRole = NonNullable<MenuItemConstructorOptions['role']>;

export type MenuCommand =
  | { kind: 'go'; screen: NavigationTarget }
  | { kind: 'export-backup' }
  | { kind: 'restore-backup' }
  | { kind: 'export-calendar' };

export type AppMenuItem =
  | { kind: 'role'; role: MenuRole; label?: string; accelerator?: string }
  | { kind: 'command'; command: MenuCommand; label: string; accelerator?: string }
  | { kind: 'separator' };

/** A top-level menu. `role` marks the macOS Window and Help menus (window list, help search). */
export interface AppMenuSection {
  id: 'app' | 'file' | 'edit' | 'view' | 'window' | 'help';
  label: string;
  role?: 'window' | 'help';
  items: AppMenuItem[];
}

export interface MenuLabels {
  appName: string;
  file: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  /** "About MLE Path" */
  about: string;
  settings: string;
  exportBackup: string;
  restoreBackup: string;
  exportCalendar: string;
  guide: string;
  hide: string;
  quit: string;
  screens: Record<NavigationTarget, string>;
}

export const ENGLISH_MENU_LABELS: MenuLabels = {
  appName: 'MLE Path',
  file: 'File',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
  help: 'Help',
  about: 'About MLE Path',
  settings: 'Settings…',
  exportBackup: 'Export Backup…',
  restoreBackup: 'Restore from Backup…',
  exportCalendar: 'Export Study Calendar (.ics)…',
  guide: 'MLE Path Guide',
  hide: 'Hide MLE Path',
  quit: 'Quit MLE Path',
  screens: {
    dashboard: 'Dashboard',
    today: 'Today',
    roadmap: 'Roadmap',
    timeline: 'Timeline',
    week: 'Week',
    review: 'Review',
    certifications: 'Certifications',
    quiz: 'Readiness Quiz',
    practice: 'Exam Practice',
    costs: 'Costs & Salary',
    projects: 'Projects',
    guide: 'Guide',
    history: 'History',
    whatif: 'What If…',
    profile: 'Profile',
    settings: 'Settings',
  },
};

/** The screens with a Cmd/Ctrl+number shortcut: the sidebar's first nine (1…9). */
export const NUMBERED_SCREENS: readonly NavigationTarget[] = NAVIGATION_TARGETS.slice(0, 9);
/** The other screens View lists, in the sidebar's order, without a shortcut (Settings is in the app or File menu). */
export const UNNUMBERED_SCREENS: readonly NavigationTarget[] = NAVIGATION_TARGETS.filter((s) => !NUMBERED_SCREENS.includes(s) && s !== 'settings');

export const SETTINGS_ACCELERATOR = 'CmdOrCtrl+,';

export interface AppMenuInput {
  platform: NodeJS.Platform;
  /** A packaged (release) build: no Reload and no DevTools. */
  isPackaged: boolean;
  labels: MenuLabels;
}

/** DevTools exist only in development; a release build has no way to open them. */
export function devToolsAllowed(isPackaged: boolean): boolean {
  return !isPackaged;
}

/**
 * Menu labels treat `&` as a mnemonic marker (Windows and Linux underline the next letter;
 * macOS removes it), so a literal ampersand ("Costs & Salary") is written `&&`.
 */
export function escapeMnemonic(label: string): string {
  return label.replace(/&/g, '&&');
}

const separator: AppMenuItem = { kind: 'separator' };
const role = (r: MenuRole, label?: string, accelerator?: string): AppMenuItem => ({
  kind: 'role',
  role: r,
  ...(label !== undefined ? { label: escapeMnemonic(label) } : {}),
  ...(accelerator ? { accelerator } : {}),
});
const command = (c: MenuCommand, label: string, accelerator?: string): AppMenuItem => ({
  kind: 'command',
  command: c,
  label: escapeMnemonic(label),
  ...(accelerator ? { accelerator } : {}),
});

export function buildAppMenu({ platform, isPackaged, labels }: AppMenuInput): AppMenuSection[] {
  const mac = platform === 'darwin';
  // Alt+letter opens a top-level menu on Windows and Linux.
  const top = (label: string) => (mac ? escapeMnemonic(label) : `&${escapeMnemonic(label)}`);
  const settings = command({ kind: 'go', screen: 'settings' }, labels.settings, SETTINGS_ACCELERATOR);

  const sections: AppMenuSection[] = [];
  if (mac) {
    sections.push({
      id: 'app',
      label: escapeMnemonic(labels.appName),
      items: [
        role('about', labels.about),
        separator,
        settings,
        separator,
        role('services'),
        separator,
        role('hide', labels.hide),
        role('hideOthers'),
        role('unhide'),
        separator,
        role('quit', labels.quit),
      ],
    });
  }

  sections.push({
    id: 'file',
    label: top(labels.file),
    items: [
      command({ kind: 'export-backup' }, labels.exportBackup),
      command({ kind: 'restore-backup' }, labels.restoreBackup),
      separator,
      command({ kind: 'export-calendar' }, labels.exportCalendar),
      separator,
      ...(mac ? [role('close')] : [settings, separator, role('quit')]),
    ],
  });

  sections.push({
    id: 'edit',
    label: top(labels.edit),
    items: [
      role('undo'),
      role('redo'),
      separator,
      role('cut'),
      role('copy'),
      role('paste'),
      ...(mac ? [role('pasteAndMatchStyle')] : []),
      role('delete'),
      separator,
      role('selectAll'),
    ],
  });

  const development = devToolsAllowed(isPackaged) ? [role('reload'), role('forceReload'), role('toggleDevTools'), separator] : [];
  sections.push({
    id: 'view',
    label: top(labels.view),
    items: [
      ...NUMBERED_SCREENS.map((screen, i) => command({ kind: 'go', screen }, labels.screens[screen], `CmdOrCtrl+${i + 1}`)),
      ...UNNUMBERED_SCREENS.map((screen) => command({ kind: 'go', screen }, labels.screens[screen])),
      separator,
      ...development,
      role('resetZoom'),
      role('zoomIn'),
      role('zoomOut'),
      separator,
      role('togglefullscreen'),
    ],
  });

  sections.push({
    id: 'window',
    label: top(labels.window),
    ...(mac ? { role: 'window' as const } : {}),
    items: mac ? [role('minimize'), role('zoom'), separator, role('front')] : [role('minimize'), role('close')],
  });

  sections.push({
    id: 'help',
    label: top(labels.help),
    ...(mac ? { role: 'help' as const } : {}),
    // On macOS "About" is in the app menu, where the OS puts it.
    items: [command({ kind: 'go', screen: 'guide' }, labels.guide), ...(mac ? [] : [separator, role('about', labels.about)])],
  });
  return sections;
}

/** What the About panel shows (macOS, Windows and Linux; Linux shows only what is set here). */
export function aboutPanelOptions(version: string) {
  return {
    applicationName: 'MLE Path',
    applicationVersion: version,
    credits: 'An offline study planner for becoming a machine-learning engineer. Your data stays on this computer.',
  };
}
