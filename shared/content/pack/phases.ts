/**
 * The ordered roadmap: six phases, their milestones, and the gate checklist a learner ticks off
 * before moving on. The phase order and each phase's skills, tools and suggested project follow
 * seed 004; seed 002 (tiers and the month-by-month plan), seed 003 (six steps) and seed 001
 * (six steps) are merged in where they cover the same ground.
 *
 * Ordering conflict: seeds 002 and 003 put MLOps before deep learning, seeds 001 and 004 put deep
 * learning first. We follow seed 004 (foundations → core ML → deep learning → MLOps → GenAI →
 * portfolio) and fold seed 002's "specialisation" months into the GenAI phase, where the optional
 * specialisation milestones live, because they all need a deployed model first. The conflict is
 * also data (`phaseOrderNote`) so the learner sees it on the Guide.
 *
 * Effort hours: seed 000 puts a beginner with some programming at 9–12 months, and the learner
 * in that tool studies about 8 h/week; seed 002 plans around 10 h/week. 39–52 weeks at 8–10 h/week
 * is roughly 350–500 hours, so the core (non-specialisation) milestones add up to ~420 hours:
 * foundations ~71, core ML ~70, deep learning ~64, MLOps ~80, GenAI ~58, portfolio ~76. Each phase
 * gets roughly its typical weeks × 9 h. Optional specialisation milestones (~30 h each) come on top.
 * Certification prep is not counted here: the planner schedules it from certifications[].prepWeeks
 * and it largely overlaps the phase material.
 *
 * Phase durations: only seed 002 gives spans (months 1–3, 4–6, 7–9, 10–12) and they each cover
 * more than one of our phases, so the week ranges are apportioned from them (basis 'derived') and
 * chosen so the six phases sum to 40–52 weeks, matching seed 000's 9–12 month beginner timeline.
 * Seed 002's months have no deep-learning block, so that phase's weeks are the remainder of seed
 * 000's total and cite seed 000, not seed 002.
 */
import type { ContentPackInput } from '../schema';
import { cite, DEFAULT_AS_OF, SEED_000, SEED_001, SEED_002, SEED_003, SEED_004 } from './sources';

type PhaseInput = ContentPackInput['phases'][number];

