/**
 * The reminder scheduler's own row in the `settings` table: when the previous check ran. Why it
 * lives there is explained in internal-service.ts; its schema is here so the row guard and the
 * internal service share it.
 */
import { z } from 'zod';

/** Key of the scheduler's own row in the `settings` table. */
export const SCHEDULER_STATE_KEY = 'reminder-scheduler';

export const SchedulerStateRowSchema = z.strictObject({
  key: z.literal(SCHEDULER_STATE_KEY),
  lastCheckUtc: z.iso.datetime({ offset: true }),
});
export type SchedulerStateRow = z.infer<typeof SchedulerStateRowSchema>;
