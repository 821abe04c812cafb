/**
 * The app on this computer: keep running in the tray, start at login, and the study calendar
 * as an .ics file for any calendar app. Main does the work (login entry, tray, file dialog);
 * this section only asks and shows the answer.
 */
import { useState } from 'react';
import type { AppSettings } from '../../../shared/domain/records';
import type { PlannerBridge } from '../../../shared/ipc/bridge';

type Toggle = 'closeToTray' | 'launchAtLogin';
type ExportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

interface Props {
  planner: PlannerBridge;
  settings: AppSettings;
}

export function DesktopSection({ planner, settings }: Props) {
  // The box follows the click at once; the stored value catches up when main confirms.
  const [pending, setPending] = useState<Partial<Record<Toggle, boolean>>>({});
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<ExportState>({ kind: 'idle' });

  async function setToggle(key: Toggle, value: boolean) {
    setPending((p) => ({ ...p, [key]: value }));
    const r = await planner.invoke('settings:update', { [key]: value });
    setPending((p) => {
      const { [key]: _done, ...rest } = p;
      return rest;
    });
    setError(r.ok ? null : r.error.message);
  }

  async function exportCalendar() {
    setExported({ kind: 'busy' });
    const r = await planner.invoke('calendar:export-ics', {});
    if (!r.ok) setExported({ kind: 'error', message: r.error.message });
    else if (!r.value) setExported({ kind: 'idle' });
    else setExported({ kind: 'done', message: `Calendar saved to ${r.value.path} (${r.value.events} event${r.value.events === 1 ? '' : 's'}).` });
  }

  const shown = (key: Toggle) => pending[key] ?? settings[key];
  return (
    <section className="card stack" aria-labelledby="desktop-title">
      <h2 id="desktop-title">On this computer</h2>
      <label className="inline-check">
        <input type="checkbox" checked={shown('closeToTray')} onChange={(e) => void setToggle('closeToTray', e.target.checked)} />
        Keep running in the tray when the window is closed
      </label>
      <p className="muted small">Reminders only arrive while MLE Path is running. Quit it from the tray icon's menu.</p>
      <label className="inline-check">
        <input type="checkbox" checked={shown('launchAtLogin')} onChange={(e) => void setToggle('launchAtLogin', e.target.checked)} />
        Start MLE Path when I log in
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}

      <div className="stack">
        <p className="muted small">
          Your study sessions for the next 8 weeks and your booked exams as one .ics file for Google Calendar, Outlook or Apple Calendar.
          Importing a newer file updates the same events instead of adding copies.
        </p>
        <div>
          <button type="button" className="button button-secondary" disabled={exported.kind === 'busy'} onClick={() => void exportCalendar()}>
            Export study calendar (.ics)…
          </button>
        </div>
        <div role="status" aria-live="polite" data-testid="calendar-status">
          {exported.kind === 'busy' && <p className="muted small">Building your calendar…</p>}
          {exported.kind === 'done' && <p className="status">{exported.message}</p>}
        </div>
        {exported.kind === 'error' && (
          <p className="alert alert-error" role="alert" data-testid="calendar-error">
            {exported.message}
          </p>
        )}
      </div>
    </section>
  );
}
