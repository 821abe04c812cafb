/**
 * Store host entry: a hidden, sandboxed page whose only job is to own the database and answer
 * main over a MessagePort. It waits for main to hand it the port, opens the database, then
 * announces `ready` so main starts sending the calls it queued.
 */
import { STORE_PORT_MESSAGE } from '../../shared/ipc/transport';
import { loadPack } from '../../shared/content/load';
import { builtInPack } from '../../shared/content/pack';
import { computerTimeZone } from '../../shared/domain/time-zone';
import { openPlannerDb } from './db';
import { createInternalService } from './internal-service';
import { createEventOutbox, handleStoreMessage } from './port-server';
import { createPlannerService } from './service';
import { createWriteJournal } from './write-journal';

let started = false;

async function serve(port: MessagePort): Promise<void> {
  const loaded = loadPack(builtInPack);
  if (!loaded.ok) throw new Error(`The built-in content pack is invalid: ${loaded.errors.slice(0, 3).join('; ')}`);
  const db = openPlannerDb();
  await db.open();
  const outbox = createEventOutbox(port);
  const handlers = createPlannerService({
    db,
    pack: loaded.pack,
    now: () => new Date(),
    emit: (event, payload) => outbox.emit(event, payload),
  });
  // Main-only calls (reminder scheduler): this port is main's, the router never forwards them.
  const certNames = new Map(loaded.pack.certifications.map((c) => [c.id, c.name]));
  const internal = createInternalService({
    db,
    certName: (id) => certNames.get(id),
    emit: (event, payload) => outbox.emit(event, payload),
    systemTimeZone: computerTimeZone,
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