const foundations: PhaseInput = {
  id: 'phase.foundations',
  title: 'Foundations: Python, maths and data',
  summary:
    'Get fluent enough in Python, SQL and the maths behind learning algorithms that later phases feel like applying ideas, not memorising recipes.',
  keySkills: ['Python programming', 'Linear algebra', 'Probability', 'Statistics', 'SQL', 'Git and testing basics'],
  tools: ['Python', 'NumPy', 'pandas', 'Jupyter Notebook', 'SQL', 'Git'],
  suggestedProjectId: 'project.data-analysis',
  skillArea: 'python-foundations',
  typicalDuration: {
    minWeeks: 6,
    maxWeeks: 8,
    basis: 'derived',
    note: 'Seed 002 gives months 1–3 to foundations and ML fundamentals together; roughly half of that goes here.',
    ...cite(SEED_002),
  },
  milestones: [
    {
      id: 'phase.foundations.python-core',
      title: 'Core Python',
      description:
        'Write small programs with lists, dicts, functions, classes, comprehensions and file handling until reading and debugging other people\'s code feels routine.',
      effortHours: 20,
      prerequisites: [],
      resources: [
        { title: 'The Python Tutorial', url: 'https://docs.python.org/3/tutorial/', kind: 'docs' },
        { title: 'PCEP-30-02 syllabus as a checklist', kind: 'certification' },
      ],
    },
    {
      id: 'phase.foundations.numpy-pandas',
      title: 'NumPy and pandas for data wrangling',
      description:
        'Load, clean, filter, group and join tabular data; use vectorised array maths instead of Python loops; plot a few distributions.',
      effortHours: 12,
      prerequisites: ['phase.foundations.python-core'],
      resources: [
        { title: 'NumPy: the absolute basics for beginners', url: 'https://numpy.org/doc/stable/user/absolute_beginners.html', kind: 'docs' },
        { title: 'pandas getting started tutorials', url: 'https://pandas.pydata.org/docs/getting_started/index.html', kind: 'docs' },
      ],
    },
    {
      id: 'phase.foundations.sql-basics',
      title: 'SQL for pipelines',
      description: 'Select, filter, join and aggregate; understand why a query is slow and how an index helps.',
      effortHours: 8,
      prerequisites: [],
      resources: [{ title: 'Kaggle Learn: Intro to SQL', url: 'https://www.kaggle.com/learn/intro-to-sql', kind: 'course' }],
    },
    {
      id: 'phase.foundations.maths-intuition',
      title: 'Maths intuition for ML',
      description:
        'Vectors and matrices, distributions, Bayes\' rule, expectation, hypothesis tests, and derivatives as slopes: aim to explain what each means for a model, not to prove it.',
      effortHours: 15,
      prerequisites: [],
      resources: [
        { title: 'Essence of linear algebra (3Blue1Brown)', url: 'https://www.3blue1brown.com/topics/linear-algebra', kind: 'video' },
        { title: 'Khan Academy: Statistics and probability', url: 'https://www.khanacademy.org/math/statistics-probability', kind: 'course' },
      ],
    },
    {
      id: 'phase.foundations.engineering-habits',
      title: 'Engineering habits: Git, tests, small APIs',
      description:
        'Version every exercise in Git, write a few unit tests with pytest, and call a public HTTP API from a script.',
      effortHours: 6,
      prerequisites: ['phase.foundations.python-core'],
      resources: [
        { title: 'Pro Git (book)', url: 'https://git-scm.com/book/en/v2', kind: 'book' },
        { title: 'pytest: get started', url: 'https://docs.pytest.org/en/stable/getting-started.html', kind: 'docs' },
      ],
    },
    {
      id: 'phase.foundations.data-analysis-project',
      title: 'Project: exploratory data analysis',
      description:
        'Pick a public dataset, ask three concrete questions, answer them with pandas and charts, and write up what you found in a README.',
      effortHours: 10,
      prerequisites: ['phase.foundations.numpy-pandas', 'phase.foundations.maths-intuition'],
      resources: [{ title: 'Kaggle datasets', url: 'https://www.kaggle.com/datasets', kind: 'practice' }],
    },
  ],
  gate: {
    title: 'Ready for core machine learning?',
    items: [
      { id: 'gate.foundations.analyse-dataset', text: 'I can explore an unfamiliar dataset in Python and summarise what is in it.' },
      { id: 'gate.foundations.numpy-pandas', text: 'I use NumPy and pandas without looking up every call.' },
      { id: 'gate.foundations.vectors-probability', text: 'I can explain vectors, matrices and basic probability in my own words.' },
      { id: 'gate.foundations.read-statistics', text: 'I can read a basic statistical result (mean, spread, p-value) and say what it implies.' },
      { id: 'gate.foundations.debug-python', text: 'I can read and debug Python code I did not write.' },
    ],
    ...cite(SEED_004),
  },
  ...cite(SEED_004),
  crossReferences: [
    { source: SEED_002, section: 'Tier 1: Foundations; months 1–3' },
    { source: SEED_003, section: 'Step 1' },
    { source: SEED_001, section: 'Steps 1–3 (programming, maths, data)' },
    { source: SEED_000, section: 'Skills breakdown; why foundations come first' },
  ],
};

