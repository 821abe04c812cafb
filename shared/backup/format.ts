/**
 * The backup file format: what an MLE Path backup looks like on disk, how it is checked, and
 * how it is serialised so that export → import → export gives the same bytes.
 *
 * This module owns:
 *  - the zod schema of a backup file (envelope + one entry per database table, rows exactly as
 *    electron/store/db.ts stores them, validated with the same record schemas the store uses);
 *  - the cross-record checks a schema per row cannot do (duplicate ids within a table);
 *  - the pre-parse text scan (nesting depth, truncation) and the forbidden-key walk;
 *  - `canonicalJson` (the checksum input) and `prettyBackupJson` (the file text);
 *  - `describeChanges`, the per-table summary shown before a restore replaces everything.
 *
 * It is pure (shared/ imports nothing from Electron, Node, the DOM or Dexie: lint and its
 * tsconfig enforce it, so the store page, main and the window can all run it),
 * so hashing lives in electron/main/core/backup.ts, which passes the digest in.
 */
import { z } from 'zod';
import { fieldIssues } from '../ipc/validate';
import { formatPath } from '../ipc/field-path';
import { fail, ok, type FieldIssue, type Result } from '../ipc/result';
import { PlanSchema } from '../domain/plan';
import { isCalendarDate, ProfileSchema } from '../domain/profile';
import {
  AppSettingsSchema,
  CertificationStatusSchema,
  ChecklistTickSchema,
  MilestoneProgressSchema,
  QuizAttemptSchema,
  ReminderDeliverySchema,
  SpendingSchema,
  StudySessionSchema,
} from '../domain/records';
import { CALENDAR_FOLDER_MAX_LENGTH } from '../domain/calendar-folder';
import { unknownKeys } from '../domain/messages';
import type { ReminderSettings } from '../domain/reminder-settings';
import { ReviewCardSchema, ReviewLogSchema, type ReviewSettings } from '../domain/review';

export const BACKUP_FORMAT = 'mle-path-backup';
/**
 * The format version this build writes and the newest it reads. Version 2 added the review cards
 * and their grade history (reviewCards, reviewLogs); a version-1 file reads as having none.
 */
export const BACKUP_FORMAT_VERSION = 2;
/** The oldest format version this build still reads (raise it only with a migration story). */
export const MIN_BACKUP_FORMAT_VERSION = 1;
/** Far above any real backup (a heavy user is well under 1 MB) and small enough to parse quickly. */
export const MAX_BACKUP_BYTES = 10 * 1024 * 1024;
/** A real backup nests about 8 levels deep; anything past this is hostile or broken. */
export const MAX_BACKUP_DEPTH = 64;
/** Keys that could reach an object's prototype if a later consumer merged the data naively. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/**
 * The tables of a backup, which are the database's tables: electron/store/db.ts takes this list
 * as its `TABLES` (shared/ may not import store code, so the list lives here).
 */
