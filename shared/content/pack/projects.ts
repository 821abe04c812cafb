/**
 * Portfolio projects: one suggested project per phase (seed 004's phase table), seed 004's
 * project levels, and seed 000's three project types. Where two seeds describe the same project
 * (e.g. seed 000's deployed pipeline and seed 004's "deploy an ML API" / "end-to-end pipeline"),
 * they are merged into one entry with cross-references so the learner is not asked to build it twice.
 *
 * Checklists only include the lifecycle steps that make sense for that project.
 */
import type { ContentPackInput } from '../schema';
import { cite, SEED_000, SEED_002, SEED_003, SEED_004 } from './sources';

type ProjectInput = ContentPackInput['projects'][number];
type Step = ProjectInput['checklist'][number]['step'];

/** Checklist ids are derived from the project id so they stay unique and stable. */
function checklist(projectId: string, items: [Step, string, string][]): ProjectInput['checklist'] {
  return items.map(([step, slug, text]) => ({ id: `${projectId}.${slug}`, step, text }));
}

export const projects: ContentPackInput['projects'] = [
  {
    id: 'project.data-analysis',
    title: 'Exploratory data analysis',
    summary: 'Answer a handful of concrete questions about a public dataset with pandas and charts.',
    level: null,
    examples: ['Local housing prices', 'Public transport usage', 'A Kaggle dataset you find interesting'],
    skillsShown: ['Data cleaning', 'Exploratory analysis', 'Visualisation', 'Written communication'],
    phaseId: 'phase.foundations',
    checklist: checklist('project.data-analysis', [
      ['data', 'load', 'Load a real dataset and record where it came from and its licence.'],
      ['preprocessing', 'clean', 'Handle missing values, duplicates and wrong types, and note each decision.'],
      ['evaluation', 'findings', 'Back each answer with a chart or statistic, and state what it does not prove.'],
      ['readme', 'readme', 'Write a README with the questions, method, findings and how to rerun the notebook.'],
    ]),
    ...cite(SEED_004),
    crossReferences: [{ source: SEED_003, section: 'Step 1: scripts that process CSV data' }],
  },
  {
    id: 'project.churn-prediction',
    title: 'End-to-end prediction model',
    summary: 'Predict customer churn or house prices, taking the data all the way from raw file to an evaluated model.',
    level: 'beginner',
    examples: ['Customer churn prediction', 'House price prediction'],
    skillsShown: ['Data cleaning', 'EDA', 'Model training', 'Evaluation'],
    phaseId: 'phase.core-ml',
    checklist: checklist('project.churn-prediction', [
      ['data', 'data', 'Use a realistic dataset and keep a copy of the raw file untouched.'],
      ['preprocessing', 'split', 'Split into train, validation and test sets before any fitting.'],
      ['features', 'features', 'Build features inside a pipeline so they are fitted on training data only.'],
      ['training', 'baseline', 'Train a simple baseline first, then at least two stronger models.'],
      ['evaluation', 'metric', 'Pick a metric that matches the business cost of errors and report it on the test set once.'],
      ['readme', 'readme', 'Explain the problem, data decisions, model choice and results in a README.'],
    ]),
    ...cite(SEED_004),
    crossReferences: [{ source: SEED_004, section: 'Phase 2 suggested project; beginner project level' }],
  },
  {
    id: 'project.image-text-classifier',
    title: 'Image or text classifier',
    summary: 'Train a neural network to classify images or text and explain the mistakes it still makes.',
    level: null,
    examples: ['Plant disease photos', 'Support-ticket topic classification'],
    skillsShown: ['Neural networks', 'Transfer learning', 'Error analysis'],
    phaseId: 'phase.deep-learning',
    checklist: checklist('project.image-text-classifier', [
      ['data', 'data', 'Collect or pick a labelled dataset and check the label quality on a sample.'],
      ['preprocessing', 'preprocessing', 'Resize/normalise images or tokenise text consistently for training and inference.'],
      ['training', 'training', 'Fine-tune a pretrained model and log loss and metrics for every run.'],
      ['evaluation', 'errors', 'Show a confusion matrix and examples of typical errors.'],
      ['readme', 'readme', 'Document the dataset, architecture choice and results.'],
    ]),
    ...cite(SEED_004),
    crossReferences: [{ source: SEED_003, section: 'Step 3: image classifier example' }],
  },
  {
    id: 'project.recommender-or-forecast',
    title: 'Recommendation system or sales forecast',
    summary: 'A step up in modelling: rank items for users or forecast demand, with careful feature work and model selection.',
    level: 'intermediate',
    examples: ['Recommendation system', 'Sales forecasting model'],
    skillsShown: ['Feature engineering', 'Model selection', 'Performance optimisation'],
    phaseId: 'phase.core-ml',
    checklist: checklist('project.recommender-or-forecast', [
      ['data', 'data', 'Use interaction or time-series data with enough history to evaluate fairly.'],
      ['preprocessing', 'split', 'Split by time (or by user) so the evaluation does not peek into the future.'],
      ['features', 'features', 'Engineer features such as recency, seasonality or user/item statistics.'],
      ['training', 'compare', 'Compare a simple heuristic against learned models.'],
      ['evaluation', 'metric', 'Use ranking metrics (e.g. recall@k) or forecast error (e.g. MAE) as appropriate.'],
      ['readme', 'readme', 'Explain trade-offs between accuracy, speed and simplicity.'],
    ]),
    ...cite(SEED_004),
    crossReferences: [
      { source: SEED_003, section: 'Step 3: recommendation system example' },
      { source: SEED_002, section: 'Tier 3: recommendation systems' },
    ],
  },
  {
    id: 'project.e2e-pipeline',
    title: 'Deployed end-to-end ML pipeline',
    summary:
      'A classification or regression pipeline that preprocesses data, tracks experiments, and serves the best model from a cloud API.',
    level: 'advanced',
    examples: ['Churn model served as a REST API on AWS SageMaker', 'Price model in a container on a cloud endpoint'],
    skillsShown: ['Data processing', 'Automation', 'Experiment tracking', 'Model deployment'],
    phaseId: 'phase.mlops',
    checklist: checklist('project.e2e-pipeline', [
      ['data', 'data', 'Ingest a real dataset with a script, not by hand.'],
      ['preprocessing', 'preprocessing', 'Make preprocessing a reusable, tested step of the pipeline.'],
      ['features', 'features', 'Version the feature code together with the model.'],
      ['training', 'tracking', 'Train several models and track every run in MLflow.'],
      ['evaluation', 'evaluation', 'Promote a model only if it beats the current one on held-out data.'],
      ['deployment', 'deployment', 'Serve the chosen model from a containerised REST API on a cloud endpoint.'],
      ['readme', 'readme', 'Document the architecture, how to redeploy and what you would improve with more time.'],
    ]),
    ...cite(SEED_000),
    crossReferences: [
      { source: SEED_004, section: 'Phase 4 suggested project; advanced project level' },
      { source: SEED_002, section: 'Months 4–6: first end-to-end deployed project' },
    ],
  },
  {
    id: 'project.deployed-web-app',
    title: 'User-facing ML web application',
    summary: 'A deployed application where real users interact with a model, with monitoring behind it.',
    level: 'production',
    examples: ['Price estimator web app', 'Document classifier with an upload page'],
    skillsShown: ['APIs', 'MLOps', 'Monitoring', 'User-facing applications'],
    phaseId: 'phase.mlops',
    checklist: checklist('project.deployed-web-app', [
      ['deployment', 'frontend', 'Put a simple interface in front of the prediction API.'],
      ['deployment', 'ci', 'Deploy through CI so every change is tested first.'],
      ['monitoring', 'logging', 'Log requests, latency and predictions.'],
      ['monitoring', 'alerts', 'Alert on errors and on shifts in the input data.'],
      ['readme', 'readme', 'Link the live app and describe its architecture in the README.'],
    ]),
    ...cite(SEED_004),
    crossReferences: [],
  },
  {
    id: 'project.drift-monitoring',
    title: 'Model monitoring and drift detection',
    summary: 'Watch a deployed model and detect when its inputs or prediction distribution move away from what it was trained on.',
    level: 'production',
    examples: ['Drift dashboard for a deployed churn model'],
    skillsShown: ['Monitoring', 'Data drift detection', 'Production reliability'],
    phaseId: 'phase.mlops',
    checklist: checklist('project.drift-monitoring', [
      ['data', 'reference', 'Store a reference sample of training inputs and predictions.'],
      ['deployment', 'deploy', 'Deploy a model that logs every input and prediction.'],
      ['monitoring', 'drift-tests', 'Compare live and reference distributions on a schedule with a statistical test.'],
      ['monitoring', 'simulate', 'Simulate a drift and show that the system catches it.'],
      ['readme', 'readme', 'Explain thresholds, alerting and what retraining would look like.'],
    ]),
    ...cite(SEED_000),
    crossReferences: [],
  },
  {
    id: 'project.rag-app',
    title: 'RAG application over your own documents',
    summary: 'A question-answering app that retrieves relevant passages from a document set and has an LLM answer from them.',
    level: 'modern-ai',
    examples: ['Chatbot over product manuals', 'Q&A over a course handbook'],
    skillsShown: ['LLM engineering', 'Retrieval systems', 'Evaluation', 'Deployment'],
    phaseId: 'phase.genai',
    checklist: checklist('project.rag-app', [
      ['data', 'corpus', 'Collect a document set you are allowed to use and split it into chunks.'],
      ['features', 'embeddings', 'Embed the chunks into a vector database.'],
      ['training', 'retrieval', 'Retrieve passages and generate answers with a foundation model (Bedrock or Hugging Face).'],
      ['evaluation', 'eval-set', 'Score answers on a fixed question set for correctness and grounding.'],
      ['deployment', 'api', 'Serve the app behind a basic API.'],
      ['readme', 'readme', 'Document the design, evaluation results and known failure cases.'],
    ]),
    ...cite(SEED_000),
    crossReferences: [{ source: SEED_004, section: 'Phase 5 suggested project; modern AI project level' }],
  },
  {
    id: 'project.portfolio',
    title: 'Production-ready ML portfolio',
    summary: 'One or two complete, documented projects on GitHub that together show the whole ML lifecycle.',
    level: null,
    examples: ['Deployed pipeline + drift monitor', 'RAG app + evaluation report'],
    skillsShown: ['System design', 'Project documentation', 'Communication'],
    phaseId: 'phase.portfolio',
    checklist: checklist('project.portfolio', [
      ['deployment', 'live', 'At least one project runs somewhere a reviewer can try it.'],
      ['monitoring', 'monitored', 'At least one project shows monitoring or drift detection.'],
      ['readme', 'readmes', 'Every pinned repository has a README: problem, data decisions, model choice, results, next steps.'],
      ['readme', 'cleanup', 'Remove tutorial leftovers and dead notebooks; keep the code tidy.'],
    ]),
    ...cite(SEED_004),
    crossReferences: [{ source: SEED_000, section: 'Portfolio strategy' }],
  },
];
