import { afterEach, describe, expect, it } from 'vitest';
import { mayLeave, setLeaveGuard } from '../../../../renderer/src/shared/leave-guard';

describe('leave guard', () => {
  afterEach(() => setLeaveGuard(null));

  it('lets the screen change without asking when nothing is unsaved', () => {
    const asked: string[] = [];
    expect(mayLeave((m) => (asked.push(m), false))).toBe(true);
    setLeaveGuard(() => null);
    expect(mayLeave((m) => (asked.push(m), false))).toBe(true);
    expect(asked).toEqual([]);
  });

  it('asks with the form\'s message, stays when refused, and forgets the changes once the learner agrees', () => {
    setLeaveGuard(() => 'Unsaved profile changes.');
    const asked: string[] = [];
    expect(mayLeave((m) => (asked.push(m), false))).toBe(false);
    expect(mayLeave((m) => (asked.push(m), true))).toBe(true);
    expect(mayLeave((m) => (asked.push(m), false))).toBe(true);
    expect(asked).toEqual(['Unsaved profile changes.', 'Unsaved profile changes.']);
  });

  it('an old form removing its guard never removes a newer one', () => {
    const removeOld = setLeaveGuard(() => 'old');
    setLeaveGuard(() => 'new');
    removeOld();
    let asked = '';
    mayLeave((m) => ((asked = m), true));
    expect(asked).toBe('new');
  });
});