export const BACKUP_TABLES = [
  'profile',
  'plan',
  'milestoneProgress',
  'sessions',
  'certifications',
  'quizAttempts',
  'spending',
  'settings',
  'reminderLog',
  'checklistTicks',
  'reviewCards',
  'reviewLogs',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export const TABLE_LABELS: Record<BackupTable, string> = {
  profile: 'Profile',
  plan: 'Study plan',
  milestoneProgress: 'Milestone progress',
  sessions: 'Study sessions',
  certifications: 'Certifications',
  quizAttempts: 'Quiz attempts',
  spending: 'Spending',
  settings: 'Settings',
  reminderLog: 'Reminder history',
  checklistTicks: 'Checklist ticks',
  reviewCards: 'Review cards',
  reviewLogs: 'Review history',
};

/** The tables each format version added after the first: a file of an older version has none of them. */
const TABLES_SINCE: Partial<Record<BackupTable, number>> = { reviewCards: 2, reviewLogs: 2 };

/** The tables a file of `formatVersion` carries. */
export function tablesOfVersion(formatVersion: number): BackupTable[] {
  return BACKUP_TABLES.filter((name) => (TABLES_SINCE[name] ?? 1) <= formatVersion);
}

/**
 * A file's data as this version reads it: the tables added after the file's version start
 * empty (a format-1 backup has no review cards). Anything else is left for the schema to judge.
 */
export function upgradeBackupData(formatVersion: unknown, data: unknown): unknown {
  if (typeof formatVersion !== 'number' || data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  const upgraded: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const name of BACKUP_TABLES) {
    const since = TABLES_SINCE[name];
    if (since !== undefined && formatVersion < since && !has(upgraded, name)) upgraded[name] = [];
  }
  return upgraded;
}

const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** Single-row tables store their row under this key (db.ts SINGLETON_KEY). */
const SingletonKey = z.literal('me', { error: 'must be "me" (the key of the single row)' });
/**
 * `savedAt` is always written by `Date.toISOString()` and the IPC contract reads it with
 * `z.iso.datetime()` (UTC only), so a restore must not let an offset form in, or the next
 * `profile:get` reply would fail its own contract.
 */
const SavedAt = z.iso.datetime({ error: 'must be a UTC date-time such as 2026-11-23T09:30:00.000Z' });
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

export const ProfileRowSchema = z.strictObject({ key: SingletonKey, profile: ProfileSchema, savedAt: SavedAt });
export const PlanRowSchema = z
  .strictObject({ key: SingletonKey, plan: PlanSchema, savedAt: SavedAt })
  .superRefine((row, ctx) => {
    // PlanSchema only checks the YYYY-MM-DD shape (the planner never writes 2026-02-30); a file
    // can, so the dates the schedule is built on must be real calendar dates.
    const dates: [PropertyKey[], string][] = [
      [['plan', 'generatedOn'], row.plan.generatedOn],
      [['plan', 'startDate'], row.plan.startDate],
      [['plan', 'etaDate'], row.plan.etaDate],
    ];
    row.plan.milestones.forEach((m, i) => {
      dates.push([['plan', 'milestones', i, 'startDate'], m.startDate], [['plan', 'milestones', i, 'endDate'], m.endDate]);
    });
    for (const [path, value] of dates) {
      if (!isCalendarDate(value)) ctx.addIssue({ code: 'custom', path, message: `"${value}" is not a real date.` });
    }
    reportDuplicates(ctx, row.plan.milestones, (m) => m.id, ['plan', 'milestones'], 'id', 'milestone id');
    reportDuplicates(ctx, row.plan.phases, (p) => p.id, ['plan', 'phases'], 'id', 'phase id');
  });
/**
 * A plan an older version wrote: no schedule weeks, no baseline. It is derived data, so a restore
 * drops it (reads it as null) and the store rebuilds the plan from the restored profile.
 */
const LegacyPlanRowSchema = z
  .strictObject({
    key: SingletonKey,
    plan: z.looseObject({ packVersion: z.string(), milestones: z.array(z.unknown()) }).refine((p) => !('weeks' in p) && !('baseline' in p)),
    savedAt: SavedAt,
  })
  .transform(() => null);
export const SettingsRowSchema = z.strictObject({ key: SingletonKey, ...AppSettingsSchema.shape });
/**
 * The settings row as a file holds it. A restore never applies the machine-local fields (see
 * MACHINE_LOCAL_SETTINGS), so a folder a backup names is read loosely: a backup made before
 * network folders were refused must still restore, and its folder is ignored either way.
 */
const BackupSettingsRowSchema = SettingsRowSchema.extend({
  calendarFolder: z.string().max(CALENDAR_FOLDER_MAX_LENGTH).nullable().optional(),
});

export type ProfileRowData = z.output<typeof ProfileRowSchema>;
export type PlanRowData = z.output<typeof PlanRowSchema>;
export type SettingsRowData = z.output<typeof SettingsRowSchema>;

/** Adds one issue per repeated key, on the repeat, naming the row that had it first. */
function reportDuplicates<T>(
  ctx: z.RefinementCtx,
  rows: readonly T[],
  keyOf: (row: T) => string,
  basePath: PropertyKey[],
  field: string,
  what: string,
): void {
  const first = new Map<string, number>();
  rows.forEach((row, index) => {
    const key = keyOf(row);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, index);
    else {
      ctx.addIssue({
        code: 'custom',
        path: [...basePath, index, field],
        message: `Duplicate ${what} "${key}" (already used by row ${seen}).`,
      });
    }
  });
}

/**
 * The schema one stored row of each table must pass: what the store checks before it writes
 * (electron/store/row-guard.ts) and what a backup's rows are read with, so every row the store
 * keeps can be exported and restored. (A file's settings row is read a little more loosely.)
 */
