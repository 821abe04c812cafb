/**
 * Places main's field messages on the form. Paths come from the contract (`weeklyHours`,
 * `availability.windows[1].end`, `selfRating.ml-modelling`); availability windows are numbered
 * among the enabled days, so they are mapped back to the weekday row they came from.
 */
import type { FieldIssue } from '../../../shared/ipc/result';
import type { ProfileFormValues } from './form-values';

export type FieldErrors = Partial<Record<string, string>>;

const TOP_LEVEL = ['background', 'weeklyHours', 'budgetUsd', 'startDate', 'targetRoleId', 'cloud', 'specialisation'];

/** Keys: top-level field names, `selfRating`, `timeZone`, `sessionMinutes`, `day-N` (weekday), `availability`. */
export function placeIssues(issues: readonly FieldIssue[], values: ProfileFormValues): { byField: FieldErrors; unplaced: FieldIssue[] } {
  const enabledDays = values.days.flatMap((d, weekday) => (d.enabled ? [weekday] : []));
  const byField: FieldErrors = {};
  const unplaced: FieldIssue[] = [];
  const put = (key: string, message: string) => {
    byField[key] ??= message;
  };
  for (const issue of issues) {
    const p = issue.path;
    if (TOP_LEVEL.includes(p)) put(p, issue.message);
    else if (p.startsWith('selfRating')) put('selfRating', issue.message);
    else if (p === 'availability.timeZone') put('timeZone', issue.message);
    else if (p.startsWith('availability.sessionMinutes')) put('sessionMinutes', issue.message);
    else if (p.startsWith('availability.windows[')) {
      const index = Number(/windows\[(\d+)\]/.exec(p)?.[1]);
      const weekday = enabledDays[index];
      put(weekday === undefined ? 'availability' : `day-${weekday}`, issue.message);
    } else if (p.startsWith('availability')) put('availability', issue.message);
    else unplaced.push(issue);
  }
  return { byField, unplaced };
}
