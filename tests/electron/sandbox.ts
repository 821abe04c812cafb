/**
 * What starting the packaged app without --no-sandbox must do on this Linux machine. Chromium
 * sandboxes its renderers with unprivileged user namespaces, or failing that with the setuid
 * `chrome-sandbox` helper, which only an installer can make setuid root. The .deb does both: an
 * AppArmor profile that grants the namespaces Ubuntu 23.10+ restricts, and the setuid bit where
 * namespaces are missing. An unpacked app or an AppImage has neither, so where namespaces are
 * restricted Chromium aborts ("The SUID sandbox helper binary was found, but is not configured
 * correctly"); that is the AppImage's known limit on Ubuntu 24.04 (README, Packaging).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface SandboxFacts {
  /** /proc/sys/kernel/apparmor_restrict_unprivileged_userns ("1" on Ubuntu 23.10+), null where absent. */
  appArmorRestriction: string | null;
  /** Whether `unshare --user --map-root-user true` worked: a namespace with a usable uid map. */
  userNamespaceWorks: boolean;
}

export type SandboxExpectation = 'sandboxed' | 'aborts';

export function sandboxExpectation(facts: SandboxFacts): SandboxExpectation {
  if (facts.appArmorRestriction?.trim() === '1') return 'aborts';
  return facts.userNamespaceWorks ? 'sandboxed' : 'aborts';
}

/** The lines Chromium prints when it refuses to run without a sandbox it can set up. */
export const SANDBOX_ABORT = /SUID sandbox helper binary was found, but is not configured correctly|No usable sandbox/;

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export function readSandboxFacts(): SandboxFacts {
  const appArmorRestriction = readOrNull('/proc/sys/kernel/apparmor_restrict_unprivileged_userns');
  const probe = spawnSync('unshare', ['--user', '--map-root-user', 'true'], { stdio: 'ignore', timeout: 10_000 });
  return { appArmorRestriction, userNamespaceWorks: probe.status === 0 };
}
