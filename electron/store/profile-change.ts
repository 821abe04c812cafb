/**
 * What a profile save changed, in the learner's words, for the "re-planned on …" note. Null when
 * nothing that shapes the plan changed: saving the same profile again keeps the baseline.
 */
import type { Profile } from '../../shared/domain/profile';
import { BACKGROUND_LABELS, CLOUD_LABELS, SPECIALISATION_LABELS } from '../../shared/domain/profile-options';

const usd = (n: number) => `$${n.toLocaleString('en-US')}`;

export function profileChange(before: Profile, after: Profile): string | null {
  const parts: string[] = [];
  if (before.weeklyHours !== after.weeklyHours) parts.push(`weekly hours ${before.weeklyHours} → ${after.weeklyHours}`);
  if (before.background !== after.background) parts.push(`background ${BACKGROUND_LABELS[before.background]} → ${BACKGROUND_LABELS[after.background]}`);
  if (before.budgetUsd !== after.budgetUsd) parts.push(`budget ${usd(before.budgetUsd)} → ${usd(after.budgetUsd)}`);
  if (before.startDate !== after.startDate) parts.push(`start date ${before.startDate} → ${after.startDate}`);
  if ((before.cloud ?? 'any') !== (after.cloud ?? 'any')) parts.push(`cloud ${CLOUD_LABELS[before.cloud ?? 'any']} → ${CLOUD_LABELS[after.cloud ?? 'any']}`);
  if ((before.specialisation ?? 'none') !== (after.specialisation ?? 'none')) {
    parts.push(`specialisation ${SPECIALISATION_LABELS[before.specialisation ?? 'none']} → ${SPECIALISATION_LABELS[after.specialisation ?? 'none']}`);
  }
  if ((before.targetRoleId ?? null) !== (after.targetRoleId ?? null)) parts.push('target role');
  if (JSON.stringify(before.selfRating ?? null) !== JSON.stringify(after.selfRating ?? null)) parts.push('self-rating');
  if (JSON.stringify(before.availability ?? null) !== JSON.stringify(after.availability ?? null)) parts.push('study windows');
  return parts.length > 0 ? `you changed ${parts.join(', ')}` : null;
}
