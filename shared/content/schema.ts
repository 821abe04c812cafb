/**
 * Content pack schema: the shape and the cross-reference rules of the versioned study content
 * (roadmap phases, certifications, salaries, guides, quiz) that ships with the app and can be
 * replaced by a newer pack without a code change.
 *
 * Structural rules live on the individual schemas; rules that need the whole pack (unique ids,
 * prerequisite graph, cert replacement chains, quiz coverage) live in one superRefine at the end
 * so every error carries the path of the offending field.
 */
import { z } from 'zod';
import { formatPath } from '../ipc/field-path';
import { BACKGROUNDS, isCalendarDate } from '../domain/profile';
import { SKILL_AREAS } from '../domain/skill-area';
import { SkillAreaSchema } from '../domain/skill-area-schema';

// ---------------------------------------------------------------------------------------------
// Primitives
// ---------------------------------------------------------------------------------------------

/** Plain semver (MAJOR.MINOR.PATCH with optional pre-release/build); enough to order packs. */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

export const SemverSchema = z.string().regex(SEMVER, { error: 'expected a semantic version like 1.2.3' });

export const IsoDateSchema = z
  .string()
  .refine(isCalendarDate, { error: 'expected a real date written as YYYY-MM-DD' });

/**
 * A day (YYYY-MM-DD) or, when the source only names the month, the month (YYYY-MM). Storing the
 * month itself means no reader can print a day the source never gave, however it formats it.
 */
export const IsoDayOrMonthSchema = z
  .string()
  .refine((s) => isCalendarDate(s) || /^\d{4}-(0[1-9]|1[0-2])$/.test(s), {
    error: 'expected a real date (YYYY-MM-DD) or a month (YYYY-MM)',
  });

/** Seed documents are named `NNN_<16 hex>.txt`; facts point at them by file name. */
export const SourceFileSchema = z
  .string()
  .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { error: 'expected a seed file name like 000_0123456789abcdef.txt' });

const NonEmpty = z.string().trim().min(1, { error: 'must not be empty' });

/** Ids are dotted, lower-case and stable: progress and quiz attempts are stored against them. */
function idWithPrefix(prefix: string) {
  return z
    .string()
    .regex(new RegExp(`^${prefix.replace(/\./g, '\\.')}(\\.[a-z0-9]+(?:-[a-z0-9]+)*)+$`), {
      error: `expected an id like ${prefix}.some-name`,
    });
}

export const PhaseIdSchema = idWithPrefix('phase');
export const CertIdSchema = idWithPrefix('cert');
export const ProjectIdSchema = idWithPrefix('project');

/** Every sourced fact carries the seed it came from and the date the figure was true. */
const sourced = { source: SourceFileSchema, asOf: IsoDateSchema };

function rangeSchema(label: string) {
  return z
    .strictObject({ min: z.number().nonnegative(), max: z.number().nonnegative() })
    .refine((r) => r.min <= r.max, { error: `${label}: min must not exceed max`, path: ['max'] });
}

export const WeekRangeSchema = rangeSchema('weeks');
export const MonthRangeSchema = rangeSchema('months');
export const UsdRangeSchema = rangeSchema('USD');

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

export const SourceSchema = z.strictObject({
  title: NonEmpty,
  file: SourceFileSchema,
  publisher: NonEmpty.nullable(),
  asOf: IsoDateSchema,
  /** 'stated': the document gives the date; 'derived': inferred from dates it mentions; 'default': none given. */
  asOfBasis: z.enum(['stated', 'derived', 'default']),
  note: NonEmpty.nullable(),
});

// ---------------------------------------------------------------------------------------------
// Roadmap phases
// ---------------------------------------------------------------------------------------------

export const SPECIALISATIONS = ['llm', 'cv-nlp', 'recsys'] as const;
export const SpecialisationSchema = z.enum(SPECIALISATIONS);

export const RESOURCE_KINDS = ['docs', 'course', 'book', 'tutorial', 'practice', 'certification', 'video'] as const;

export const ResourceSchema = z.strictObject({
  title: NonEmpty,
  // Offline app: links only open in the system browser, and only over https.
  url: z.url({ protocol: /^https$/, error: 'expected an https:// URL' }).optional(),
  kind: z.enum(RESOURCE_KINDS),
});

