/**
 * The calendar ledger (calendar-ledger.ts) on disk: `calendar-published.json` in main's
 * user-data folder, next to the window-state file.
 *
 * Why a file of main's and not a table in the store:
 *  - It is this computer's record of what it wrote into files other programs read, like the
 *    window position, not the learner's data. A backup must not carry it: restoring an older
 *    backup would bring back lower SEQUENCE numbers, and calendars ignore an update whose
 *    SEQUENCE is not higher than the one they hold. A reset must not clear it either: calendars
 *    still hold the events, and the next file has to cancel them with higher numbers.
 *  - Only main reads and writes it, in the same step as the file it describes. In the store it
 *    would need a new database version, two main-only channels, an exception in backup and reset,
 *    and a round trip per write, for nothing the store's transactions add.
 *
 * One publication at a time (the one-off export and the kept file may run together): each reads
 * the store, decides, and has the new ledger on disk before its .ics file is written. Ledger
 * first, because the reverse can hand a calendar a SEQUENCE twice for different content: if a
 * file is written and the ledger is not, the next file reuses the number, and a calendar that
 * read the first one ignores the second.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { writeFileAtomically } from './atomic-file';
import { LedgerSchema, newLedger, type Ledger } from './calendar-ledger';

export const CALENDAR_LEDGER_FILE = 'calendar-published.json';

export interface CalendarLedgerStore {
  /**
   * Runs `step` with the ledger, one call at a time. When `step` answers a ledger, that ledger is
   * on disk before this resolves; if it cannot be saved the answer is an error and the ledger in
   * use stays the previous one.
   */
  publish<T>(step: (ledger: Ledger) => Promise<Result<{ ledger: Ledger; value: T }>>): Promise<Result<T>>;
}

export interface LedgerFileOptions {
  now: () => Date;
  log?: (message: string) => void;
}

function codeOf(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : null;
}

export function createCalendarLedgerFile(file: string, options: LedgerFileOptions): CalendarLedgerStore {
  const log = options.log ?? ((message: string) => console.warn(`calendar ledger: ${message}`));
  let current: Ledger | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  async function load(): Promise<Result<Ledger>> {
    if (current) return ok(current);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return ok((current = newLedger(options.now().getTime())));
      return fail('internal', `MLE Path could not read its record of the calendar events it wrote (${file}: ${codeOf(error) ?? String(error)}).`);
    }
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      // reported below with the schema's refusals
    }
    const checked = LedgerSchema.safeParse(parsed);
    if (checked.success) return ok((current = checked.data));
    // A damaged record starts again from a floor above anything the old one can have handed out
    // (see calendar-ledger.ts); events it alone knew can no longer be cancelled, which is said.
    log(`${file} is damaged and starts again; events only it knew about are no longer withdrawn from calendars.`);
    return ok((current = newLedger(options.now().getTime())));
  }

  async function run<T>(step: (ledger: Ledger) => Promise<Result<{ ledger: Ledger; value: T }>>): Promise<Result<T>> {
    const loaded = await load();
    if (!loaded.ok) return loaded;
    const decided = await step(loaded.value);
    if (!decided.ok) return decided;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomically(file, `${JSON.stringify(decided.value.ledger)}\n`);
    } catch (error) {
      return fail(
        'internal',
        `MLE Path could not record which calendar events it wrote (${codeOf(error) ?? String(error)}), so it wrote no calendar file: a calendar following it could otherwise miss later changes.`,
      );
    }
    current = decided.value.ledger;
    return ok(decided.value.value);
  }

  return {
    publish(step) {
      const next = queue.then(() => run(step));
      // The queue goes on after a failure: each publication answers for itself.
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
