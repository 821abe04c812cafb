/**
 * The content packs that ship with the app, one per edition. The first is the default a new
 * learner starts with; the others are the same sources written for another role, which the
 * learner can switch to in Settings → Content. Only the store host imports this list: screens
 * read the pack in use through the store.
 */
import type { ContentPackInput } from '../schema';
import { builtInPack } from '../pack';
import { mlopsEngineerPack } from './mlops-engineer';

export const SHIPPED_PACKS: readonly ContentPackInput[] = [builtInPack, mlopsEngineerPack];

export const DEFAULT_EDITION_ID = builtInPack.edition.id;
