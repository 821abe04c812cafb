/**
 * The study calendar as an .ics file for any calendar app: a one-off export, or a file main keeps
 * up to date in a folder the learner chose (CalendarFolderPanel). Main does the work (dialogs,
 * files); this section asks and shows the answers.
 */
import { useState } from 'react';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import { CalendarFolderPanel } from './CalendarFolderPanel';

type ExportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

export function CalendarSection({ planner }: { planner: PlannerBridge }) {
  const [exported, setExported] = useState<ExportState>({ kind: 'idle' });

  async function exportCalendar() {
    setExported({ kind: 'busy' });
    const r = await planner.invoke('calendar:export-ics', {});
    if (!r.ok) setExported({ kind: 'error', message: r.error.message });
    else if (!r.value) setExported({ kind: 'idle' });
    else setExported({ kind: 'done', message: `Calendar saved to ${r.value.path} (${r.value.events} event${r.value.events === 1 ? '' : 's'}).` });
  }

  return (
    <section className="card stack" aria-labelledby="calendar-title">
      <h2 id="calendar-title">Study calendar</h2>
      <p className="muted small">
        Your study sessions of the last 4 weeks and the next 8, and your booked exams, as one .ics file for Google Calendar, Outlook or
        Apple Calendar, each with what to study and a reminder as early as your session heads-up. Importing a newer file updates the same
        events instead of adding copies, and removes the sessions a re-plan dropped.
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
      <CalendarFolderPanel planner={planner} />
    </section>
  );
}
