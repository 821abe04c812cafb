/**
 * What the profile form holds (strings, as typed) and how it becomes a request. Conversion is
 * deliberately lenient: anything that is not a plain number is sent as typed, so main's
 * validation produces the one message the learner sees.
 */
import { learnerTimeZone } from '../../../shared/domain/time-zone';
import { defaultAvailability } from '../../../shared/planner/default-availability';
import { format } from 'date-fns';
import type { Background, CloudPreference, Profile, SpecialisationChoice } from '../../../shared/domain/profile';
import type { SkillArea } from '../../../shared/domain/skill-area';

/** One study window per weekday (0 = Monday), as the form edits them. */
export interface DayWindow {
  enabled: boolean;
  start: string;
  end: string;
}

export interface ProfileFormValues {
  background: Background | '';
  weeklyHours: string;
  budgetUsd: string;
  startDate: string;
  targetRoleId: string;
  cloud: CloudPreference;
  specialisation: SpecialisationChoice;
  /** null: no self-rating, the planner assumes a level from the background. */
  selfRating: Record<SkillArea, number> | null;
  timeZone: string;
  days: DayWindow[];
  sessionMin: string;
  sessionMax: string;
}

const DEFAULT_AVAILABILITY = defaultAvailability('UTC');

/** What a weekday the learner switches on starts with. */
const EVENING = { start: '19:00', end: '21:00' };

export function defaultFormValues(today: Date, timeZone: string): ProfileFormValues {
  return {
    background: '',
    weeklyHours: '8',
    budgetUsd: '900',
    startDate: format(today, 'yyyy-MM-dd'),
    targetRoleId: 'role.ml-engineer',
    cloud: 'any',
    specialisation: 'none',
    selfRating: null,
    timeZone,
    // The planner's own defaults, so a new profile's form shows the windows a plan made before
    // any profile uses.
    days: [0, 1, 2, 3, 4, 5, 6].map((d) => {
      const window = DEFAULT_AVAILABILITY.windows.find((w) => w.weekday === d);
      return window ? { enabled: true, start: window.start, end: window.end } : { enabled: false, ...EVENING };
    }),
    sessionMin: String(DEFAULT_AVAILABILITY.sessionMinutes.min),
    sessionMax: String(DEFAULT_AVAILABILITY.sessionMinutes.max),
  };
}

export function formValuesFromProfile(profile: Profile, timeZone: string): ProfileFormValues {
  const defaults = defaultFormValues(new Date(), timeZone);
  const availability = profile.availability;
  const days = defaults.days.map((d, weekday) => {
    const w = availability?.windows.find((x) => x.weekday === weekday);
    return availability ? (w ? { enabled: true, start: w.start, end: w.end } : { ...d, enabled: false }) : d;
  });
  return {
    background: profile.background,
    weeklyHours: String(profile.weeklyHours),
    budgetUsd: String(profile.budgetUsd),
    startDate: profile.startDate,
    targetRoleId: profile.targetRoleId ?? defaults.targetRoleId,
    cloud: profile.cloud ?? 'any',
    specialisation: profile.specialisation ?? 'none',
    selfRating: profile.selfRating ?? null,
    timeZone: learnerTimeZone(availability?.timeZone, () => timeZone),
    days,
    sessionMin: String(availability?.sessionMinutes.min ?? defaults.sessionMin),
    sessionMax: String(availability?.sessionMinutes.max ?? defaults.sessionMax),
  };
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

function numberOrRaw(text: string): number | string | undefined {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return undefined;
  return PLAIN_NUMBER.test(trimmed) ? Number(trimmed) : text;
}

/** Builds the request; missing fields are left out so the error says "is required". */
export function requestFromFormValues(values: ProfileFormValues): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  if (values.background !== '') request['background'] = values.background;
  const hours = numberOrRaw(values.weeklyHours);
  if (hours !== undefined) request['weeklyHours'] = hours;
  const budget = numberOrRaw(values.budgetUsd);
  if (budget !== undefined) request['budgetUsd'] = budget;
  if (values.startDate.trim() !== '') request['startDate'] = values.startDate.trim();
  request['targetRoleId'] = values.targetRoleId;
  request['cloud'] = values.cloud;
  request['specialisation'] = values.specialisation;
  if (values.selfRating) request['selfRating'] = values.selfRating;
  request['availability'] = {
    timeZone: values.timeZone.trim(),
    windows: values.days.flatMap((d, weekday) => (d.enabled ? [{ weekday, start: d.start, end: d.end }] : [])),
    sessionMinutes: { min: numberOrRaw(values.sessionMin), max: numberOrRaw(values.sessionMax) },
  };
  return request;
}
