/**
 * The what-if screen's editable plans: each is the saved profile's five what-if fields, and only
 * the ones the learner changed are sent (so "Plan A" with nothing changed is refused, not
 * compared with itself).
 */
import type { Profile } from '../../../shared/domain/profile';
import type { CloudPreference, SpecialisationChoice } from '../../../shared/domain/profile-options';
import type { WhatIfChange } from '../../../shared/planner/what-if';

export interface Draft {
  key: number;
  weeklyHours: string;
  budgetUsd: string;
  cloud: CloudPreference;
  specialisation: SpecialisationChoice;
  startDate: string;
}

export const DRAFT_NAMES = ['Plan A', 'Plan B', 'Plan C'] as const;

export function draftFrom(profile: Profile, key: number): Draft {
  return {
    key,
    weeklyHours: String(profile.weeklyHours),
    budgetUsd: String(profile.budgetUsd),
    cloud: profile.cloud ?? 'any',
    specialisation: profile.specialisation ?? 'none',
    startDate: profile.startDate,
  };
}

/** A typed number as the request carries it: an empty or non-numeric field stays text, so the store names it. */
function numberOf(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** What this draft changes from the saved profile (the fields left as they are are not sent). */
export function changeOf(draft: Draft, profile: Profile): WhatIfChange {
  const change: WhatIfChange = {};
  const hours = numberOf(draft.weeklyHours);
  const budget = numberOf(draft.budgetUsd);
  if (hours !== profile.weeklyHours) change.weeklyHours = hours;
  if (budget !== profile.budgetUsd) change.budgetUsd = budget;
  if (draft.cloud !== (profile.cloud ?? 'any')) change.cloud = draft.cloud;
  if (draft.specialisation !== (profile.specialisation ?? 'none')) change.specialisation = draft.specialisation;
  if (draft.startDate !== profile.startDate) change.startDate = draft.startDate;
  return change;
}

/** "6 h a week, $0 budget": what a compared plan changes, for its column heading. */
export function describeChange(change: WhatIfChange, words: { hours: (n: number) => string; usd: (n: number) => string; day: (iso: string) => string; cloud: (c: CloudPreference) => string; specialisation: (s: SpecialisationChoice) => string }): string {
  const parts: string[] = [];
  if (change.weeklyHours !== undefined) parts.push(`${words.hours(change.weeklyHours)} a week`);
  if (change.budgetUsd !== undefined) parts.push(`${words.usd(change.budgetUsd)} budget`);
  if (change.cloud !== undefined) parts.push(words.cloud(change.cloud));
  if (change.specialisation !== undefined) parts.push(words.specialisation(change.specialisation));
  if (change.startDate !== undefined) parts.push(`start ${words.day(change.startDate)}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing changed';
}