export const MilestoneSchema = z.strictObject({
  id: PhaseIdSchema,
  title: NonEmpty,
  description: NonEmpty,
  /** Focused study/build hours for a learner meeting the topic for the first time. */
  effortHours: z.number().positive().max(200),
  prerequisites: z.array(PhaseIdSchema),
  resources: z.array(ResourceSchema),
  /** Set only on optional deep-dive milestones; the core path never depends on them. */
  specialisation: SpecialisationSchema.optional(),
});

export const GateItemSchema = z.strictObject({ id: idWithPrefix('gate'), text: NonEmpty });

export const GateSchema = z.strictObject({
  title: NonEmpty,
  items: z.array(GateItemSchema).min(1),
  /** null: written by the MLE Path authors (the seeds only give a checklist for the first gate). */
  source: SourceFileSchema.nullable(),
  asOf: IsoDateSchema,
});

export const PhaseDurationSchema = z
  .strictObject({
    minWeeks: z.number().positive(),
    maxWeeks: z.number().positive(),
    /** 'stated': the source gives this span; 'derived': apportioned from a span the source gives for several phases. */
    basis: z.enum(['stated', 'derived']),
    note: NonEmpty,
    ...sourced,
  })
  .refine((d) => d.minWeeks <= d.maxWeeks, { error: 'minWeeks must not exceed maxWeeks', path: ['maxWeeks'] });

export const SourceSectionSchema = z.strictObject({ source: SourceFileSchema, section: NonEmpty });

export const PhaseSchema = z.strictObject({
  id: PhaseIdSchema,
  title: NonEmpty,
  summary: NonEmpty,
  keySkills: z.array(NonEmpty).min(1),
  tools: z.array(NonEmpty).min(1),
  suggestedProjectId: ProjectIdSchema,
  skillArea: SkillAreaSchema,
  typicalDuration: PhaseDurationSchema,
  milestones: z.array(MilestoneSchema).min(1),
  gate: GateSchema,
  ...sourced,
  /** Where the other seeds cover the same stage, so editors can re-check all of them. */
  crossReferences: z.array(SourceSectionSchema),
});

/** One ordering of disputed phases and the seeds that use it. */
export const PhaseOrderViewSchema = z.strictObject({
  id: idWithPrefix('phase-order'),
  label: NonEmpty,
  /** The disputed phases in the order these sources put them. */
  sequence: z.array(PhaseIdSchema).min(2),
  sources: z.array(SourceFileSchema).min(1),
});

/**
 * Where the seeds disagree on phase order, the orders they give and which one the roadmap
 * follows, so the learner is told rather than only an editor reading code comments.
 */
export const PhaseOrderNoteSchema = z.strictObject({
  title: NonEmpty,
  views: z.array(PhaseOrderViewSchema).min(2),
  followedId: idWithPrefix('phase-order'),
  reason: NonEmpty,
  asOf: IsoDateSchema,
});

// ---------------------------------------------------------------------------------------------
// Certifications
// ---------------------------------------------------------------------------------------------

export const CERT_PLATFORMS = [
  'aws',
  'gcp',
  'azure',
  'databricks',
  'python-institute',
  'deeplearning-ai',
  'vendor-neutral',
] as const;
export const CERT_LEVELS = ['entry', 'foundational', 'associate', 'intermediate', 'professional', 'specialty'] as const;

export const CertificationSchema = z.strictObject({
  id: CertIdSchema,
  name: NonEmpty,
  /** Exam code where the provider publishes one (e.g. MLA-C01); null when the seeds give none. */
  code: NonEmpty.nullable(),
  /** Who runs the exam, only where a seed names them; null when it lists the exam without its provider. */
  provider: NonEmpty.nullable(),
  cloud: z.enum(CERT_PLATFORMS),
  level: z.enum(CERT_LEVELS).nullable(),
  format: z.enum(['proctored-exam', 'course-series']),
  /** Exam fee in USD; null when the seeds do not state it (never guessed). */
  examCostUsd: z.number().nonnegative().nullable(),
  examCostApproximate: z.boolean(),
  /** Course-style credentials are paid monthly instead of per exam. */
  subscriptionUsdPerMonth: UsdRangeSchema.nullable(),
  prepWeeks: WeekRangeSchema.nullable(),
  bestFor: NonEmpty.nullable(),
  focusAreas: z.array(NonEmpty),
  roiOutlook: NonEmpty.nullable(),
  roiPercent: z.number().min(0).max(100).nullable(),
  validityYears: z.number().positive().nullable(),
  status: z.enum(['active', 'retired']),
  /** The month alone (YYYY-MM) when the source dates the retirement only to a month. */
  retiredOn: IsoDayOrMonthSchema.nullable(),
  replacedBy: CertIdSchema.nullable(),
  recommendedFor: z.array(z.enum(BACKGROUNDS)),
  /** Position in the seed's suggested learning sequence; null when the seed gives no order. */
  learningOrder: z.number().int().positive().nullable(),
  /** The roadmap phase whose material the exam mostly covers, so the planner can slot prep in. */
  phaseId: PhaseIdSchema.nullable(),
  notes: NonEmpty.nullable(),
  ...sourced,
});

