/**
 * The one IPC contract: every channel the renderer may invoke, with its request and response
 * schemas, and every event main may push. Types are inferred from here and nowhere else.
 * Channel names are `area:verb`.
 */
import { z } from 'zod';
import { PlanSchema, ProgressSchema } from '../domain/plan';
import { ProfileSchema } from '../domain/profile';
import type { Channel, EventName } from './names';

export { CHANNEL_NAMES, EVENT_NAMES, isChannel, isEventName, type Channel, type EventName } from './names';

export const SavedProfileSchema = z.strictObject({
  profile: ProfileSchema,
  savedAt: z.iso.datetime(),
});
export type SavedProfile = z.infer<typeof SavedProfileSchema>;

const NoRequest = z.strictObject({}, { error: 'This request takes no fields.' });

const MilestoneId = z
  .string({ error: 'Milestone id must be text.' })
  .max(120, { error: 'Milestone id is too long.' })
  .regex(/^phase(\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/, { error: 'Milestone id must look like phase.mlops.deploy-api.' });

/** The plan with the learner's progress against it: what every plan screen renders. */
export const PlanViewSchema = z.strictObject({
  plan: PlanSchema,
  progress: ProgressSchema,
  doneMilestoneIds: z.array(z.string()),
  today: z.iso.date(),
  savedAt: z.iso.datetime(),
});
export type PlanView = z.infer<typeof PlanViewSchema>;

export const channels = {
  'profile:get': { request: NoRequest, response: SavedProfileSchema.nullable() },
  'profile:save': { request: ProfileSchema, response: SavedProfileSchema },
  'plan:get': { request: NoRequest, response: PlanViewSchema.nullable() },
  'plan:regenerate': { request: NoRequest, response: PlanViewSchema },
  'milestone:set-done': {
    request: z.strictObject({ id: MilestoneId, done: z.boolean({ error: 'done must be true or false.' }) }),
    response: PlanViewSchema,
  },
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

export const events = {
  'profile:changed': SavedProfileSchema,
  'plan:changed': PlanViewSchema,
} as const satisfies Record<EventName, z.ZodType>;
export type RequestOf<C extends Channel> = z.input<(typeof channels)[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<(typeof channels)[C]['response']>;
export type EventPayloadOf<E extends EventName> = z.output<(typeof events)[E]>;
