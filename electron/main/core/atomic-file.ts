/**
 * Writes a file so that whoever reads it (a calendar app watching the folder, a learner opening
 * the PDF) sees either the old file or the complete new one, never half of one: the bytes go to
 * a temporary file in the same folder (so the rename stays on one file system, where it is
 * atomic), are flushed to disk, and the temporary file is renamed over the target.
 */
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';

/** The temporary sibling of `target`; `.tmp` so no calendar or PDF reader claims it meanwhile. */
export function temporaryPathFor(target: string): string {
  return `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

/** Throws the file system's error (with its `code`) after removing the temporary file. */
export async function writeFileAtomically(target: string, data: string | Uint8Array): Promise<void> {
  const temp = temporaryPathFor(target);
  try {
    await writeFile(temp, data, typeof data === 'string' ? { encoding: 'utf8', flush: true } : { flush: true });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