// ---------------------------------------------------------------------------------------------
// Money and time
// ---------------------------------------------------------------------------------------------

export const SalaryBandSchema = z.strictObject({
  id: idWithPrefix('salary'),
  label: NonEmpty,
  region: z.enum(['US', 'IN']),
  currency: z.enum(['USD', 'INR']),
  period: z.enum(['year']),
  level: z.enum(['entry', 'mid', 'senior', 'all-levels']),
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  /** True when the source writes the top as "X+". */
  openEndedMax: z.boolean(),
  average: z.number().nonnegative().nullable(),
  median: z.number().nonnegative().nullable(),
  percentiles: z.array(z.strictObject({ percentile: z.number().int().min(1).max(99), value: z.number().nonnegative() })),
  /** Third-party data set the seed quotes (e.g. Glassdoor), when it names one. */
  dataSource: NonEmpty.nullable(),
  note: NonEmpty.nullable(),
  ...sourced,
});

export const SalaryTrendSchema = z.strictObject({
  id: idWithPrefix('salary-trend'),
  region: z.enum(['US', 'IN']),
  level: z.enum(['entry', 'mid', 'senior', 'all-levels']),
  changePercent: z.number(),
  periodLabel: NonEmpty,
  dataSource: NonEmpty.nullable(),
  ...sourced,
});

export const InvestmentSchema = z.strictObject({
  id: idWithPrefix('investment'),
  certSpendUsd: UsdRangeSchema,
  typicalCertCount: z.strictObject({ min: z.number().int().positive(), max: z.number().int().positive() }),
  covers: NonEmpty,
  /** The pay of the roles the source says this path leads towards ("roles paying $X+"); null when it gives none. */
  leadsToRolesPayingFromUsd: z.number().nonnegative().nullable(),
  ...sourced,
});

/** Skills a source says earn more, when it names them without a figure for the premium. */
export const SalaryPremiumSchema = z.strictObject({
  id: idWithPrefix('salary-premium'),
  region: z.enum(['US', 'IN']),
  skills: z.array(NonEmpty).min(1),
  summary: NonEmpty,
  ...sourced,
});

export const TimelineAlternativeSchema = z.strictObject({
  months: MonthRangeSchema,
  /** True when the source gives the figure loosely ("roughly 12 months"), so it is shown as "about". */
  approximate: z.boolean().default(false),
  basis: NonEmpty,
  ...sourced,
});

export const TimelineSchema = z.strictObject({
  id: idWithPrefix('timeline'),
  background: z.enum(BACKGROUNDS),
  months: MonthRangeSchema,
  /** Which group the source was describing, in our words, so the mapping to a background is visible. */
  basis: NonEmpty,
  ...sourced,
  alternatives: z.array(TimelineAlternativeSchema),
});

// ---------------------------------------------------------------------------------------------
// Projects
// ---------------------------------------------------------------------------------------------

export const PROJECT_STEPS = [
  'data',
  'preprocessing',
  'features',
  'training',
  'evaluation',
  'deployment',
  'monitoring',
  'readme',
] as const;

export const ProjectSchema = z.strictObject({
  id: ProjectIdSchema,
  title: NonEmpty,
  summary: NonEmpty,
  level: z.enum(['beginner', 'intermediate', 'advanced', 'production', 'modern-ai']).nullable(),
  examples: z.array(NonEmpty),
  skillsShown: z.array(NonEmpty).min(1),
  phaseId: PhaseIdSchema.nullable(),
  checklist: z
    .array(z.strictObject({ id: idWithPrefix('project'), step: z.enum(PROJECT_STEPS), text: NonEmpty }))
    .min(1),
  ...sourced,
  crossReferences: z.array(SourceSectionSchema),
});

// ---------------------------------------------------------------------------------------------
// Guides
// ---------------------------------------------------------------------------------------------