const coreMl: PhaseInput = {
  id: 'phase.core-ml',
  title: 'Core machine learning',
  summary:
    'Learn the whole supervised workflow on tabular data: prepare features, train classic models, evaluate them honestly and know when a model is good enough.',
  keySkills: ['Supervised learning', 'Unsupervised learning', 'Feature engineering', 'Model evaluation'],
  tools: ['scikit-learn', 'pandas', 'Matplotlib', 'XGBoost or LightGBM'],
  suggestedProjectId: 'project.churn-prediction',
  skillArea: 'ml-modelling',
  typicalDuration: {
    minWeeks: 6,
    maxWeeks: 8,
    basis: 'derived',
    note: 'Second half of seed 002\'s months 1–3, which pair foundations with ML fundamentals.',
    ...cite(SEED_002),
  },
  milestones: [
    {
      id: 'phase.core-ml.supervised-basics',
      title: 'Classic supervised models',
      description:
        'Train linear and logistic regression, decision trees, random forests and SVMs in scikit-learn and describe when each is a sensible first choice.',
      effortHours: 14,
      prerequisites: ['phase.foundations.numpy-pandas', 'phase.foundations.maths-intuition'],
      resources: [{ title: 'scikit-learn user guide: supervised learning', url: 'https://scikit-learn.org/stable/supervised_learning.html', kind: 'docs' }],
    },
    {
      id: 'phase.core-ml.evaluation',
      title: 'Honest evaluation',
      description:
        'Split into train, validation and test sets, use cross-validation, pick metrics that fit the problem, and spot overfitting and leakage.',
      effortHours: 10,
      prerequisites: ['phase.core-ml.supervised-basics'],
      resources: [{ title: 'scikit-learn: model evaluation', url: 'https://scikit-learn.org/stable/modules/model_evaluation.html', kind: 'docs' }],
    },
    {
      id: 'phase.core-ml.feature-engineering',
      title: 'Feature engineering and pipelines',
      description:
        'Encode categories, scale numbers, handle missing values and bundle the steps into a scikit-learn Pipeline so training and serving transform data the same way.',
      effortHours: 10,
      prerequisites: ['phase.core-ml.supervised-basics'],
      resources: [{ title: 'Kaggle Learn: Feature Engineering', url: 'https://www.kaggle.com/learn/feature-engineering', kind: 'course' }],
    },
    {
      id: 'phase.core-ml.gradient-boosting',
      title: 'Gradient boosting',
      description: 'Tune XGBoost or LightGBM on a tabular problem and compare it with your random-forest baseline.',
      effortHours: 6,
      prerequisites: ['phase.core-ml.evaluation'],
      resources: [{ title: 'XGBoost documentation', url: 'https://xgboost.readthedocs.io/en/stable/', kind: 'docs' }],
    },
    {
      id: 'phase.core-ml.unsupervised',
      title: 'Unsupervised learning',
      description: 'Group unlabelled data with k-means and reduce dimensions with PCA; judge clusters without labels.',
      effortHours: 6,
      prerequisites: ['phase.core-ml.supervised-basics'],
      resources: [{ title: 'scikit-learn: clustering', url: 'https://scikit-learn.org/stable/modules/clustering.html', kind: 'docs' }],
    },
    {
      id: 'phase.core-ml.first-e2e-model',
      title: 'Project: end-to-end model',
      description:
        'Take a churn or house-price dataset from raw file to an evaluated model with a clear README explaining the data decisions and the metric you chose.',
      effortHours: 16,
      prerequisites: ['phase.core-ml.feature-engineering', 'phase.core-ml.evaluation'],
      resources: [],
    },
    {
      id: 'phase.core-ml.kaggle-tabular',
      title: 'First tabular Kaggle competition',
      description: 'Enter a tabular competition, submit a baseline, improve it with gradient boosting and write down what moved the score.',
      effortHours: 8,
      prerequisites: ['phase.core-ml.gradient-boosting'],
      resources: [{ title: 'Kaggle competitions', url: 'https://www.kaggle.com/competitions', kind: 'practice' }],
    },
  ],
  gate: {
    title: 'Ready for deep learning?',
    items: [
      { id: 'gate.core-ml.split-without-leakage', text: 'I split data so that nothing from the test set influences training.' },
      { id: 'gate.core-ml.choose-metric', text: 'I can justify a metric for a problem (for example recall for rare fraud).' },
      { id: 'gate.core-ml.diagnose-fit', text: 'I can tell overfitting from underfitting and name a fix for each.' },
      { id: 'gate.core-ml.pipeline', text: 'I have built a scikit-learn pipeline that preprocesses and trains in one object.' },
      { id: 'gate.core-ml.baseline', text: 'I always compare a model against a simple baseline.' },
    ],
    source: null,
    asOf: '2026-01-01',
  },
  ...cite(SEED_004),
  crossReferences: [
    { source: SEED_002, section: 'Tier 1: ML fundamentals; months 1–3' },
    { source: SEED_003, section: 'Steps 2–3' },
    { source: SEED_001, section: 'Step 4 (algorithms)' },
  ],
};

