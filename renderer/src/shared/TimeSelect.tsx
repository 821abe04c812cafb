/**
 * A time of day as a list of quarter hours worded in the learner's locale ("18:30" or
 * "6:30 PM"), instead of a native time input. Two reasons: Chromium words a native time input in
 * its own UI language, which need not be the learner's regional format, so one screen could show
 * "06:30 PM" in a field beside "18:30" in text; and a native time input is three Tab stops
 * (hours, minutes, AM/PM), which made the profile form 60 Tab presses long. A select is one stop,
 * and typing the start of a time jumps to it. Values stay 'HH:mm'; a stored value off the
 * quarter-hour grid (a restored backup) is kept as an option of its own.
 */
import type { SelectHTMLAttributes } from 'react';
import { MINUTES_PER_DAY, parseTimeOfDay } from '../../../shared/planner/time';
import { useDisplayFormat } from './locale';

const STEP_MINUTES = 15;

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  /** 'HH:mm'. */
  value: string;
  onChange: (value: string) => void;
  /** Offer '24:00', the end of the day, for the end of a window. */
  allowEndOfDay?: boolean;
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The choices: every quarter hour, the end of the day where allowed, and the current value. */
export function timeChoices(value: string, allowEndOfDay: boolean): { value: string; minutes: number }[] {
  const minutes = new Set<number>();
  for (let m = 0; m < MINUTES_PER_DAY; m += STEP_MINUTES) minutes.add(m);
  if (allowEndOfDay) minutes.add(MINUTES_PER_DAY);
  const current = parseTimeOfDay(value, allowEndOfDay);
  if (current !== null) minutes.add(current);
  return [...minutes].sort((a, b) => a - b).map((m) => ({ value: hhmm(m), minutes: m }));
}

export function TimeSelect({ value, onChange, allowEndOfDay = false, ...rest }: Props) {
  const format = useDisplayFormat();
  return (
    <select {...rest} className={`time-select ${rest.className ?? ''}`.trim()} value={value} onChange={(e) => onChange(e.target.value)}>
      {timeChoices(value, allowEndOfDay).map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.minutes === MINUTES_PER_DAY ? `${format.time(choice.minutes)} (end of day)` : format.time(choice.minutes)}
        </option>
      ))}
    </select>
  );
}
