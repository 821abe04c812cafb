/**
 * The "MLOps engineer" edition: the built-in pack's content, read from its modules rather than
 * copied, with what an MLOps emphasis changes in the seeds:
 *
 * - Phase order. Seeds 002 and 003 put MLOps before deep learning (seed 002: add MLOps and cloud
 *   early); seeds 001 and 004 put deep learning first. This edition follows seeds 002/003 and says
 *   so in its phase-order note. Nothing in the MLOps phase depends on deep learning, and nothing in
 *   deep learning depends on MLOps, so the prerequisite graph is the same either way.
 * - The MLOps phase grows by the skills the seeds name for it that the built-in pack folds into
 *   other milestones or leaves out: data and model versioning (004), Kubernetes (001, 002),
 *   auto-scaling endpoints (000), automated retraining pipelines (004), feature stores (000),
 *   Spark and Ray for large-scale data (002), and a capstone that shows production or scale (002).
 * - Generative AI gains serving and monitoring an LLM application in production (004).
 * - One project: a model service that scales and retrains itself (002, with 000 and 001).
 *
 * Every id of the built-in pack is kept (progress is stored against ids, so a learner switching
 * editions keeps everything done on shared material); new items get new ids. Facts (prices,
 * dates, timelines, certifications) are the built-in pack's own: the sources are the same.
 *
 * Effort hours follow the built-in pack's scale (a topic met for the first time, ~9 h per typical
 * week). The additions put about 72 more core hours into MLOps and GenAI; the planner calibrates
 * each background's pace to the sources' timelines, so a plan lasts as long as in the other
 * edition and the extra MLOps hours come out of the other phases' share.
 */
import type { ContentPackInput } from '../schema';
import { builtInPack } from '../pack';
import { cite, SEED_000, SEED_001, SEED_002, SEED_003, SEED_004, type SeedFile } from '../pack/sources';

type PhaseInput = ContentPackInput['phases'][number];
type MilestoneInput = PhaseInput['milestones'][number];
type GateItemInput = PhaseInput['gate']['items'][number];
type ProjectInput = ContentPackInput['projects'][number];

export const MLOPS_PACK_VERSION = '1.0.0';

/**
 * Where each item this edition adds comes from: the seed and terms from that seed the item is
 * about, so a reviewer (and a test) can check that the seed really names them. Milestones and
 * gate items have no `source` field in the pack schema, so their citation lives here and in the
 * phase's crossReferences.
 */
export interface EditionAddition {
  id: string;
  kind: 'milestone' | 'gate-item' | 'project';
  source: SeedFile;
  /** Words or phrases that appear verbatim (ignoring case) in the cited seed. */
  terms: readonly string[];
}

const additions: EditionAddition[] = [];

function added<T extends { id: string }>(item: T, kind: EditionAddition['kind'], source: SeedFile, terms: readonly string[]): T {
  additions.push({ id: item.id, kind, source, terms });
  return item;
}

function builtInPhase(id: string): PhaseInput {
  const phase = builtInPack.phases.find((p) => p.id === id);
  if (!phase) throw new Error(`The MLOps edition is built on phase "${id}", which the built-in pack no longer has.`);
  return phase;
}

/**
 * The built-in milestones in their order with each new one placed right after its anchor (a
 * built-in milestone or one inserted before it), so the list stays in prerequisite order.
 */