const deepLearning: PhaseInput = {
  id: 'phase.deep-learning',
  title: 'Deep learning and neural networks',
  summary:
    'Understand how neural networks learn from raw data, get productive in one framework, and ship a small image or text classifier.',
  keySkills: ['Neural networks', 'CNNs', 'RNNs', 'Transformers'],
  tools: ['PyTorch', 'TensorFlow / Keras'],
  suggestedProjectId: 'project.image-text-classifier',
  skillArea: 'ml-modelling',
  typicalDuration: {
    minWeeks: 6,
    maxWeeks: 8,
    basis: 'derived',
    // No seed gives weeks for deep learning alone, so the figure is the remainder of seed 000's
    // whole-path timeline after the other phases take their seed 002 shares; it cites seed 000.
    note: 'Derived, not stated: no source gives weeks for deep learning on its own. This is what is left of seed 000\'s 9–12 month beginner timeline (about 40–52 weeks) once the other five phases take their share of seed 002\'s month-by-month plan. Seed 000\'s 8–12 weeks for a full deep learning course series is more depth than this phase needs.',
    ...cite(SEED_000),
  },
  milestones: [
    {
      id: 'phase.deep-learning.nn-fundamentals',
      title: 'How neural networks learn',
      description: 'Loss functions, gradient descent, backpropagation and activation functions, implemented once by hand on a tiny network.',
      effortHours: 14,
      prerequisites: ['phase.core-ml.evaluation', 'phase.foundations.maths-intuition'],
      resources: [
        { title: 'Deep Learning Specialization (DeepLearning.AI)', url: 'https://www.coursera.org/specializations/deep-learning', kind: 'course' },
        { title: 'Neural networks (3Blue1Brown)', url: 'https://www.3blue1brown.com/topics/neural-networks', kind: 'video' },
      ],
    },
    {
      id: 'phase.deep-learning.framework-fluency',
      title: 'One framework, properly',
      description: 'Write a training loop with datasets, batches, an optimiser and checkpoints in PyTorch (or Keras), and read training curves.',
      effortHours: 10,
      prerequisites: ['phase.deep-learning.nn-fundamentals'],
      resources: [
        { title: 'PyTorch tutorials', url: 'https://pytorch.org/tutorials/', kind: 'tutorial' },
        { title: 'TensorFlow tutorials', url: 'https://www.tensorflow.org/tutorials', kind: 'tutorial' },
      ],
    },
    {
      id: 'phase.deep-learning.cnns',
      title: 'Convolutional networks',
      description: 'Use CNNs and transfer learning from a pretrained backbone for image tasks.',
      effortHours: 8,
      prerequisites: ['phase.deep-learning.framework-fluency'],
      resources: [],
    },
    {
      id: 'phase.deep-learning.sequence-models',
      title: 'Sequences, attention and transformers',
      description: 'See why RNNs struggled with long sequences, how attention fixes that, and fine-tune a small pretrained transformer on text.',
      effortHours: 10,
      prerequisites: ['phase.deep-learning.framework-fluency'],
      resources: [{ title: 'Hugging Face LLM course', url: 'https://huggingface.co/learn/llm-course', kind: 'course' }],
    },
    {
      id: 'phase.deep-learning.classification-project',
      title: 'Project: image or text classifier',
      description: 'Train and evaluate an image or text classifier, log every run\'s metrics, and explain the errors it still makes.',
      effortHours: 14,
      prerequisites: ['phase.deep-learning.cnns', 'phase.deep-learning.sequence-models'],
      resources: [],
    },
    {
      id: 'phase.deep-learning.kaggle-cv-nlp',
      title: 'A vision or NLP Kaggle competition',
      description: 'After your tabular competitions, enter one image or text competition with PyTorch, or by fine-tuning a Hugging Face transformer.',
      effortHours: 8,
      prerequisites: ['phase.deep-learning.framework-fluency', 'phase.core-ml.kaggle-tabular'],
      resources: [{ title: 'Kaggle competitions', url: 'https://www.kaggle.com/competitions', kind: 'practice' }],
    },
  ],
  gate: {
    title: 'Ready for MLOps and deployment?',
    items: [
      { id: 'gate.deep-learning.explain-training', text: 'I can explain what a loss function and a gradient step do during training.' },
      { id: 'gate.deep-learning.training-loop', text: 'I can write a training and validation loop without copying a tutorial.' },
      { id: 'gate.deep-learning.read-curves', text: 'I can read training and validation curves and say whether to stop, regularise or train longer.' },
      { id: 'gate.deep-learning.pick-architecture', text: 'I know when to reach for a CNN, a transformer or plain gradient boosting.' },
    ],
    source: null,
    asOf: '2026-01-01',
  },
  ...cite(SEED_004),
  crossReferences: [
    { source: SEED_003, section: 'Step 5' },
    { source: SEED_001, section: 'Step 5 (deep learning)' },
    { source: SEED_002, section: 'Tier 3: computer vision or NLP' },
  ],
};