export const STORED_ROW_SCHEMAS: Record<BackupTable, z.ZodType> = {
  profile: ProfileRowSchema,
  plan: PlanRowSchema,
  milestoneProgress: MilestoneProgressSchema,
  sessions: StudySessionSchema,
  certifications: CertificationStatusSchema,
  quizAttempts: QuizAttemptSchema,
  spending: SpendingSchema,
  settings: SettingsRowSchema,
  reminderLog: ReminderDeliverySchema,
  checklistTicks: ChecklistTickSchema,
  reviewCards: ReviewCardSchema,
  reviewLogs: ReviewLogSchema,
};

const table = <S extends z.ZodType>(row: S, label: string) =>
  z.array(row, { error: (issue) => (issue.input === undefined ? `The ${label} table is missing.` : `The ${label} table must be a list.`) });

export const BackupDataSchema = z
  .strictObject(
    {
      profile: ProfileRowSchema.nullable(),
      plan: z.union([PlanRowSchema, LegacyPlanRowSchema]).nullable(),
      milestoneProgress: table(MilestoneProgressSchema, 'milestone progress'),
      sessions: table(StudySessionSchema, 'study sessions'),
      certifications: table(CertificationStatusSchema, 'certifications'),
      quizAttempts: table(QuizAttemptSchema, 'quiz attempts'),
      spending: table(SpendingSchema, 'spending'),
      settings: BackupSettingsRowSchema,
      reminderLog: table(ReminderDeliverySchema, 'reminder history'),
      checklistTicks: table(ChecklistTickSchema, 'checklist ticks'),
      reviewCards: table(ReviewCardSchema, 'review cards'),
      reviewLogs: table(ReviewLogSchema, 'review history'),
    },
    unknownKeys,
  )
  .superRefine((data, ctx) => {
    // Primary keys must be unique within each table, or a restore would silently keep only the
    // last row (and replaceAll's bulkAdd would abort). References to content ids are NOT checked
    // against the plan: progress is keyed by stable content ids and may outlive a re-plan.
    reportDuplicates(ctx, data.milestoneProgress, (r) => r.milestoneId, ['milestoneProgress'], 'milestoneId', 'milestone progress id');
    reportDuplicates(ctx, data.sessions, (r) => r.id, ['sessions'], 'id', 'session id');
    reportDuplicates(ctx, data.certifications, (r) => r.certId, ['certifications'], 'certId', 'certification id');
    reportDuplicates(ctx, data.quizAttempts, (r) => r.id, ['quizAttempts'], 'id', 'quiz attempt id');
    reportDuplicates(ctx, data.spending, (r) => r.id, ['spending'], 'id', 'spending id');
    reportDuplicates(ctx, data.reminderLog, (r) => r.reminderId, ['reminderLog'], 'reminderId', 'reminder id');
    reportDuplicates(ctx, data.checklistTicks, (r) => r.itemId, ['checklistTicks'], 'itemId', 'checklist item id');
    reportDuplicates(ctx, data.reviewCards, (r) => r.itemId, ['reviewCards'], 'itemId', 'review card id');
    reportDuplicates(ctx, data.reviewLogs, (r) => r.id, ['reviewLogs'], 'id', 'review log id');
  });
export type BackupData = z.output<typeof BackupDataSchema>;

export const ChecksumSchema = z.strictObject(
  {
    algorithm: z.literal('sha256', { error: 'must be "sha256"' }),
    value: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lowercase hex digits' }),
  },
  unknownKeys,
);

