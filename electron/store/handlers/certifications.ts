/**
 * The certification checklist: a retired exam can only be recorded as passed or due for renewal,
 * dates are checked against the learner's today, and a booking change re-plans.
 */
import { certificationDateIssues, shiftMonths } from '../../../shared/domain/date-range';
import type { CertificationStatus } from '../../../shared/domain/records';
import { fail, ok } from '../../../shared/ipc/result';
import type { StoreContext } from '../context';
import { SINGLETON_KEY } from '../db';
import type { Handlers } from '../service';

export function certificationsHandlers(ctx: StoreContext): Pick<Handlers, 'certification:list' | 'certification:update'> {
  const { db, pack, now } = ctx;
  const certs = new Map(pack.certifications.map((c) => [c.id, c]));

  return {
    async 'certification:list'() {
      return ok(await db.certifications.orderBy('certId').toArray());
    },

    async 'certification:update'(request) {
      const cert = certs.get(request.certId);
      const [previous, profileRow] = await Promise.all([db.certifications.get(request.certId), db.profile.get(SINGLETON_KEY)]);
      // A certification a content update removed stays on the checklist (flagged) with its row,
      // so the learner can still record how it went; only unknown new entries are refused.
      if (!cert && !previous) return fail('not-found', `Certification "${request.certId}" is not in MLE Path's list.`);
      if (cert && cert.status === 'retired' && request.status !== 'passed' && request.status !== 'renewal-due') {
        const replacement = cert.replacedBy ? certs.get(cert.replacedBy) : undefined;
        return fail(
          'conflict',
          `${cert.name} was retired${cert.retiredOn ? ` on ${cert.retiredOn}` : ''}${replacement ? `; plan ${replacement.name} instead` : ''}.`,
        );
      }
      // The checks relative to today (the learner's today, by the store's clock): the request
      // schema bounds the years only, because schemas have no clock.
      const issues = certificationDateIssues(request, ctx.today(profileRow?.profile), previous?.examDate ?? null);
      if (issues.length > 0) return fail('invalid-request', issues.map((i) => i.message).join(' '), issues);
      // Calendar months on the date's own text: a pass date in range gives an expiry in range.
      // A removed certification's validity is no longer known: its expiry stands while its pass date does.
      const expiresOn = cert
        ? request.passedOn && cert.validityYears
          ? shiftMonths(request.passedOn, Math.round(cert.validityYears * 12))
          : null
        : previous?.passedOn === request.passedOn
          ? (previous?.expiresOn ?? null)
          : null;
      const row: CertificationStatus = { ...request, expiresOn, updatedAt: now().toISOString() };
      await db.transaction('rw', db.certifications, async () => {
        await db.certifications.put(row);
      });
      // A booking (or un-booking) is a fixed point the plan must respect.
      const bookingChanged = (previous?.status === 'exam-booked') !== (row.status === 'exam-booked') || previous?.examDate !== row.examDate;
      if (bookingChanged) await ctx.replanAndAnnounce();
      return ok(row);
    },
  };
}