const mlops: PhaseInput = {
  id: 'phase.mlops',
  title: 'MLOps and deployment',
  summary:
    'Move a model out of the notebook: track experiments, serve predictions behind an API in a container, deploy to one cloud and watch it for drift.',
  keySkills: ['Model serving', 'Monitoring', 'Pipelines', 'Versioning', 'CI/CD', 'One cloud platform'],
  tools: ['Docker', 'FastAPI', 'MLflow', 'Git', 'GitHub Actions', 'AWS SageMaker or Vertex AI', 'Kubernetes (basics)'],
  suggestedProjectId: 'project.e2e-pipeline',
  skillArea: 'mlops-deployment',
  typicalDuration: {
    minWeeks: 8,
    maxWeeks: 10,
    basis: 'derived',
    note: 'Seed 002 gives months 4–6 to MLOps, one cloud and a first deployed project.',
    ...cite(SEED_002),
  },
  milestones: [
    {
      id: 'phase.mlops.experiment-tracking',
      title: 'Experiment tracking and model registry',
      description: 'Log parameters, metrics and artefacts for every run with MLflow and promote a model version through the registry.',
      effortHours: 8,
      prerequisites: ['phase.core-ml.first-e2e-model'],
      resources: [{ title: 'MLflow documentation', url: 'https://mlflow.org/docs/latest/index.html', kind: 'docs' }],
    },
    {
      id: 'phase.mlops.model-api',
      title: 'Serve predictions from an API',
      description: 'Wrap a trained pipeline in a FastAPI service with input validation, a health check and tests.',
      effortHours: 10,
      prerequisites: ['phase.core-ml.first-e2e-model', 'phase.foundations.engineering-habits'],
      resources: [{ title: 'FastAPI tutorial', url: 'https://fastapi.tiangolo.com/tutorial/', kind: 'tutorial' }],
    },
    {
      id: 'phase.mlops.containerise',
      title: 'Containerise the service',
      description: 'Write a small, reproducible Dockerfile for the API and run it locally exactly as it will run in the cloud.',
      effortHours: 8,
      prerequisites: ['phase.mlops.model-api'],
      resources: [{ title: 'Docker: get started', url: 'https://docs.docker.com/get-started/', kind: 'docs' }],
    },
    {
      id: 'phase.mlops.ci-cd',
      title: 'CI/CD for a model service',
      description: 'Run tests, a data-schema check and a minimum-quality check on every push, then build and publish the image automatically.',
      effortHours: 8,
      prerequisites: ['phase.mlops.containerise'],
      resources: [{ title: 'GitHub Actions documentation', url: 'https://docs.github.com/en/actions', kind: 'docs' }],
    },
    {
      id: 'phase.mlops.pipelines',
      title: 'Automated training pipeline',
      description: 'Script data preparation, training, evaluation and registration as one repeatable pipeline instead of notebook cells.',
      effortHours: 8,
      prerequisites: ['phase.mlops.experiment-tracking', 'phase.mlops.containerise'],
      resources: [],
    },
    {
      id: 'phase.mlops.cloud-basics',
      title: 'One cloud, end to end',
      description: 'On AWS, GCP or Azure: store data, run a training job and use the managed ML service (SageMaker, Vertex AI or Azure ML).',
      effortHours: 12,
      prerequisites: ['phase.mlops.containerise'],
      resources: [
        { title: 'Amazon SageMaker documentation', url: 'https://docs.aws.amazon.com/sagemaker/', kind: 'docs' },
        { title: 'Vertex AI documentation', url: 'https://cloud.google.com/vertex-ai/docs', kind: 'docs' },
      ],
    },
    {
      id: 'phase.mlops.deploy-api',
      title: 'Deploy the model to a cloud endpoint',
      description: 'Ship the containerised, tracked model to a real endpoint through your CI pipeline and document how to roll back.',
      effortHours: 14,
      prerequisites: ['phase.mlops.cloud-basics', 'phase.mlops.ci-cd', 'phase.mlops.experiment-tracking'],
      resources: [],
    },
    {
      id: 'phase.mlops.monitoring-drift',
      title: 'Monitoring and drift detection',
      description: 'Log inputs and predictions, compare live distributions with training data and alert when they drift or quality drops.',
      effortHours: 12,
      prerequisites: ['phase.mlops.deploy-api'],
      resources: [{ title: 'Evidently documentation', url: 'https://docs.evidentlyai.com/', kind: 'docs' }],
    },
  ],
  gate: {
    title: 'Ready for generative AI and LLMs?',
    items: [
      { id: 'gate.mlops.api-in-container', text: 'My model answers requests from an API running in a container.' },
      { id: 'gate.mlops.tracked-runs', text: 'Every training run I do is tracked and I can reproduce the deployed version.' },
      { id: 'gate.mlops.cloud-endpoint', text: 'I have deployed a model to a cloud endpoint at least once.' },
      { id: 'gate.mlops.ci', text: 'Tests run automatically before anything is deployed.' },
      { id: 'gate.mlops.drift', text: 'I can describe how I would notice that a deployed model has started to degrade.' },
    ],
    source: null,
    asOf: '2026-01-01',
  },
  ...cite(SEED_004),
  crossReferences: [
    { source: SEED_002, section: 'Tier 2: production skills; months 4–6' },
    { source: SEED_003, section: 'Step 4' },
    { source: SEED_001, section: 'Step 6 (MLOps)' },
    { source: SEED_000, section: 'Portfolio project types' },
  ],
};

