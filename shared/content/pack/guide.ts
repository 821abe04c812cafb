/**
 * Guidance content: the 30-day starter plan, common mistakes, FAQ, the Kaggle practice path,
 * LLM skills, career progression, target roles and job-search tips. Facts come from the seeds;
 * all wording is our own.
 */
import type { ContentPackInput } from '../schema';
import { cite, SEED_000, SEED_001, SEED_002, SEED_003, SEED_004 } from './sources';

export const actionPlan30Days: ContentPackInput['actionPlan30Days'] = [
  {
    id: 'plan30.week-1',
    week: 1,
    title: 'Check your baseline',
    description:
      'Honestly rate your Python and maths. If basic Python still trips you up, spend this week shoring it up before you open an ML framework.',
    certPicks: [],
    ...cite(SEED_000),
  },
  {
    id: 'plan30.week-2',
    week: 2,
    title: 'Choose a first certification',
    description:
      'Pick one exam to aim at so your study has a shape. Beginners start with the AWS AI Practitioner; developers and data professionals can go straight to an associate or professional ML exam.',
    certPicks: [
      { backgrounds: ['new-to-code', 'student'], certIds: ['cert.aws.aif-c01'] },
      { backgrounds: ['software-developer', 'data-analyst', 'data-scientist'], certIds: ['cert.aws.mla-c01', 'cert.gcp.pmle'] },
    ],
    ...cite(SEED_000),
  },
  {
    id: 'plan30.week-3',
    week: 3,
    title: 'Ship a first small project',
    description:
      'Build a basic classification or regression pipeline (preprocess, train, evaluate) and expose predictions through a minimal API. It does not need to be clever, just complete.',
    certPicks: [],
    ...cite(SEED_000),
  },
  {
    id: 'plan30.week-4',
    week: 4,
    title: 'Rehearse interview scenarios',
    description:
      'Practise explaining why you chose a model, how it could fail and how you would deploy it. Most candidates skip this and it shows.',
    certPicks: [],
    ...cite(SEED_000),
  },
];

export const commonMistakes: ContentPackInput['commonMistakes'] = [
  {
    id: 'mistake.deep-learning-first',
    title: 'Starting deep learning too early',
    whyItHurts: 'Without loss functions, data splits and regularisation, transformer tutorials become copy-and-paste you cannot debug.',
    instead: 'Finish the foundations and core ML phases first; deep learning then builds on ideas you already own.',
    ...cite(SEED_000),
  },
  {
    id: 'mistake.notebook-only',
    title: 'Never leaving the notebook',
    whyItHurts: 'Employers hire ML engineers to run models in real systems, and a notebook shows none of that.',
    instead: 'Deploy something early, even a tiny API in a container.',
    ...cite(SEED_000),
  },
  {
    id: 'mistake.skipping-maths',
    title: 'Assuming libraries make maths unnecessary',
    whyItHurts: 'You can train models without calculus, but with no statistics or linear algebra you cannot tell why a model misbehaves.',
    instead: 'Learn the intuition behind vectors, probability and gradients; proofs are optional.',
    ...cite(SEED_000),
  },
  {
    id: 'mistake.many-toy-projects',
    title: 'Lots of small demos, no finished project',
    whyItHurts: 'A pile of tutorial notebooks looks like following instructions, not engineering.',
    instead: 'Build one project that goes from raw data to a deployed, documented model.',
    ...cite(SEED_000),
  },
  {
    id: 'mistake.accuracy-only',
    title: 'Optimising accuracy and nothing else',
    whyItHurts: 'Ignoring data quality, bias and scale produces models that break as soon as conditions change.',
    instead: 'Track data quality and fairness checks alongside the metric, and think about load before launch.',
    ...cite(SEED_003),
  },
];

