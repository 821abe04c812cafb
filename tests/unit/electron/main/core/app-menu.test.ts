import { describe, expect, it } from 'vitest';
import {
  aboutPanelOptions,
  buildAppMenu,
  devToolsAllowed,
  ENGLISH_MENU_LABELS,
  escapeMnemonic,
  NUMBERED_SCREENS,
  type AppMenuItem,
  type AppMenuSection,
  type MenuLabels,
} from '../../../../../electron/main/core/app-menu';
import { NAVIGATION_TARGETS } from '../../../../../shared/ipc/contract';

const menu = (platform: NodeJS.Platform, isPackaged = true, labels: MenuLabels = ENGLISH_MENU_LABELS) => buildAppMenu({ platform, isPackaged, labels });
const section = (sections: AppMenuSection[], id: AppMenuSection['id']) => {
  const found = sections.find((s) => s.id === id);
  if (!found) throw new Error(`no ${id} menu`);
  return found;
};
const all = (sections: AppMenuSection[]): AppMenuItem[] => sections.flatMap((s) => s.items);
const roles = (items: AppMenuItem[]) => items.flatMap((i) => (i.kind === 'role' ? [i.role] : []));
const byLabel = (items: AppMenuItem[], label: string) => items.find((i) => i.kind !== 'separator' && i.label === label);