const genai: PhaseInput = {
  id: 'phase.genai',
  title: 'Generative AI, LLMs and specialisation',
  summary:
    'Build with foundation models (prompting, retrieval, evaluation) and, optionally, go deep in one specialisation: LLMs, vision/NLP or recommender systems.',
  keySkills: ['Prompt engineering', 'Retrieval-augmented generation (RAG)', 'Fine-tuning concepts', 'LLM evaluation', 'LLM inference and deployment'],
  tools: ['Hugging Face', 'LangChain', 'Vector databases (FAISS, pgvector, Pinecone)', 'Amazon Bedrock'],
  suggestedProjectId: 'project.rag-app',
  skillArea: 'ml-modelling',
  typicalDuration: {
    minWeeks: 6,
    maxWeeks: 8,
    basis: 'derived',
    note: 'Seed 002 spends months 7–9 on a specialisation plus more projects; the core of this phase takes part of that, and specialisation milestones fill the rest.',
    ...cite(SEED_002),
  },
  milestones: [
    {
      id: 'phase.genai.llm-apis',
      title: 'Calling foundation models',
      description: 'Call a hosted model through an API; use system prompts, few-shot examples and step-by-step reasoning prompts, and handle errors and costs.',
      effortHours: 8,
      prerequisites: ['phase.deep-learning.sequence-models', 'phase.mlops.model-api'],
      resources: [{ title: 'Hugging Face LLM course', url: 'https://huggingface.co/learn/llm-course', kind: 'course' }],
    },
    {
      id: 'phase.genai.embeddings-search',
      title: 'Embeddings and vector search',
      description: 'Embed documents, index them in FAISS or pgvector and retrieve the nearest chunks for a query.',
      effortHours: 8,
      prerequisites: ['phase.genai.llm-apis'],
      resources: [{ title: 'FAISS wiki', url: 'https://github.com/facebookresearch/faiss/wiki', kind: 'docs' }],
    },
    {
      id: 'phase.genai.rag-pipeline',
      title: 'Retrieval-augmented generation',
      description: 'Combine retrieval with generation so answers cite your documents; experiment with chunk size and number of retrieved passages.',
      effortHours: 12,
      prerequisites: ['phase.genai.embeddings-search'],
      resources: [],
    },
    {
      id: 'phase.genai.llm-evaluation',
      title: 'Evaluating LLM output',
      description: 'Build a small test set and score answers for correctness, grounding in the sources and safety before and after each change.',
      effortHours: 8,
      prerequisites: ['phase.genai.rag-pipeline'],
      resources: [],
    },
    {
      id: 'phase.genai.fine-tuning-concepts',
      title: 'Prompting vs RAG vs fine-tuning',
      description: 'Learn what fine-tuning (including parameter-efficient methods) changes, what it costs, and how to choose between it, retrieval and better prompts.',
      effortHours: 6,
      prerequisites: ['phase.genai.llm-apis', 'phase.deep-learning.framework-fluency'],
      resources: [{ title: 'Hugging Face PEFT documentation', url: 'https://huggingface.co/docs/peft/index', kind: 'docs' }],
    },
    {
      id: 'phase.genai.rag-app-deployed',
      title: 'Project: deployed RAG application',
      description: 'Put your RAG pipeline behind an API, deploy it, and publish its evaluation results next to the code.',
      effortHours: 16,
      prerequisites: ['phase.genai.rag-pipeline', 'phase.genai.llm-evaluation', 'phase.mlops.deploy-api'],
      resources: [],
    },
    {
      id: 'phase.genai.llm-specialisation',
      title: 'Specialisation: LLM engineering',
      description: 'Fine-tune a small open model for one domain task, compare it with a RAG baseline on the same evaluation set, and serve the winner efficiently.',
      effortHours: 30,
      prerequisites: ['phase.genai.fine-tuning-concepts', 'phase.genai.llm-evaluation'],
      resources: [],
      specialisation: 'llm',
    },
    {
      id: 'phase.genai.cv-nlp-specialisation',
      title: 'Specialisation: computer vision or NLP',
      description: 'Build two domain projects (for example medical images or financial text) and take at least one all the way to a monitored deployment.',
      effortHours: 30,
      prerequisites: ['phase.deep-learning.classification-project', 'phase.mlops.monitoring-drift'],
      resources: [],
      specialisation: 'cv-nlp',
    },
    {
      id: 'phase.genai.recsys-specialisation',
      title: 'Specialisation: recommender systems',
      description: 'Build a two-stage recommender (candidate retrieval, then ranking) and evaluate it with ranking metrics and an offline replay.',
      effortHours: 30,
      prerequisites: ['phase.core-ml.feature-engineering', 'phase.core-ml.evaluation', 'phase.mlops.deploy-api'],
      resources: [],
      specialisation: 'recsys',
    },
  ],
  gate: {
    title: 'Ready to polish your portfolio and apply?',
    items: [
      { id: 'gate.genai.call-models', text: 'I can call a foundation model API with structured prompts and handle its failures.' },
      { id: 'gate.genai.rag', text: 'I have built a RAG pipeline with a vector index over my own documents.' },
      { id: 'gate.genai.evaluate', text: 'I measure LLM answers for correctness and grounding instead of eyeballing them.' },
      { id: 'gate.genai.choose-approach', text: 'I can argue for prompting, RAG or fine-tuning for a given use case.' },
    ],
    source: null,
    asOf: '2026-01-01',
  },
  ...cite(SEED_004),
  crossReferences: [
    { source: SEED_002, section: 'Tier 3: specialisation; months 7–9' },
    { source: SEED_000, section: 'LLM skills list' },
  ],
};