export const ActionPlanWeekSchema = z.strictObject({
  id: idWithPrefix('plan30'),
  week: z.number().int().min(1).max(4),
  title: NonEmpty,
  description: NonEmpty,
  certPicks: z.array(z.strictObject({ backgrounds: z.array(z.enum(BACKGROUNDS)).min(1), certIds: z.array(CertIdSchema).min(1) })),
  ...sourced,
});

export const MistakeSchema = z.strictObject({
  id: idWithPrefix('mistake'),
  title: NonEmpty,
  whyItHurts: NonEmpty,
  instead: NonEmpty,
  ...sourced,
});

export const FaqSchema = z.strictObject({ id: idWithPrefix('faq'), question: NonEmpty, answer: NonEmpty, ...sourced });

export const KaggleStepSchema = z.strictObject({
  id: idWithPrefix('kaggle'),
  order: z.number().int().positive(),
  title: NonEmpty,
  description: NonEmpty,
  count: z.strictObject({ min: z.number().int().positive(), max: z.number().int().positive() }).nullable(),
  tools: z.array(NonEmpty),
  ...sourced,
});

export const LlmSkillSchema = z.strictObject({
  id: idWithPrefix('llm-skill'),
  title: NonEmpty,
  description: NonEmpty,
  tools: z.array(NonEmpty),
  ...sourced,
});

export const CareerStageSchema = z.strictObject({
  id: idWithPrefix('career'),
  /**
   * The seeds describe careers differently; each keeps its own track rather than being blended:
   * a degree-first route with years, a ladder of roles by seniority, and a plain list of roles
   * the skills lead to (no order or timing, so readers must not draw it as a ladder).
   */
  track: z.enum(['education-route', 'role-ladder', 'role-options']),
  stage: NonEmpty,
  yearsFromStart: z.strictObject({ min: z.number().nonnegative(), max: z.number().nonnegative().nullable() }).nullable(),
  roles: z.array(NonEmpty),
  description: NonEmpty,
  ...sourced,
});

export const TargetRoleSchema = z.strictObject({
  id: idWithPrefix('role'),
  title: NonEmpty,
  summary: NonEmpty,
  /** Other titles for the same job, each with the seeds that use it (often not the role's own source). */
  alsoListedAs: z.array(z.strictObject({ title: NonEmpty, sources: z.array(SourceFileSchema).min(1) })),
  goodFitBackgrounds: z.array(z.enum(BACKGROUNDS)),
  emphasisPhaseIds: z.array(PhaseIdSchema).min(1),
  ...sourced,
});

/** A survey figure or estimate about the job, as "<percent> % <statement>". */
export const MarketFactSchema = z.strictObject({
  id: idWithPrefix('market-fact'),
  percent: z.number().min(0).max(100),
  /** True when the source calls the figure an estimate ("around 70 %"), so it is shown as "about". */
  approximate: z.boolean(),
  statement: NonEmpty,
  ...sourced,
});

export const JobSearchTipSchema = z.strictObject({
  id: idWithPrefix('job-tip'),
  title: NonEmpty,
  description: NonEmpty,
  ...sourced,
});

// ---------------------------------------------------------------------------------------------
// Quiz
// ---------------------------------------------------------------------------------------------

export const QUIZ_OPTION_COUNT = 4;
export const MIN_QUIZ_QUESTIONS_PER_AREA = 6;

export const QuizQuestionSchema = z.strictObject({
  id: idWithPrefix('quiz'),
  area: SkillAreaSchema,
  prompt: NonEmpty,
  options: z.array(NonEmpty).length(QUIZ_OPTION_COUNT, { error: `expected exactly ${QUIZ_OPTION_COUNT} options` }),
  correctIndex: z.number().int().nonnegative(),
  explanation: NonEmpty,
});

// ---------------------------------------------------------------------------------------------
// Practice banks (per certification)
// ---------------------------------------------------------------------------------------------

export const PRACTICE_OPTION_COUNT = { min: 3, max: 4 } as const;

/**
 * One practice question for one certification, tagged with the focus area (exactly as the
 * certification lists it) that it tests. Its id is the stable handle practice history is kept
 * against, and what a review queue would store.
 */
