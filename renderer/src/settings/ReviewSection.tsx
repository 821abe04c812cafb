/**
 * Spaced review's FSRS parameters: how much the learner wants to recall when an item comes back
 * (request retention), the longest gap between two reviews, and whether reviews graded together
 * are spread over nearby days (fuzz). Checked with the same schema the store uses, each problem
 * shown on its field; nothing is saved until all three are valid.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { REVIEW_MAX_INTERVAL, REVIEW_RETENTION, REVIEW_SETTINGS_DEFAULTS, ReviewSettingsSchema, type ReviewSettings } from '../../../shared/domain/review';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import { putAnswer } from '../data/planner-query';

interface Props {
  planner: PlannerBridge;
  review: ReviewSettings | undefined;
}

type Field = 'requestRetention' | 'maximumIntervalDays';

export function ReviewSection({ planner, review }: Props) {
  const id = useId();
  const client = useQueryClient();
  const stored = review ?? REVIEW_SETTINGS_DEFAULTS;
  const [retention, setRetention] = useState(String(Math.round(stored.requestRetention * 100)));
  const [maxDays, setMaxDays] = useState(String(stored.maximumIntervalDays));
  const [fuzz, setFuzz] = useState(stored.fuzz);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setStatus(null);
    const percent = retention.trim() === '' ? Number.NaN : Number(retention);
    const days = maxDays.trim() === '' ? Number.NaN : Number(maxDays);
    const candidate = { requestRetention: Math.round(percent) / 100, maximumIntervalDays: days, fuzz };
    const found: Partial<Record<Field, string>> = {};
    if (!Number.isFinite(percent) || !Number.isInteger(percent)) found.requestRetention = 'Recall target must be a whole percentage.';
    const parsed = ReviewSettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if ((field === 'requestRetention' || field === 'maximumIntervalDays') && !found[field]) found[field] = issue.message;
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed.success) return;
    setSaving(true);
    const r = await planner.invoke('settings:update', { review: parsed.data });
    setSaving(false);
    if (r.ok) {
      putAnswer(client, 'settings:get', {}, r.value);
      setStatus('Saved. Your next grades are scheduled with these settings.');
    } else {
      setStatus(`Not saved: ${r.error.message}`);
    }
  }

  const describedBy = (field: Field, hint: string) => (errors[field] ? `${hint} ${id}-${field}-error` : hint);
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Spaced review</h2>
      <p className="muted small">
        MLE Path schedules reviews with FSRS. The defaults suit most learners: {Math.round(REVIEW_SETTINGS_DEFAULTS.requestRetention * 100)} % recall,
        at most {REVIEW_SETTINGS_DEFAULTS.maximumIntervalDays} days between reviews, reviews spread over nearby days.
      </p>
      <form className="form" onSubmit={(e) => void save(e)} noValidate>
        <div className="field-row">
          <div className="field">
            <label className="label" htmlFor={`${id}-retention`}>
              Recall target (%)
            </label>
            <input
              id={`${id}-retention`}
              className="text-input"
              inputMode="numeric"
              value={retention}
              onChange={(e) => setRetention(e.target.value)}
              aria-invalid={errors.requestRetention ? true : undefined}
              aria-describedby={describedBy('requestRetention', `${id}-retention-hint`)}
            />
            <p className="hint" id={`${id}-retention-hint`}>
              {REVIEW_RETENTION.min * 100}–{REVIEW_RETENTION.max * 100}. Higher means more frequent reviews.
            </p>
            {errors.requestRetention && (
              <p className="field-error" id={`${id}-requestRetention-error`}>
                {errors.requestRetention}
              </p>
            )}
          </div>
          <div className="field">
            <label className="label" htmlFor={`${id}-max`}>
              Longest gap (days)
            </label>
            <input
              id={`${id}-max`}
              className="text-input"
              inputMode="numeric"
              value={maxDays}
              onChange={(e) => setMaxDays(e.target.value)}
              aria-invalid={errors.maximumIntervalDays ? true : undefined}
              aria-describedby={describedBy('maximumIntervalDays', `${id}-max-hint`)}
            />
            <p className="hint" id={`${id}-max-hint`}>
              {REVIEW_MAX_INTERVAL.min}–{REVIEW_MAX_INTERVAL.max.toLocaleString('en')}.
            </p>
            {errors.maximumIntervalDays && (
              <p className="field-error" id={`${id}-maximumIntervalDays-error`}>
                {errors.maximumIntervalDays}
              </p>
            )}
          </div>
        </div>
        <label className="inline-check">
          <input type="checkbox" checked={fuzz} onChange={(e) => setFuzz(e.target.checked)} />
          Spread reviews graded together over nearby days
        </label>
        <div className="form-actions">
          <button type="submit" className="button button-secondary" aria-disabled={saving}>
            {saving ? 'Saving…' : 'Save review settings'}
          </button>
          <span role="status" className="small">
            {status}
          </span>
        </div>
      </form>
    </section>
  );
}