const portfolio: PhaseInput = {
  id: 'phase.portfolio',
  title: 'Portfolio and job search',
  summary:
    'Turn your projects into evidence employers can check, practise the interview formats ML engineers face, and apply to roles that build on your background.',
  keySkills: ['ML system design', 'Project documentation', 'Coding interviews', 'Explaining trade-offs'],
  tools: ['GitHub', 'Kaggle', 'Cloud platforms', 'LeetCode'],
  suggestedProjectId: 'project.portfolio',
  skillArea: 'mlops-deployment',
  typicalDuration: {
    minWeeks: 8,
    maxWeeks: 10,
    basis: 'derived',
    note: 'Seed 002 gives months 10–12 to portfolio polish, interview preparation and the job search.',
    ...cite(SEED_002),
  },
  milestones: [
    {
      id: 'phase.portfolio.polish-repos',
      title: 'Polish your best repositories',
      description:
        'For your one or two strongest projects: clean structure, a README covering problem, data decisions, model choice, results and next steps, and instructions that work.',
      effortHours: 12,
      prerequisites: ['phase.mlops.deploy-api'],
      resources: [],
    },
    {
      id: 'phase.portfolio.public-evidence',
      title: 'Public evidence of practice',
      description: 'Publish documented Kaggle notebooks and, if you can, land one small open-source contribution to an ML library.',
      effortHours: 8,
      prerequisites: ['phase.core-ml.kaggle-tabular'],
      resources: [],
    },
    {
      id: 'phase.portfolio.coding-interviews',
      title: 'Coding interview practice',
      description: 'Solve medium-difficulty problems in Python on a schedule until you can talk through a solution while writing it.',
      effortHours: 20,
      prerequisites: ['phase.foundations.python-core'],
      resources: [{ title: 'LeetCode', url: 'https://leetcode.com/', kind: 'practice' }],
    },
    {
      id: 'phase.portfolio.ml-system-design',
      title: 'ML system design',
      description: 'Practise designing systems end to end: data sources, features, training cadence, serving, monitoring and failure handling.',
      effortHours: 16,
      prerequisites: ['phase.mlops.monitoring-drift'],
      resources: [{ title: 'Designing Machine Learning Systems (Chip Huyen)', kind: 'book' }],
    },
    {
      id: 'phase.portfolio.mock-interviews',
      title: 'Mock interviews on your own projects',
      description: 'Rehearse explaining why you chose each model, how it fails and how you deployed it, out loud and to another person.',
      effortHours: 8,
      prerequisites: ['phase.portfolio.polish-repos'],
      resources: [],
    },
    {
      id: 'phase.portfolio.targeted-applications',
      title: 'Targeted applications',
      description: 'Shortlist roles that overlap your current background, tailor your CV and project story to each, and track every application.',
      effortHours: 12,
      prerequisites: ['phase.portfolio.polish-repos'],
      resources: [],
    },
  ],
  gate: {
    title: 'Job-ready checklist',
    items: [
      { id: 'gate.portfolio.end-to-end-projects', text: 'One or two projects show the full lifecycle, from raw data to a monitored deployment.' },
      { id: 'gate.portfolio.readmes', text: 'Every pinned repository has a README an interviewer can read in five minutes.' },
      { id: 'gate.portfolio.coding', text: 'I can solve a medium coding problem in Python within an interview slot.' },
      { id: 'gate.portfolio.system-design', text: 'I can sketch an ML system end to end and discuss its trade-offs.' },
      { id: 'gate.portfolio.story', text: 'I can explain my project decisions and their failure modes without notes.' },
    ],
    source: null,
    asOf: '2026-01-01',
  },
  ...cite(SEED_004),
  crossReferences: [
    { source: SEED_002, section: 'Months 10–12' },
    { source: SEED_003, section: 'Step 6' },
    { source: SEED_000, section: 'Getting hired; portfolio strategy' },
  ],
};

