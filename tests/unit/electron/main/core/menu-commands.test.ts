import { describe, expect, it } from 'vitest';
import { createMenuCommands, restoreConfirmation, type Confirmation, type MenuCommandDeps } from '../../../../../electron/main/core/menu-commands';
import type { Navigation } from '../../../../../electron/main/core/pending-navigation';
import { fail, ok, type Result } from '../../../../../shared/ipc/result';

const PREVIEW = { token: 'tok-1', fileName: 'mle-path-backup-2026-11-20.json', exportedAt: '2026-11-20T08:00:00.000Z', changes: ['Profile: weekly hours 8 → 12', '3 milestones ticked'] };

function harness(over: Partial<MenuCommandDeps> = {}) {
  const log: string[] = [];
  const opened: Navigation[] = [];
  const errors: [string, string][] = [];
  const questions: Confirmation[] = [];
  let answer = true;
  const deps: MenuCommandDeps = {
    openScreen: (n) => opened.push(n),
    backups: {
      exportAll: async () => (log.push('export'), ok({ path: '/b.json', bytes: 10 })),
      chooseRestore: async () => (log.push('choose'), ok(PREVIEW)),
      restore: async (token) => (log.push(`restore ${token}`), ok({ restoredRows: 5, safetyBackupPath: '/s.json' })),
    },
    calendar: { exportIcs: async () => (log.push('ics'), ok({ path: '/c.ics', events: 3 })) },
    confirm: async (q) => (questions.push(q), answer),
    showError: (message, detail) => errors.push([message, detail]),
    reloadUi: () => log.push('reload'),
    formatInstant: (iso) => `[${iso}]`,
    ...over,
  };
  return { run: createMenuCommands(deps), log, opened, errors, questions, answer: (a: boolean) => (answer = a) };
}

describe('menu commands', () => {
  it('Go to a screen uses the navigation a clicked notification uses', async () => {
    const h = harness();
    await h.run({ kind: 'go', screen: 'settings' });
    await h.run({ kind: 'go', screen: 'quiz' });
    expect(h.opened).toEqual([{ screen: 'settings' }, { screen: 'quiz' }]);
  });

  it('Export Backup and Export Study Calendar call the services; a failure is shown with its reason', async () => {
    const h = harness();
    await h.run({ kind: 'export-backup' });
    await h.run({ kind: 'export-calendar' });
    expect(h.log).toEqual(['export', 'ics']);
    expect(h.errors).toEqual([]);

    const failing = harness({
      backups: { exportAll: async () => fail('internal', 'disk full'), chooseRestore: async () => ok(null), restore: async () => ok(null) },
      calendar: { exportIcs: async () => fail('not-found', 'Save your profile first: there is no plan to put in a calendar yet.') },
    });
    await failing.run({ kind: 'export-backup' });
    await failing.run({ kind: 'export-calendar' });
    expect(failing.errors).toEqual([
      ['Your backup was not saved.', 'disk full'],
      ['The study calendar was not exported.', 'Save your profile first: there is no plan to put in a calendar yet.'],
    ]);
  });

  it('Restore: checks the file, asks with what would change, restores, then reloads the window', async () => {
    const h = harness();
    await h.run({ kind: 'restore-backup' });
    expect(h.log).toEqual(['choose', 'restore tok-1', 'reload']);
    expect(h.questions).toHaveLength(1);
    expect(h.questions[0]?.message).toBe('Replace everything MLE Path stores now with mle-path-backup-2026-11-20.json?');
    expect(h.questions[0]?.detail).toContain('• Profile: weekly hours 8 → 12');
    expect(h.questions[0]?.detail).toContain('Exported [2026-11-20T08:00:00.000Z].');
  });

  it('Restore cancelled at the question or the file dialog changes nothing', async () => {
    const h = harness();
    h.answer(false);
    await h.run({ kind: 'restore-backup' });
    expect(h.log).toEqual(['choose']);

    const noFile = harness({ backups: { exportAll: async () => ok(null), chooseRestore: async () => ok(null), restore: async () => ok(null) } });
    await noFile.run({ kind: 'restore-backup' });
    expect(noFile.questions).toEqual([]);
    expect(noFile.errors).toEqual([]);
  });

  it('a damaged file is refused with its reason and nothing is asked or restored', async () => {
    const restored: string[] = [];
    const h = harness({
      backups: {
        exportAll: async () => ok(null),
        chooseRestore: async (): Promise<Result<typeof PREVIEW | null>> => fail('invalid-request', 'The checksum does not match the data: the file was changed after it was written.'),
        restore: async (t) => (restored.push(t), ok(null)),
      },
    });
    await h.run({ kind: 'restore-backup' });
    expect(h.errors).toEqual([['That file cannot be restored.', 'The checksum does not match the data: the file was changed after it was written.']]);
    expect(h.questions).toEqual([]);
    expect(restored).toEqual([]);
  });

  it('a restore that fails is reported and the window is not reloaded', async () => {
    const h = harness({
      backups: { exportAll: async () => ok(null), chooseRestore: async () => ok(PREVIEW), restore: async () => fail('not-found', 'That restore has expired; choose the backup file again.') },
    });
    await h.run({ kind: 'restore-backup' });
    expect(h.errors).toEqual([['The restore did not finish.', 'That restore has expired; choose the backup file again.']]);
    expect(h.log).not.toContain('reload');
  });

  it('the confirmation says when nothing would change and that a safety copy comes first', () => {
    const q = restoreConfirmation({ ...PREVIEW, changes: [] }, () => 'yesterday');
    expect(q.detail.split('\n')).toEqual(['Exported yesterday.', '', 'Nothing would change: the backup matches your data.', '', 'A safety copy of your current data is saved first.']);
    expect([q.confirmLabel, q.cancelLabel]).toEqual(['Replace My Data', 'Cancel']);
  });
});