/** A file of any version this build reads, its data upgraded to this version's tables first. */
export const BackupFileSchema = z.preprocess(
  (value) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) && has(value, 'data')
      ? { ...value, data: upgradeBackupData((value as { formatVersion?: unknown }).formatVersion, (value as { data: unknown }).data) }
      : value,
  z.strictObject(
    {
      format: z.literal(BACKUP_FORMAT, { error: `must be "${BACKUP_FORMAT}"` }),
      formatVersion: z
        .number({ error: `must be a whole number from ${MIN_BACKUP_FORMAT_VERSION} to ${BACKUP_FORMAT_VERSION}` })
        .int({ error: `must be a whole number from ${MIN_BACKUP_FORMAT_VERSION} to ${BACKUP_FORMAT_VERSION}` })
        .min(MIN_BACKUP_FORMAT_VERSION, { error: `must be a whole number from ${MIN_BACKUP_FORMAT_VERSION} to ${BACKUP_FORMAT_VERSION}` })
        .max(BACKUP_FORMAT_VERSION, { error: `must be a whole number from ${MIN_BACKUP_FORMAT_VERSION} to ${BACKUP_FORMAT_VERSION}` }),
      appVersion: z.string().max(64).regex(SEMVER, { error: 'must be a version number such as 1.2.3' }),
      exportedAt: z.iso.datetime({ offset: true, error: 'must be an ISO date-time, e.g. 2026-11-23T18:00:00Z' }),
      checksum: ChecksumSchema,
      data: BackupDataSchema,
    },
    unknownKeys,
  ),
);
export type BackupFile = z.output<typeof BackupFileSchema>;

// ---------------------------------------------------------------------------------------------
// Serialisation

/**
 * JSON with object keys sorted (UTF-16 code-unit order, the same everywhere) and no whitespace.
 * It is the checksum input, so it must not depend on the order keys were inserted in — rows
 * read from IndexedDB, rows from zod and rows from a file all list keys differently. Follows
 * JSON.stringify for the rest: `undefined` members are dropped, non-finite numbers become null.
 */
export function canonicalJson(value: unknown): string {
  return serialize(value, '', '', false) ?? 'null';
}

/**
 * The file text: two-space indented, keys sorted at every level except the envelope, which
 * keeps its own order so a person opening the file sees `format` first. Ends with a newline.
 */
export function prettyBackupJson(file: BackupFile): string {
  const envelope = {
    format: file.format,
    formatVersion: file.formatVersion,
    appVersion: file.appVersion,
    exportedAt: file.exportedAt,
    checksum: { algorithm: file.checksum.algorithm, value: file.checksum.value },
    data: file.data,
  };
  return `${serialize(envelope, '  ', '', true) ?? 'null'}\n`;
}

