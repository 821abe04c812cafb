/** This computer's zone as the store page sees it, for learners without a zone of their own. */
import { isValidTimeZone } from '../../shared/domain/availability';

/** The zone for a learner without their own: the page's when it is a real zone, else main's. */
export function computerZone(fromPage: (() => string) | undefined, fromMain: string): string {
  let zone: string | undefined;
  try {
    zone = fromPage?.();
  } catch {
    zone = undefined;
  }
  return isValidTimeZone(zone) ? zone : fromMain;
}
