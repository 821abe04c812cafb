/** Weekly digest, session heads-up, quiet hours, pause for a day, exam and renewal alerts. */
import { useState, type FormEvent } from 'react';
import type { ReminderSettings } from '../../../shared/domain/reminder-settings';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { IpcError } from '../../../shared/ipc/result';
import type { Weekday } from '../../../shared/planner/time';
import { useDisplayFormat, useLearnerZone } from '../shared/locale';
import { TimeSelect } from '../shared/TimeSelect';

const LEAD_CHOICES = [null, 5, 10, 15, 30, 60] as const;

interface Props {
  planner: PlannerBridge;
  reminders: ReminderSettings;
}

export function RemindersSection({ planner, reminders }: Props) {
  const format = useDisplayFormat();
  const timeZone = useLearnerZone();
  const week = Array.from({ length: 7 }, (_, i) => ((format.firstDayOfWeek + i) % 7) as Weekday);
  const [draft, setDraft] = useState<ReminderSettings>(reminders);
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; error: IpcError }>({ kind: 'idle' });
  const issue = (prefix: string) => (status.kind === 'error' ? status.error.issues?.find((i) => i.path.startsWith(prefix))?.message : undefined);
  // "Now" as of opening the screen is precise enough to tell whether a pause is still running.
  const [openedAt] = useState(() => Date.now());
  const paused = reminders.pausedUntilUtc !== null && Date.parse(reminders.pausedUntilUtc) > openedAt;

  async function save(next: ReminderSettings) {
    setStatus({ kind: 'saving' });
    const r = await planner.invoke('settings:update', { reminders: next });
    if (r.ok) {
      setDraft(r.value.reminders);
      setStatus({ kind: 'saved' });
    } else setStatus({ kind: 'error', error: r.error });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void save(draft);
  }

  return (
    <form className="card stack" aria-labelledby="reminders-title" onSubmit={submit} noValidate>
      <h2 id="reminders-title">Reminders</h2>
      <p className="muted small">Reminders come as system notifications, also while the MLE Path window is closed.</p>

      <div className="settings-row">
        <label className="inline-check">
          <input type="checkbox" checked={draft.digest.enabled} onChange={(e) => setDraft({ ...draft, digest: { ...draft.digest, enabled: e.target.checked } })} />
          Weekly digest of the coming week's sessions
        </label>
        <label className="sr-only" htmlFor="digest-day">
          Digest day
        </label>
        <select id="digest-day" value={draft.digest.weekday} disabled={!draft.digest.enabled} onChange={(e) => setDraft({ ...draft, digest: { ...draft.digest, weekday: Number(e.target.value) } })}>
          {week.map((weekday) => (
            <option key={weekday} value={weekday}>
              {format.weekdayName(weekday)}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor="digest-time">
          Digest time
        </label>
        <TimeSelect id="digest-time" value={draft.digest.time} disabled={!draft.digest.enabled} onChange={(time) => setDraft({ ...draft, digest: { ...draft.digest, time } })} />
      </div>
      {issue('reminders.digest') && <p className="field-error">{issue('reminders.digest')}</p>}

      <div className="settings-row">
        <label htmlFor="lead" className="settings-label">
          Before each session
        </label>
        <select
          id="lead"
          value={draft.sessionLeadMinutes === null ? 'off' : String(draft.sessionLeadMinutes)}
          onChange={(e) => setDraft({ ...draft, sessionLeadMinutes: e.target.value === 'off' ? null : Number(e.target.value) })}
        >
          {LEAD_CHOICES.map((m) => (
            <option key={String(m)} value={m === null ? 'off' : String(m)}>
              {m === null ? 'No reminder' : `${format.number(m)} minutes before`}
            </option>
          ))}
        </select>
      </div>

      <div className="settings-row">
        <label className="inline-check">
          <input type="checkbox" checked={draft.quietHours !== null} onChange={(e) => setDraft({ ...draft, quietHours: e.target.checked ? { start: '22:00', end: '07:00' } : null })} />
          Quiet hours
        </label>
        {draft.quietHours && (
          <>
            <label className="sr-only" htmlFor="quiet-start">
              Quiet from
            </label>
            <TimeSelect id="quiet-start" value={draft.quietHours.start} onChange={(start) => setDraft({ ...draft, quietHours: { start, end: draft.quietHours?.end ?? '07:00' } })} />
            <span aria-hidden="true">–</span>
            <label className="sr-only" htmlFor="quiet-end">
              Quiet until
            </label>
            <TimeSelect id="quiet-end" value={draft.quietHours.end} onChange={(end) => setDraft({ ...draft, quietHours: { start: draft.quietHours?.start ?? '22:00', end } })} />
          </>
        )}
      </div>
      {issue('reminders.quietHours') && <p className="field-error">{issue('reminders.quietHours')}</p>}

      <label className="inline-check">
        <input type="checkbox" checked={draft.examCountdown.enabled} onChange={(e) => setDraft({ ...draft, examCountdown: { enabled: e.target.checked } })} />
        Exam countdown (30, 7 and 1 day before a booked exam)
      </label>
      <label className="inline-check">
        <input type="checkbox" checked={draft.recertification.enabled} onChange={(e) => setDraft({ ...draft, recertification: { enabled: e.target.checked } })} />
        Renewal reminder 90 days before a certification expires
      </label>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? 'Saving…' : 'Save reminders'}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void save({ ...reminders, pausedUntilUtc: paused ? null : new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString() })}
        >
          {paused ? 'Resume reminders' : 'Pause for a day'}
        </button>
        <span className="status" role="status" aria-live="polite" data-testid="reminders-status">
          {status.kind === 'saved' ? 'Saved.' : paused && reminders.pausedUntilUtc ? `Paused until ${format.dateTime(reminders.pausedUntilUtc, timeZone)}` : ''}
        </span>
      </div>
      {status.kind === 'error' && !status.error.issues?.length && (
        <p className="field-error" role="alert">
          {status.error.message}
        </p>
      )}
    </form>
  );
}