describe('application menu', () => {
  it('macOS: app menu, File, Edit, View, Window, Help; Window and Help carry their roles', () => {
    const sections = menu('darwin');
    expect(sections.map((s) => [s.id, s.label, s.role])).toEqual([
      ['app', 'MLE Path', undefined],
      ['file', 'File', undefined],
      ['edit', 'Edit', undefined],
      ['view', 'View', undefined],
      ['window', 'Window', 'window'],
      ['help', 'Help', 'help'],
    ]);
    expect(roles(section(sections, 'app').items)).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(roles(section(sections, 'window').items)).toEqual(['minimize', 'zoom', 'front']);
  });

  it('Windows and Linux: no app menu, Alt mnemonics on the top-level menus, About in Help', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const sections = menu(platform);
      expect(sections.map((s) => s.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
      expect(sections.some((s) => s.role)).toBe(false);
      expect(section(sections, 'help').items.at(-1)).toEqual({ kind: 'role', role: 'about', label: 'About MLE Path' });
      expect(roles(section(sections, 'file').items)).toEqual(['quit']);
      expect(roles(section(sections, 'window').items)).toEqual(['minimize', 'close']);
    }
  });

  it('About MLE Path and Settings… (Cmd/Ctrl+,) exist exactly once on every platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const items = all(menu(platform));
      expect(items.filter((i) => i.kind === 'role' && i.role === 'about'), platform).toHaveLength(1);
      const settings = items.filter((i) => i.kind === 'command' && i.command.kind === 'go' && i.command.screen === 'settings');
      expect(settings, platform).toEqual([{ kind: 'command', command: { kind: 'go', screen: 'settings' }, label: 'Settings…', accelerator: 'CmdOrCtrl+,' }]);
    }
    // macOS keeps Settings in the app menu, the others in File.
    expect(byLabel(section(menu('darwin'), 'app').items, 'Settings…')).toBeDefined();
    expect(byLabel(section(menu('win32'), 'file').items, 'Settings…')).toBeDefined();
  });

  it('View opens the first nine sidebar screens with Cmd/Ctrl+1…9, then Costs, Projects, Guide, History, What If… and Profile', () => {
    const view = section(menu('linux'), 'view').items.filter((i) => i.kind === 'command');
    expect(view.map((i) => [i.kind === 'command' && i.command.kind === 'go' ? i.command.screen : null, i.accelerator])).toEqual([
      ['dashboard', 'CmdOrCtrl+1'],
      ['today', 'CmdOrCtrl+2'],
      ['roadmap', 'CmdOrCtrl+3'],
      ['timeline', 'CmdOrCtrl+4'],
      ['week', 'CmdOrCtrl+5'],
      ['review', 'CmdOrCtrl+6'],
      ['certifications', 'CmdOrCtrl+7'],
      ['quiz', 'CmdOrCtrl+8'],
      ['practice', 'CmdOrCtrl+9'],
      ['costs', undefined],
      ['projects', undefined],
      ['guide', undefined],
      ['history', undefined],
      ['whatif', undefined],
      ['profile', undefined],
    ]);
    // Every screen the navigation contract knows is reachable from the menu.
    const screens = new Set(all(menu('linux')).flatMap((i) => (i.kind === 'command' && i.command.kind === 'go' ? [i.command.screen] : [])));
    expect([...screens].sort()).toEqual([...NAVIGATION_TARGETS].sort());
    expect(NUMBERED_SCREENS).toEqual(NAVIGATION_TARGETS.slice(0, 9));
  });

  it('no two items share an accelerator', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const accelerators = all(menu(platform, false)).flatMap((i) => (i.kind !== 'separator' && i.accelerator ? [i.accelerator] : []));
      expect(new Set(accelerators).size, platform).toBe(accelerators.length);
    }
  });

  it('File offers export, restore and the calendar file through the existing services', () => {
    const commands = section(menu('darwin'), 'file').items.flatMap((i) => (i.kind === 'command' ? [[i.command.kind, i.label]] : []));
    expect(commands).toEqual([
      ['export-backup', 'Export Backup…'],
      ['restore-backup', 'Restore from Backup…'],
      ['export-calendar', 'Export Study Calendar (.ics)…'],
    ]);
  });

  it('Reload and DevTools only in development; a packaged build has neither', () => {
    const development = roles(section(menu('win32', false), 'view').items);
    expect(development).toEqual(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const packaged = roles(all(menu(platform, true)));
      expect(packaged, platform).not.toContain('toggleDevTools');
      expect(packaged, platform).not.toContain('reload');
      expect(packaged, platform).not.toContain('forceReload');
    }
    expect(devToolsAllowed(true)).toBe(false);
    expect(devToolsAllowed(false)).toBe(true);
  });

  it('Edit is built from the standard roles; Paste and Match Style only on macOS', () => {
    expect(roles(section(menu('darwin'), 'edit').items)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll']);
    expect(roles(section(menu('linux'), 'edit').items)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
  });

  it('separators never start or end a menu, or come twice in a row', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      for (const packaged of [true, false]) {
        for (const s of menu(platform, packaged)) {
          const kinds = s.items.map((i) => i.kind);
          expect(kinds[0], `${platform} ${s.id}`).not.toBe('separator');
          expect(kinds.at(-1), `${platform} ${s.id}`).not.toBe('separator');
          expect(kinds.join(' '), `${platform} ${s.id}`).not.toContain('separator separator');
        }
      }
    }
  });

  it('a literal & in a label is escaped, so "Costs & Salary" does not become a mnemonic', () => {
    expect(escapeMnemonic('Costs & Salary')).toBe('Costs && Salary');
    expect(byLabel(section(menu('win32'), 'view').items, 'Costs && Salary')).toBeDefined();
  });

  it('takes its words from the labels it is given (a translation is another MenuLabels)', () => {
    const german: MenuLabels = {
      ...ENGLISH_MENU_LABELS,
      file: 'Ablage',
      settings: 'Einstellungen…',
      screens: { ...ENGLISH_MENU_LABELS.screens, dashboard: 'Übersicht' },
    };
    const sections = menu('darwin', true, german);
    expect(section(sections, 'file').label).toBe('Ablage');
    expect(byLabel(section(sections, 'app').items, 'Einstellungen…')).toBeDefined();
    expect(byLabel(section(sections, 'view').items, 'Übersicht')).toMatchObject({ accelerator: 'CmdOrCtrl+1' });
  });

  it('the About panel names the app and its version', () => {
    expect(aboutPanelOptions('1.2.3')).toMatchObject({ applicationName: 'MLE Path', applicationVersion: '1.2.3' });
  });
});
