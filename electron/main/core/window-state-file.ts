/**
 * The window-state file on disk (window-state.ts decides what is in it). Synchronous on purpose:
 * it is read once before the window opens and written last thing when it closes, when an
 * await could be cut short by the quit. A few dozen bytes, written via a temporary file so a
 * crash mid-write leaves the previous state, not half a file.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseWindowState, serializeWindowState, type SavedWindowState } from './window-state';

export function loadWindowState(file: string): SavedWindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null; // missing or unreadable: open with the defaults
  }
}

export function saveWindowState(file: string, state: SavedWindowState): boolean {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.tmp`;
    writeFileSync(temp, serializeWindowState(state), 'utf8');
    renameSync(temp, file);
    return true;
  } catch {
    return false; // a lost window position is not worth an error dialog
  }
}
