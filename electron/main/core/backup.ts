/**
 * Backup files on the main-process side: writing the export text (with its sha256 checksum)
 * and turning the bytes of a chosen file into a validated `BackupFile` — or a clear refusal.
 *
 * This module owns the byte-level defences (size cap before anything is read or parsed,
 * encoding, binary data, nesting depth, prototype keys) and the checksum; the format itself is
 * defined in shared/backup/format.ts. It never throws on bad input: every refusal is a
 * `Result` with code 'invalid-request' and a message the restore dialog shows verbatim.
 *
 * No `electron` import, so it runs in plain Node in unit tests and the e2e harness;
 * backup-service.ts takes the file dialogs as functions and calls these.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  canonicalJson,
  checkEnvelope,
  findForbiddenKey,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_DEPTH,
  prettyBackupJson,
  scanJsonText,
  validateBackupFile,
  type BackupData,
  type BackupFile,
} from '../../../shared/backup/format';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { writeFileAtomically } from './atomic-file';

export { MAX_BACKUP_BYTES };

/** sha256 of the canonical JSON of `data`: independent of key order and whitespace. */
export function backupChecksum(data: unknown): string {
  return createHash('sha256').update(canonicalJson(data), 'utf8').digest('hex');
}

/**
 * The text of a backup file for `data` (as electron/store/backup-store.ts `dumpAll` returns it).
 * Deterministic: the same data, version and time give the same bytes, which is what makes
 * export → import → export byte-identical.
 */
export function createBackupFile(data: BackupData, options: { appVersion: string; now: Date }): string {
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: options.appVersion,
    exportedAt: options.now.toISOString(),
    checksum: { algorithm: 'sha256', value: backupChecksum(data) },
    data,
  };
  return prettyBackupJson(file);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function tooLarge(bytes: number): Result<never> {
  return fail(
    'invalid-request',
    `The file is too large to be an MLE Path backup (${megabytes(bytes)}; the limit is ${megabytes(MAX_BACKUP_BYTES)}).`,
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes → text, refusing what is not UTF-8 text. Checks run cheapest-first and on the raw
 * bytes, so binary data gets "binary" rather than a confusing JSON error.
 */
function decode(bytes: Uint8Array): Result<string> {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('invalid-request', 'The file is saved as UTF-16 text; MLE Path backups are UTF-8. Use the original exported file.');
  }
  if (bytes.includes(0)) {
    return fail('invalid-request', 'The file contains binary data (NUL bytes), so it is not an MLE Path backup.');
  }
  const control = bytes.findIndex((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d);
  if (control !== -1) {
    return fail('invalid-request', `The file contains binary data (control byte 0x${bytes[control]!.toString(16).padStart(2, '0')} at byte ${control}), so it is not an MLE Path backup.`);
  }
  try {
    // `ignoreBOM: false` means the decoder consumes a leading UTF-8 BOM (Windows editors add one).
    return ok(utf8.decode(bytes));
  } catch {
    return fail('invalid-request', 'The file is not valid UTF-8 text (it may be binary or damaged), so it is not an MLE Path backup.');
  }
}

/**
 * Reads and checks a backup file's contents. Never throws; refusals say what is wrong.
 * A string is taken as already-decoded text (e.g. from a test or a drop), a Buffer as raw bytes.
 */
export function parseBackupFile(input: Buffer | Uint8Array | string): Result<BackupFile> {
  try {
    return parseUnchecked(input);
  } catch (error) {
    // Defence in depth: every known bad input is handled above; this keeps "never throws" true
    // even for an engine limit nobody thought of (e.g. out of memory while building a string).
    return fail('invalid-request', `The file could not be read as a backup (${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}).`);
  }
}

function parseUnchecked(input: Buffer | Uint8Array | string): Result<BackupFile> {
  let text: string;
  if (typeof input === 'string') {
    // Size first and cheaply: a UTF-16 code unit is at least one UTF-8 byte, so `length` is a
    // lower bound on the byte size and a huge string is refused without measuring it.
    if (input.length > MAX_BACKUP_BYTES) return tooLarge(input.length);
    const bytes = Buffer.byteLength(input, 'utf8');
    if (bytes > MAX_BACKUP_BYTES) return tooLarge(bytes);
    if (input.includes('\u0000')) return fail('invalid-request', 'The file contains binary data (NUL bytes), so it is not an MLE Path backup.');
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    if (input.length === 0) return fail('invalid-request', 'The file is empty.');
    if (input.length > MAX_BACKUP_BYTES) return tooLarge(input.length);
    const decoded = decode(input);
    if (!decoded.ok) return decoded;
    text = decoded.value;
  }
  if (text.length === 0) return fail('invalid-request', 'The file is empty.');
  if (text.trim().length === 0) return fail('invalid-request', 'The file is empty (it contains only blank space).');

  const scan = scanJsonText(text);
  if (scan.tooDeep) {
    return fail('invalid-request', `The file is nested more than ${MAX_BACKUP_DEPTH} levels deep; an MLE Path backup never is, so it was refused.`);
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const first = text.trimStart()[0];
    if (scan.unterminated && (first === '{' || first === '[')) {
      return fail('invalid-request', 'The file is cut off (truncated): it ends in the middle of the backup. Use a complete copy.');
    }
    const detail = error instanceof Error ? ` (${error.message.slice(0, 200)})` : '';
    return fail('invalid-request', `The file is not valid JSON${detail}, so it is not an MLE Path backup.`);
  }

  const forbidden = findForbiddenKey(parsed);
  if (forbidden !== null) {
    const key = forbidden.slice(forbidden.lastIndexOf('.') + 1);
    return fail('invalid-request', `The file contains the forbidden key "${key}" at ${forbidden.slice(0, 200)}. MLE Path never writes it, so the file was refused.`);
  }

  const envelope = checkEnvelope(parsed);
  if (!envelope.ok) return envelope;
  // The checksum covers the data exactly as it is in the file, so it is verified before the
  // schema: if someone edited the file, "changed or damaged" is the true answer.
  if (backupChecksum(envelope.value.data) !== envelope.value.checksum) {
    return fail('invalid-request', 'The checksum does not match the contents: the file was changed or damaged after it was exported.');
  }
  return validateBackupFile(parsed);
}

/**
 * Reads a backup from disk without ever holding more than the size limit in memory: the size
 * is checked with `stat` on the open handle before reading, and at most limit + 1 bytes are
 * read in case the file grows in between.
 */
export async function readBackupFile(path: string): Promise<Result<BackupFile>> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return fail('invalid-request', `The file could not be opened (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return fail('invalid-request', 'That is not a file.');
    if (stats.size > MAX_BACKUP_BYTES) return tooLarge(stats.size);
    const buffer = Buffer.alloc(Math.min(stats.size, MAX_BACKUP_BYTES) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_BACKUP_BYTES) return tooLarge(length);
    return parseBackupFile(buffer.subarray(0, length));
  } catch (error) {
    return fail('invalid-request', `The file could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Writes an export next to its destination and renames it into place, so a crash or a full
 * disk leaves either the old file or the complete new one, never half a backup.
 */
export async function writeBackupFile(path: string, text: string): Promise<Result<{ bytes: number }>> {
  try {
    await writeFileAtomically(path, text);
    return ok({ bytes: Buffer.byteLength(text, 'utf8') });
  } catch (error) {
    return fail('internal', `The backup could not be saved (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
  }
}
