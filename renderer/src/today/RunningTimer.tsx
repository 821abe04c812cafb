/**
 * The focus timer in the sidebar while it runs or waits paused: on every screen, so it is never
 * out of sight, with a button to Today where it is controlled.
 */
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import { clockText } from './today-model';
import { useFocusTimer } from './useFocusTimer';
import './running-timer.css';

export function RunningTimer({ planner, onOpen }: { planner: PlannerBridge; onOpen: () => void }) {
  const timer = useFocusTimer(planner);
  const view = timer.view;
  if (!view?.session || view.state === 'idle') return null;
  return (
    <div className="running-timer" data-testid="running-timer">
      <span className="running-timer-state">{view.state === 'running' ? 'Focus timer' : 'Focus timer (paused)'}</span>
      <span className="running-timer-clock" aria-hidden="true">
        {clockText(timer.elapsedMs)}
      </span>
      <span className="running-timer-title">{view.session.title}</span>
      <button type="button" className="button button-secondary running-timer-open" onClick={onOpen}>
        Open Today
      </button>
    </div>
  );
}
