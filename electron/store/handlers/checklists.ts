/**
 * Ticks on project checklists and phase gates, by content id.
 */
import { fail, ok } from '../../../shared/ipc/result';
import type { StoreContext } from '../context';
import type { Handlers } from '../service';

export function checklistsHandlers(ctx: StoreContext): Pick<Handlers, 'checklist:list' | 'checklist:set'> {
  const { db, pack, now } = ctx;
  const checklistItems = new Set([
    ...pack.projects.flatMap((p) => p.checklist.map((i) => i.id)),
    ...pack.phases.flatMap((p) => p.gate.items.map((i) => i.id)),
  ]);

  return {
    async 'checklist:list'() {
      return ok(await db.checklistTicks.orderBy('itemId').toArray());
    },

    async 'checklist:set'({ itemId, checked }) {
      if (!checklistItems.has(itemId)) return fail('not-found', `Checklist item "${itemId}" is not in MLE Path's content.`);
      return db.transaction('rw', db.checklistTicks, async () => {
        if (checked) {
          if (!(await db.checklistTicks.get(itemId))) await db.checklistTicks.put({ itemId, checkedAt: now().toISOString() });
        } else {
          await db.checklistTicks.delete(itemId);
        }
        return ok(await db.checklistTicks.orderBy('itemId').toArray());
      });
    },
  };
}
