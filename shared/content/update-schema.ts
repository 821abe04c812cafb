/**
 * What the learner is shown about content packs: the pack in use, the packs that ship with the
 * app, and the preview of a change of pack (what changes for them, what is kept) before it is
 * applied. Shared by the IPC contract and the store, which computes them.
 */
import { z } from 'zod';

export const PACK_ORIGINS = ['built-in', 'file'] as const;
export type PackOrigin = (typeof PACK_ORIGINS)[number];

/** One pack as a line in Settings → Content. */
export const ContentSummarySchema = z.strictObject({
  editionId: z.string(),
  title: z.string(),
  summary: z.string(),
  packVersion: z.string(),
  asOf: z.iso.date(),
  origin: z.enum(PACK_ORIGINS),
});
export type ContentSummary = z.output<typeof ContentSummarySchema>;

const Named = { id: z.string(), name: z.string() };
const Titled = { id: z.string(), title: z.string() };

/** What a new pack changes, in the terms a learner cares about. */
export const PackChangesSchema = z.strictObject({
  newCertifications: z.array(z.strictObject(Named)),
  /** Active before, retired in the new pack. */
  retiredCertifications: z.array(z.strictObject({ ...Named, retiredOn: z.string().nullable() })),
  /** Gone from the new pack; `booked` when the learner has an exam booked for it (kept, flagged). */
  removedCertifications: z.array(z.strictObject({ ...Named, booked: z.boolean() })),
  priceChanges: z.array(z.strictObject({ ...Named, fromUsd: z.number().nullable(), toUsd: z.number().nullable() })),
  /** A milestone under a new id (listed in renamedIds) or a new title; progress follows it. */
  renamedMilestones: z.array(z.strictObject({ fromId: z.string(), toId: z.string(), fromTitle: z.string(), toTitle: z.string() })),
  newMilestones: z.array(z.strictObject(Titled)),
  /** Gone without a replacement; `ticked` when the learner had ticked it (the tick is kept, not shown). */
  removedMilestones: z.array(z.strictObject({ ...Titled, ticked: z.boolean() })),
});
export type PackChanges = z.output<typeof PackChangesSchema>;

/** How many of the learner's rows move to a new id, and how many they have in all (all are kept). */
export const PackKeepsSchema = z.strictObject({
  ticks: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative(),
  reviewCards: z.number().int().nonnegative(),
  bookings: z.number().int().nonnegative(),
  /** Rows whose id the new pack renames (moved to the new id when applied). */
  moved: z.number().int().nonnegative(),
});
export type PackKeeps = z.output<typeof PackKeepsSchema>;

/** A checked pack waiting for the learner's confirmation (`content:apply` with its token). */
export const ContentPreviewSchema = z.strictObject({
  token: z.string(),
  /** The file's name, or null for a pack that ships with the app. */
  fileName: z.string().nullable(),
  from: ContentSummarySchema,
  to: ContentSummarySchema,
  changes: PackChangesSchema,
  keeps: PackKeepsSchema,
  /** Things to know before applying (an older version, a booked exam of a removed certification). */
  warnings: z.array(z.string()),
});
export type ContentPreview = z.output<typeof ContentPreviewSchema>;

/** Settings → Content: the pack in use and the packs that ship with this version of the app. */
export const ContentStatusSchema = z.strictObject({
  current: ContentSummarySchema,
  shipped: z.array(ContentSummarySchema),
});
export type ContentStatus = z.output<typeof ContentStatusSchema>;

/** A pack file is a few hundred KB; far above that is not a pack. */
export const MAX_PACK_BYTES = 8 * 1024 * 1024;