function serialize(value: unknown, indent: string, current: string, keepKeyOrder: boolean): string | undefined {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: () => unknown }).toJSON();
  }
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      // undefined, functions and symbols have no JSON form (bigint cannot come from JSON).
      return undefined;
  }
  const inner = current + indent;
  const open = indent ? `\n${inner}` : '';
  const close = indent ? `\n${current}` : '';
  const comma = indent ? `,\n${inner}` : ',';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => serialize(item, indent, inner, false) ?? 'null');
    return `[${open}${items.join(comma)}${close}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = keepKeyOrder ? Object.keys(record) : Object.keys(record).sort();
  const members: string[] = [];
  for (const key of keys) {
    const item = serialize(record[key], indent, inner, false);
    if (item !== undefined) members.push(`${JSON.stringify(key)}:${indent ? ' ' : ''}${item}`);
  }
  if (members.length === 0) return '{}';
  return `{${open}${members.join(comma)}${close}}`;
}

/** Suggested file name for an export, dated in UTC so it does not depend on the machine's zone. */
export function backupFileName(now: Date): string {
  return `mle-path-backup-${now.toISOString().slice(0, 10)}.json`;
}

// ---------------------------------------------------------------------------------------------
// Checks on the raw text and the raw parsed tree (before zod sees it)

export interface TextScan {
  /** Deepest nesting of objects/arrays seen (stops counting past the limit). */
  maxDepth: number;
  tooDeep: boolean;
  /** The text ends inside a string or with brackets still open: the file was cut off. */
  unterminated: boolean;
}

/**
 * One linear pass over JSON text, tracking strings and brackets. Runs before JSON.parse so a
 * hostile file nested a million levels deep is refused without building it, and so a parse
 * failure can be told apart as "cut off" (truncated download, full disk) versus "not JSON".
 */
export function scanJsonText(text: string, maxDepth = MAX_BACKUP_DEPTH): TextScan {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c /* \ */) escaped = true;
      else if (c === 0x22 /* " */) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (depth > maxDepth) return { maxDepth: deepest, tooDeep: true, unterminated: false };
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth -= 1;
    }
  }
  return { maxDepth: deepest, tooDeep: false, unterminated: inString || depth > 0 };
}

/**
 * The path of the first forbidden key (`__proto__`, `constructor`, `prototype`) anywhere in a
 * parsed tree, or null. JSON.parse turns `"__proto__"` into an own property, so a check on the
 * parsed value sees it; strict schemas would also refuse it, but only where a schema looks, and
 * this message says plainly why. Recursion is safe: `scanJsonText` has already capped depth.
 */
export function findForbiddenKey(value: unknown): string | null {
  const found = forbiddenKeyPath(value, []);
  return found === null ? null : formatPath(found);
}

function forbiddenKeyPath(value: unknown, path: readonly PropertyKey[]): PropertyKey[] | null {
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = forbiddenKeyPath(value[i], [...path, i]);
      if (found !== null) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    const here = [...path, key];
    if (FORBIDDEN_KEYS.includes(key)) return here;
    const found = forbiddenKeyPath((value as Record<string, unknown>)[key], here);
    if (found !== null) return found;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Envelope checks and full validation

function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list (array)';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}


/**
 * Checks the parts of the envelope that decide whether the rest can be read at all, in the
 * order that gives the most useful message: is it ours, which format version, is there a
 * checksum and a data section. Returns the checksum to verify and the raw data it covers.
 */
export function checkEnvelope(value: unknown): Result<{ checksum: string; data: Record<string, unknown> }> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('invalid-request', `This is not an MLE Path backup: the file holds ${describeJsonType(value)}, not a backup object.`);
  }
  const file = value as Record<string, unknown>;
  if (!has(file, 'format')) {
    return fail('invalid-request', `This is not an MLE Path backup: it has no "format" field (expected "${BACKUP_FORMAT}").`);
  }
  if (file.format !== BACKUP_FORMAT) {
    const shown = typeof file.format === 'string' ? `"${file.format.slice(0, 60)}"` : describeJsonType(file.format);
    return fail('invalid-request', `This is not an MLE Path backup: its format is ${shown}, expected "${BACKUP_FORMAT}".`);
  }
  if (!has(file, 'formatVersion')) {
    return fail('invalid-request', 'The backup has no formatVersion, so MLE Path cannot tell how to read it.');
  }
  const version = file.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) {
    return fail('invalid-request', `The backup's formatVersion must be a whole number, but it is ${describeJsonType(version)}.`);
  }
  if (version > BACKUP_FORMAT_VERSION) {
    return fail(
      'invalid-request',
      `This backup was made by a newer version of MLE Path (backup format ${version}; this version reads up to ${BACKUP_FORMAT_VERSION}). Update MLE Path, then restore it.`,
    );
  }
  if (version < MIN_BACKUP_FORMAT_VERSION) {
    return fail(
      'invalid-request',
      `This backup uses format ${version}, an older format this version of MLE Path no longer supports (it reads ${MIN_BACKUP_FORMAT_VERSION}–${BACKUP_FORMAT_VERSION}).`,
    );
  }
  if (!has(file, 'checksum')) {
    return fail('invalid-request', 'The backup has no checksum, so MLE Path cannot tell whether it is complete and unchanged.');
  }
  const checksum = ChecksumSchema.safeParse(file.checksum);
  if (!checksum.success) {
    const issues = prefixIssues(fieldIssues(checksum.error), 'checksum');
    return fail('invalid-request', `The backup's checksum is malformed: ${joinIssues(issues)}`, issues);
  }
  const data = file.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail('invalid-request', `The backup has no data section (found ${data === undefined ? 'nothing' : describeJsonType(data)}).`);
  }
  const missing = missingTables(data, version);
  if (missing) return fail('invalid-request', missing);
  return ok({ checksum: checksum.data.value, data: data as Record<string, unknown> });
}

/**
 * Names the tables absent from `data`, checked before the schema so the learner reads "the
 * Study sessions table is missing" rather than a type error on `undefined`.
 */
function missingTables(data: object, formatVersion: number = BACKUP_FORMAT_VERSION): string | null {
  const missing = tablesOfVersion(formatVersion).filter((name) => !has(data, name));
  if (missing.length === 0) return null;
  const names = missing.map((name) => `${TABLE_LABELS[name]} (data.${name})`).join(', ');
  return `The backup is incomplete: ${missing.length === 1 ? 'this table is' : 'these tables are'} missing: ${names}.`;
}

