/**
 * "Keep it up to date in a folder": main rewrites one .ics file in the chosen folder whenever the
 * plan, sessions or exam bookings change (electron/main/core/calendar-sync.ts). This panel shows what
 * main reports (folder, file, last write, last error) and follows `calendar:sync-changed`; the
 * folder dialog is main's, and stopping is the ordinary settings update.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { putAnswer, useChannel } from '../data/planner-query';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { CalendarSyncStatus } from '../../../shared/ipc/contract';
import type { DisplayFormat } from '../../../shared/locale/display-format';
import { useDisplayFormat, useLearnerZone } from '../shared/locale';

const OFF: CalendarSyncStatus = { folder: null, filePath: null, lastWrittenAt: null, events: null, lastError: null };

/** "26 Nov 2026, 14:32 · 38 events", in the learner's zone and locale. */
function lastWritten(status: CalendarSyncStatus, format: DisplayFormat, timeZone: string): string {
  if (status.lastWrittenAt) {
    const events = status.events ?? 0;
    return `${format.dateTime(status.lastWrittenAt, timeZone)} · ${format.number(events)} event${events === 1 ? '' : 's'}`;
  }
  return status.lastError ? 'Not yet' : 'Writing the file…';
}

export function CalendarFolderPanel({ planner }: { planner: PlannerBridge }) {
  const format = useDisplayFormat();
  const timeZone = useLearnerZone();
  const client = useQueryClient();
  const sync = useChannel(planner, 'calendar:sync-status', {});
  const status = sync.data ?? null;
  const setStatus = (next: CalendarSyncStatus) => putAnswer(client, 'calendar:sync-status', {}, next);
  const [busy, setBusy] = useState(false);
  const [requestError, setError] = useState<string | null>(null);
  const error = requestError ?? sync.error?.message ?? null;

  async function chooseFolder() {
    setBusy(true);
    const r = await planner.invoke('calendar:choose-folder', {});
    setBusy(false);
    if (!r.ok) setError(r.error.message);
    else {
      setError(null);
      if (r.value) setStatus(r.value);
    }
  }

  async function stop() {
    setBusy(true);
    const r = await planner.invoke('settings:update', { calendarFolder: null });
    setBusy(false);
    if (!r.ok) setError(r.error.message);
    else {
      setError(null);
      // Main confirms with calendar:sync-changed; the panel need not wait for it.
      setStatus(OFF);
    }
  }

  if (status === null && error === null) return null;
  const on = status !== null && status.folder !== null && status.filePath !== null;
  return (
    <div className="calendar-folder stack" role="group" aria-labelledby="calendar-folder-title" data-testid="calendar-folder">
      <h3 id="calendar-folder-title">Keep it up to date in a folder</h3>
      {!on ? (
        <>
          <p className="muted small">
            MLE Path can keep the calendar file in a folder you choose and rewrite it whenever your plan, sessions or exam bookings change:
            useful for a calendar app that follows a file, or for a folder you sync.
          </p>
          <div>
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void chooseFolder()}>
              Choose a folder…
            </button>
          </div>
        </>
      ) : (
        <>
          <dl className="settings-facts">
            <div className="settings-row">
              <dt className="settings-label">Folder</dt>
              <dd data-testid="calendar-folder-path">
                <code>{status.folder}</code>
              </dd>
            </div>
            <div className="settings-row">
              <dt className="settings-label">File kept up to date</dt>
              <dd data-testid="calendar-folder-file">
                <code>{status.filePath}</code>
              </dd>
            </div>
            <div className="settings-row">
              <dt className="settings-label">Last written</dt>
              <dd aria-live="polite" data-testid="calendar-folder-written">
                {lastWritten(status, format, timeZone)}
              </dd>
            </div>
          </dl>
          {status.lastError && (
            <p className="alert alert-error" role="alert" data-testid="calendar-folder-error">
              {status.lastError}
            </p>
          )}
          <div className="settings-row">
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void chooseFolder()}>
              Choose another folder…
            </button>
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void stop()}>
              Stop keeping it up to date
            </button>
          </div>
        </>
      )}
      {error && (
        <p className="alert alert-error" role="alert" data-testid="calendar-folder-request-error">
          {error}
        </p>
      )}
    </div>
  );
}
