/**
 * Store host entry: a hidden, sandboxed page whose only job is to own the database and answer
 * main over a MessagePort. It waits for main to hand it the port, opens the database, then
 * announces `ready` so main starts sending the calls it queued.
 */
import { STORE_PORT_MESSAGE } from '../../shared/ipc/transport';
import { SHIPPED_PACKS } from '../../shared/content/editions';
import { computerTimeZone } from '../../shared/domain/time-zone';
import { openPlannerDb } from './db';
import { createInternalService } from './internal-service';
import { createEventOutbox, handleStoreMessage } from './port-server';
import { chooseStartPack, isRecorded, shippedPack, summarise, switchPack } from './content-packs';
import { createStoreService } from './service';
import { createWriteJournal } from './write-journal';

let started = false;

async function serve(port: MessagePort): Promise<void> {
  const shipped = SHIPPED_PACKS.map(shippedPack);
  const db = openPlannerDb();
  await db.open();
  const outbox = createEventOutbox(port);
  const emit: Parameters<typeof createStoreService>[0]['emit'] = (event, payload) => outbox.emit(event, payload);
  // The pack in use: the stored choice, or a newer one this build ships for the same edition,
  // in which case the learner's rows move to any ids it renamed before anything reads them.
  const stored = await db.contentPack.get('me');
  const start = chooseStartPack(stored, shipped);
  if (start.note) console.warn(start.note);
  const recorded = isRecorded(stored, start.active);
  if (!recorded) await switchPack(db, start.active, new Date().toISOString());
  // A first start only records the choice; a different pack than the stored one re-plans.
  const changedAtStart = stored !== undefined && !recorded;
  const service = createStoreService({ db, active: start.active, shipped, now: () => new Date(), emit });
  const handlers = service.handlers;
  if (changedAtStart) await service.replan(`the study content was updated to ${summarise(start.active).title} ${start.active.pack.packVersion}`);
  // Main-only calls (reminder scheduler): this port is main's, the router never forwards them.
  const internal = createInternalService({
    db,
    certName: (id) => service.active().pack.certifications.find((c) => c.id === id)?.name,
    emit,
    systemTimeZone: computerTimeZone,
    content: { checkFile: service.checkFile, renamedIds: () => service.active().pack.renamedIds },
  });
  const journal = createWriteJournal(db, () => new Date());
  port.onmessage = (e: MessageEvent) => {
    void handleStoreMessage(handlers, port, e.data, internal, outbox, journal);
  };
  port.postMessage({ kind: 'ready' });
  document.title = 'MLE Path store (ready)';
}

window.addEventListener('message', (event: MessageEvent) => {
  // Only the preload (same window) hands over the port, and only once per page load.
  if (started || event.source !== window || event.data !== STORE_PORT_MESSAGE) return;
  const port = event.ports[0];
  if (!port) return;
  started = true;
  serve(port).catch((error: unknown) => {
    document.title = 'MLE Path store (failed)';
    port.postMessage({ kind: 'event', event: 'store:failed', payload: String(error) });
  });
});
