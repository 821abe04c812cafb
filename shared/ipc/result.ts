/**
 * Results cross every process boundary as data, never as thrown errors, so a bad request
 * can always be answered and shown: a throw would not survive structured cloning between
 * processes with its code and field messages.
 */
import { z } from 'zod';

export const ERROR_CODES = [
  'invalid-request', // payload failed the channel's schema
  'unknown-channel', // channel is not in the contract
  'forbidden-sender', // request did not come from our own app page
  'payload-too-large',
  'store-unavailable', // store host not running or restarted while the call was pending
  'store-timeout',
  'write-unconfirmed', // a write was sent again and again without an answer: it may or may not have landed
  'invalid-reply', // store answered something the contract does not allow
  'not-found',
  'conflict',
  'internal',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const FieldIssueSchema = z.strictObject({
  path: z.string().max(200),
  message: z.string().max(500),
});
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

export const IpcErrorSchema = z.strictObject({
  code: ErrorCodeSchema,
  message: z.string().max(2000),
  issues: z.array(FieldIssueSchema).max(50).optional(),
});
export type IpcError = z.infer<typeof IpcErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, issues?: FieldIssue[]): Result<never> {
  return issues && issues.length > 0
    ? { ok: false, error: { code, message, issues } }
    : { ok: false, error: { code, message } };
}

/** Schema of a result carrying `value` of the given schema; used to check replies from the store. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: IpcErrorSchema }),
  ]);
}
