/**
 * Backup files in the main process: every kind of bad file is refused with a message that says
 * what is wrong (and nothing throws), a good file round-trips byte for byte, and random input
 * can never get through or crash the parser.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { backupChecksum, createBackupFile, MAX_BACKUP_BYTES, parseBackupFile, readBackupFile, writeBackupFile } from '../../../../../electron/main/core/backup';
import type { BackupData } from '../../../../../shared/backup/format';
import { sampleData } from '../../../shared/backup/fixtures';

const NOW = new Date('2026-11-23T09:30:00.000Z');
const validText = createBackupFile(sampleData(), { appVersion: '0.1.0', now: NOW });

type Json = Record<string, unknown>;
type Rows = Json[];
type FileData = Json & {
  profile: Json & { profile: Json };
  plan: Json & { plan: Json & { milestones: Rows } };
  settings: Json;
  milestoneProgress: Rows;
  sessions: Rows;
  certifications: Rows;
  quizAttempts: Rows;
  spending: Rows;
  reminderLog: Rows;
  checklistTicks: Rows;
  reviewCards?: Rows;
  reviewLogs: Rows;
};
type FileObject = Json & { data: FileData };

/**
 * A valid file as an object, changed by `edit`, then written out. The checksum is recomputed
 * afterwards (unless `resign` is false), so each case fails for its own reason only.
 */
function edited(edit: (file: FileObject) => void, resign = true): string {
  const file = JSON.parse(validText) as FileObject;
  edit(file);
  if (resign && file.checksum && typeof file.checksum === 'object' && file.data) {
    (file.checksum as Json).value = backupChecksum(file.data);
  }
  return JSON.stringify(file, null, 2);
}

function duplicateFirst(table: string) {
  return (file: FileObject) => {
    const rows = file.data[table] as Rows;
    rows.push(structuredClone(rows[0]!));
  };
}