export const phases: ContentPackInput['phases'] = [foundations, coreMl, deepLearning, mlops, genai, portfolio];

export const phaseOrderNote: ContentPackInput['phaseOrderNote'] = {
  title: 'Why deep learning comes before MLOps',
  views: [
    {
      id: 'phase-order.deep-learning-first',
      label: 'Deep learning, then MLOps',
      sequence: ['phase.deep-learning', 'phase.mlops'],
      sources: [SEED_001, SEED_004],
    },
    {
      // Seed 002 names no deep-learning block: MLOps (months 4–6) comes before its specialisation
      // months (7–9), where vision and language work sit. Seed 003 has deployment as step 4 and
      // deep learning as step 5.
      id: 'phase-order.mlops-first',
      label: 'MLOps, then deep learning',
      sequence: ['phase.mlops', 'phase.deep-learning'],
      sources: [SEED_002, SEED_003],
    },
  ],
  followedId: 'phase-order.deep-learning-first',
  reason:
    'The sources split on this. MLE Path builds its phases, with their skills, tools and suggested projects, from the six-phase roadmap, so it keeps that roadmap\'s order. Both orders cover the same ground, and every source agrees on what matters most: Python, maths and core ML come first.',
  // All four seeds it draws on are undated (see sources.ts).
  asOf: DEFAULT_AS_OF,
};
