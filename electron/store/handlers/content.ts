/**
 * Settings → Content: the pack in use, the packs that ship with the app, and switching to
 * another pack (shipped, or a file main read) after a preview of what changes and what is kept.
 *
 * A preview is held here under a token until it is applied (or three newer previews push it
 * out); applying moves progress to renamed ids, records the choice, re-plans with the new
 * content and announces both.
 */
import { diffPacks, compareVersions } from '../../../shared/content/pack-diff';
import { remapContentIds } from '../../../shared/content/remap-ids';
import type { ContentPreview } from '../../../shared/content/update-schema';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { formerCertNames, parsePackText, summarise, switchPack, type ActivePack, type ShippedPack } from '../content-packs';
import { dumpAll } from '../backup-store';
import type { StoreContext } from '../context';
import type { Handlers } from '../service';

export type ContentChannel = 'content:get' | 'content:status' | 'content:choose-shipped' | 'content:apply';

export interface ContentDeps {
  ctx: StoreContext;
  shipped: readonly ShippedPack[];
  active: () => ActivePack;
  /** Makes `next` the pack the other handlers use, and answers their context for it. */
  adopt: (next: ActivePack) => StoreContext;
}

/** Previews kept at once: enough for "compare, go back, choose the other", small in memory. */
const MAX_PENDING = 3;

export function contentHandlers(deps: ContentDeps): Pick<Handlers, ContentChannel> & { checkFile(text: string, fileName: string): Promise<Result<ContentPreview>> } {
  const { ctx, shipped } = deps;
  const { db, now } = ctx;
  const pending = new Map<string, { next: ActivePack; fileName: string | null }>();

  async function preview(next: ActivePack, fileName: string | null): Promise<Result<ContentPreview>> {
    const current = deps.active();
    const sameEdition = next.pack.edition.id === current.pack.edition.id;
    const order = compareVersions(next.pack.packVersion, current.pack.packVersion);
    if (sameEdition && order === 0 && next.origin === current.origin) {
      return fail('conflict', `${next.pack.edition.title} ${next.pack.packVersion} is already the content in use.`);
    }
    // A file can only bring an edition forward; going back is the shipped pack's job.
    if (sameEdition && order < 0 && next.origin === 'file') {
      return fail(
        'conflict',
        `This pack (${next.pack.packVersion}) is older than the one in use (${current.pack.packVersion}); nothing was changed.`,
      );
    }
    const data = await dumpAll(db);
    const ticked = new Set(data.milestoneProgress.filter((p) => p.done).map((p) => p.milestoneId));
    const booked = data.certifications.filter((c) => c.status === 'exam-booked');
    const changes = diffPacks(current.pack, next.pack, { tickedMilestoneIds: ticked, bookedCertIds: new Set(booked.map((c) => c.certId)) });
    const { moved } = remapContentIds(data, next.pack.renamedIds);

    const warnings: string[] = [];
    if (!sameEdition) {
      warnings.push(`This is another edition (${next.pack.edition.title}): the roadmap's emphasis changes. Progress on the milestones both editions share is kept.`);
    } else if (order < 0) {
      warnings.push(`This goes back to an older version (${current.pack.packVersion} → ${next.pack.packVersion}).`);
    }
    for (const cert of changes.removedCertifications.filter((c) => c.booked)) {
      const date = booked.find((b) => b.certId === cert.id)?.examDate;
      warnings.push(`Your booked ${cert.name} exam${date ? ` on ${date}` : ''} stays on your checklist, flagged; the plan no longer prepares for it.`);
    }
    const hidden = changes.removedMilestones.filter((m) => m.ticked).length;
    if (hidden > 0) {
      warnings.push(`${hidden} ticked milestone${hidden === 1 ? ' is' : 's are'} not in this pack: the tick${hidden === 1 ? '' : 's'} and notes are kept and show again if you switch back.`);
    }

    const token = crypto.randomUUID();
    pending.set(token, { next, fileName });
    while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value!);
    return ok({
      token,
      fileName,
      from: summarise(current),
      to: summarise(next),
      changes,
      keeps: {
        ticks: ticked.size,
        notes: data.milestoneProgress.filter((p) => p.note.trim() !== '' || p.links.length > 0).length,
        reviewCards: data.reviewCards.length,
        bookings: booked.length,
        moved,
      },
      warnings,
    });
  }

  return {
    async 'content:get'() {
      const { pack, origin, formerCertNames } = deps.active();
      return ok({ pack, origin, formerCertNames: { ...formerCertNames } });
    },

    async 'content:status'() {
      return ok({ current: summarise(deps.active()), shipped: shipped.map((p) => p.summary) });
    },

    async 'content:choose-shipped'({ editionId }) {
      const found = shipped.find((p) => p.summary.editionId === editionId);
      if (!found) return fail('not-found', `No content pack for "${editionId}" ships with this version of MLE Path.`);
      return preview({ pack: found.load(), origin: 'built-in', text: null, formerCertNames: {} }, null);
    },

    async checkFile(text, fileName) {
      const parsed = parsePackText(text);
      if (!parsed.ok) {
        const shown = parsed.errors.slice(0, 5);
        const more = parsed.errors.length > shown.length ? ` (and ${parsed.errors.length - shown.length} more)` : '';
        return fail('invalid-request', `${fileName} is not a content pack MLE Path can use: ${shown.join('; ')}${more}. Nothing was changed.`);
      }
      return preview({ pack: parsed.pack, origin: 'file', text, formerCertNames: {} }, fileName);
    },

    async 'content:apply'({ token }) {
      const chosen = pending.get(token);
      if (!chosen) return fail('not-found', 'This preview is no longer available (MLE Path was restarted or another pack was chosen since). Choose the pack again.');
      pending.clear();
      const current = deps.active();
      const target = { ...chosen.next, formerCertNames: formerCertNames(current.formerCertNames, current.pack, chosen.next.pack) };
      await switchPack(db, target, now().toISOString());
      const next = deps.adopt(target);
      const summary = summarise(target);
      ctx.emit('content:changed', summary);
      // New content is a change to what the plan is made of, so a new baseline starts.
      await next.replanAndAnnounce(`the study content changed to ${summary.title} ${summary.packVersion}`);
      return ok(summary);
    },
  };
}
