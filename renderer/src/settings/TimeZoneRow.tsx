/**
 * The time zone reminders and sessions use. It belongs to the learner's study windows, so it is
 * edited with them on the profile; here it is shown with a way there.
 */
import { useEffect, useState } from 'react';
import { learnerTimeZone } from '../../../shared/domain/time-zone';
import type { PlannerBridge } from '../../../shared/ipc/bridge';

export function TimeZoneRow({ planner, onChange }: { planner: PlannerBridge; onChange: () => void }) {
  const [zone, setZone] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void planner.invoke('profile:get', {}).then((r) => {
      if (live) setZone(learnerTimeZone(r.ok ? r.value?.profile.availability?.timeZone : undefined));
    });
    return () => {
      live = false;
    };
  }, [planner]);
  return (
    <div className="settings-row">
      <span className="settings-label">Time zone</span>
      <strong data-testid="settings-time-zone">{zone ?? '…'}</strong>
      <button type="button" className="link-button" onClick={onChange}>
        Change with your study times
      </button>
    </div>
  );
}