const BAD_FILES: [kind: string, input: Buffer | string, message: RegExp][] = [
  ['empty file', Buffer.alloc(0), /^The file is empty\.$/],
  ['only blank space', Buffer.from(' \r\n\t \n'), /only blank space/],
  ['larger than 10 MB', Buffer.alloc(MAX_BACKUP_BYTES + 1, 0x20), /too large to be an MLE Path backup \(10\.0 MB; the limit is 10\.0 MB\)/],
  ['binary with NUL bytes', Buffer.from([0x7b, 0x00, 0x7d]), /binary data \(NUL bytes\)/],
  ['binary without NUL bytes (gzip header)', Buffer.from([0x1f, 0x8b, 0x08, 0x08, 0xff, 0xfe]), /binary data \(control byte 0x1f at byte 0\)/],
  ['UTF-16 encoded text', Buffer.from(`\ufeff${validText}`, 'utf16le'), /saved as UTF-16 text; MLE Path backups are UTF-8/],
  ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]), /not valid UTF-8 text/],
  ['not JSON at all', 'Dear diary, today I studied pandas.', /^The file is not valid JSON \(.+\), so it is not an MLE Path backup\.$/],
  ['JSON with a syntax error', '{"format" "mle-path-backup"}', /not valid JSON/],
  ['truncated JSON', validText.slice(0, Math.floor(validText.length / 2)), /cut off \(truncated\)/],
  ['truncated inside a string', '{"format": "mle-pa', /cut off \(truncated\)/],
  ['top-level array', '[{"format":"mle-path-backup"}]', /holds a list \(array\), not a backup object/],
  ['top-level number', '42', /holds a number, not a backup object/],
  ['top-level null', 'null', /holds null, not a backup object/],
  ['top-level string', '"mle-path-backup"', /holds a string, not a backup object/],
  ['another app\'s JSON (no format field)', '{"name":"my-app","version":"1.0.0"}', /no "format" field \(expected "mle-path-backup"\)/],
  ['wrong format', edited((f) => (f.format = 'other-planner-backup')), /its format is "other-planner-backup", expected "mle-path-backup"/],
  ['missing formatVersion', edited((f) => delete f.formatVersion), /has no formatVersion/],
  ['formatVersion not a number', edited((f) => (f.formatVersion = '1')), /formatVersion must be a whole number, but it is a string/],
  ['formatVersion from a newer app', edited((f) => (f.formatVersion = 3)), /made by a newer version of MLE Path \(backup format 3; this version reads up to 2\)\. Update MLE Path/],
  ['format 2 without its review tables', edited((f) => delete f.data.reviewCards), /this table is missing: Review cards \(data\.reviewCards\)/],
  ['duplicate review card', edited(duplicateFirst('reviewCards')), /reviewCards\[2\]\.itemId: Duplicate review card id "gate\.foundations\.numpy-pandas"/],
  ['review card due in a year no backup holds', edited((f) => (f.data.reviewCards![0]!.due = '9999-01-01T00:00:00.000Z')), /reviewCards\[0\]\.due: must be a date-time between/],
  ['review log with an unknown grade', edited((f) => ((f.data.reviewLogs as Rows)[0]!.rating = 'perfect')), /reviewLogs\[0\]\.rating: Grade must be one of: again, hard, good, easy/],
  ['formatVersion too old', edited((f) => (f.formatVersion = 0)), /format 0, an older format this version of MLE Path no longer supports/],
  ['missing checksum', edited((f) => delete f.checksum, false), /has no checksum/],
  ['unsupported checksum algorithm', edited((f) => (f.checksum = { algorithm: 'md5', value: 'a'.repeat(64) }), false), /checksum is malformed: checksum\.algorithm: must be "sha256"/],
  ['malformed checksum value', edited((f) => (f.checksum = { algorithm: 'sha256', value: 'XYZ' }), false), /checksum\.value: must be 64 lowercase hex digits/],
  ['wrong checksum (edited by hand)', edited((f) => (f.data.spending[0]!.amountUsd = 1), false), /the file was changed or damaged after it was exported/],
  ['missing data section', edited((f) => delete (f as Json).data, false), /has no data section \(found nothing\)/],
  ['data section not an object', edited((f) => ((f as Json).data = []), false), /has no data section \(found a list \(array\)\)/],
  ['missing table', edited((f) => delete (f.data as Json).sessions), /incomplete: this table is missing: Study sessions \(data\.sessions\)/],
  ['table of the wrong type', edited((f) => ((f.data as Json).reminderLog = {})), /data\.reminderLog: The reminder history table must be a list\./],
  ['wrong field type, with its path', edited((f) => (f.data.sessions[3]!.minutes = '90')), /data\.sessions\[3\]\.minutes: Invalid input: expected number, received string/],
  ['value out of range, with its path', edited((f) => (f.data.sessions[1]!.minutes = 0)), /data\.sessions\[1\]\.minutes: Too small/],
  ['duplicate session id', edited(duplicateFirst('sessions')), /data\.sessions\[5\]\.id: Duplicate session id "s-2027-03-01" \(already used by row 0\)/],
  ['duplicate milestone progress', edited(duplicateFirst('milestoneProgress')), /data\.milestoneProgress\[3\]\.milestoneId: Duplicate milestone progress id/],
  ['duplicate certification', edited(duplicateFirst('certifications')), /data\.certifications\[2\]\.certId: Duplicate certification id "cert\.aws\.mla-c01"/],
  ['duplicate spending id', edited(duplicateFirst('spending')), /data\.spending\[2\]\.id: Duplicate spending id "sp-1"/],
  ['duplicate quiz attempt id', edited(duplicateFirst('quizAttempts')), /data\.quizAttempts\[1\]\.id: Duplicate quiz attempt id "q-1"/],
  ['duplicate reminder log id', edited(duplicateFirst('reminderLog')), /data\.reminderLog\[2\]\.reminderId: Duplicate reminder id/],
  ['duplicate checklist tick', edited(duplicateFirst('checklistTicks')), /data\.checklistTicks\[2\]\.itemId: Duplicate checklist item id/],
  [
    'duplicate milestone id inside the plan',
    edited((f) => {
      const milestones = f.data.plan.plan.milestones;
      milestones[1]!.id = milestones[0]!.id;
    }),
    /data\.plan\.plan\.milestones\[1\]\.id: Duplicate milestone id/,
  ],
  ['__proto__ key', validText.replace('"id": "s-2027-03-02"', '"__proto__": { "polluted": true }, "id": "s-2027-03-02"'), /forbidden key "__proto__" at data\.sessions\[1\]\.__proto__/],
  ['constructor key', validText.replace('"format": "mle-path-backup",', '"format": "mle-path-backup", "constructor": {},'), /forbidden key "constructor" at constructor\b/],
  ['prototype key', validText.replace('"theme": "dark"', '"theme": "dark", "prototype": {"x": 1}'), /forbidden key "prototype" at data\.settings\.prototype/],
  ['extra unknown top-level field', edited((f) => (f.comment = 'hi')), /Unknown field\(s\): comment\./],
  ['extra unknown table', edited((f) => (f.data.notes = [])), /data: Unknown field\(s\): notes\./],
  ['extra unknown field in a record', edited((f) => (f.data.spending[0]!.tip = 2)), /data\.spending\[0\]: Unrecognized key: "tip"/],
  ['nesting deeper than 64 levels', `${'['.repeat(65)}${']'.repeat(65)}`, /nested more than 64 levels deep/],
  ['deep nesting hidden in the data', edited((f) => (f.data.sessions[0]!.extra = JSON.parse(`${'['.repeat(70)}${']'.repeat(70)}`) as unknown)), /nested more than 64 levels deep/],
  ['date-time that is not a real date', edited((f) => (f.data.sessions[0]!.startUtc = '2027-02-30T17:00:00.000Z')), /data\.sessions\[0\]\.startUtc: must be an ISO date-time/],
  ['day that is not a real date', edited((f) => (f.data.spending[1]!.date = '2026-11-31')), /data\.spending\[1\]\.date: must be a date written as YYYY-MM-DD/],
  ['date in the plan that is not real', edited((f) => (f.data.plan.plan.etaDate = '2027-02-29')), /data\.plan\.plan\.etaDate: "2027-02-29" is not a real date\./],
  ['profile that fails ProfileSchema', edited((f) => (f.data.profile.profile.weeklyHours = 0)), /data\.profile\.profile\.weeklyHours: Weekly hours must be at least 1\./],
  ['profile with a bad start date', edited((f) => (f.data.profile.profile.startDate = '2027-13-01')), /data\.profile\.profile\.startDate: Start date must be a real date/],
  ['record breaking a cross-field rule', edited((f) => Object.assign(f.data.certifications[1]!, { status: 'passed' })), /data\.certifications\[1\]\.passedOn: A passed exam needs the date it was passed\./],
  ['single-row table under another key', edited((f) => (f.data.settings.key = 'you')), /data\.settings\.key: must be "me"/],
  ['settings missing (null)', edited((f) => ((f.data as Json).settings = null)), /data\.settings: Invalid input: expected object, received null/],
  ['appVersion not a version number', edited((f) => (f.appVersion = 'latest')), /appVersion: must be a version number such as 1\.2\.3/],
  ['exportedAt not a date-time', edited((f) => (f.exportedAt = 'yesterday')), /exportedAt: must be an ISO date-time/],
];