export const PracticeQuestionSchema = z.strictObject({
  id: idWithPrefix('practice'),
  certId: CertIdSchema,
  focusArea: NonEmpty,
  prompt: NonEmpty,
  options: z
    .array(NonEmpty)
    .min(PRACTICE_OPTION_COUNT.min, { error: `expected ${PRACTICE_OPTION_COUNT.min} or ${PRACTICE_OPTION_COUNT.max} options` })
    .max(PRACTICE_OPTION_COUNT.max, { error: `expected ${PRACTICE_OPTION_COUNT.min} or ${PRACTICE_OPTION_COUNT.max} options` }),
  correctIndex: z.number().int().nonnegative(),
  explanation: NonEmpty,
});

// ---------------------------------------------------------------------------------------------
// Pack
// ---------------------------------------------------------------------------------------------

/**
 * Which pack this is: packs of one edition replace each other by version; a pack of another
 * edition (the same sources, another role's emphasis) is a deliberate switch the learner makes.
 */
export const EditionSchema = z.strictObject({
  id: idWithPrefix('edition'),
  title: NonEmpty,
  summary: NonEmpty,
  /** The target role the edition is written for (one of the pack's targetRoles). */
  roleId: idWithPrefix('role'),
});

/**
 * Ids this pack no longer uses, each mapped to the id that replaced it. Progress (ticks, notes,
 * checklist ticks, review cards, bookings, quiz answers) is stored against ids, so a pack that
 * renames an item lists the old id here and the store moves the learner's rows to the new one.
 * Keys are old ids of any kind; each value must be an id of the same kind in this pack.
 */
export const RenamedIdsSchema = z.record(
  z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, { error: 'expected an old content id such as phase.mlops.old-name' }),
  z.string(),
);

const ContentPackShape = z.strictObject({
  packVersion: SemverSchema,
  asOf: IsoDateSchema,
  edition: EditionSchema,
  renamedIds: RenamedIdsSchema.default({}),
  sources: z.record(idWithPrefix('source'), SourceSchema),
  phases: z.array(PhaseSchema).min(1),
  phaseOrderNote: PhaseOrderNoteSchema,
  certifications: z.array(CertificationSchema).min(1),
  salaryBands: z.array(SalaryBandSchema).min(1),
  salaryTrends: z.array(SalaryTrendSchema),
  salaryPremiums: z.array(SalaryPremiumSchema),
  investment: InvestmentSchema,
  timelines: z.array(TimelineSchema).min(1),
  projects: z.array(ProjectSchema).min(1),
  actionPlan30Days: z.array(ActionPlanWeekSchema).min(1),
  commonMistakes: z.array(MistakeSchema),
  faq: z.array(FaqSchema),
  kagglePath: z.array(KaggleStepSchema),
  llmSkills: z.array(LlmSkillSchema),
  careerProgression: z.array(CareerStageSchema),
  targetRoles: z.array(TargetRoleSchema).min(1),
  jobSearchTips: z.array(JobSearchTipSchema),
  marketFacts: z.array(MarketFactSchema),
  quiz: z.array(QuizQuestionSchema).min(1),
  /** Practice questions per certification; a pack without any has no practice to offer. */
  practice: z.array(PracticeQuestionSchema),
});

type PackShape = z.output<typeof ContentPackShape>;
type Path = (string | number)[];
type AddIssue = (message: string, path: Path) => void;

/** `phases[2].milestones[0].id` style (shared/ipc/field-path.ts), so pack errors read like every other. */
export { formatPath };

/**
 * Walks the whole pack so that any collection added later is covered by the id and source
 * rules without touching this function.
 */
function walk(value: unknown, path: Path, visit: (obj: Record<string, unknown>, path: Path) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...path, i], visit));
  } else if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    visit(obj, path);
    for (const [key, child] of Object.entries(obj)) walk(child, [...path, key], visit);
  }
}