function withInserted(phase: PhaseInput, inserts: readonly { after: string; milestone: MilestoneInput }[]): MilestoneInput[] {
  const out: MilestoneInput[] = [];
  const place = (m: MilestoneInput): void => {
    out.push(m);
    for (const i of inserts) if (i.after === m.id) place(i.milestone);
  };
  phase.milestones.forEach(place);
  const lost = inserts.filter((i) => !out.includes(i.milestone));
  if (lost.length > 0) throw new Error(`No milestone ${lost.map((i) => i.after).join(', ')} in ${phase.id} to insert after.`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// MLOps phase
// ---------------------------------------------------------------------------------------------

const versioning = added<MilestoneInput>(
  {
    id: 'phase.mlops.data-model-versioning',
    title: 'Version data, code and models together',
    description:
      'Put datasets under version control beside the code, tag every registered model with the data and commit it was trained on, and rebuild last month\'s model from those tags alone.',
    effortHours: 6,
    prerequisites: ['phase.mlops.experiment-tracking'],
    resources: [
      { title: 'DVC documentation', url: 'https://dvc.org/doc', kind: 'docs' },
      { title: 'MLflow documentation', url: 'https://mlflow.org/docs/latest/index.html', kind: 'docs' },
    ],
  },
  'milestone',
  SEED_004,
  ['Version Control', 'datasets', 'model versions'],
);

const featureStore = added<MilestoneInput>(
  {
    id: 'phase.mlops.feature-store',
    title: 'Features shared through a feature store',
    description:
      'Publish your pipeline\'s features to a feature store, read the same definitions for training and for serving, and see how that stops training and live data drifting apart.',
    effortHours: 6,
    prerequisites: ['phase.core-ml.feature-engineering', 'phase.mlops.pipelines'],
    resources: [
      { title: 'Databricks: feature engineering and serving', url: 'https://docs.databricks.com/en/machine-learning/feature-store/index.html', kind: 'docs' },
    ],
  },
  'milestone',
  SEED_000,
  ['Feature Store', 'feature engineering workflows'],
);

const kubernetes = added<MilestoneInput>(
  {
    id: 'phase.mlops.kubernetes-basics',
    title: 'Kubernetes basics for a model service',
    description:
      'Run your container on a local cluster as a Deployment behind a Service, set resource limits and health probes, roll out a new image and roll it back.',
    effortHours: 10,
    prerequisites: ['phase.mlops.containerise'],
    resources: [{ title: 'Kubernetes basics (interactive tutorial)', url: 'https://kubernetes.io/docs/tutorials/kubernetes-basics/', kind: 'tutorial' }],
  },
  'milestone',
  SEED_002,
  ['basic Kubernetes', 'larger systems'],
);

const scalingEndpoints = added<MilestoneInput>(
  {
    id: 'phase.mlops.scaling-endpoints',
    title: 'Endpoints that scale with traffic',
    description:
      'Load-test your deployed endpoint, add auto-scaling (a cloud endpoint policy or a Kubernetes autoscaler) and record the latency and cost at a few traffic levels.',
    effortHours: 8,
    prerequisites: ['phase.mlops.deploy-api', 'phase.mlops.kubernetes-basics'],
    resources: [
      { title: 'Amazon SageMaker: automatic scaling of models', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/endpoint-auto-scaling.html', kind: 'docs' },
      { title: 'Kubernetes: horizontal pod autoscaling', url: 'https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/', kind: 'docs' },
    ],
  },
  'milestone',
  SEED_000,
  ['model endpoints', 'auto-scaling'],
);

const retraining = added<MilestoneInput>(
  {
    id: 'phase.mlops.automated-retraining',
    title: 'Automated retraining and redeployment',
    description:
      'Turn your training pipeline into a scheduled workflow on a pipeline service that also runs when monitoring flags drift, tests the new model against the live one and only then deploys it.',
    effortHours: 10,
    prerequisites: ['phase.mlops.pipelines', 'phase.mlops.monitoring-drift', 'phase.mlops.data-model-versioning'],
    resources: [
      { title: 'Vertex AI Pipelines introduction', url: 'https://cloud.google.com/vertex-ai/docs/pipelines/introduction', kind: 'docs' },
      { title: 'Amazon SageMaker Pipelines', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/pipelines.html', kind: 'docs' },
      { title: 'TFX user guide', url: 'https://www.tensorflow.org/tfx/guide', kind: 'docs' },
    ],
  },
  'milestone',
  SEED_004,
  ['ML Pipelines', 'Automating data preparation, training, testing, and deployment', 'data drift', 'updatable'],
);

const largeScaleData = added<MilestoneInput>(
  {
    id: 'phase.mlops.large-scale-data',
    title: 'Large-scale data with Spark (and a look at Ray)',
    description:
      'Rewrite one pandas preparation step in PySpark and run it on data too big for one machine\'s memory; read how Ray spreads training or serving over several workers.',
    effortHours: 8,
    prerequisites: ['phase.foundations.sql-basics', 'phase.mlops.pipelines'],
    resources: [
      { title: 'PySpark getting started', url: 'https://spark.apache.org/docs/latest/api/python/getting_started/index.html', kind: 'docs' },
      { title: 'Ray documentation', url: 'https://docs.ray.io/en/latest/', kind: 'docs' },
    ],
  },
  'milestone',
  SEED_002,
  ['Spark for large-scale data', 'Ray for distributed training or serving'],
);

const scaledServiceProject = added<MilestoneInput>(
  {
    id: 'phase.mlops.scaled-service-project',
    title: 'Project: a model service that scales and retrains itself',
    description:
      'Bring the phase together in one repository: versioned data, a retraining pipeline, the model on Kubernetes or an auto-scaling endpoint, drift alerts that trigger retraining, and a README on how it runs.',
    effortHours: 16,
    prerequisites: ['phase.mlops.scaling-endpoints', 'phase.mlops.automated-retraining'],
    resources: [],
  },
  'milestone',
  SEED_002,
  ['projects that show production or scale'],
);

const mlopsGateItems: GateItemInput[] = [
  added({ id: 'gate.mlops.versioned', text: 'I can say exactly which data, code and settings produced the model that is live.' }, 'gate-item', SEED_004, [
    'Tracking datasets, code changes, and model versions',
  ]),
  added({ id: 'gate.mlops.kubernetes', text: 'I have run a model service on Kubernetes and rolled out and rolled back a new version.' }, 'gate-item', SEED_001, [
    'Kubernetes',
  ]),
  added({ id: 'gate.mlops.scaling', text: 'I know how my endpoint behaves under load and how it scales.' }, 'gate-item', SEED_000, ['auto-scaling']),
  added({ id: 'gate.mlops.retraining', text: 'A model of mine retrains and redeploys without me running notebook cells by hand.' }, 'gate-item', SEED_004, [
    'ML Pipelines',
  ]),
];

const baseMlops = builtInPhase('phase.mlops');
const mlops: PhaseInput = {
  ...baseMlops,
  title: 'MLOps: pipelines, deployment and operations',
  summary:
    'The heart of this edition: track and version everything, serve models from containers on Kubernetes behind endpoints that scale, automate training and retraining, and watch models for drift.',
  keySkills: [...baseMlops.keySkills, 'Data and model versioning', 'Kubernetes', 'Auto-scaling endpoints', 'Automated retraining', 'Feature stores', 'Large-scale data (Spark)'],
  tools: [...baseMlops.tools.map((t) => (t === 'Kubernetes (basics)' ? 'Kubernetes' : t)), 'Apache Spark', 'Ray', 'A pipeline service (SageMaker Pipelines, Vertex AI Pipelines or TFX)'],
  milestones: withInserted(baseMlops, [
    { after: 'phase.mlops.experiment-tracking', milestone: versioning },
    { after: 'phase.mlops.pipelines', milestone: featureStore },
    { after: 'phase.mlops.cloud-basics', milestone: kubernetes },
    { after: 'phase.mlops.deploy-api', milestone: scalingEndpoints },
    { after: 'phase.mlops.monitoring-drift', milestone: retraining },
    { after: 'phase.mlops.automated-retraining', milestone: largeScaleData },
    { after: 'phase.mlops.large-scale-data', milestone: scaledServiceProject },
  ]),
  gate: { ...baseMlops.gate, title: 'Ready for deep learning?', items: [...baseMlops.gate.items, ...mlopsGateItems] },
  crossReferences: [
    ...baseMlops.crossReferences,
    { source: SEED_004, section: 'Phase 4 key areas: version control, ML pipelines, monitoring' },
    { source: SEED_000, section: 'Certifications: MLA-C01 focus areas (model endpoints, auto-scaling) and Databricks ML Associate (Feature Store)' },
    { source: SEED_002, section: 'Tier 2: MLOps and deployment (basic Kubernetes); distributed computing (Spark, Ray); months 7–9 projects that show production or scale' },
  ],
};

// ---------------------------------------------------------------------------------------------
// Generative AI phase: the production side of LLM applications
// ---------------------------------------------------------------------------------------------

const llmServing = added<MilestoneInput>(
  {
    id: 'phase.genai.llm-serving-monitoring',
    title: 'Serving and monitoring an LLM application',
    description:
      'Serve your deployed RAG app efficiently (batching, caching, a model server) and watch its answer quality, latency and cost in production with the same alerts you use for classic models.',
    effortHours: 8,
    prerequisites: ['phase.genai.rag-app-deployed', 'phase.mlops.monitoring-drift'],
    resources: [{ title: 'Hugging Face Text Generation Inference', url: 'https://huggingface.co/docs/text-generation-inference/index', kind: 'docs' }],
  },
  'milestone',
  SEED_004,
  ['Inference & Deployment', 'Evaluation & Monitoring'],
);

const baseGenai = builtInPhase('phase.genai');
const genai: PhaseInput = {
  ...baseGenai,
  milestones: withInserted(baseGenai, [{ after: 'phase.genai.rag-app-deployed', milestone: llmServing }]),
  gate: {
    ...baseGenai.gate,
    items: [
      ...baseGenai.gate.items,
      added({ id: 'gate.genai.operate', text: 'I can keep an LLM application fast, affordable and correct once real users rely on it.' }, 'gate-item', SEED_004, [
        'Evaluation & Monitoring',
      ]),
    ],
  },
  crossReferences: [...baseGenai.crossReferences, { source: SEED_004, section: 'Phase 5 key areas: inference and deployment; evaluation and monitoring' }],
};

// ---------------------------------------------------------------------------------------------
// Phase order: MLOps before deep learning, with every gate naming the phase that now follows it
// ---------------------------------------------------------------------------------------------

const baseCoreMl = builtInPhase('phase.core-ml');
const coreMl: PhaseInput = { ...baseCoreMl, gate: { ...baseCoreMl.gate, title: 'Ready for MLOps and deployment?' } };

const baseDeepLearning = builtInPhase('phase.deep-learning');
const deepLearning: PhaseInput = { ...baseDeepLearning, gate: { ...baseDeepLearning.gate, title: 'Ready for generative AI and LLMs?' } };

const phases: ContentPackInput['phases'] = [
  builtInPhase('phase.foundations'),
  coreMl,
  mlops,
  deepLearning,
  genai,
  builtInPhase('phase.portfolio'),
];

const phaseOrderNote: ContentPackInput['phaseOrderNote'] = {
  ...builtInPack.phaseOrderNote,
  title: 'Why MLOps comes before deep learning in this edition',
  followedId: 'phase-order.mlops-first',
  reason:
    'The sources split on this. An MLOps engineer\'s daily work is pipelines, deployment and monitoring, so this edition follows the sources that deploy first and add MLOps and cloud early, then learn deep learning on top. Both orders cover the same ground, and every source agrees that Python, maths and core ML come first.',
};

// ---------------------------------------------------------------------------------------------
// Projects
// ---------------------------------------------------------------------------------------------

const SCALED = 'project.scaled-model-service';
const scaledServiceProjectCard = added<ProjectInput>(
  {
    id: SCALED,
    title: 'Model service that scales and retrains itself',
    summary:
      'A containerised model on Kubernetes or an auto-scaling cloud endpoint, with versioned data and models and a pipeline that retrains and redeploys it when monitoring spots drift.',
    level: 'production',
    examples: ['Churn model on a small Kubernetes cluster that retrains on drift', 'Demand forecast served from an auto-scaling cloud endpoint'],
    skillsShown: ['Kubernetes', 'Auto-scaling', 'Data and model versioning', 'Automated retraining', 'Monitoring'],
    phaseId: 'phase.mlops',
    checklist: [
      { id: `${SCALED}.versioned-data`, step: 'data', text: 'Version the training data and record which version each model was trained on.' },
      { id: `${SCALED}.pipeline`, step: 'training', text: 'Train through a scheduled pipeline, never by hand, and register each model with its metrics.' },
      { id: `${SCALED}.gate`, step: 'evaluation', text: 'Deploy a new model only when it beats the live one on the same held-out data.' },
      { id: `${SCALED}.cluster`, step: 'deployment', text: 'Run the service on Kubernetes or a managed endpoint with health checks and a one-command rollback.' },
      { id: `${SCALED}.autoscale`, step: 'deployment', text: 'Load-test it and show it scaling up and back down with traffic.' },
      { id: `${SCALED}.drift-trigger`, step: 'monitoring', text: 'Let a drift alert start the retraining pipeline, and show it happening once.' },
      { id: `${SCALED}.readme`, step: 'readme', text: 'Draw the architecture in the README and say what it costs to run and how to redeploy it.' },
    ],
    ...cite(SEED_002),
    crossReferences: [
      { source: SEED_000, section: 'MLA-C01 focus areas: model endpoints, auto-scaling, monitoring' },
      { source: SEED_001, section: 'Step 6 (Docker, Kubernetes, MLflow, CI/CD pipelines)' },
      { source: SEED_003, section: 'Step 4 (containerisation, model versioning, CI/CD, cloud deployment)' },
      { source: SEED_004, section: 'Phase 4 key areas; advanced and production project levels' },
    ],
  },
  'project',
  SEED_002,
  ['projects that show production or scale', 'basic Kubernetes'],
);

const projects: ContentPackInput['projects'] = [...builtInPack.projects, scaledServiceProjectCard];

// ---------------------------------------------------------------------------------------------
// The pack
// ---------------------------------------------------------------------------------------------

export const mlopsEngineerPack: ContentPackInput = {
  ...builtInPack,
  packVersion: MLOPS_PACK_VERSION,
  // The newest fact is seed 000's (2026-03-31), the same as the built-in pack's.
  asOf: cite(SEED_000).asOf,
  edition: {
    id: 'edition.mlops-engineer',
    title: 'MLOps engineer',
    summary:
      'The same path with MLOps moved ahead of deep learning and widened: versioning, Kubernetes, scaling endpoints, automated retraining, feature stores and large-scale data.',
    roleId: 'role.mlops-engineer',
  },
  renamedIds: {},
  phases,
  phaseOrderNote,
  projects,
};

/** The items this edition adds to the built-in pack, each with the seed it comes from. */
export const MLOPS_ADDITIONS: readonly EditionAddition[] = additions;
