/**
 * Channel and event names alone, without their schemas. The preloads import only this file so
 * they stay a few KB instead of carrying zod; contract.ts is keyed by these lists and fails to
 * compile if the two ever disagree.
 */

/** Channels the store host answers (main forwards them after checking the sender and payload). */
const STORE_CHANNEL_NAMES = [
  'profile:get',
  'profile:save',
  'plan:get',
  'plan:regenerate',
  'plan:reflow-preview',
  'plan:reflow',
  'plan:what-if',
  'milestone:set-done',
  'milestone:save-note',
  'progress:list',
  'certification:list',
  'certification:update',
  'quiz:record',
  'quiz:history',
  'practice:history',
  'spending:list',
  'spending:add',
  'spending:delete',
  'week:get',
  'history:get',
  'session:update',
  'checklist:list',
  'checklist:set',
  'review:queue',
  'review:grade',
  'settings:get',
  'settings:update',
  'content:get',
  'content:status',
  'content:choose-shipped',
  'content:apply',
  'data:reset',
] as const;
/**
 * Store channels that change data. Each call carries a write id, so a call that timed out can be
 * sent again and the store applies it at most once (electron/store/write-journal.ts).
 */
export const WRITE_CHANNEL_NAMES = [
  'profile:save',
  'plan:regenerate',
  'plan:reflow',
  'milestone:set-done',
  'milestone:save-note',
  'certification:update',
  'quiz:record',
  'spending:add',
  'spending:delete',
  'session:update',
  'checklist:set',
  'review:grade',
  'settings:update',
  'content:apply',
  'data:reset',
] as const satisfies readonly (typeof STORE_CHANNEL_NAMES)[number][];
export type WriteChannel = (typeof WRITE_CHANNEL_NAMES)[number];

const writeSet: ReadonlySet<string> = new Set(WRITE_CHANNEL_NAMES);
export function isWriteChannel(value: unknown): value is WriteChannel {
  return typeof value === 'string' && writeSet.has(value);
}

/** A write id as the bridge makes them (a UUID, or 32 hex digits where randomUUID is missing). */
const WRITE_ID = /^[0-9a-f][0-9a-f-]{15,63}$/;
export function isWriteId(value: unknown): value is string {
  return typeof value === 'string' && WRITE_ID.test(value);
}

/** Channels main answers itself (file dialogs, files on disk, main's own state); the store host never sees them. */
export const MAIN_CHANNEL_NAMES = [
  'backup:export',
  'backup:choose-restore',
  'backup:restore',
  'backup:list-automatic',
  'backup:choose-automatic',
  'calendar:export-ics',
  'calendar:sync-status',
  'calendar:choose-folder',
  'plan:export-pdf',
  'app:take-pending-navigation',
  'app:desktop-status',
  'app:dismiss-notice',
  'app:test-notification',
  'app:quit',
  'app:get-locale',
  'timer:get',
  'timer:start',
  'timer:pause',
  'timer:resume',
  'timer:stop',
  'content:choose-file',
] as const;
export const CHANNEL_NAMES = [...STORE_CHANNEL_NAMES, ...MAIN_CHANNEL_NAMES] as const;
export const EVENT_NAMES = ['profile:changed', 'plan:changed', 'settings:changed', 'navigate', 'calendar:sync-changed', 'app:desktop-status-changed', 'timer:changed', 'content:changed'] as const;

export type Channel = (typeof CHANNEL_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];

const channelSet: ReadonlySet<string> = new Set(CHANNEL_NAMES);
const eventSet: ReadonlySet<string> = new Set(EVENT_NAMES);

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && channelSet.has(value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && eventSet.has(value);
}

export type MainChannel = (typeof MAIN_CHANNEL_NAMES)[number];
export type StoreChannel = Exclude<Channel, MainChannel>;

const mainSet: ReadonlySet<string> = new Set(MAIN_CHANNEL_NAMES);
export function isMainChannel(value: unknown): value is MainChannel {
  return typeof value === 'string' && mainSet.has(value);
}

/**
 * A refused channel name, safe to put in a message: whatever a window sends (an object with a
 * hostile toString, a null-prototype object) is described by its type, never converted.
 */
export function describeChannel(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 80) : `(${value === null ? 'null' : typeof value})`;
}