/** Full schema + cross-record validation of a parsed file, with every problem's field path. */
export function validateBackupFile(value: unknown): Result<BackupFile> {
  const parsed = BackupFileSchema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issues = fieldIssues(parsed.error);
  return fail('invalid-request', `The backup has errors, so nothing was restored. ${joinIssues(issues)}`, capIssues(issues));
}

/** Validates table data on its own, e.g. a dump before it is exported or data sent to restore. */
export function validateBackupData(value: unknown): Result<BackupData> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const missing = missingTables(value);
    if (missing) return fail('invalid-request', missing);
  }
  const parsed = BackupDataSchema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issues = prefixIssues(fieldIssues(parsed.error), 'data');
  return fail('invalid-request', `The backup data has errors: ${joinIssues(issues)}`, capIssues(issues));
}

function prefixIssues(issues: FieldIssue[], prefix: string): FieldIssue[] {
  return issues.map((i) => ({ ...i, path: i.path ? (i.path.startsWith('[') ? `${prefix}${i.path}` : `${prefix}.${i.path}`) : prefix }));
}

/** At most five problems in the sentence, so the dialog stays readable; all are in `issues`. */
const SHOWN_ISSUES = 5;
function joinIssues(issues: readonly FieldIssue[]): string {
  const shown = issues.slice(0, SHOWN_ISSUES).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length > SHOWN_ISSUES ? ` …and ${issues.length - SHOWN_ISSUES} more problem(s).` : '';
  return (shown.join(' ') + more).slice(0, 1800);
}

/** Keeps the error within IpcErrorSchema's limits (50 issues, 200-char paths, 500-char messages). */
function capIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.slice(0, 50).map((i) => ({ path: i.path.slice(0, 200), message: i.message.slice(0, 500) }));
}

// ---------------------------------------------------------------------------------------------
// What a restore keeps from this computer

/**
 * Settings that belong to this computer, not to the learner's data: the folder the calendar file
 * is written to (a path on this machine's drives, chosen in its folder dialog), whether MLE Path
 * starts at login here, and whether the tray hint was shown here. A restore keeps this
 * computer's values, whichever computer (or year) the backup comes from. Window placement is
 * not in the database at all (electron/main/core/window-state-file.ts), so no restore touches it.
 */
export const MACHINE_LOCAL_SETTINGS = ['calendarFolder', 'launchAtLogin', 'trayHintShown'] as const satisfies readonly (keyof SettingsRowData)[];

/**
 * Tables that are this computer's bookkeeping: the reminders it has shown. A restore keeps them
 * (as it keeps the scheduler's last check, which is not in a backup at all): replacing them with
 * an older backup's would show again every reminder delivered since that backup was made.
 */
export const MACHINE_LOCAL_TABLES = ['reminderLog'] as const satisfies readonly BackupTable[];

const machineLocalTables: ReadonlySet<BackupTable> = new Set(MACHINE_LOCAL_TABLES);

/** What a restore of `incoming` writes over `current`: the backup, with this computer's own values kept. */
export function restoredData(current: BackupData, incoming: BackupData): BackupData {
  const settings = { ...incoming.settings };
  for (const name of MACHINE_LOCAL_SETTINGS) {
    const value = current.settings[name];
    // calendarFolder is optional in a row; an absent one stays absent rather than becoming undefined.
    if (value === undefined) delete settings[name];
    else Object.assign(settings, { [name]: value });
  }
  return { ...incoming, settings, reminderLog: current.reminderLog };
}

// ---------------------------------------------------------------------------------------------
// "What will change" summary

export interface TableChange {
  table: BackupTable;
  /** False when the table's contents are identical in both. */
  changed: boolean;
  /** One line for the confirmation dialog, e.g. "Milestone progress: 12 → 30 records". */
  text: string;
  /** Further lines under it: for settings, each learner setting that changes. */
  details: string[];
}

const records = (n: number) => `${n} record${n === 1 ? '' : 's'}`;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const onOff = (on: boolean) => (on ? 'on' : 'off');

const reviewWords = (r: ReviewSettings | undefined) =>
  r === undefined ? 'defaults' : `recall ${Math.round(r.requestRetention * 100)} %, longest gap ${r.maximumIntervalDays} days, spread ${onOff(r.fuzz)}`;

