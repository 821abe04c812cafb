/**
 * What the application menu's own commands do, over the services the window uses: a screen
 * opens through the same navigation a notification uses (pending-navigation.ts), and export,
 * restore and the calendar file call the same backup and calendar services as Settings. No
 * `electron` import: dialogs and the window come in as functions (index.ts gives Electron's).
 */
import type { ResponseOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { MenuCommand } from './app-menu';
import type { Navigation } from './pending-navigation';

type RestorePreview = NonNullable<ResponseOf<'backup:choose-restore'>>;

/** A yes/no question in a native message box (the default and Escape are the safe answer). */
export interface Confirmation {
  message: string;
  detail: string;
  confirmLabel: string;
  cancelLabel: string;
}

export interface MenuCommandDeps {
  openScreen(navigation: Navigation): void;
  backups: {
    exportAll(): Promise<Result<unknown>>;
    chooseRestore(): Promise<Result<RestorePreview | null>>;
    restore(token: string): Promise<Result<unknown>>;
  };
  calendar: { exportIcs(): Promise<Result<unknown>> };
  confirm(question: Confirmation): Promise<boolean>;
  showError(message: string, detail: string): void;
  /** Every screen's data changed underneath it after a restore: start the UI afresh. */
  reloadUi(): void;
  /** How the date a backup was made is shown ("23 Nov 2026, 18:04"). */
  formatInstant(iso: string): string;
}

/** The question before a restore from the menu: the same facts the Settings panel lists. */
export function restoreConfirmation(preview: RestorePreview, formatInstant: (iso: string) => string): Confirmation {
  const changes = preview.changes.length === 0 ? ['Nothing would change: the backup matches your data.'] : preview.changes.map((c) => `• ${c}`);
  return {
    message: `Replace everything MLE Path stores now with ${preview.fileName}?`,
    detail: [`Exported ${formatInstant(preview.exportedAt)}.`, '', ...changes, '', 'A safety copy of your current data is saved first.'].join('\n'),
    confirmLabel: 'Replace My Data',
    cancelLabel: 'Cancel',
  };
}

export function createMenuCommands(deps: MenuCommandDeps) {
  return async function run(command: MenuCommand): Promise<void> {
    switch (command.kind) {
      case 'go':
        deps.openScreen({ screen: command.screen });
        return;
      case 'export-backup': {
        const r = await deps.backups.exportAll();
        if (!r.ok) deps.showError('Your backup was not saved.', r.error.message);
        return;
      }
      case 'export-calendar': {
        const r = await deps.calendar.exportIcs();
        if (!r.ok) deps.showError('The study calendar was not exported.', r.error.message);
        return;
      }
      case 'restore-backup': {
        const chosen = await deps.backups.chooseRestore();
        if (!chosen.ok) {
          deps.showError('That file cannot be restored.', chosen.error.message);
          return;
        }
        if (!chosen.value) return; // the learner cancelled the file dialog
        if (!(await deps.confirm(restoreConfirmation(chosen.value, deps.formatInstant)))) return;
        const restored = await deps.backups.restore(chosen.value.token);
        if (!restored.ok) {
          deps.showError('The restore did not finish.', restored.error.message);
          return;
        }
        deps.reloadUi();
        return;
      }
    }
  };
}
