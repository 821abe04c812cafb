/** Native message boxes for the menu's commands, attached to the UI window when it is open. */
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
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