type LearnerSetting = Exclude<keyof SettingsRowData, 'key' | (typeof MACHINE_LOCAL_SETTINGS)[number] | 'reminders'>;
/** Each learner setting by name, as the Settings screen calls it, with its value in words. */
const LEARNER_SETTINGS: { [K in LearnerSetting]: [label: string, show: (value: SettingsRowData[K]) => string] } = {
  theme: ['Theme', (v) => v],
  closeToTray: ['Keep running in the tray when closed', onOff],
  review: ['Review scheduling', reviewWords],
};
const REMINDER_SETTINGS: { [K in keyof ReminderSettings]: [label: string, show: (value: ReminderSettings[K]) => string] } = {
  digest: ['Weekly digest', (d) => (d.enabled ? `${WEEKDAYS[d.weekday] ?? d.weekday} ${d.time}` : 'off')],
  sessionLeadMinutes: ['Session reminders', (m) => (m === null ? 'off' : m === 0 ? 'at the start' : `${m} min before`)],
  quietHours: ['Quiet hours', (q) => (q === null ? 'off' : `${q.start}–${q.end}`)],
  pausedUntilUtc: ['Reminders paused', (p) => (p === null ? 'not paused' : `until ${p}`)],
  examCountdown: ['Exam countdown', (t) => onOff(t.enabled)],
  recertification: ['Recertification reminders', (t) => onOff(t.enabled)],
};

function settingLine<T>(label: string, show: (value: T) => string, before: T, after: T): string | null {
  return canonicalJson(before) === canonicalJson(after) ? null : `${label}: ${show(before)} → ${show(after)}`;
}

/**
 * One line per learner setting a restore changes, e.g. "Theme: dark → light". The tables above
 * are typed over the settings' own keys, so a setting added later fails to compile until it is
 * named here: a restore never changes a setting the learner was not told about.
 */
export function describeSettingChanges(before: SettingsRowData, after: SettingsRowData): string[] {
  const lines: (string | null)[] = [];
  for (const name of Object.keys(LEARNER_SETTINGS) as LearnerSetting[]) {
    const [label, show] = LEARNER_SETTINGS[name] as [string, (value: unknown) => string];
    lines.push(settingLine(label, show, before[name], after[name]));
  }
  for (const name of Object.keys(REMINDER_SETTINGS) as (keyof ReminderSettings)[]) {
    const [label, show] = REMINDER_SETTINGS[name] as [string, (value: unknown) => string];
    lines.push(settingLine(label, show, before.reminders[name], after.reminders[name]));
  }
  return lines.filter((line): line is string => line !== null);
}

/**
 * One line per table saying what a restore of `incoming` would do to `current`. Contents are
 * compared with canonicalJson, so a table with the same count but other rows still reads as
 * changed — the learner must not be told "nothing changes" when notes would be overwritten.
 * What a restore keeps from this computer is compared as kept (see `restoredData`).
 */
export function describeChanges(current: BackupData, incoming: BackupData): TableChange[] {
  const restored = restoredData(current, incoming);
  return BACKUP_TABLES.map((name) => {
    const label = TABLE_LABELS[name];
    if (machineLocalTables.has(name)) return { table: name, changed: false, text: `${label}: this computer's is kept`, details: [] };
    const before: unknown = current[name];
    const after: unknown = restored[name];
    const changed = canonicalJson(before) !== canonicalJson(after);
    if (name === 'settings') {
      const details = describeSettingChanges(current.settings, restored.settings);
      const text = !changed ? `${label}: unchanged` : `${label}: ${details.length === 1 ? '1 will change' : `${details.length} will change`}`;
      return { table: name, changed, text, details };
    }
    if (Array.isArray(before) && Array.isArray(after)) {
      const text = !changed
        ? `${label}: ${records(before.length)}, unchanged`
        : before.length === after.length
          ? `${label}: ${records(before.length)}, contents will be replaced`
          : `${label}: ${before.length} → ${records(after.length)}`;
      return { table: name, changed, text, details: [] };
    }
    const text = !changed
      ? before === null
        ? `${label}: none, unchanged`
        : `${label}: unchanged`
      : before === null
        ? `${label}: will be added`
        : after === null
          ? `${label}: will be removed`
          : `${label}: will be replaced`;
    return { table: name, changed, text, details: [] };
  });
}
