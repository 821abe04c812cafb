/**
 * The Electron side of the menus: app-menu.ts's model becomes the application menu, and
 * context-menu.ts's model pops up on a right-click in the UI window. No decisions here.
 */
import { Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';
import type { AppMenuItem, AppMenuSection, MenuCommand } from '../core/app-menu';
import { buildContextMenu, type ContextMenuItem } from '../core/context-menu';

function appMenuItem(item: AppMenuItem, onCommand: (command: MenuCommand) => void): MenuItemConstructorOptions {
  if (item.kind === 'separator') return { type: 'separator' };
  const accelerator = item.accelerator ? { accelerator: item.accelerator } : {};
  if (item.kind === 'role') return { role: item.role, ...(item.label !== undefined ? { label: item.label } : {}), ...accelerator };
  return { label: item.label, ...accelerator, click: () => onCommand(item.command) };
}

export function installAppMenu(sections: readonly AppMenuSection[], onCommand: (command: MenuCommand) => void): void {
  const template: MenuItemConstructorOptions[] = sections.map((section) => ({
    label: section.label,
    ...(section.role ? { role: section.role } : {}),
    submenu: section.items.map((item) => appMenuItem(item, onCommand)),
  }));
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function contextMenuItem(item: ContextMenuItem, contents: WebContents): MenuItemConstructorOptions {
  switch (item.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'label':
      return { label: item.label, enabled: false };
    case 'role':
      return { role: item.role, label: item.label, enabled: item.enabled };
    case 'replace':
      return { label: item.label, click: () => contents.replaceMisspelling(item.word) };
    case 'learn':
      return {
        label: item.label,
        click: () => {
          contents.session.addWordToSpellCheckerDictionary(item.word);
        },
      };
  }
}

/** Right-click on an editable field or a selection in `contents` shows the edit menu. */
export function attachContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const items = buildContextMenu(params);
    if (items.length === 0) return;
    Menu.buildFromTemplate(items.map((item) => contextMenuItem(item, contents))).popup();
  });
}
