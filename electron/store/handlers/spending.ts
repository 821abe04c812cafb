/**
 * The learner's expenses; one tied to an exam must name an exam in the content pack.
 */
import { fail, ok } from '../../../shared/ipc/result';
import type { StoreContext } from '../context';
import type { Handlers } from '../service';

export function spendingHandlers(ctx: StoreContext): Pick<Handlers, 'spending:list' | 'spending:add' | 'spending:delete'> {
  const { db, pack, now } = ctx;
  const certs = new Map(pack.certifications.map((c) => [c.id, c]));

  return {
    async 'spending:list'() {
      return ok(await db.spending.orderBy('date').toArray());
    },

    async 'spending:add'(request) {
      if (request.certId && !certs.has(request.certId)) return fail('not-found', `Certification "${request.certId}" is not in MLE Path's list.`);
      const row = { ...request, id: `spend.${now().getTime()}.${globalThis.crypto.randomUUID().slice(0, 8)}` };
      await db.transaction('rw', db.spending, async () => {
        await db.spending.add(row);
      });
      return ok(row);
    },

    async 'spending:delete'({ id }) {
      const removed = await db.transaction('rw', db.spending, async () => {
        const existing = await db.spending.get(id);
        if (existing) await db.spending.delete(id);
        return Boolean(existing);
      });
      return removed ? ok({ id }) : fail('not-found', 'That expense no longer exists.');
    },
  };
}
