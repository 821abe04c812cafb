import { describe, expect, it } from 'vitest';
import { SANDBOX_ABORT, sandboxExpectation } from '../../../electron/sandbox';

describe('what the packaged app does without --no-sandbox on Linux', () => {
  it('sandboxes itself where unprivileged user namespaces work', () => {
    expect(sandboxExpectation({ appArmorRestriction: '0\n', userNamespaceWorks: true })).toBe('sandboxed');
    expect(sandboxExpectation({ appArmorRestriction: null, userNamespaceWorks: true })).toBe('sandboxed');
  });

  it('aborts where AppArmor restricts them (Ubuntu 23.10+) or they do not work (many containers)', () => {
    expect(sandboxExpectation({ appArmorRestriction: '1\n', userNamespaceWorks: true })).toBe('aborts');
    expect(sandboxExpectation({ appArmorRestriction: null, userNamespaceWorks: false })).toBe('aborts');
  });

  it('recognises both of Chromium\'s refusals', () => {
    expect(SANDBOX_ABORT.test('[1:1:FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary was found, but is not configured correctly.')).toBe(true);
    expect(SANDBOX_ABORT.test('No usable sandbox! Update your kernel')).toBe(true);
    expect(SANDBOX_ABORT.test('DevTools listening on ws://127.0.0.1')).toBe(false);
  });
});
