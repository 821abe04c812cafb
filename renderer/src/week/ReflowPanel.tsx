/**
 * "Re-plan the remaining work": offered while sessions are missed. The first press asks the store
 * for a preview (new finish date, what moves, booked exams at risk) and writes nothing; only
 * "Apply" changes the plan, and the store applies exactly what was shown or asks to look again.
 */
import { useState } from 'react';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { ReflowPreviewView } from '../../../shared/ipc/contract';
import { useDisplayFormat } from '../shared/locale';

/** Moves listed before "and N more". */
const SHOWN_MOVES = 6;

export function ReflowPanel({ planner, missedCount }: { planner: PlannerBridge; missedCount: number }) {
  const format = useDisplayFormat();
  const [preview, setPreview] = useState<ReflowPreviewView | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  async function look() {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    const result = await planner.invoke('plan:reflow-preview', {});
    setBusy(false);
    if (!result.ok) return setMessage({ kind: 'error', text: `The remaining work could not be re-planned: ${result.error.message}` });
    setPreview(result.value);
  }

  async function apply() {
    if (!preview || busy) return;
    setBusy(true);
    const result = await planner.invoke('plan:reflow', { missedIds: preview.missedIds, toEtaDate: preview.toEtaDate });
    setBusy(false);
    if (!result.ok) {
      if (result.error.code === 'conflict') {
        setMessage({ kind: 'error', text: result.error.message });
        return void look();
      }
      return setMessage({ kind: 'error', text: `Nothing was changed: ${result.error.message}` });
    }
    setPreview(null);
    setMessage({ kind: 'success', text: `Re-planned: you now finish on ${format.day(result.value.plan.etaDate)}. Your ticks, notes, logged time and booked exams are kept.` });
  }

  if (missedCount === 0 && !preview && !message) return null;
  const moves = preview?.moves ?? [];
  return (
    <section className="card stack week-reflow" aria-labelledby="reflow-title" data-testid="reflow">
      <div>
        <h2 id="reflow-title">Fallen behind?</h2>
        <p className="muted small">
          Let MLE Path place everything not done yet into your free study time from today, never more than your weekly hours and only inside your study
          windows. You see the new finish date before anything changes.
        </p>
      </div>
      {message && (
        <div className={`alert ${message.kind === 'error' ? 'alert-error' : 'alert-success'}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      )}
      {preview ? (
        <div className="stack" data-testid="reflow-preview">
          <p>
            <strong>
              Finish {preview.toEtaDate === preview.fromEtaDate ? `stays on ${format.day(preview.toEtaDate)}` : `moves from ${format.day(preview.fromEtaDate)} to ${format.day(preview.toEtaDate)}`}
            </strong>
            , at up to {format.hours(preview.weeklyHours)} a week.{' '}
            {preview.missedIds.length > 0
              ? `${preview.missedIds.length === 1 ? '1 missed session' : `${preview.missedIds.length} missed sessions`} (${format.duration(preview.missedMinutes)}) will be marked skipped; their work is planned again.`
              : 'No session is missed; the rest is planned again from now.'}
          </p>
          {preview.exams.map((e) => (
            <div key={e.certId} className="alert alert-warning" role="alert">
              Your booked {e.name} exam on {format.day(e.examDate)} {e.becomesInfeasible ? 'becomes too early' : 'stays too early'}: this plan gets you ready by{' '}
              {format.day(e.readyDate)}. Consider moving the exam, or adding study hours in your profile.
            </div>
          ))}
          {moves.length > 0 ? (
            <>
              <h3 className="week-reflow-subtitle">What moves</h3>
              <ul className="week-reflow-moves">
                {moves.slice(0, SHOWN_MOVES).map((m) => (
                  <li key={m.milestoneId}>
                    {m.title}: {format.day(m.fromEndDate)} → {format.day(m.toEndDate)}
                  </li>
                ))}
                {moves.length > SHOWN_MOVES && <li>and {moves.length - SHOWN_MOVES} more milestones</li>}
              </ul>
            </>
          ) : (
            <p className="muted small">No milestone changes its finish day.</p>
          )}
          <div className="week-reflow-actions">
            <button type="button" className="button button-primary" aria-disabled={busy || undefined} onClick={() => void apply()}>
              {busy ? 'Applying…' : 'Apply this plan'}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setPreview(null)}>
              Keep my plan
            </button>
          </div>
        </div>
      ) : (
        missedCount > 0 && (
          <div>
            <button type="button" className="button button-primary" aria-disabled={busy || undefined} onClick={() => void look()}>
              {busy ? 'Working it out…' : 'Re-plan the remaining work'}
            </button>
          </div>
        )
      )}
    </section>
  );
}