export const faq: ContentPackInput['faq'] = [
  {
    id: 'faq.math-degree',
    question: 'Do I need a maths degree?',
    answer:
      'No. You need working knowledge of statistics, probability and linear algebra, which many engineers pick up through self-study and courses. What employers check is whether you can apply it.',
    ...cite(SEED_000),
  },
  {
    id: 'faq.cs-degree',
    question: 'Can I get there without a computer science degree?',
    answer: 'Yes. People arrive from many fields; solid projects and a clear portfolio tend to count for more than the degree title.',
    ...cite(SEED_004),
  },
  {
    id: 'faq.python-depth',
    question: 'How much Python do I need before I start?',
    answer:
      'A confident intermediate level: writing functions and classes, using list comprehensions, and getting around pandas and NumPy. You do not have to be an expert first. Most of the depth arrives while you build projects and study for exams, so the habit that matters is writing code every week.',
    ...cite(SEED_000),
  },
  {
    id: 'faq.first-cert',
    question: 'Which certification should I take first?',
    answer:
      'If you are a beginner, the AWS Certified AI Practitioner (AIF-C01, $100) is a quick, low-cost start. Developers and data professionals can skip it and aim for the AWS ML Engineer Associate (MLA-C01).',
    ...cite(SEED_000),
  },
  {
    id: 'faq.how-many-certs',
    question: 'How many certifications should I get?',
    answer:
      'Usually two to four: one foundational, one cloud ML exam and perhaps an MLOps or deep learning credential. Going deep on a few beats collecting many.',
    ...cite(SEED_000),
  },
  {
    id: 'faq.how-long',
    question: 'How long will it take?',
    answer:
      'If you can already program a little, expect about 9–12 months. Developers and data professionals with a focused plan often need 6–9. Other sources give other ranges, shown side by side under "How long it takes"; your plan works from your own weekly hours.',
    ...cite(SEED_000),
  },
  {
    id: 'faq.cost',
    question: 'How much will the certifications cost?',
    answer: 'A focused path usually comes to $600–$1,200 in exam and course fees, far less than a bootcamp or a degree.',
    ...cite(SEED_000),
  },
  {
    id: 'faq.language',
    question: 'Which programming language should I learn?',
    answer: 'Python, with SQL alongside it. Some roles also use Spark for very large datasets.',
    ...cite(SEED_000),
  },
  {
    id: 'faq.mls-c01',
    question: 'Can I still take the AWS Machine Learning Specialty exam?',
    answer:
      'No. MLS-C01 was retired on 31 March 2026. Take the ML Engineer Associate (MLA-C01) instead, and the Generative AI Developer Professional (AIP-C01) if you want an advanced AWS exam.',
    ...cite(SEED_000),
  },
  {
    id: 'faq.tensorflow-cert',
    question: 'Is the TensorFlow Developer Certificate still worth it?',
    answer: 'It no longer exists: it closed in May 2024 and nothing replaced it. Show framework skills through projects instead.',
    ...cite(SEED_000),
  },
  {
    id: 'faq.ml-vs-ds',
    question: 'How is an ML engineer different from a data scientist?',
    answer:
      'A data scientist mostly explores data and runs experiments to produce insight. An ML engineer makes models work in production: deployed, scaled, monitored and maintained.',
    ...cite(SEED_000),
  },
  {
    id: 'faq.llms-needed',
    question: 'Do I have to learn LLMs and generative AI?',
    answer:
      'Increasingly, yes. Most roles now touch foundation models somewhere, through RAG, API integration or fine-tuning, so at least one LLM project is worth having.',
    ...cite(SEED_000),
  },
  {
    id: 'faq.theory-vs-mlops',
    question: 'Should I focus on ML theory or on MLOps?',
    answer: 'Both. Theory lets you build better models; MLOps lets you run them reliably. The roadmap alternates between them on purpose.',
    ...cite(SEED_004),
  },
  {
    id: 'faq.kaggle',
    question: 'Is Kaggle worth my time?',
    answer:
      'Yes, in moderation. Competitions force quick iteration on real problems and give you stories for interviews; two or three well-documented entries are enough.',
    ...cite(SEED_000),
  },
];

export const kagglePath: ContentPackInput['kagglePath'] = [
  {
    id: 'kaggle.tabular',
    order: 1,
    title: 'Tabular competitions',
    description: 'Work through a few tabular competitions with scikit-learn and gradient boosting, writing down what improved your score.',
    count: { min: 2, max: 3 },
    tools: ['scikit-learn', 'XGBoost', 'LightGBM'],
    ...cite(SEED_000),
  },
  {
    id: 'kaggle.cv-or-nlp',
    order: 2,
    title: 'One vision or language competition',
    description: 'Move on to an image or text competition with PyTorch, or by fine-tuning a Hugging Face transformer.',
    count: { min: 1, max: 1 },
    tools: ['PyTorch', 'Hugging Face Transformers'],
    ...cite(SEED_000),
  },
  {
    id: 'kaggle.publish',
    order: 3,
    title: 'Publish your notebooks',
    description: 'Clean up your competition notebooks and put them on GitHub with a short write-up of approach, results and lessons.',
    count: null,
    tools: ['GitHub'],
    ...cite(SEED_000),
  },
];

