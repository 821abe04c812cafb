/**
 * Settings → Content in words: a pack as one line, and a preview of a switch as the lists a
 * learner reads before applying it (only the kinds of change there are) and the sentence saying
 * what is kept. Pure, so the screen and its tests agree on every word.
 */
import type { ContentSummary, PackChanges, PackKeeps, PackOrigin } from '../../../shared/content/update-schema';
import type { DisplayFormat } from '../../../shared/locale/display-format';
import { retiredText } from '../certifications/cert-facts';

export const ORIGIN_TEXT: Record<PackOrigin, string> = { 'built-in': 'built into MLE Path', file: 'loaded from a file' };

/** "Machine-learning engineer 1.2.0" */
export const packName = (pack: Pick<ContentSummary, 'title' | 'packVersion'>) => `${pack.title} ${pack.packVersion}`;

/** "facts as of 31 Mar 2026", the date in the learner's format. */
export const asOfText = (pack: Pick<ContentSummary, 'asOf'>, format: DisplayFormat) => `facts as of ${format.day(pack.asOf)}`;

/** Whether a shipped pack is exactly the one in use (nothing to switch to). */
export function isInUse(shipped: ContentSummary, current: ContentSummary): boolean {
  return current.origin === 'built-in' && shipped.editionId === current.editionId && shipped.packVersion === current.packVersion;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "a, b and c" */
function listText(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * "Your 12 ticks, 3 notes, 40 review cards and 1 booked exam are kept; 2 records move with the
 * renamed milestones." Only what the learner has is named.
 */
export function keepsText(keeps: PackKeeps, changes: Pick<PackChanges, 'renamedMilestones'>): string {
  const parts = [
    keeps.ticks > 0 ? count(keeps.ticks, 'tick', 'ticks') : null,
    keeps.notes > 0 ? count(keeps.notes, 'note', 'notes') : null,
    keeps.reviewCards > 0 ? count(keeps.reviewCards, 'review card', 'review cards') : null,
    keeps.bookings > 0 ? count(keeps.bookings, 'booked exam', 'booked exams') : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return 'You have no ticks, notes, review cards or booked exams yet, so there is nothing to carry over.';
  const total = keeps.ticks + keeps.notes + keeps.reviewCards + keeps.bookings;
  const kept = `Your ${listText(parts)} ${total === 1 ? 'is' : 'are'} kept`;
  if (keeps.moved === 0) return `${kept}.`;
  const to = changes.renamedMilestones.length > 0 ? 'renamed milestones' : 'renamed items';
  // `moved` counts the learner's records (a tick, a review card, a planned session), not milestones.
  return `${kept}; ${keeps.moved} ${keeps.moved === 1 ? 'record moves' : 'records move'} with the ${to}.`;
}

export interface ChangeList {
  id: keyof PackChanges;
  title: string;
  items: string[];
}

const price = (usd: number | null, format: DisplayFormat) => (usd === null ? 'no price stated' : format.usd(usd));

/** Each kind of change the preview has, in the order a learner cares about; empty kinds are left out. */
export function changeLists(changes: PackChanges, format: DisplayFormat): ChangeList[] {
  const lists: ChangeList[] = [
    {
      id: 'renamedMilestones',
      title: 'Renamed milestones (your progress follows them)',
      items: changes.renamedMilestones.map((m) => (m.fromTitle === m.toTitle ? `“${m.toTitle}” (same title, new id)` : `“${m.fromTitle}” is now “${m.toTitle}”`)),
    },
    {
      id: 'priceChanges',
      title: 'Exam prices',
      items: changes.priceChanges.map((c) => `${c.name}: ${price(c.fromUsd, format)} → ${price(c.toUsd, format)}`),
    },
    {
      id: 'removedCertifications',
      title: 'Certifications no longer in the content',
      items: changes.removedCertifications.map((c) => (c.booked ? `${c.name} (you have this exam booked: it stays on your checklist, flagged)` : c.name)),
    },
    {
      id: 'retiredCertifications',
      title: 'Certifications now retired',
      items: changes.retiredCertifications.map((c) => {
        const when = retiredText(c, format, true);
        return when ? `${c.name} (retired ${when})` : c.name;
      }),
    },
    { id: 'newCertifications', title: 'New certifications', items: changes.newCertifications.map((c) => c.name) },
    { id: 'newMilestones', title: 'New milestones', items: changes.newMilestones.map((m) => m.title) },
    {
      id: 'removedMilestones',
      title: 'Milestones no longer in the content',
      items: changes.removedMilestones.map((m) => (m.ticked ? `${m.title} (you ticked it: the tick is kept and shows again if you switch back)` : m.title)),
    },
  ];
  return lists.filter((l) => l.items.length > 0);
}
