/**
 * Messages between main and the store host over their MessagePort. Main forwards only
 * requests it has already validated; the store host still parses what it receives because a
 * port is a trust boundary like any other.
 */
import { z } from 'zod';
import { isWriteId } from './names';

export const StoreRequestSchema = z.strictObject({
  kind: z.literal('request'),
  id: z.number().int().nonnegative(),
  channel: z.string().max(100),
  payload: z.unknown(),
  /** Set on writes: the same id sent twice is applied once (the second gets the first's answer). */
  writeId: z.string().max(64).refine(isWriteId, 'not a write id').optional(),
});
export type StoreRequest = z.infer<typeof StoreRequestSchema>;

export const StoreToMainSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ready') }),
  z.strictObject({ kind: z.literal('reply'), id: z.number().int().nonnegative(), result: z.unknown() }),
  z.strictObject({ kind: z.literal('event'), event: z.string().max(100), payload: z.unknown() }),
]);
export type StoreToMain = z.infer<typeof StoreToMainSchema>;