export const llmSkills: ContentPackInput['llmSkills'] = [
  {
    id: 'llm-skill.apis',
    title: 'Calling foundation-model APIs',
    description: 'Send requests to hosted models, handle rate limits and errors, and keep an eye on cost.',
    tools: ['Amazon Bedrock', 'OpenAI API', 'Hugging Face'],
    ...cite(SEED_000),
  },
  {
    id: 'llm-skill.rag',
    title: 'Retrieval-augmented generation',
    description: 'Know how retrieval feeds relevant context to a model and when that beats relying on what the model memorised.',
    tools: [],
    ...cite(SEED_000),
  },
  {
    id: 'llm-skill.prompting',
    title: 'Prompt engineering',
    description: 'Use system prompts, few-shot examples and step-by-step reasoning prompts deliberately, and test the effect of each change.',
    tools: [],
    ...cite(SEED_000),
  },
  {
    id: 'llm-skill.evaluation',
    title: 'Evaluating LLM output',
    description: 'Measure answers for quality, safety and grounding in sources, both before release and while in production.',
    tools: [],
    ...cite(SEED_000),
  },
  {
    id: 'llm-skill.choose-approach',
    title: 'Choosing prompting, RAG or fine-tuning',
    description: 'Match the technique to the problem: fresh or private knowledge suggests RAG, a fixed style or task format suggests fine-tuning.',
    tools: [],
    ...cite(SEED_000),
  },
  {
    id: 'llm-skill.vector-search',
    title: 'Embeddings and vector search',
    description: 'Turn text into embeddings and search them efficiently.',
    tools: ['Pinecone', 'pgvector', 'FAISS'],
    ...cite(SEED_000),
  },
  {
    id: 'llm-skill.serving',
    title: 'Serving LLM applications',
    description: 'Run LLM-backed features efficiently and reliably: latency, throughput, caching and cost under real load.',
    tools: [],
    ...cite(SEED_004),
  },
];

export const careerProgression: ContentPackInput['careerProgression'] = [
  {
    id: 'career.education.degree',
    track: 'education-route',
    stage: "Bachelor's degree",
    yearsFromStart: { min: 0, max: 3 },
    roles: [],
    description: 'Core computer science and maths courses plus introductory ML electives.',
    ...cite(SEED_003),
  },
  {
    id: 'career.education.entry',
    track: 'education-route',
    stage: 'Entry-level role',
    yearsFromStart: { min: 3, max: 5 },
    roles: ['Data analyst', 'Software engineer', 'Junior data scientist'],
    description: 'Contribute to ML work from an adjacent role.',
    ...cite(SEED_003),
  },
  {
    id: 'career.education.mid',
    track: 'education-route',
    stage: 'Mid-level ML engineer',
    yearsFromStart: { min: 5, max: 7 },
    roles: ['ML engineer'],
    description: 'Own pipelines end to end, run MLOps and mentor newer colleagues.',
    ...cite(SEED_003),
  },
  {
    id: 'career.education.senior',
    track: 'education-route',
    stage: 'Senior / specialist',
    yearsFromStart: { min: 7, max: null },
    roles: ['Senior ML engineer', 'AI researcher'],
    description: 'Lead AI initiatives, design new architectures or move towards research.',
    ...cite(SEED_003),
  },
  {
    id: 'career.ladder.entry',
    track: 'role-ladder',
    stage: 'Entry level',
    yearsFromStart: null,
    roles: ['ML engineer intern', 'Junior ML engineer', 'Data analyst'],
    description: 'Learn the team\'s stack and deliver well-scoped pieces of ML work.',
    ...cite(SEED_004),
  },
  {
    id: 'career.ladder.early',
    track: 'role-ladder',
    stage: 'Early career',
    yearsFromStart: null,
    roles: ['Machine learning engineer', 'Applied AI engineer', 'Data scientist'],
    description: 'Build and evaluate models that ship.',
    ...cite(SEED_004),
  },
  {
    id: 'career.ladder.mid',
    track: 'role-ladder',
    stage: 'Mid level',
    yearsFromStart: null,
    roles: ['Senior ML engineer', 'MLOps engineer', 'AI engineer'],
    description: 'Design and maintain production-scale ML systems.',
    ...cite(SEED_004),
  },
  {
    id: 'career.ladder.advanced',
    track: 'role-ladder',
    stage: 'Advanced',
    yearsFromStart: null,
    roles: ['Lead ML engineer', 'Machine learning architect', 'AI engineering manager'],
    description: 'Set technical direction and lead teams.',
    ...cite(SEED_004),
  },
  {
    // Seed 001 gives a flat list of roles, not stages, so it is its own track. AI solutions
    // architect lives only here: no seed says what to study for it, so it is not a planning target.
    id: 'career.options.seed-001',
    track: 'role-options',
    stage: 'Roles the skills lead to',
    yearsFromStart: null,
    roles: ['Machine learning engineer', 'AI engineer', 'Data scientist', 'Generative AI engineer', 'AI solutions architect'],
    description: 'Jobs open to people who master ML engineering skills, listed without an order or a timescale.',
    ...cite(SEED_001),
  },
];