function checkIdsAndSources(pack: PackShape, add: AddIssue): Set<string> {
  const firstSeen = new Map<string, Path>();
  const claim = (id: string, path: Path) => {
    const first = firstSeen.get(id);
    if (first) add(`duplicate id "${id}" (first used at ${formatPath(first)})`, path);
    else firstSeen.set(id, path);
  };
  for (const key of Object.keys(pack.sources)) claim(key, ['sources', key]);

  const knownFiles = new Set(Object.values(pack.sources).map((s) => s.file));
  walk(pack, [], (obj, path) => {
    if (typeof obj.id === 'string') claim(obj.id, [...path, 'id']);
    // A fact dated after its pack would mean the pack's own date understates how fresh it is.
    if (path.length > 0 && typeof obj.asOf === 'string' && obj.asOf > pack.asOf) {
      add(`asOf ${obj.asOf} is later than the pack's asOf ${pack.asOf}`, [...path, 'asOf']);
    }
    // `sources` entries name their file under `file`, so every `source` string is a reference,
    // and so is every string in a `sources` list (facts several seeds agree on).
    if (typeof obj.source === 'string' && !knownFiles.has(obj.source)) {
      add(`unknown source "${obj.source}" (not listed in sources)`, [...path, 'source']);
    }
    if (Array.isArray(obj.sources)) {
      obj.sources.forEach((file, k) => {
        if (typeof file === 'string' && !knownFiles.has(file)) add(`unknown source "${file}" (not listed in sources)`, [...path, 'sources', k]);
      });
    }
  });
  return new Set(firstSeen.keys());
}

/** The kind of an id is its first segment: `phase`, `cert`, `gate`, `quiz`, `practice`, ... */
export const idKind = (id: string): string => id.split('.', 1)[0]!;

/**
 * A renamed id must be gone from the pack (or the learner's rows would be moved off a live item)
 * and point at a live id of the same kind (a tick moved onto a certification is meaningless).
 * Chains are not allowed: every old id points straight at the current one.
 */
function checkRenamedIds(pack: PackShape, ids: ReadonlySet<string>, add: AddIssue): void {
  for (const [oldId, newId] of Object.entries(pack.renamedIds)) {
    const path: Path = ['renamedIds', oldId];
    if (ids.has(oldId)) add(`"${oldId}" is still an id in this pack, so it cannot be renamed`, path);
    else if (!ids.has(newId)) add(`renamed to "${newId}", which is not an id in this pack`, path);
    else if (idKind(oldId) !== idKind(newId)) add(`a ${idKind(oldId)} id cannot be renamed to a ${idKind(newId)} id`, path);
  }
}

function checkMilestoneGraph(pack: PackShape, add: AddIssue): void {
  interface Node {
    phaseIndex: number;
    path: Path;
    prerequisites: string[];
    optional: boolean;
  }
  const nodes = new Map<string, Node>();
  pack.phases.forEach((phase, p) => {
    phase.milestones.forEach((m, i) => {
      const path: Path = ['phases', p, 'milestones', i];
      if (!m.id.startsWith(`${phase.id}.`)) add(`milestone id must start with "${phase.id}."`, [...path, 'id']);
      if (!nodes.has(m.id)) {
        nodes.set(m.id, { phaseIndex: p, path, prerequisites: m.prerequisites, optional: m.specialisation !== undefined });
      }
    });
  });

  for (const [id, node] of nodes) {
    node.prerequisites.forEach((pre, k) => {
      const prePath = [...node.path, 'prerequisites', k];
      const target = nodes.get(pre);
      if (!target) return add(`unknown prerequisite "${pre}"`, prePath);
      if (pre === id) return add('a milestone cannot be its own prerequisite', prePath);
      if (target.phaseIndex > node.phaseIndex) add(`prerequisite "${pre}" belongs to a later phase`, prePath);
      if (target.optional && !node.optional) add(`core milestone depends on optional specialisation "${pre}"`, prePath);
    });
  }

  // Iterative three-colour DFS: white = unseen, grey = on the current path, black = done.
  const colour = new Map<string, 'grey' | 'black'>();
  const reported = new Set<string>();
  for (const start of nodes.keys()) {
    if (colour.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    colour.set(start, 'grey');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const prereqs = nodes.get(frame.id)!.prerequisites;
      if (frame.next >= prereqs.length) {
        colour.set(frame.id, 'black');
        stack.pop();
        continue;
      }
      const pre = prereqs[frame.next++]!;
      if (!nodes.has(pre) || pre === frame.id) continue;
      const c = colour.get(pre);
      if (c === 'grey') {
        const from = stack.findIndex((f) => f.id === pre);
        const cycle = [...stack.slice(from).map((f) => f.id), pre];
        const key = [...cycle.slice(0, -1)].sort().join('|');
        if (!reported.has(key)) {
          reported.add(key);
          add(`prerequisite cycle: ${cycle.join(' -> ')}`, [...nodes.get(frame.id)!.path, 'prerequisites']);
        }
      } else if (c === undefined) {
        colour.set(pre, 'grey');
        stack.push({ id: pre, next: 0 });
      }
    }
  }
}

