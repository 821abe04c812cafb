/**
 * Applies each write at most once. Main may send a write again with the same id when the first
 * answer was late (see electron/preload/bridge.ts); the journal makes the repeat harmless: the
 * write and its journal entry commit in one transaction, so either both are on disk or neither,
 * and a repeat finds the entry and answers with what the write did instead of doing it again
 * (two "$42 Exam voucher" rows, two quiz attempts).
 *
 * The outer transaction covers every table, so the handler's own transactions run inside it and
 * nothing it writes can commit apart from the entry. Two sends of one id therefore queue behind
 * each other in IndexedDB, and the second always sees the first's entry.
 */
import { z } from 'zod';
import { WRITE_CHANNEL_NAMES, type StoreChannel, type WriteChannel } from '../../shared/ipc/names';
import { fail, type Result } from '../../shared/ipc/result';
import type { PlannerDb } from './db';

/** Entries older than this are dropped: a repeat comes within seconds or minutes of its first send. */
export const WRITE_LOG_KEEP_MS = 24 * 60 * 60 * 1000;

export const WriteLogRowSchema = z.strictObject({
  writeId: z.string().min(16).max(64),
  channel: z.enum(WRITE_CHANNEL_NAMES),
  at: z.iso.datetime(),
  /** The write's answer; null where a repeat answers with a fresh read instead (replayRead). */
  value: z.unknown(),
});
export type WriteLogRow = z.infer<typeof WriteLogRowSchema>;

/**
 * Writes whose answer is a large view of the current state (a plan view is hundreds of KB): a
 * repeat answers with the same read now instead of a copy kept for a day. The view is what the
 * screen shows after the write, so the learner sees the truth either way.
 */
const REPLAY_READ: Partial<Record<WriteChannel, StoreChannel>> = {
  'plan:regenerate': 'plan:get',
  'milestone:set-done': 'plan:get',
  'settings:update': 'settings:get',
};

/** Thrown to roll back a write the handler refused, so a half-done refusal keeps nothing. */
class Refused extends Error {
  constructor(readonly result: Result<unknown>) {
    super('refused');
  }
}

export interface WriteJournal {
  /**
   * Runs `apply` once for `writeId`: the first time it applies (and on failure keeps nothing),
   * later times it answers as the first did without applying again.
   */
  once(writeId: string, channel: WriteChannel, apply: () => Promise<Result<unknown>>, read: (channel: StoreChannel) => Promise<Result<unknown>>): Promise<Result<unknown>>;
}

export function createWriteJournal(db: PlannerDb, now: () => Date): WriteJournal {
  async function replay(row: WriteLogRow, channel: WriteChannel, read: (channel: StoreChannel) => Promise<Result<unknown>>): Promise<Result<unknown>> {
    if (row.channel !== channel) return fail('conflict', `This write id was already used for "${row.channel}"; nothing was changed.`);
    const source = REPLAY_READ[channel];
    if (!source) return { ok: true, value: row.value };
    const fresh = await read(source);
    if (fresh.ok && fresh.value === null) return fail('not-found', 'There is no plan yet: save your profile first.');
    return fresh;
  }

  return {
    async once(writeId, channel, apply, read) {
      let refused: Result<unknown> | null = null;
      try {
        return await db.transaction('rw', db.tables, async () => {
          const seen = await db.writeLog.get(writeId);
          if (seen) return replay(seen, channel, read);
          const result = await apply();
          if (!result.ok) {
            refused = result;
            throw new Refused(result);
          }
          const at = now();
          const row = WriteLogRowSchema.parse({ writeId, channel, at: at.toISOString(), value: REPLAY_READ[channel] ? null : result.value });
          await db.writeLog.where('at').below(new Date(at.getTime() - WRITE_LOG_KEEP_MS).toISOString()).delete();
          // An entry from a clock that ran ahead would otherwise stay until the clock catches up.
          await db.writeLog.where('at').above(new Date(at.getTime() + WRITE_LOG_KEEP_MS).toISOString()).delete();
          await db.writeLog.put(row);
          return result;
        });
      } catch (error) {
        // The handler's refusal, or a failure Dexie raised from it after aborting the transaction.
        if (error instanceof Refused) return error.result;
        if (refused) return refused;
        throw error;
      }
    },
  };
}
