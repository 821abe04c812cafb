/** Native dialogs (message boxes, save and open), attached to the UI window when it is open. */
import { dialog, type BrowserWindow, type MessageBoxOptions, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Confirmation } from '../core/menu-commands';

function show(win: BrowserWindow | null, options: MessageBoxOptions) {
  return win && !win.isDestroyed() ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
}

/** True only for the confirm button; Escape, closing the box and Enter (the default) cancel. */
export async function confirmBox(win: BrowserWindow | null, question: Confirmation): Promise<boolean> {
  const { response } = await show(win, {
    type: 'question',
    message: question.message,
    detail: question.detail,
    buttons: [question.confirmLabel, question.cancelLabel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}

export function errorBox(win: BrowserWindow | null, message: string, detail: string): void {
  void show(win, { type: 'error', message, detail });
}

/** The save dialog, attached to the UI window when it is open; null when cancelled. */
export async function chooseSavePath(win: BrowserWindow | null, options: SaveDialogOptions): Promise<string | null> {
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : r.filePath;
}

/** The open dialog (a file or a folder), attached to the UI window when it is open; null when cancelled. */
export async function chooseOpenPath(win: BrowserWindow | null, options: OpenDialogOptions): Promise<string | null> {
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return r.canceled ? null : (r.filePaths[0] ?? null);
}