describe('parseBackupFile refuses bad files, saying what is wrong', () => {
  it(`covers at least 20 distinct kinds (${BAD_FILES.length})`, () => {
    expect(new Set(BAD_FILES.map(([kind]) => kind)).size).toBe(BAD_FILES.length);
    expect(BAD_FILES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(BAD_FILES)('%s', (_kind, input, message) => {
    const result = parseBackupFile(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.message).toMatch(message);
    expect(result.error.message.length).toBeLessThanOrEqual(2000);
  });

  it('refuses a 50 MB buffer and a 50 MB string by size, quickly', () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x7b);
    const started = performance.now();
    expect(parseBackupFile(big)).toMatchObject({ ok: false, error: { message: expect.stringContaining('(50.0 MB; the limit is 10.0 MB)') } });
    expect(parseBackupFile('x'.repeat(50 * 1024 * 1024))).toMatchObject({ ok: false, error: { message: expect.stringContaining('too large') } });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses a string whose UTF-8 size is over the limit even though its length is not', () => {
    const text = 'é'.repeat(MAX_BACKUP_BYTES / 2 + 1);
    expect(parseBackupFile(text)).toMatchObject({ ok: false, error: { message: expect.stringContaining('too large') } });
  });

  it('lists every problem as a field issue, not only the first', () => {
    const result = parseBackupFile(
      edited((f) => {
        f.data.sessions[0]!.minutes = -5;
        f.data.spending[1]!.amountUsd = 0;
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        issues: [
          { path: 'data.sessions[0].minutes', message: expect.stringContaining('Too small') },
          { path: 'data.spending[1].amountUsd', message: 'Amount must be more than $0.' },
        ],
      },
    });
  });
});

describe('parseBackupFile accepts good files', () => {
  it('reads back exactly the data that was exported', () => {
    const result = parseBackupFile(Buffer.from(validText));
    expect(result).toEqual({
      ok: true,
      value: { format: 'mle-path-backup', formatVersion: 2, appVersion: '0.1.0', exportedAt: NOW.toISOString(), checksum: { algorithm: 'sha256', value: backupChecksum(sampleData()) }, data: sampleData() },
    });
  });

  it('accepts a UTF-8 BOM (as Windows editors add), as bytes or as text', () => {
    expect(parseBackupFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(validText)])).ok).toBe(true);
    expect(parseBackupFile(`\ufeff${validText}`).ok).toBe(true);
  });

  it('accepts a file re-saved with other whitespace or line endings: the checksum covers content, not layout', () => {
    expect(parseBackupFile(validText.replace(/\n/g, '\r\n')).ok).toBe(true);
    expect(parseBackupFile(JSON.stringify(JSON.parse(validText))).ok).toBe(true);
  });

  it('export → parse → export is byte-identical', () => {
    const parsed = parseBackupFile(Buffer.from(validText, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const again = createBackupFile(parsed.value.data, { appVersion: parsed.value.appVersion, now: new Date(parsed.value.exportedAt) });
    expect(again).toBe(validText);
  });

  it('the export does not depend on the key order of the rows it is given', () => {
    const reversed = JSON.parse(JSON.stringify(sampleData()), (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    ) as BackupData;
    expect(createBackupFile(reversed, { appVersion: '0.1.0', now: NOW })).toBe(validText);
  });

  it('the export is pretty, starts with the format and keeps non-ASCII text as is', () => {
    expect(validText.startsWith('{\n  "format": "mle-path-backup",\n  "formatVersion": 2,\n  "appVersion": "0.1.0",\n  "exportedAt": "2026-11-23T09:30:00.000Z",\n  "checksum": {\n    "algorithm": "sha256",')).toBe(true);
    expect(validText).toContain('Übung: \\"pandas\\" → done ✓\\nsecond line');
  });
});

describe('parseBackupFile never throws and never lets junk through', () => {
  it('random JSON values are refused', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseBackupFile(JSON.stringify(value) ?? 'null');
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('random bytes are refused', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        expect(parseBackupFile(Buffer.from(bytes)).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('random data in a correctly signed envelope is refused', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (data) => {
        const text = edited((f) => {
          (f as Json).data = data;
        });
        expect(parseBackupFile(text).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('any damage to a valid file is refused, or leaves the data exactly as exported', () => {
    const bytes = Buffer.from(validText);
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 }), fc.boolean(), (at, value, cut) => {
        const damaged = cut ? bytes.subarray(0, at) : Buffer.from(bytes).fill(value, at, at + 1);
        const result = parseBackupFile(damaged);
        if (result.ok) expect(result.value.data).toEqual(sampleData());
      }),
      { numRuns: 300 },
    );
  });
});

describe('backup files on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mle-path-backup-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes atomically (no temp file left) and reads the file back', async () => {
    const path = join(dir, 'backup.json');
    writeFileSync(path, 'old contents');
    expect(await writeBackupFile(path, validText)).toEqual({ ok: true, value: { bytes: Buffer.byteLength(validText) } });
    expect(readFileSync(path, 'utf8')).toBe(validText);
    expect(readdirSync(dir)).toEqual(['backup.json']);
    expect(await readBackupFile(path)).toMatchObject({ ok: true, value: { data: sampleData() } });
  });

  it('refuses a 50 MB file by its size without reading it', async () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, 50 * 1024 * 1024); // sparse: instant to create, and reading it would be slow
    const started = performance.now();
    expect(await readBackupFile(path)).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('(50.0 MB; the limit is 10.0 MB)') } });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('reports a missing file, a folder and an unwritable destination as data', async () => {
    expect(await readBackupFile(join(dir, 'nope.json'))).toEqual({ ok: false, error: { code: 'invalid-request', message: 'The file could not be opened (ENOENT).' } });
    expect(await readBackupFile(dir)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await writeBackupFile(join(dir, 'missing-folder', 'b.json'), validText)).toEqual({ ok: false, error: { code: 'internal', message: 'The backup could not be saved (ENOENT).' } });
  });
});
