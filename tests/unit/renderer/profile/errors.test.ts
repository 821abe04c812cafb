/** Main's field messages placed on the profile form, study windows mapped back to their weekday row. */
import { describe, expect, it } from 'vitest';
import { defaultFormValues } from '../../../../renderer/src/profile/form-values';
import { placeIssues } from '../../../../renderer/src/profile/errors';

const values = defaultFormValues(new Date(2026, 11, 3), 'Europe/Berlin');
// Tuesday (1) and Friday (4) on: windows[0] is Tuesday's, windows[1] Friday's.
const twoDays = { ...values, days: values.days.map((d, weekday) => ({ ...d, enabled: weekday === 1 || weekday === 4 })) };

describe('placeIssues', () => {
  it('puts top-level, self-rating, zone and session-length messages by their field', () => {
    const { byField, unplaced } = placeIssues(
      [
        { path: 'weeklyHours', message: 'Weekly hours must be at least 1.' },
        { path: 'selfRating.ml-modelling', message: 'Ratings are 1 to 5.' },
        { path: 'availability.timeZone', message: 'Unknown time zone.' },
        { path: 'availability.sessionMinutes.min', message: 'Sessions last at least 15 minutes.' },
      ],
      values,
    );
    expect(byField).toEqual({
      weeklyHours: 'Weekly hours must be at least 1.',
      selfRating: 'Ratings are 1 to 5.',
      timeZone: 'Unknown time zone.',
      sessionMinutes: 'Sessions last at least 15 minutes.',
    });
    expect(unplaced).toEqual([]);
  });

  it('maps a window’s number among the enabled days back to its weekday row', () => {
    const { byField } = placeIssues([{ path: 'availability.windows[1].end', message: 'The end must be after the start.' }], twoDays);
    expect(byField).toEqual({ 'day-4': 'The end must be after the start.' });
  });

  it('keeps the first message per field, and puts a window it cannot place on the availability as a whole', () => {
    const { byField } = placeIssues(
      [
        { path: 'budgetUsd', message: 'First.' },
        { path: 'budgetUsd', message: 'Second.' },
        { path: 'availability.windows[7].start', message: 'No such window.' },
      ],
      twoDays,
    );
    expect(byField).toEqual({ budgetUsd: 'First.', availability: 'No such window.' });
  });

  it('returns what belongs to no field, for the form’s general message', () => {
    const issue = { path: 'unknownField', message: 'Unrecognised key.' };
    expect(placeIssues([issue], values).unplaced).toEqual([issue]);
  });
});
