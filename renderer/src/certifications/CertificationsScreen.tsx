/**
 * Certifications: the comparison of every exam in the content pack, with the learner's
 * recommended sequence highlighted, and the learner's checklist — one entry per certification
 * in their plan or added by them, each with its status, dates, spending, countdown and expiry.
 *
 * The plan comes from `plan:get` (kept current by `plan:changed`, which follows a booking) and
 * the saved records from `certification:list`. `detail.certId` (a clicked exam reminder) scrolls
 * to that certification and highlights it.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { startOfToday } from 'date-fns';
import type { PlannedCertification } from '../../../shared/domain/plan';
import type { CertificationStatus } from '../../../shared/domain/records';
import type { ScreenProps } from '../screens';
import type { ContentPack } from '../../../shared/content/schema';
import { perPack, useContent, type CertificationContent } from '../shared/content';
import { usePlanView } from '../shared/usePlanView';
import { CertificationTable, rowId } from './CertificationTable';
import { ChecklistEntry } from './ChecklistEntry';
import './certifications.css';
import { keyOf, useChannel, usePendingWrites, useWrite } from '../data/planner-query';
import { allOf, Loaded } from '../shared/LoadStates';

/** The certifications with a practice bank in a pack. */
const practiceIdsOf = perPack((pack): ReadonlySet<string> => new Set(pack.practice.map((q) => q.certId)));

/** Plan sequence first, then the other active exams in the source's learning order, retired last. */
function comparisonOrder(pack: ContentPack, planned: ReadonlyMap<string, PlannedCertification>): CertificationContent[] {
  const rank = (c: CertificationContent) => {
    const p = planned.get(c.id);
    if (p) return p.order;
    if (c.status === 'retired') return 3000;
    return 1000 + (c.learningOrder ?? 999);
  };
  return [...pack.certifications].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

export default function CertificationsScreen({ planner, navigate, detail }: ScreenProps) {
  const client = useQueryClient();
  const content = useContent();
  const { certificationLabel } = content;
  const plan = usePlanView(planner);
  const records = useChannel(planner, 'certification:list', {});
  const [addErrors, setAddErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [highlightId, setHighlightId] = useState<string | null>(detail?.certId ?? null);
  const [focusTarget, setFocusTarget] = useState<{ certId: string; where: 'entry' | 'row' } | null>(
    detail?.certId ? { certId: detail.certId, where: 'entry' } : null,
  );
  // A later request for another certification (a reminder clicked while this screen is open).
  const requested = detail?.certId ?? null;
  const [seenRequest, setSeenRequest] = useState(requested);
  if (requested !== seenRequest) {
    setSeenRequest(requested);
    if (requested) {
      setHighlightId(requested);
      setFocusTarget({ certId: requested, where: 'entry' });
    }
  }
  const headings = useRef(new Map<string, HTMLHeadingElement>());
  const today = useMemo(() => startOfToday(), []);

  const read = allOf(plan, records);
  const view = plan.data ?? null;
  const planned = useMemo(() => new Map((view?.plan.certifications ?? []).map((c) => [c.certId, c])), [view]);
  const rows = useMemo(() => new Map((records.data ?? []).map((r) => [r.certId, r])), [records.data]);

  // The checklist: the plan's sequence in order, then anything else the learner has a record for
  // (a certification the content in use no longer has among them: it is shown flagged, not hidden).
  const checklistIds = useMemo(() => {
    const fromPlan = [...planned.values()].sort((a, b) => a.order - b.order).map((c) => c.certId);
    const added = [...rows.keys()].filter((certId) => !planned.has(certId));
    return [...fromPlan, ...added.sort((a, b) => certificationLabel(a).localeCompare(certificationLabel(b)))];
  }, [planned, rows, certificationLabel]);
  const inChecklist = useMemo(() => new Set(checklistIds), [checklistIds]);
  const ready = read.status === 'success';

  // Move focus (and the eye) to the entry or row asked for, once it is on screen.
  useEffect(() => {
    if (!ready || !focusTarget) return;
    const heading = focusTarget.where === 'entry' ? headings.current.get(focusTarget.certId) : undefined;
    const target = heading ?? document.getElementById(rowId(focusTarget.certId))?.querySelector<HTMLElement>('th');
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    setFocusTarget(null);
  }, [ready, focusTarget, checklistIds]);

  function saved(row: CertificationStatus) {
    client.setQueryData<CertificationStatus[]>(keyOf('certification:list', {}), (r) => r && [...r.filter((x) => x.certId !== row.certId), row]);
  }

  const { mutate: addCertification } = useWrite(planner, 'certification:update', {
    onSuccess: (row) => {
      saved(row);
      setHighlightId(row.certId);
      setFocusTarget({ certId: row.certId, where: 'entry' });
    },
    onError: (error, { certId }) => setAddErrors((m) => new Map(m).set(certId, `Not added: ${error.message}`)),
  });
  // Certifications being added from the table, until the store answers.
  const adding = new Set(usePendingWrites('certification:update').map((r) => r.certId));
  function add(certId: string) {
    setAddErrors((m) => {
      const next = new Map(m);
      next.delete(certId);
      return next;
    });
    addCertification({ certId, status: 'planned', examDate: null, passedOn: null, spentUsd: 0 });
  }

  const show = (certId: string, where: 'entry' | 'row') => {
    setHighlightId(certId);
    setFocusTarget({ certId, where });
  };

  return (
    <div className="screen certs-screen">
      <div className="screen-head">
        <h1>Certifications</h1>
        <p className="lede">Compare the exams worth taking, then track the ones you are going for: status, exam date, money spent and renewal.</p>
      </div>

      {!ready && (
        <Loaded read={read} what="Your certifications" loading="Loading your certifications…">
          {() => null}
        </Loaded>
      )}

      {ready && (
        <>
          <CertificationTable
            certs={comparisonOrder(content.pack, planned)}
            planned={planned}
            inChecklist={inChecklist}
            adding={adding}
            addErrors={addErrors}
            highlightId={highlightId}
            onAdd={add}
            onShowEntry={(certId) => show(certId, 'entry')}
            onShowCert={(certId) => show(certId, 'row')}
            practiceIds={practiceIdsOf(content.pack)}
            onPractise={(certId) => navigate('practice', { certId })}
          />

          <section className="stack" aria-labelledby="certs-checklist-title">
            <div>
              <h2 id="certs-checklist-title">My checklist</h2>
              <p className="muted small">Booking an exam fixes its date in your plan; the rest of the plan moves around it.</p>
            </div>
            {!view && (
              <div className="card empty-state">
                <p>
                  <strong>No plan yet.</strong> Save your starting point and MLE Path recommends an exam sequence that fits your background and
                  budget. You can also add any active certification from the table above.
                </p>
                <button type="button" className="button button-primary" onClick={() => navigate('profile')}>
                  Set up your profile
                </button>
              </div>
            )}
            {view && checklistIds.length === 0 && (
              <div className="card empty-state">
                <p>
                  <strong>Your checklist is empty.</strong> Your plan has no exam in it; add a certification from the table above to track it.
                </p>
              </div>
            )}
            {checklistIds.map((certId) => {
              return (
                <ChecklistEntry
                  key={certId}
                  planner={planner}
                  certId={certId}
                  cert={content.certification(certId)}
                  row={rows.get(certId)}
                  planned={planned.get(certId)}
                  today={today}
                  highlighted={highlightId === certId}
                  headingRef={(el) => {
                    if (el) headings.current.set(certId, el);
                    else headings.current.delete(certId);
                  }}
                  onSaved={saved}
                />
              );
            })}
          </section>
        </>
      )}
    </div>
  );
}
