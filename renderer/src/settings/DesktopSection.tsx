/**
 * The app on this computer: keep running in the tray and start at login. Main does the work
 * (login entry, tray); this section only asks and shows the answer.
 */
import { useState } from 'react';
import type { AppSettings } from '../../../shared/domain/records';
import type { PlannerBridge } from '../../../shared/ipc/bridge';

type Toggle = 'closeToTray' | 'launchAtLogin';

interface Props {
  planner: PlannerBridge;
  settings: AppSettings;
}

export function DesktopSection({ planner, settings }: Props) {
  // The box follows the click at once; the stored value catches up when main confirms.
  const [pending, setPending] = useState<Partial<Record<Toggle, boolean>>>({});
  const [error, setError] = useState<string | null>(null);

  async function setToggle(key: Toggle, value: boolean) {
    setPending((p) => ({ ...p, [key]: value }));
    const r = await planner.invoke('settings:update', { [key]: value });
    setPending((p) => {
      const { [key]: _done, ...rest } = p;
      return rest;
    });
    setError(r.ok ? null : r.error.message);
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
    </section>
  );
}
