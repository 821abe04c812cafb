/**
 * One certification on the learner's checklist: where it is in its lifecycle (planned →
 * studying → exam booked → passed → renewal due), the exam and pass dates, the money spent,
 * and what follows from the saved record (countdown to a booked exam, expiry and renewal).
 *
 * Like the profile form, it does not re-validate: main checks the request against the shared
 * contract (a booked exam needs its date, a pass needs its date, retired exams are refused) and
 * the entry shows main's message next to the field it names.
 */
import { useId, useState, type FormEvent, type Ref } from 'react';
import { isValid, parseISO } from 'date-fns';
import type { PlannedCertification } from '../../../shared/domain/plan';
import type { CertificationStatus } from '../../../shared/domain/records';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { RequestOf } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { useContent, type CertificationContent } from '../shared/content';
import { parseIsoDate } from '../../../shared/planner/time';
import { useDisplayFormat } from '../shared/locale';
import { examCountdown, expiryNote, nameFromId, RETIRED_STATUSES, retiredText, STATUS_STEPS, type CertStatusValue, type DateNote } from './cert-facts';

interface Draft {
  status: CertStatusValue;
  examDate: string;
  passedOn: string;
  spentUsd: string;
}

type Field = 'status' | 'examDate' | 'passedOn' | 'spentUsd';
const FIELDS: readonly Field[] = ['status', 'examDate', 'passedOn', 'spentUsd'];

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; error: IpcError };

const PLAIN_NUMBER = /^\d+(\.\d+)?$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (text: string) => ISO_DAY.test(text) && isValid(parseISO(text));

function draftFrom(row: CertificationStatus | undefined): Draft {
  return {
    status: row?.status ?? 'planned',
    examDate: row?.examDate ?? '',
    passedOn: row?.passedOn ?? '',
    spentUsd: row ? String(row.spentUsd) : '0',
  };
}

const showsPassDate = (status: CertStatusValue) => status === 'passed' || status === 'renewal-due';

/** Lenient on purpose: anything that is not a plain amount goes as typed, so main's message is the one shown. */
function requestFrom(certId: string, d: Draft): Record<string, unknown> {
  const spent = d.spentUsd.trim().replace(/[$,]/g, '');
  return {
    certId,
    status: d.status,
    examDate: d.examDate.trim() === '' ? null : d.examDate.trim(),
    passedOn: showsPassDate(d.status) && d.passedOn.trim() !== '' ? d.passedOn.trim() : null,
    spentUsd: spent === '' ? 0 : PLAIN_NUMBER.test(spent) ? Number(spent) : d.spentUsd,
  };
}

/** Edits that would not change the saved record (a hidden pass date, "0" vs "0.0") are not "unsaved". */
const sameRequest = (certId: string, a: Draft, b: Draft) => JSON.stringify(requestFrom(certId, a)) === JSON.stringify(requestFrom(certId, b));

interface Props {
  planner: PlannerBridge;
  certId: string;
  /** Undefined when the content pack in use no longer has this certification (a record kept from before). */
  cert: CertificationContent | undefined;
  row: CertificationStatus | undefined;
  planned: PlannedCertification | undefined;
  today: Date;
  highlighted: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
  onSaved: (row: CertificationStatus) => void;
}

