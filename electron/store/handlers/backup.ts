/**
 * Backups, main-only: every table in one read snapshot, and every table replaced in one
 * transaction after the data is checked (backup-store.ts).
 */
import { ok } from '../../../shared/ipc/result';
import { dumpAll, replaceAll } from '../backup-store';
import type { InternalHandlers, InternalServiceDeps } from '../internal-service';

export function backupHandlers(deps: InternalServiceDeps): Pick<InternalHandlers, 'backup:dump' | 'backup:replace'> {
  const { db } = deps;
  return {
    async 'backup:dump'() {
      return ok(await dumpAll(db));
    },

    async 'backup:replace'({ data }) {
      // A backup made before a content update names ids the pack in use may have renamed.
      return replaceAll(db, data, deps.content?.renamedIds() ?? {});
    },
  };
}
