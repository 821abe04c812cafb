/** A planner service over a fresh fake-indexeddb database with a settable clock. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openPlannerDb } from '../../../../electron/store/db';
import { createPlannerService } from '../../../../electron/store/service';
import type { Profile } from '../../../../shared/domain/profile';
import { loadBuiltIn } from '../../shared/content/helpers';

const pack = loadBuiltIn();

export const PROFILE: Profile = {
  background: 'software-developer',
  weeklyHours: 10,
  budgetUsd: 400,
  startDate: '2027-03-01',
};

/** Monday and Wednesday evenings and a Saturday morning in Berlin (DST changes included). */
export const BERLIN_AVAILABILITY = {
  timeZone: 'Europe/Berlin',
  windows: [
    { weekday: 0, start: '18:00', end: '20:00' },
    { weekday: 2, start: '18:00', end: '20:00' },
    { weekday: 5, start: '09:00', end: '13:00' },
  ],
  sessionMinutes: { min: 30, max: 120 },
};

/** Monday 18:00–21:00 and Wednesday 18:00–19:00 in Berlin; at 2 h a week, one 60-minute session each, with room after Monday's. */
export const ROOMY_EVENINGS = {
  timeZone: 'Europe/Berlin',
  windows: [
    { weekday: 0, start: '18:00', end: '21:00' },
    { weekday: 2, start: '18:00', end: '19:00' },
  ],
  sessionMinutes: { min: 30, max: 60 },
};

export function setupService(nowIso = '2026-11-23T09:30:00Z') {
  const db = openPlannerDb(new IDBFactory(), IDBKeyRange);
  const emitted: [string, unknown][] = [];
  let now = new Date(nowIso);
  const handlers = createPlannerService({
    db,
    pack,
    now: () => now,
    emit: (event, payload) => emitted.push([event, payload]),
  });
  return {
    db,
    pack,
    handlers,
    emitted,
    setNow: (iso: string) => {
      now = new Date(iso);
    },
  };
}
