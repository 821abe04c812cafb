/**
 * The backup format on its own: schema and cross-record checks, canonical JSON, the pre-parse
 * scans and the "what will change" summary. File-level refusals are in
 * tests/unit/electron/main/core/backup.test.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_TABLES,
  backupFileName,
  BackupDataSchema,
  canonicalJson,
  checkEnvelope,
  describeChanges,
  findForbiddenKey,
  prettyBackupJson,
  scanJsonText,
  validateBackupData,
  type BackupData,
} from '../../../../shared/backup/format';
import { otherData, sampleData } from './fixtures';

function issuesOf(data: unknown): string[] {
  const result = validateBackupData(data);
  expect(result.ok).toBe(false);
  return result.ok ? [] : (result.error.issues ?? []).map((i) => `${i.path}: ${i.message}`);
}

describe('backup data schema', () => {
  it('accepts a realistic data set and returns it unchanged', () => {
    const data = sampleData();
    expect(validateBackupData(data)).toEqual({ ok: true, value: data });
  });

  it('reads a plan an older version wrote (no schedule) as none, so the restored profile is re-planned', () => {
    const data = sampleData();
    const legacy = { ...data, plan: { key: 'me', plan: { packVersion: '1.0.0', startDate: '2026-12-14', milestones: [], phases: [], etaDate: '2027-10-01' }, savedAt: '2026-11-20T08:00:00.000Z' } };
    expect(validateBackupData(legacy)).toEqual({ ok: true, value: { ...data, plan: null } });
    // A current plan with damage is still refused, not dropped.
    const damaged = structuredClone(data);
    if (damaged.plan) damaged.plan.plan.etaDate = '2027-02-30';
    expect(validateBackupData(damaged).ok).toBe(false);
  });

  it('accepts an empty database (no profile, no plan, empty tables)', () => {
    const data: BackupData = { ...sampleData(), profile: null, plan: null, milestoneProgress: [], sessions: [], certifications: [], quizAttempts: [], spending: [], reminderLog: [], checklistTicks: [] };
    expect(BackupDataSchema.safeParse(data).success).toBe(true);
  });

  it.each([
    ['milestoneProgress', 'milestoneId', 'Duplicate milestone progress id'],
    ['sessions', 'id', 'Duplicate session id'],
    ['certifications', 'certId', 'Duplicate certification id'],
    ['quizAttempts', 'id', 'Duplicate quiz attempt id'],
    ['spending', 'id', 'Duplicate spending id'],
    ['reminderLog', 'reminderId', 'Duplicate reminder id'],
    ['checklistTicks', 'itemId', 'Duplicate checklist item id'],
  ] as const)('refuses a repeated %s.%s, pointing at the repeat and the first use', (tableName, field, text) => {
    const data = sampleData();
    const rows = data[tableName] as unknown[];
    rows.push(structuredClone(rows[0]));
    const issues = issuesOf(data);
    expect(issues).toEqual([expect.stringMatching(new RegExp(`^data\\.${tableName}\\[${rows.length - 1}\\]\\.${field}: ${text} ".+" \\(already used by row 0\\)\\.$`))]);
  });

  it('refuses repeated milestone ids inside the plan', () => {
    const data = sampleData();
    const milestones = data.plan!.plan.milestones;
    milestones[2] = { ...milestones[2]!, id: milestones[0]!.id };
    expect(issuesOf(data)).toEqual([`data.plan.plan.milestones[2].id: Duplicate milestone id "${milestones[0]!.id}" (already used by row 0).`]);
  });

  it('refuses plan dates that are not real calendar dates', () => {
    const data = sampleData();
    data.plan!.plan.etaDate = '2027-02-30';
    expect(issuesOf(data)).toEqual(['data.plan.plan.etaDate: "2027-02-30" is not a real date.']);
  });

  it('refuses a single-row table stored under another key, and an offset savedAt the contract would reject', () => {
    const data = sampleData() as unknown as { settings: { key: string }; profile: { savedAt: string } };
    data.settings.key = 'you';
    data.profile.savedAt = '2026-11-23T10:30:00+01:00';
    expect(issuesOf(data)).toEqual([
      'data.profile.savedAt: must be a UTC date-time such as 2026-11-23T09:30:00.000Z',
      'data.settings.key: must be "me" (the key of the single row)',
    ]);
  });

  it('names missing tables in words before any type error', () => {
    const data = sampleData() as Partial<BackupData>;
    delete data.sessions;
    delete data.checklistTicks;
    const result = validateBackupData(data);
    expect(result).toMatchObject({ ok: false, error: { message: 'The backup is incomplete: these tables are missing: Study sessions (data.sessions), Checklist ticks (data.checklistTicks).' } });
  });

  it('refuses unknown tables and unknown fields in rows', () => {
    const data = sampleData() as unknown as Record<string, unknown> & { spending: Record<string, unknown>[] };
    data.extra = [];
    data.spending[0]!.tip = 1;
    expect(issuesOf(data)).toEqual(['data.spending[0]: Unrecognized key: "tip"', 'data: Unknown field(s): extra.']);
  });

  it('keeps the error small enough for the IPC contract however many rows are wrong', () => {
    const data = sampleData();
    data.sessions = Array.from({ length: 500 }, (_, i) => ({ ...data.sessions[0]!, id: `s-${i}`, minutes: -1 }));
    const result = validateBackupData(data);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.issues).toHaveLength(50);
    expect(result.error.message.length).toBeLessThanOrEqual(2000);
    expect(result.error.message).toContain('…and 495 more problem(s).');
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level, keeps array order and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x y' } })).toBe('{"a":{"c":"x y","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('follows JSON.stringify for undefined, non-finite numbers, -0 and dates', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, Number.NaN, -0], c: new Date('2026-01-02T03:04:05Z') })).toBe('{"b":[null,null,0],"c":"2026-01-02T03:04:05.000Z"}');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('round-trips any JSON value and ignores key insertion order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        const reordered = JSON.parse(text, (_k, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
        ) as unknown;
        expect(canonicalJson(reordered)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('prettyBackupJson', () => {
  it('puts the envelope first, indents by two spaces, sorts data keys and ends with a newline', () => {
    const data = sampleData();
    const text = prettyBackupJson({ format: 'mle-path-backup', formatVersion: 1, appVersion: '0.1.0', exportedAt: '2026-11-23T09:30:00.000Z', checksum: { algorithm: 'sha256', value: '0'.repeat(64) }, data });
    expect(text.startsWith('{\n  "format": "mle-path-backup",\n  "formatVersion": 1,\n  "appVersion": "0.1.0",')).toBe(true);
    expect(text.endsWith('\n}\n')).toBe(true);
    expect(JSON.parse(text).data).toEqual(data);
    // Same layout as JSON.stringify(…, null, 2), so the file reads like any other JSON.
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text).toContain('"checklistTicks": [');
    expect(text.indexOf('"certifications"')).toBeLessThan(text.indexOf('"checklistTicks"'));
  });
});

describe('pre-parse checks', () => {
  it('measures nesting outside strings and stops at the limit', () => {
    expect(scanJsonText('{"a":[1,{"b":"[[[{{{"}]}')).toEqual({ maxDepth: 3, tooDeep: false, unterminated: false });
    expect(scanJsonText('['.repeat(1_000_000))).toMatchObject({ tooDeep: true });
    expect(scanJsonText('[[1]]', 1)).toMatchObject({ tooDeep: true });
  });

  it('tells a cut-off text: open brackets or an open string, escapes respected', () => {
    expect(scanJsonText('{"a":[1,2').unterminated).toBe(true);
    expect(scanJsonText('{"a":"x\\"').unterminated).toBe(true);
    expect(scanJsonText('{"a":"x\\\\"}').unterminated).toBe(false);
  });

  it('finds prototype keys anywhere, with their path', () => {
    expect(findForbiddenKey(JSON.parse('{"a":[{"b":1},{"__proto__":{}}]}'))).toBe('a[1].__proto__');
    expect(findForbiddenKey({ data: { x: { constructor: 1 } } })).toBe('data.x.constructor');
    expect(findForbiddenKey([{ prototype: null }])).toBe('[0].prototype');
    expect(findForbiddenKey(sampleData())).toBeNull();
    // Values are fine: a note may say "constructor".
    expect(findForbiddenKey({ note: '__proto__ constructor prototype' })).toBeNull();
  });

  it('checks the envelope in order: kind, format, version, checksum, data', () => {
    expect(checkEnvelope([])).toMatchObject({ ok: false, error: { message: expect.stringContaining('holds a list (array)') } });
    expect(checkEnvelope({ format: 'mle-path-backup', formatVersion: 1, checksum: { algorithm: 'md5', value: 'x' }, data: {} })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('checksum.algorithm: must be "sha256"') },
    });
  });
});

describe('describeChanges', () => {
  it('says per table what a restore would do', () => {
    const lines = describeChanges(otherData(), sampleData());
    expect(lines.map((l) => l.table)).toEqual([...BACKUP_TABLES]);
    expect(lines.map((l) => l.text)).toEqual([
      'Profile: will be replaced',
      'Study plan: will be added',
      'Milestone progress: 1 → 3 records',
      'Study sessions: 0 → 5 records',
      'Certifications: 1 → 2 records',
      'Quiz attempts: 0 → 1 record',
      'Spending: 2 records, contents will be replaced',
      'Settings: 1 will change',
      "Reminder history: this computer's is kept",
      'Checklist ticks: 1 → 2 records',
      'Review cards: 0 → 2 records',
      'Review history: 0 → 3 records',
    ]);
    expect(lines.find((l) => l.table === 'settings')?.details).toEqual(['Theme: light → dark']);
    expect(lines.filter((l) => !l.changed).map((l) => l.table)).toEqual(['reminderLog']);
  });

  it("lists every learner setting that will change, and none of this computer's own", () => {
    const current = sampleData();
    const incoming = sampleData();
    incoming.settings = {
      ...incoming.settings,
      theme: 'system',
      closeToTray: false,
      calendarFolder: '/elsewhere',
      launchAtLogin: true,
      trayHintShown: false,
      reminders: {
        digest: { enabled: true, weekday: 0, time: '09:00' },
        sessionLeadMinutes: null,
        quietHours: null,
        pausedUntilUtc: '2026-12-01T08:00:00Z',
        examCountdown: { enabled: false },
        recertification: { enabled: false },
      },
    };
    const settings = describeChanges(current, incoming).find((l) => l.table === 'settings');
    expect(settings).toEqual({
      table: 'settings',
      changed: true,
      text: 'Settings: 8 will change',
      details: [
        'Theme: dark → system',
        'Keep running in the tray when closed: on → off',
        'Weekly digest: Sunday 18:00 → Monday 09:00',
        'Session reminders: 15 min before → off',
        'Quiet hours: 22:00–07:00 → off',
        'Reminders paused: not paused → until 2026-12-01T08:00:00Z',
        'Exam countdown: on → off',
        'Recertification reminders: on → off',
      ],
    });
    // Only this computer's own settings differ: nothing changes.
    const local = sampleData();
    local.settings = { ...local.settings, calendarFolder: '/elsewhere', launchAtLogin: true, trayHintShown: false };
    expect(describeChanges(current, local).find((l) => l.table === 'settings')).toMatchObject({ changed: false, text: 'Settings: unchanged', details: [] });
  });

  it('says unchanged when contents are equal regardless of key order, and removed when a backup has none', () => {
    const current = sampleData();
    const incoming = JSON.parse(canonicalJson({ ...sampleData(), plan: null })) as BackupData;
    const byTable = Object.fromEntries(describeChanges(current, incoming).map((l) => [l.table, l]));
    expect(byTable.profile).toEqual({ table: 'profile', changed: false, text: 'Profile: unchanged', details: [] });
    expect(byTable.plan).toEqual({ table: 'plan', changed: true, text: 'Study plan: will be removed', details: [] });
    expect(byTable.sessions).toEqual({ table: 'sessions', changed: false, text: 'Study sessions: 5 records, unchanged', details: [] });
    const none = describeChanges({ ...current, plan: null }, { ...current, plan: null }).find((l) => l.table === 'plan');
    expect(none?.text).toBe('Study plan: none, unchanged');
  });
});

describe('backup file name', () => {
  it('is dated in UTC', () => {
    expect(backupFileName(new Date('2026-11-23T23:30:00-05:00'))).toBe('mle-path-backup-2026-11-24.json');
  });
});

describe('shared/backup purity', () => {
  it('imports only zod and shared modules, and uses no runtime globals', () => {
    const file = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/backup/format.ts');
    const source = readFileSync(file, 'utf8');
    const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const spec of specifiers) expect(spec === 'zod' || spec?.startsWith('../')).toBe(true);
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    for (const banned of [/\bconsole\./, /\bwindow\s*[.[]/, /\bdocument\./, /\bprocess\./, /\bBuffer\b/, /Math\.random/, /\bDate\.now\b/, /new Date\(\)/]) {
      expect(code).not.toMatch(banned);
    }
  });
});
