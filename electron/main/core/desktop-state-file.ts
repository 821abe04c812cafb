/**
 * The desktop state on disk (desktop-status.ts decides what is in it): a few dozen bytes in the
 * user-data folder, read once at start and written through a temporary file so a crash mid-write
 * leaves the previous state. Synchronous for the same reason as window-state-file.ts.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDesktopState, type DesktopState } from './desktop-status';

export function loadDesktopState(file: string): DesktopState {
  let text: string | null;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = null;
  }
  return parseDesktopState(text);
}

export function saveDesktopState(file: string, state: DesktopState): boolean {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.tmp`;
    writeFileSync(temp, `${JSON.stringify(state)}\n`, 'utf8');
    renameSync(temp, file);
    return true;
  } catch {
    return false; // the learner sees the status this run either way
  }
}
