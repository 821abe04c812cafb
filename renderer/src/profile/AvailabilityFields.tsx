/**
 * When the learner can study: time zone, one window per weekday (listed from the locale's first
 * day of the week, worded in its language), and session length bounds.
 */
import type { Weekday } from '../../../shared/planner/time';
import { useDisplayFormat } from '../shared/locale';
import { TimeSelect } from '../shared/TimeSelect';
import type { FieldErrors } from './errors';
import type { DayWindow, ProfileFormValues } from './form-values';

interface Props {
  id: string;
  values: ProfileFormValues;
  errors: FieldErrors;
  update: <K extends keyof ProfileFormValues>(field: K, value: ProfileFormValues[K]) => void;
}

const SESSION_CHOICES = ['15', '30', '45', '60', '90', '120', '150', '180', '240'];

export function AvailabilityFields({ id, values, errors, update }: Props) {
  const format = useDisplayFormat();
  const week = Array.from({ length: 7 }, (_, i) => ((format.firstDayOfWeek + i) % 7) as Weekday);
  const setDay = (weekday: number, patch: Partial<DayWindow>) =>
    update(
      'days',
      values.days.map((d, i) => (i === weekday ? { ...d, ...patch } : d)),
    );
  return (
    <fieldset className="field" aria-describedby={`${id}-avail-hint`}>
      <legend className="label">When you can study</legend>
      <p className="hint" id={`${id}-avail-hint`}>
        Sessions are only placed inside these windows, in your time zone, and never add up to more than your weekly hours.
      </p>
      <div className="day-rows">
        {week.map((weekday) => {
          const d = values.days[weekday];
          if (!d) return null;
          const name = format.weekdayName(weekday);
          const error = errors[`day-${weekday}`];
          return (
            <div key={weekday} className={`day-row ${d.enabled ? '' : 'is-off'}`}>
              <label className="inline-check day-name">
                <input type="checkbox" checked={d.enabled} onChange={(e) => setDay(weekday, { enabled: e.target.checked })} />
                {name}
              </label>
              <label className="sr-only" htmlFor={`${id}-d${weekday}-start`}>
                {name} from
              </label>
              <TimeSelect id={`${id}-d${weekday}-start`} value={d.start} disabled={!d.enabled} onChange={(start) => setDay(weekday, { start })} aria-invalid={error ? true : undefined} />
              <span aria-hidden="true">–</span>
              <label className="sr-only" htmlFor={`${id}-d${weekday}-end`}>
                {name} until
              </label>
              <TimeSelect
                id={`${id}-d${weekday}-end`}
                value={d.end}
                allowEndOfDay
                disabled={!d.enabled}
                onChange={(end) => setDay(weekday, { end })}
                aria-invalid={error ? true : undefined}
              />
              {error && <p className="field-error day-error">{error}</p>}
            </div>
          );
        })}
      </div>
      {errors['availability'] && <p className="field-error">{errors['availability']}</p>}
      <div className="field-row">
        <div className="field">
          <label className="label" htmlFor={`${id}-tz`}>
            Time zone
          </label>
          <input id={`${id}-tz`} value={values.timeZone} onChange={(e) => update('timeZone', e.target.value)} autoComplete="off" aria-invalid={errors['timeZone'] ? true : undefined} />
          {errors['timeZone'] ? <p className="field-error">{errors['timeZone']}</p> : <p className="hint">Detected from this computer, e.g. Europe/Berlin.</p>}
        </div>
        <div className="field">
          <label className="label" htmlFor={`${id}-smin`}>
            Shortest session
          </label>
          <select id={`${id}-smin`} value={values.sessionMin} onChange={(e) => update('sessionMin', e.target.value)}>
            {SESSION_CHOICES.map((m) => (
              <option key={m} value={m}>
                {format.number(Number(m))} min
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor={`${id}-smax`}>
            Longest session
          </label>
          <select id={`${id}-smax`} value={values.sessionMax} onChange={(e) => update('sessionMax', e.target.value)} aria-invalid={errors['sessionMinutes'] ? true : undefined}>
            {SESSION_CHOICES.map((m) => (
              <option key={m} value={m}>
                {format.number(Number(m))} min
              </option>
            ))}
          </select>
          {errors['sessionMinutes'] && <p className="field-error">{errors['sessionMinutes']}</p>}
        </div>
      </div>
    </fieldset>
  );
}
