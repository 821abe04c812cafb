/**
 * Carries out a Linux login-item plan (login-item.ts): writes the autostart file atomically or
 * deletes it. Node only, no `electron`, so unit tests run it against a temporary folder.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { LoginItemPlan } from './login-item';

export async function applyXdgPlan(plan: Extract<LoginItemPlan, { kind: 'xdg' }>): Promise<Result<'written' | 'deleted'>> {
  try {
    if (plan.action === 'delete') {
      await rm(plan.path, { force: true });
      return ok('deleted');
    }
    await mkdir(path.dirname(plan.path), { recursive: true });
    const temp = `${plan.path}.${process.pid}.tmp`;
    await writeFile(temp, plan.contents, { encoding: 'utf8', mode: 0o644 });
    await rename(temp, plan.path);
    return ok('written');
  } catch (error) {
    return fail('internal', `The login entry ${plan.path} could not be ${plan.action === 'delete' ? 'removed' : 'written'}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
