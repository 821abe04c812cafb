/** What the grid draws for one session: the session as it should look now, and where it sits. */
import type { StudySession } from '../../../shared/domain/records';
import type { Placement } from './week-time';

export interface GridSession {
  session: StudySession;
  placement: Placement;
  /** The milestone the session works on, from the plan; "Study session" when it has none. */
  title: string;
  /** A change is on its way to the store. */
  saving: boolean;
}

/** A proposed new place for a session, while it is dragged or moved with the keyboard. */
export interface MoveDraft {
  sessionId: string;
  dayIndex: number;
  startMin: number;
}