export const targetRoles: ContentPackInput['targetRoles'] = [
  {
    id: 'role.ml-engineer',
    title: 'Machine learning engineer',
    summary: 'Builds, deploys and maintains ML models in production systems.',
    alsoListedAs: [{ title: 'ML Engineer – Data Platform', sources: [SEED_000] }],
    goodFitBackgrounds: ['data-analyst'],
    emphasisPhaseIds: ['phase.core-ml', 'phase.mlops'],
    ...cite(SEED_000),
  },
  {
    id: 'role.mlops-engineer',
    title: 'MLOps engineer',
    summary: 'Owns the pipelines, deployment, monitoring and tooling that keep models running.',
    alsoListedAs: [],
    goodFitBackgrounds: ['data-analyst'],
    emphasisPhaseIds: ['phase.mlops'],
    ...cite(SEED_000),
  },
  {
    id: 'role.applied-llm-engineer',
    title: 'Applied ML / LLM engineer',
    summary: 'Builds product features on top of models, increasingly with foundation models, RAG and fine-tuning.',
    // The role and "Applied ML Engineer" come from seed 000's job-search advice; the AI titles are
    // seed 001's career list and seed 004's role table, not seed 000.
    alsoListedAs: [
      { title: 'Applied ML Engineer', sources: [SEED_000] },
      { title: 'AI Engineer', sources: [SEED_001, SEED_004] },
      { title: 'Applied AI Engineer', sources: [SEED_004] },
      { title: 'Generative AI Engineer', sources: [SEED_001] },
    ],
    goodFitBackgrounds: ['software-developer'],
    emphasisPhaseIds: ['phase.core-ml', 'phase.genai'],
    ...cite(SEED_000),
  },
  {
    id: 'role.ml-platform-engineer',
    title: 'ML platform engineer',
    summary: 'Builds the internal infrastructure other ML engineers train and deploy on.',
    alsoListedAs: [],
    goodFitBackgrounds: ['software-developer'],
    emphasisPhaseIds: ['phase.mlops'],
    ...cite(SEED_000),
  },
];

export const jobSearchTips: ContentPackInput['jobSearchTips'] = [
  {
    id: 'job-tip.ml-active-companies',
    title: 'Aim for teams that build ML, not just call AI APIs',
    description: 'Early roles (internships, junior posts) at companies that train and ship their own models teach the most; startups often give broader hands-on work.',
    ...cite(SEED_000),
  },
  {
    id: 'job-tip.bridge-roles',
    title: 'Apply where your background already counts',
    description: 'Data people fit data-platform ML and MLOps roles; developers fit ML platform and applied ML roles. Overlap makes you credible on day one.',
    ...cite(SEED_000),
  },
  {
    id: 'job-tip.github',
    title: 'Treat GitHub as a shop window',
    description: 'Reviewers look before interviews. A single polished repository does more than a dozen half-finished ones.',
    ...cite(SEED_000),
  },
  {
    id: 'job-tip.interview-formats',
    title: 'Practise both interview formats',
    description: 'Expect a medium-level Python coding round and an ML system design round. Schedule practice for both, especially system design.',
    ...cite(SEED_000),
  },
  {
    id: 'job-tip.explain-decisions',
    title: 'Be ready to walk through your decisions',
    description: 'Interviewers ask how you handled messy data, why you picked a metric and how you deployed. Practise telling that story clearly.',
    ...cite(SEED_004),
  },
  {
    id: 'job-tip.open-source',
    title: 'Contribute in public',
    description: 'Kaggle entries and open-source contributions give employers evidence they can verify.',
    ...cite(SEED_004),
  },
  {
    id: 'job-tip.deployed-work',
    title: 'Lead with deployed work and clear writing',
    description: 'Hiring teams look for projects that actually run, strong data handling and the ability to explain trade-offs to non-specialists.',
    ...cite(SEED_002),
  },
];

export const marketFacts: ContentPackInput['marketFacts'] = [
  {
    id: 'market-fact.domain-experts',
    percent: 57.7,
    approximate: false,
    statement: 'of hiring managers in recent surveys would rather hire someone with depth in one domain than a generalist.',
    ...cite(SEED_002),
  },
  {
    id: 'market-fact.data-preparation',
    percent: 70,
    approximate: true,
    statement: 'of real-world ML work goes on preparing data and designing pipelines, by a commonly quoted estimate.',
    ...cite(SEED_002),
  },
];
