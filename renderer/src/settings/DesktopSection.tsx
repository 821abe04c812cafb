/**
 * The app on this computer: keep running in the tray, start at login, and what the operating
 * system made of them, in main's plain words (electron/main/core/platform-messages.ts): where closing
 * the window leaves MLE Path, notifications the system blocks and how to turn them on, a login
 * item that needs approval. Main does the work; this section asks and shows the answer.
 */
import { useState } from 'react';
import type { AppSettings } from '../../../shared/domain/records';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import { QuitButton } from '../desktop/QuitButton';
import { useDesktopStatus } from '../desktop/useDesktopStatus';

type Toggle = 'closeToTray' | 'launchAtLogin';

interface Props {
  planner: PlannerBridge;
  settings: AppSettings;
}

export function DesktopSection({ planner, settings }: Props) {
  // The box follows the click at once; the stored value catches up when main confirms.
  const [pending, setPending] = useState<Partial<Record<Toggle, boolean>>>({});
  const [error, setError] = useState<string | null>(null);
  const [desktop, setDesktop] = useDesktopStatus(planner);
  const [testSent, setTestSent] = useState(false);

  async function setToggle(key: Toggle, value: boolean) {
    setPending((p) => ({ ...p, [key]: value }));
    const r = await planner.invoke('settings:update', { [key]: value });
    setPending((p) => {
      const { [key]: _done, ...rest } = p;
      return rest;
    });
    setError(r.ok ? null : r.error.message);
  }

  async function sendTest() {
    const r = await planner.invoke('app:test-notification', {});
    if (r.ok) setDesktop(r.value);
    setTestSent(r.ok);
    if (!r.ok) setError(r.error.message);
  }

  const shown = (key: Toggle) => pending[key] ?? settings[key];
  const notifications = desktop?.notifications;
  const loginItem = desktop?.loginItem;
  return (
    <section className="card stack" aria-labelledby="desktop-title">
      <h2 id="desktop-title">On this computer</h2>
      <label className="inline-check">
        <input type="checkbox" checked={shown('closeToTray')} onChange={(e) => void setToggle('closeToTray', e.target.checked)} />
        Keep running in the tray when the window is closed
      </label>
      <p className="muted small" data-testid="close-explanation">
        {desktop?.closeExplanation ?? 'Reminders only arrive while MLE Path is running.'}
      </p>
      <label className="inline-check">
        <input type="checkbox" checked={shown('launchAtLogin')} onChange={(e) => void setToggle('launchAtLogin', e.target.checked)} />
        Start MLE Path when I log in
      </label>
      {loginItem?.message && (
        <div className={`alert ${loginItem.state === 'needs-approval' ? 'alert-warning' : 'alert-error'} desktop-problem`} role="alert" data-testid="login-item-problem">
          <strong>{loginItem.state === 'needs-approval' ? 'One more step to start MLE Path when you log in' : 'MLE Path will not start when you log in'}</strong>
          <span>{loginItem.message}</span>
        </div>
      )}
      <div className="stack">
        <h3 className="label">Notifications</h3>
        {notifications?.message ? (
          <div className="alert alert-error desktop-problem" role="alert" data-testid="notifications-problem">
            <strong>Notifications are blocked or unavailable on this computer — how to turn them on</strong>
            <span>{notifications.message}</span>
          </div>
        ) : (
          <p className="muted small">
            {notifications?.state === 'ok' ? 'Notifications reach you on this computer.' : 'Reminders arrive as system notifications while MLE Path runs.'}
          </p>
        )}
        <div className="row-between">
          <button type="button" className="button button-secondary" onClick={() => void sendTest()}>
            Send a test notification
          </button>
        </div>
        {testSent && !notifications?.message && (
          <p className="muted small" role="status">
            Sent. If nothing appeared, your system is holding MLE Path&apos;s notifications back: check its notification settings.
          </p>
        )}
      </div>
      <div className="stack">
        <h3 className="label">Quit</h3>
        <p className="muted small">Quitting stops your reminders until you open MLE Path again.</p>
        <div>
          <QuitButton planner={planner} />
        </div>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
