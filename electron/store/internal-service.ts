/**
 * The store host's answers to main-only calls (shared/ipc/internal.ts): the inputs of the
 * reminder scheduler and the record of what it delivered, the sessions of the study calendar,
 * and backup dumps and restores. Pure over the Dexie database, so unit tests run it on
 * fake-indexeddb; port-server.ts serves it on main's MessagePort only (the router never
 * forwards these channels).
 *
 * Where the scheduler's "last check" lives: in the `settings` table under its own key
 * (`SCHEDULER_STATE_KEY`), not in the learner's settings row and not in the reminder log.
 *  - Not the 'me' settings row: that row is exactly `AppSettings` and `settings:get` answers it
 *    under a strict schema; an extra field would make that reply fail the contract.
 *  - Not a fake reminder-log entry: the log is learner data that backups carry, and restoring an
 *    old backup would bring back an old check time, so the next check would report every
 *    reminder since the backup as "missed" although the learner saw them.
 *  - Its own settings row is machine state: backups read only the 'me' row, and a restore keeps
 *    it, as it keeps the reminder log (both are this computer's record of what it showed; an
 *    older backup's would show those reminders again). A reset clears the table: with no last
 *    check the scheduler treats the next check as a first run (the grace window, no backlog).
 * It is written in the same transaction as the delivered ids, so the two never disagree.
 */
import type { InternalChannel, InternalRequestOf, InternalResponseOf } from '../../shared/ipc/internal';
import type { ContentPreview } from '../../shared/content/update-schema';
import { fail, type Result } from '../../shared/ipc/result';
import type { Emit } from './context';
import type { PlannerDb } from './db';
import { backupHandlers } from './handlers/backup';
import { calendarHandlers } from './handlers/calendar';
import { remindersHandlers } from './handlers/reminders';
import { calendarFolderHandlers } from './handlers/settings';

export { SCHEDULER_STATE_KEY, type SchedulerStateRow } from './scheduler-state';
export { ASSUMED_EXAM_LOCAL_TIME } from './handlers/reminders';
export { computerZone } from './page-zone';

export type InternalHandlers = {
  [C in InternalChannel]: (request: InternalRequestOf<C>) => Promise<Result<InternalResponseOf<C>>>;
};

export interface InternalServiceDeps {
  db: PlannerDb;
  /** Display name of a certification for the reminder text; the id is shown when absent. */
  certName?: (certId: string) => string | undefined;
  /** Announces a settings change (the calendar folder) to every window, as settings:update does. */
  emit?: Emit;
  /**
   * This computer's zone as this page sees it. A renderer follows the operating system when the
   * zone changes (Chromium tells it); main's own Node does not on macOS, where its Intl keeps
   * the zone it started with. So when the page can say, its zone is the computer's zone for
   * learners without one of their own, and main's is only the fallback.
   */
  systemTimeZone?: () => string;
  /** The content pack side: checks a pack file, and the renamed ids a restore moves rows by. */
  content?: {
    checkFile(text: string, fileName: string): Promise<Result<ContentPreview>>;
    renamedIds(): Readonly<Record<string, string>>;
  };
}

export function createInternalService(deps: InternalServiceDeps): InternalHandlers {
  // Typed as the complete map: a main-only channel left out here is a compile error.
  return {
    ...remindersHandlers(deps),
    ...calendarHandlers(deps),
    ...calendarFolderHandlers(deps),
    ...backupHandlers(deps),
    'content:check-file': ({ text, fileName }) =>
      deps.content ? deps.content.checkFile(text, fileName) : Promise.resolve(fail('internal', 'Content packs cannot be loaded here.')),
  };
}
