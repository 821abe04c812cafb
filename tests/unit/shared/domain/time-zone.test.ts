import { describe, expect, it } from 'vitest';
import { computerTimeZone, learnerTimeZone } from '../../../../shared/domain/time-zone';

describe("the learner's time zone", () => {
  it("is the one they chose, else this computer's", () => {
    expect(learnerTimeZone('Asia/Kolkata', () => 'Europe/Berlin')).toBe('Asia/Kolkata');
    expect(learnerTimeZone(undefined, () => 'Europe/Berlin')).toBe('Europe/Berlin');
    expect(learnerTimeZone(null, () => 'America/New_York')).toBe('America/New_York');
  });

  it("reads this computer's zone from the runtime when none is given", () => {
    expect(learnerTimeZone(undefined)).toBe(computerTimeZone());
    expect(computerTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