export function ChecklistEntry({ planner, certId, cert, row, planned, today, highlighted, headingRef, onSaved }: Props) {
  const format = useDisplayFormat();
  const { certificationLabel, formerCertName } = useContent();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftFrom(row));
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const retired = cert?.status === 'retired';
  const dirty = !sameRequest(certId, draft, draftFrom(row));

  const errors: Partial<Record<Field, string>> = {};
  if (save.kind === 'error') {
    for (const issue of save.error.issues ?? []) {
      const field = FIELDS.find((f) => f === issue.path);
      if (field && !errors[field]) errors[field] = issue.message;
    }
  }
  const unplaced = save.kind === 'error' ? (save.error.issues ?? []).filter((i) => !FIELDS.includes(i.path as Field)) : [];

  function update<K extends keyof Draft>(field: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [field]: value }));
    if (save.kind === 'saved') setSave({ kind: 'idle' });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSave({ kind: 'saving' });
    // Sent as typed: main is the one validator (see the header comment).
    const result = await planner.invoke('certification:update', requestFrom(certId, draft) as RequestOf<'certification:update'>);
    if (result.ok) {
      setDraft(draftFrom(result.value));
      setSave({ kind: 'saved' });
      onSaved(result.value);
    } else {
      setSave({ kind: 'error', error: result.error });
    }
  }

  const describe = (field: Field, hint?: string) => [hint, errors[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  const errorText = (field: Field) =>
    errors[field] ? (
      <p className="field-error" id={`${id}-${field}-error`} data-testid={`cert-error-${field}`}>
        {errors[field]}
      </p>
    ) : null;

  const countdown = examCountdown(row, today, format);
  const expiry = expiryNote(row, today, format);
  const titleId = `${id}-title`;

  return (
    <article
      className={`card certs-entry${highlighted ? ' is-highlighted' : ''}`}
      aria-labelledby={titleId}
      data-testid={`checklist-${certId}`}
    >
      <header className="certs-entry-head">
        <div className="certs-entry-title">
          <h3 id={titleId} tabIndex={-1} ref={headingRef}>
            {cert ? certificationLabel(certId) : (formerCertName(certId) ?? nameFromId(certId))}
          </h3>
          {!cert && (
            <p className="certs-gone" data-testid={`checklist-gone-${certId}`}>
              <strong>No longer in the study content — kept from before.</strong> Your plan no longer prepares for this exam; its record stays
              here and you can still update it. <span className="muted">(Its id: {certId}.)</span>
            </p>
          )}
          <p className="muted small">
            {planned
              ? `In your plan · #${planned.order} · ${planned.booked ? 'booked for' : 'target exam'} ${format.day(planned.targetExamDate)}`
              : retired
                ? `Retired${cert?.retiredOn ? ` ${retiredText(cert, format, true)}` : ''}: kept as a record of your pass`
                : cert
                  ? 'Added by you'
                  : 'Not in your plan'}
            {row ? ` · ${format.usd(row.spentUsd)} spent` : ''}
          </p>
        </div>
        <div className="certs-notes">
          {countdown && <DateBadge note={countdown} testId={`exam-countdown-${certId}`} />}
          {expiry && <DateBadge note={expiry} testId={`expiry-${certId}`} />}
        </div>
      </header>

      <form className="certs-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
        {save.kind === 'error' && (
          <div className="alert alert-error" role="alert" data-testid={`cert-save-error-${certId}`}>
            <span>
              <strong>Not saved.</strong>{' '}
              {save.error.issues && save.error.issues.length > 0 ? 'Please correct the highlighted fields.' : save.error.message}
            </span>
            {unplaced.map((issue) => (
              <span key={issue.path + issue.message} className="block">
                {issue.message}
              </span>
            ))}
          </div>
        )}

        <fieldset className="field certs-status" aria-invalid={errors.status ? true : undefined} aria-describedby={describe('status', retired ? `${id}-status-hint` : undefined)}>
          <legend className="label">Status</legend>
          <div className="certs-steps">
            {STATUS_STEPS.map((step, i) => {
              const disabled = retired && !RETIRED_STATUSES.has(step.value);
              // The date that goes with a step, as a reminder; the date fields below are the labelled inputs.
              const stepDate = step.value === 'exam-booked' ? draft.examDate : step.value === 'passed' ? draft.passedOn : '';
              return (
                <label key={step.value} className={`certs-step${disabled ? ' is-disabled' : ''}`}>
                  <input
                    type="radio"
                    name={`${id}-status`}
                    value={step.value}
                    checked={draft.status === step.value}
                    disabled={disabled}
                    onChange={() => update('status', step.value)}
                  />
                  <span className="certs-step-index" aria-hidden="true">
                    {i + 1}
                  </span>
                  <span className="certs-step-text">
                    {step.label}
                    {isDay(stepDate) && (
                      <span className="certs-step-date" aria-hidden="true">
                        {format.day(stepDate)}
                      </span>
                    )}
                  </span>
                </label>
              );
            })}
          </div>
          {retired && (
            <p className="hint" id={`${id}-status-hint`}>
              This exam is retired, so only a pass can be recorded.
            </p>
          )}
          {errorText('status')}
        </fieldset>

        <div className="certs-fields">
          <div className="field">
            <label className="label" htmlFor={`${id}-exam`}>
              Exam date
            </label>
            <input
              id={`${id}-exam`}
              type="date"
              value={draft.examDate}
              onChange={(e) => update('examDate', e.target.value)}
              aria-invalid={errors.examDate ? true : undefined}
              aria-describedby={describe('examDate', `${id}-examDate-hint`)}
            />
            <p className="hint" id={`${id}-examDate-hint`}>
              {draft.examDate && parseIsoDate(draft.examDate) !== null
                ? `${format.dayLong(draft.examDate)}.`
                : draft.status === 'exam-booked'
                  ? 'The date you booked.'
                  : 'Needed once you book.'}
            </p>
            {errorText('examDate')}
          </div>

          {showsPassDate(draft.status) && (
            <div className="field">
              <label className="label" htmlFor={`${id}-passed`}>
                Date passed
              </label>
              <input
                id={`${id}-passed`}
                type="date"
                value={draft.passedOn}
                onChange={(e) => update('passedOn', e.target.value)}
                aria-invalid={errors.passedOn ? true : undefined}
                aria-describedby={describe('passedOn', `${id}-passedOn-hint`)}
              />
              <p className="hint" id={`${id}-passedOn-hint`}>
                {draft.passedOn && parseIsoDate(draft.passedOn) !== null ? `${format.dayLong(draft.passedOn)}. ` : ''}
                {cert?.validityYears ? `Valid for ${cert.validityYears} years from this date.` : 'No expiry period published.'}
              </p>
              {errorText('passedOn')}
            </div>
          )}

          <div className="field">
            <label className="label" htmlFor={`${id}-spent`}>
              Amount spent
            </label>
            <div className="input-affix">
              <span className="affix" aria-hidden="true">
                $
              </span>
              <input
                id={`${id}-spent`}
                inputMode="decimal"
                autoComplete="off"
                value={draft.spentUsd}
                onChange={(e) => update('spentUsd', e.target.value)}
                aria-invalid={errors.spentUsd ? true : undefined}
                aria-describedby={describe('spentUsd', `${id}-spentUsd-hint`)}
              />
            </div>
            <p className="hint" id={`${id}-spentUsd-hint`}>
              Exam fee, courses and practice tests, in US dollars.
            </p>
            {errorText('spentUsd')}
          </div>
        </div>

        <div className="certs-form-actions">
          <button type="submit" className="button button-primary" disabled={save.kind === 'saving'}>
            {save.kind === 'saving' ? 'Saving…' : 'Save'}
          </button>
          <span className="status" role="status" aria-live="polite" data-testid={`cert-save-status-${certId}`}>
            {save.kind === 'saved' ? 'Saved on this computer.' : save.kind === 'saving' ? 'Saving…' : ''}
          </span>
          {dirty && save.kind !== 'saving' && <span className="muted small">Unsaved changes</span>}
        </div>
      </form>
    </article>
  );
}

function DateBadge({ note, testId }: { note: DateNote; testId: string }) {
  return (
    <span className={`certs-note certs-note-${note.tone}`} data-testid={testId}>
      {note.text}
    </span>
  );
}
