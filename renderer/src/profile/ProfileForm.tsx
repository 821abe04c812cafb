/**
 * The profile form. It does not re-implement validation: main checks every request against
 * the shared schema and the form shows main's messages next to the fields they name.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { setLeaveGuard } from '../shared/leave-guard';
import { BACKGROUND_LABELS, BACKGROUNDS, BUDGET_USD, WEEKLY_HOURS, type Background } from '../../../shared/domain/profile-options';
import { computerTimeZone } from '../../../shared/domain/time-zone';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { RequestOf, SavedProfile } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { parseIsoDate } from '../../../shared/planner/time';
import { useDisplayFormat } from '../shared/locale';
import { AvailabilityFields } from './AvailabilityFields';
import { placeIssues } from './errors';
import { defaultFormValues, formValuesFromProfile, requestFromFormValues, type ProfileFormValues } from './form-values';
import { GoalFields } from './GoalFields';
import { SkillFields } from './SkillFields';
import { failureHeading } from '../shared/WriteStatusBanner';

const BACKGROUND_HINTS: Record<Background, string> = {
  'new-to-code': 'Little or no programming yet',
  student: 'Studying a technical subject',
  'software-developer': 'You ship code for a living',
  'data-analyst': 'SQL, spreadsheets, dashboards',
  'data-scientist': 'Models and experiments, less production',
  'it-professional': 'Infrastructure, cloud or operations',
};

type FieldName = keyof ProfileFormValues;

const detectedTimeZone = () => computerTimeZone() || 'UTC';

interface Props {
  planner: PlannerBridge;
  saved: SavedProfile | null;
  onSaved: (saved: SavedProfile) => void;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; error: IpcError };

export function ProfileForm({ planner, saved, onSaved }: Props) {
  const id = useId();
  const format = useDisplayFormat();
  const [values, setValues] = useState<ProfileFormValues>(() =>
    saved ? formValuesFromProfile(saved.profile, detectedTimeZone()) : defaultFormValues(new Date(), detectedTimeZone()),
  );
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // The values as last saved (or first shown): typing away from them is "unsaved changes".
  const [savedValues, setSavedValues] = useState(() => JSON.stringify(values));
  const dirty = JSON.stringify(values) !== savedValues;
  useEffect(
    () => setLeaveGuard(dirty ? () => 'Your profile has changes that are not saved. Leave without saving them?' : null),
    [dirty],
  );
  // A window closed with unsaved changes asks too (Chromium shows its own wording).
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const { byField: errors, unplaced } = status.kind === 'error' ? placeIssues(status.error.issues ?? [], values) : { byField: {}, unplaced: [] };

  function update<K extends FieldName>(field: K, value: ProfileFormValues[K]) {
    setValues((v) => ({ ...v, [field]: value }));
    if (status.kind === 'saved') setStatus({ kind: 'idle' });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    // Sent as typed, unvalidated: main is the one validator (see the header comment).
    const request = requestFromFormValues(values) as RequestOf<'profile:save'>;
    const result = await planner.invoke('profile:save', request);
    if (result.ok) {
      setSavedValues(JSON.stringify(values));
      // Saved: nothing to warn about, even if onSaved changes the screen before the next render.
      setLeaveGuard(null);
      setStatus({ kind: 'saved' });
      onSaved(result.value);
    } else {
      setStatus({ kind: 'error', error: result.error });
    }
  }

  const describe = (field: 'background' | 'weeklyHours' | 'budgetUsd' | 'startDate', hint?: boolean) =>
    [hint ? `${id}-${field}-hint` : '', errors[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined;

  const errorText = (field: 'background' | 'weeklyHours' | 'budgetUsd' | 'startDate') =>
    errors[field] ? (
      <p className="field-error" id={`${id}-${field}-error`} data-testid={`error-${field}`}>
        {errors[field]}
      </p>
    ) : null;

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>About you</h2>

      {status.kind === 'error' && (
        <div className="alert alert-error" role="alert" data-testid="form-error">
          <strong>{failureHeading(status.error.code)}</strong>{' '}
          {status.error.issues && status.error.issues.length > 0
            ? 'Please correct the highlighted fields.'
            : status.error.message}
          {unplaced.map((issue) => (
            <span key={issue.path + issue.message} className="block">
              {issue.message}
            </span>
          ))}
        </div>
      )}

      <fieldset className="field" aria-describedby={describe('background')} aria-invalid={errors.background ? true : undefined}>
        <legend className="label">Background</legend>
        <div className="choice-grid">
          {BACKGROUNDS.map((background) => (
            <label key={background} className="choice">
              <input
                type="radio"
                name="background"
                value={background}
                checked={values.background === background}
                onChange={() => update('background', background)}
              />
              <span className="choice-body">
                <span className="choice-title">{BACKGROUND_LABELS[background]}</span>
                <span className="choice-hint">{BACKGROUND_HINTS[background]}</span>
              </span>
            </label>
          ))}
        </div>
        {errorText('background')}
      </fieldset>

      <div className="field-row">
        <div className="field">
          <label className="label" htmlFor={`${id}-hours`}>
            Weekly study hours
          </label>
          <div className="input-affix">
            <input
              id={`${id}-hours`}
              name="weeklyHours"
              inputMode="numeric"
              autoComplete="off"
              value={values.weeklyHours}
              onChange={(e) => update('weeklyHours', e.target.value)}
              aria-invalid={errors.weeklyHours ? true : undefined}
              aria-describedby={describe('weeklyHours', true)}
            />
            <span className="affix" aria-hidden="true">
              h / week
            </span>
          </div>
          <p className="hint" id={`${id}-weeklyHours-hint`}>
            Between {format.number(WEEKLY_HOURS.min)} and {format.number(WEEKLY_HOURS.max)} hours.
          </p>
          {errorText('weeklyHours')}
        </div>

        <div className="field">
          <label className="label" htmlFor={`${id}-budget`}>
            Budget for exams and courses
          </label>
          <div className="input-affix">
            <span className="affix" aria-hidden="true">
              $
            </span>
            <input
              id={`${id}-budget`}
              name="budgetUsd"
              inputMode="decimal"
              autoComplete="off"
              value={values.budgetUsd}
              onChange={(e) => update('budgetUsd', e.target.value)}
              aria-invalid={errors.budgetUsd ? true : undefined}
              aria-describedby={describe('budgetUsd', true)}
            />
          </div>
          <p className="hint" id={`${id}-budgetUsd-hint`}>
            US dollars, {format.usd(BUDGET_USD.min)} to {format.usd(BUDGET_USD.max)}.
          </p>
          {errorText('budgetUsd')}
        </div>

        <div className="field">
          <label className="label" htmlFor={`${id}-start`}>
            Start date
          </label>
          <input
            id={`${id}-start`}
            name="startDate"
            type="date"
            value={values.startDate}
            onChange={(e) => update('startDate', e.target.value)}
            aria-invalid={errors.startDate ? true : undefined}
            aria-describedby={describe('startDate', true)}
          />
          {/* The date in words too: the date field is drawn in the system's language and order, which may not be the learner's format. */}
          <p className="hint" id={`${id}-startDate-hint`}>
            {parseIsoDate(values.startDate) === null ? 'The first week of your plan.' : `${format.dayLong(values.startDate)}: the first week of your plan.`}
          </p>
          {errorText('startDate')}
        </div>
      </div>

      <h2 className="form-section">Your goal</h2>
      <GoalFields id={id} values={values} errors={errors} update={update} />

      <h2 className="form-section">Skills and time</h2>
      <SkillFields values={values} errors={errors} update={update} />
      <AvailabilityFields id={id} values={values} errors={errors} update={update} />

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? 'Saving…' : saved ? 'Save changes' : 'Save profile'}
        </button>
        <span className="status" role="status" aria-live="polite" data-testid="save-status">
          {status.kind === 'saved' ? 'Saved on this computer.' : ''}
        </span>
      </div>
    </form>
  );
}