function checkReferences(pack: PackShape, add: AddIssue): void {
  const phaseIds = new Set(pack.phases.map((p) => p.id));
  const projectIds = new Set(pack.projects.map((p) => p.id));
  const certsById = new Map(pack.certifications.map((c) => [c.id, c]));
  const needPhase = (id: string | null, path: Path) => {
    if (id !== null && !phaseIds.has(id)) add(`unknown phase "${id}"`, path);
  };

  pack.phases.forEach((phase, p) => {
    if (!projectIds.has(phase.suggestedProjectId)) {
      add(`unknown project "${phase.suggestedProjectId}"`, ['phases', p, 'suggestedProjectId']);
    }
  });
  pack.projects.forEach((project, i) => needPhase(project.phaseId, ['projects', i, 'phaseId']));
  checkPhaseOrderNote(pack, add);
  if (!pack.targetRoles.some((r) => r.id === pack.edition.roleId)) {
    add(`unknown target role "${pack.edition.roleId}"`, ['edition', 'roleId']);
  }
  pack.targetRoles.forEach((role, i) =>
    role.emphasisPhaseIds.forEach((id, k) => needPhase(id, ['targetRoles', i, 'emphasisPhaseIds', k])),
  );

  pack.certifications.forEach((cert, i) => {
    const path: Path = ['certifications', i];
    needPhase(cert.phaseId, [...path, 'phaseId']);
    if (cert.status === 'retired' && cert.retiredOn === null) add('a retired certification needs retiredOn', [...path, 'retiredOn']);
    if (cert.status === 'active' && cert.retiredOn !== null) add('an active certification cannot have retiredOn', [...path, 'retiredOn']);
    if (cert.status === 'active' && cert.replacedBy !== null) add('an active certification cannot be replaced', [...path, 'replacedBy']);
    if (cert.replacedBy !== null) {
      const target = certsById.get(cert.replacedBy);
      if (!target) add(`unknown certification "${cert.replacedBy}"`, [...path, 'replacedBy']);
      else if (target.status !== 'active') add(`replacement "${cert.replacedBy}" is not an active certification`, [...path, 'replacedBy']);
    }
  });

  pack.actionPlan30Days.forEach((week, w) =>
    week.certPicks.forEach((pick, p) =>
      pick.certIds.forEach((id, k) => {
        const path: Path = ['actionPlan30Days', w, 'certPicks', p, 'certIds', k];
        const cert = certsById.get(id);
        if (!cert) add(`unknown certification "${id}"`, path);
        else if (cert.status !== 'active') add(`certification "${id}" is retired`, path);
      }),
    ),
  );

  const seenBackgrounds = new Set<string>();
  pack.timelines.forEach((t, i) => {
    if (seenBackgrounds.has(t.background)) add(`background "${t.background}" has more than one timeline`, ['timelines', i, 'background']);
    seenBackgrounds.add(t.background);
  });
  for (const bg of BACKGROUNDS) if (!seenBackgrounds.has(bg)) add(`no timeline for background "${bg}"`, ['timelines']);
}

/** The note must describe the roadmap as it is: the order it says is followed is the pack's order. */
function checkPhaseOrderNote(pack: PackShape, add: AddIssue): void {
  const note = pack.phaseOrderNote;
  const position = new Map(pack.phases.map((p, i) => [p.id, i]));
  const matchesRoadmap = (sequence: readonly string[]) =>
    sequence.every((id, k) => k === 0 || (position.get(sequence[k - 1]!) ?? -1) < (position.get(id) ?? -1));
  note.views.forEach((view, v) => {
    const path: Path = ['phaseOrderNote', 'views', v];
    view.sequence.forEach((id, k) => {
      if (!position.has(id)) add(`unknown phase "${id}"`, [...path, 'sequence', k]);
    });
    if (view.id === note.followedId) {
      if (!matchesRoadmap(view.sequence)) add('the followed order does not match the order of phases', [...path, 'sequence']);
    } else if (matchesRoadmap(view.sequence)) {
      add('an alternative order must differ from the order of phases', [...path, 'sequence']);
    }
  });
  if (!note.views.some((v) => v.id === note.followedId)) {
    add(`followedId "${note.followedId}" is not one of the views`, ['phaseOrderNote', 'followedId']);
  }
}

