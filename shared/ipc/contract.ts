/**
 * The one IPC contract: every channel the renderer may invoke, with its request and response
 * schemas, and every event main may push. Types are inferred from here and nowhere else.
 * Channel names are `area:verb`.
 */
import { z } from 'zod';
import { ProfileSchema } from '../domain/profile';
import type { Channel, EventName } from './names';

export { CHANNEL_NAMES, EVENT_NAMES, isChannel, isEventName, type Channel, type EventName } from './names';

export const SavedProfileSchema = z.strictObject({
  profile: ProfileSchema,
  savedAt: z.iso.datetime(),
});
export type SavedProfile = z.infer<typeof SavedProfileSchema>;

const NoRequest = z.strictObject({}, { error: 'This request takes no fields.' });

export const channels = {
  'profile:get': { request: NoRequest, response: SavedProfileSchema.nullable() },
  'profile:save': { request: ProfileSchema, response: SavedProfileSchema },
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

export const events = {
  'profile:changed': SavedProfileSchema,
} as const satisfies Record<EventName, z.ZodType>;
export type RequestOf<C extends Channel> = z.input<(typeof channels)[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<(typeof channels)[C]['response']>;
export type EventPayloadOf<E extends EventName> = z.output<(typeof events)[E]>;
