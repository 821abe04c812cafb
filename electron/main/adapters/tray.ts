/**
 * The Electron side of the tray: turns tray-menu.ts's model into a Tray and its Menu. No
 * decisions here; index.ts says what each action does.
 */
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';
import { TRAY_ICON_PNG_BASE64, TRAY_TEMPLATE_PNG_BASE64 } from '../core/tray-icons';
import { trayIconSizes, trayIconVariant, trayTooltip, type TrayAction, type TrayMenuItem } from '../core/tray-menu';

export interface AppTray {
  setMenu(items: readonly TrayMenuItem[], sessionsToday: number | null): void;
  destroy(): void;
}

function trayImage(platform: NodeJS.Platform) {
  const { base, hiDpi } = trayIconSizes(platform);
  const template = trayIconVariant(platform) === 'template';
  const pngs = template ? TRAY_TEMPLATE_PNG_BASE64 : TRAY_ICON_PNG_BASE64;
  const image = nativeImage.createFromBuffer(Buffer.from(pngs[base] ?? '', 'base64'), { scaleFactor: 1 });
  const large = pngs[hiDpi];
  if (large) image.addRepresentation({ scaleFactor: 2, buffer: Buffer.from(large, 'base64') });
  if (template) image.setTemplateImage(true);
  return image;
}

export function createAppTray(platform: NodeJS.Platform, onAction: (action: TrayAction) => void): AppTray {
  const tray = new Tray(trayImage(platform));
  tray.setToolTip('MLE Path');
  // Windows and most Linux panels: a click on the icon opens the app; the menu is on right-click.
  if (platform !== 'darwin') tray.on('click', () => onAction('open'));

  return {
    setMenu(items, sessionsToday) {
      const template: MenuItemConstructorOptions[] = items.map((item) => {
        if (item.kind === 'separator') return { type: 'separator' };
        if (item.kind === 'label') return { label: item.label, enabled: false };
        return { label: item.label, click: () => onAction(item.action) };
      });
      tray.setContextMenu(Menu.buildFromTemplate(template));
      tray.setToolTip(trayTooltip(sessionsToday));
    },
    destroy() {
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}