function checkQuiz(pack: PackShape, add: AddIssue): void {
  const perArea = new Map<string, number>();
  pack.quiz.forEach((q, i) => {
    perArea.set(q.area, (perArea.get(q.area) ?? 0) + 1);
    if (q.correctIndex >= q.options.length) {
      add(`correctIndex ${q.correctIndex} is out of range for ${q.options.length} options`, ['quiz', i, 'correctIndex']);
    }
    if (new Set(q.options).size !== q.options.length) add('options must be distinct', ['quiz', i, 'options']);
  });
  for (const area of SKILL_AREAS) {
    const n = perArea.get(area) ?? 0;
    if (n < MIN_QUIZ_QUESTIONS_PER_AREA) {
      add(`area "${area}" has ${n} questions; at least ${MIN_QUIZ_QUESTIONS_PER_AREA} are needed`, ['quiz']);
    }
  }
}

/**
 * A practice question belongs to an active certification (a retired exam is never practised)
 * and to one of that certification's focus areas; its answer exists and its options differ.
 */
function checkPractice(pack: PackShape, add: AddIssue): void {
  const certs = new Map(pack.certifications.map((c) => [c.id, c]));
  pack.practice.forEach((q, i) => {
    const path: Path = ['practice', i];
    const cert = certs.get(q.certId);
    if (!cert) add(`unknown certification "${q.certId}"`, [...path, 'certId']);
    else if (cert.status !== 'active') add(`certification "${q.certId}" is retired and cannot have practice questions`, [...path, 'certId']);
    // The phase gives a practice answer its skill area, which every stored quiz answer carries.
    else if (cert.phaseId === null) add(`certification "${q.certId}" needs a phaseId to have practice questions`, [...path, 'certId']);
    else if (!cert.focusAreas.includes(q.focusArea)) {
      add(`"${q.focusArea}" is not a focus area of ${q.certId} (${cert.focusAreas.join(', ')})`, [...path, 'focusArea']);
    }
    if (q.correctIndex >= q.options.length) {
      add(`correctIndex ${q.correctIndex} is out of range for ${q.options.length} options`, [...path, 'correctIndex']);
    }
    if (new Set(q.options).size !== q.options.length) add('options must be distinct', [...path, 'options']);
  });
}

export const ContentPackSchema = ContentPackShape.superRefine((pack, ctx) => {
  const add: AddIssue = (message, path) => ctx.addIssue({ code: 'custom', message, path, input: pack });
  const ids = checkIdsAndSources(pack, add);
  checkRenamedIds(pack, ids, add);
  checkMilestoneGraph(pack, add);
  checkReferences(pack, add);
  checkQuiz(pack, add);
  checkPractice(pack, add);
});

export type ContentPack = z.output<typeof ContentPackSchema>;
export type ContentPackInput = z.input<typeof ContentPackSchema>;
export type Source = z.output<typeof SourceSchema>;
export type Phase = z.output<typeof PhaseSchema>;
export type Edition = z.output<typeof EditionSchema>;
export type PhaseOrderNote = z.output<typeof PhaseOrderNoteSchema>;
export type Milestone = z.output<typeof MilestoneSchema>;
export type Resource = z.output<typeof ResourceSchema>;
export type Gate = z.output<typeof GateSchema>;
export type Specialisation = z.output<typeof SpecialisationSchema>;
export type Certification = z.output<typeof CertificationSchema>;
export type SalaryBand = z.output<typeof SalaryBandSchema>;
export type SalaryTrend = z.output<typeof SalaryTrendSchema>;
export type Investment = z.output<typeof InvestmentSchema>;
export type Timeline = z.output<typeof TimelineSchema>;
export type Project = z.output<typeof ProjectSchema>;
export type ActionPlanWeek = z.output<typeof ActionPlanWeekSchema>;
export type Mistake = z.output<typeof MistakeSchema>;
export type Faq = z.output<typeof FaqSchema>;
export type KaggleStep = z.output<typeof KaggleStepSchema>;
export type LlmSkill = z.output<typeof LlmSkillSchema>;
export type CareerStage = z.output<typeof CareerStageSchema>;
export type TargetRole = z.output<typeof TargetRoleSchema>;
export type JobSearchTip = z.output<typeof JobSearchTipSchema>;
export type MarketFact = z.output<typeof MarketFactSchema>;
export type SalaryPremium = z.output<typeof SalaryPremiumSchema>;
export type QuizQuestion = z.output<typeof QuizQuestionSchema>;
export type PracticeQuestion = z.output<typeof PracticeQuestionSchema>;

