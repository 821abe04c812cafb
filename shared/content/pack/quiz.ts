/**
 * Readiness quiz bank: original multiple-choice questions, at least six per skill area, so the
 * quick quiz can draw two per area and still vary between attempts. The correct option is spread
 * across positions so guessing "always B" scores nothing special.
 */
import type { ContentPackInput } from '../schema';

export const quiz: ContentPackInput['quiz'] = [
  // --- Python & foundations -----------------------------------------------------------------
  {
    id: 'quiz.python-foundations.list-comprehension',
    area: 'python-foundations',
    prompt: 'What does `[x * 2 for x in range(3)]` evaluate to?',
    options: ['[0, 2, 4]', '[2, 4, 6]', '[0, 1, 2, 0, 1, 2]', '[1, 2, 3]'],
    correctIndex: 0,
    explanation: 'range(3) yields 0, 1 and 2, and each is doubled. range never includes its stop value.',
  },
  {
    id: 'quiz.python-foundations.mutable-default',
    area: 'python-foundations',
    prompt:
      'Given `def add(item, bucket=[]): bucket.append(item); return bucket`, what does the second call in `add(1); add(2)` return?',
    options: ['[2]', '[1, 2]', 'It raises a TypeError', '[[1], [2]]'],
    correctIndex: 1,
    explanation:
      'Default values are evaluated once, when the function is defined, so both calls append to the same list. Use `bucket=None` and create the list inside.',
  },
  {
    id: 'quiz.python-foundations.pandas-groupby',
    area: 'python-foundations',
    prompt: 'In pandas, which expression gives the mean `price` for each `city` in a DataFrame `df`?',
    options: [
      "df['city'].mean('price')",
      "df.mean(by='city')['price']",
      "df.groupby('city')['price'].mean()",
      "df.pivot('price').mean()",
    ],
    correctIndex: 2,
    explanation: 'groupby splits the rows by city, selecting the price column and calling mean aggregates each group.',
  },
  {
    id: 'quiz.python-foundations.numpy-broadcasting',
    area: 'python-foundations',
    prompt: 'What is the shape of `a + b` when `a` has shape (3, 1) and `b` has shape (4,)?',
    options: ['(3, 1)', '(4,)', 'It raises an error', '(3, 4)'],
    correctIndex: 3,
    explanation:
      'Broadcasting treats b as shape (1, 4); each size-1 dimension stretches to match the other array, giving (3, 4).',
  },
  {
    id: 'quiz.python-foundations.dot-product',
    area: 'python-foundations',
    prompt: 'What is the dot product of the vectors [1, 2, 3] and [4, 5, 6]?',
    options: ['32', '[4, 10, 18]', '21', '15'],
    correctIndex: 0,
    explanation: 'Multiply element by element and add: 1×4 + 2×5 + 3×6 = 4 + 10 + 18 = 32. [4, 10, 18] is the element-wise product before summing.',
  },
  {
    id: 'quiz.python-foundations.independent-events',
    area: 'python-foundations',
    prompt: 'A fair coin is flipped twice. What is the probability that both flips are heads?',
    options: ['0.5', '0.25', '0.75', '0.125'],
    correctIndex: 1,
    explanation: 'The flips are independent, so multiply the probabilities: 0.5 × 0.5 = 0.25.',
  },
  {
    id: 'quiz.python-foundations.robust-statistic',
    area: 'python-foundations',
    prompt: 'One salary in a small team is accidentally recorded as 100 times too large. Which summary changes least?',
    options: ['The mean', 'The standard deviation', 'The median', 'The range'],
    correctIndex: 2,
    explanation: 'The median depends only on the middle value(s), so a single extreme value barely moves it; the others are pulled by it.',
  },
  {
    id: 'quiz.python-foundations.left-join',
    area: 'python-foundations',
    prompt: 'You join `customers` to `orders`. Which join keeps customers who have never ordered?',
    options: ['INNER JOIN', 'CROSS JOIN', 'A WHERE clause on order id', 'customers LEFT JOIN orders'],
    correctIndex: 3,
    explanation: 'A left join keeps every row of the left table and fills the right-hand columns with NULL when there is no match.',
  },

  // --- ML modelling --------------------------------------------------------------------------
  {
    id: 'quiz.ml-modelling.overfitting',
    area: 'ml-modelling',
    prompt: 'A model scores 99% accuracy on training data but 70% on validation data. What is the most likely problem?',
    options: ['Overfitting', 'Underfitting', 'The learning rate is too low', 'The validation set is too large'],
    correctIndex: 0,
    explanation:
      'A large gap between training and validation performance means the model memorised the training data. Regularise, simplify the model or get more data.',
  },
  {
    id: 'quiz.ml-modelling.test-set',
    area: 'ml-modelling',
    prompt: 'Why should the test set stay untouched until the very end?',
    options: [
      'Because gradient descent reads it at every step to size its steps',
      'So it gives an unbiased estimate of performance on unseen data',
      'Because keeping it out of training makes every epoch run faster',
      'So it can be merged into the training data once tuning is complete',
    ],
    correctIndex: 1,
    explanation: 'Every decision made by looking at the test set fits the model to it a little, so its score stops reflecting new data.',
  },
  {
    id: 'quiz.ml-modelling.imbalanced-metric',
    area: 'ml-modelling',
    prompt:
      'Only 1% of transactions are fraud. A model that always predicts "not fraud" is 99% accurate. Which metric exposes how useless it is?',
    options: ['Overall accuracy', 'Training loss', 'Recall on the fraud class', 'R² of the labels'],
    correctIndex: 2,
    explanation: 'It catches none of the fraud cases, so its fraud recall is 0. Accuracy hides this because the majority class dominates.',
  },
  {
    id: 'quiz.ml-modelling.leakage',
    area: 'ml-modelling',
    prompt: 'You fit a StandardScaler on the full dataset and only then split into train and test. What is wrong?',
    options: [
      'Nothing; scaling is a fixed formula that never depends on the data',
      'The model will underfit because the scaled features lose their variance',
      'Scaling must happen after training, or the learned weights are invalid',
      'Test-set statistics leak into training, so the test score is optimistic',
    ],
    correctIndex: 3,
    explanation: 'The scaler learned means and variances from test rows. Fit preprocessing on the training split only, ideally inside a Pipeline.',
  },
  {
    id: 'quiz.ml-modelling.regularisation',
    area: 'ml-modelling',
    prompt: 'What does L2 regularisation (as in ridge regression) do?',
    options: [
      'Penalises large weights, which reduces overfitting',
      'Removes rows with missing values',
      'Increases the learning rate over time',
      'Guarantees every weight becomes exactly zero',
    ],
    correctIndex: 0,
    explanation: 'It adds the sum of squared weights to the loss, shrinking weights towards zero. Driving weights to exactly zero is more typical of L1.',
  },
  {
    id: 'quiz.ml-modelling.learning-rate',
    area: 'ml-modelling',
    prompt: 'During training, the loss jumps around and keeps getting larger. What is the most likely cause?',
    options: ['Too much training data', 'A learning rate that is too high', 'Too few input features', 'A test set that is too small'],
    correctIndex: 1,
    explanation: 'Steps that are too large overshoot the minimum and can diverge. Lower the learning rate.',
  },
  {
    id: 'quiz.ml-modelling.unsupervised',
    area: 'ml-modelling',
    prompt: 'Which of these is an unsupervised learning task?',
    options: [
      'Predicting house prices from past sales',
      'Classifying emails as spam using labelled examples',
      'Grouping customers by behaviour when no labels exist',
      'Forecasting next month\'s sales from labelled history',
    ],
    correctIndex: 2,
    explanation: 'Clustering finds structure without target labels; the other tasks all learn from known answers.',
  },
  {
    id: 'quiz.ml-modelling.regression-metric',
    area: 'ml-modelling',
    prompt: 'Which metric suits a model that predicts house prices?',
    options: ['Accuracy (share of exact matches)', 'F1 score', 'Area under the ROC curve (ROC AUC)', 'Root mean squared error (RMSE)'],
    correctIndex: 3,
    explanation: 'Predicting a continuous value is regression; RMSE measures the typical size of the error in price units. The others are classification metrics.',
  },
  {
    id: 'quiz.ml-modelling.rag-vs-fine-tune',
    area: 'ml-modelling',
    prompt: 'A chatbot must answer questions about internal policies that change every week. Which approach fits best?',
    options: [
      'Retrieval-augmented generation over the current policy documents',
      'Fine-tune the model again every week on the newest policy documents',
      'Train a new language model from scratch',
      'Rely on the base model\'s general knowledge of company policies',
    ],
    correctIndex: 0,
    explanation: 'RAG fetches the latest documents at question time, so updates need a re-index, not retraining, and answers can cite their source.',
  },

  // --- MLOps & deployment ----------------------------------------------------------------------
  {
    id: 'quiz.mlops-deployment.data-drift',
    area: 'mlops-deployment',
    prompt: 'What does "data drift" mean for a deployed model?',
    options: [
      'The model file on disk has been corrupted, so predictions come back garbled',
      'Live input data no longer follows the distribution the model was trained on',
      'The training job runs a little slower each week as the dataset grows',
      'Two engineers edit the same dataset at once',
    ],
    correctIndex: 1,
    explanation: 'When inputs shift (new customer types, changed sensors), a model can quietly lose accuracy even though nothing in the code changed.',
  },
  {
    id: 'quiz.mlops-deployment.docker',
    area: 'mlops-deployment',
    prompt: 'What is the main reason to package a model service in a Docker image?',
    options: [
      'It makes the model more accurate because the container tunes its hyperparameters',
      'It replaces the need for tests',
      'The same environment and dependencies run everywhere, from laptop to cloud',
      'It encrypts the model weights so nobody can copy them',
    ],
    correctIndex: 2,
    explanation: 'A container pins the OS libraries, Python version and packages, removing "works on my machine" failures.',
  },
  {
    id: 'quiz.mlops-deployment.mlflow',
    area: 'mlops-deployment',
    prompt: 'What is MLflow mainly used for?',
    options: [
      'Orchestrating containers across a cluster and restarting them when they fail',
      'Labelling images and text for supervised training, with a review queue for annotators',
      'Writing SQL queries',
      'Tracking experiment parameters, metrics and artefacts, and registering model versions',
    ],
    correctIndex: 3,
    explanation: 'MLflow records what each run used and produced and keeps a registry of model versions; container orchestration is Kubernetes\' job.',
  },
  {
    id: 'quiz.mlops-deployment.batch-inference',
    area: 'mlops-deployment',
    prompt: 'Every night you score all customers for the next day\'s email campaign. Which serving pattern fits?',
    options: [
      'A scheduled batch inference job',
      'A low-latency REST endpoint called once per customer',
      'Running the model in each customer\'s browser',
      'Retraining the model for every prediction',
    ],
    correctIndex: 0,
    explanation: 'Nobody waits on these predictions, so one scheduled batch job is simpler and cheaper than an always-on endpoint.',
  },
  {
    id: 'quiz.mlops-deployment.ci',
    area: 'mlops-deployment',
    prompt: 'What should the CI pipeline of a model service run on every change?',
    options: [
      'Nothing; a model is a statistical object, so unit tests cannot say anything useful about it',
      'Automated tests, including data-schema and minimum-quality checks, before anything deploys',
      'A full retrain on all historical data, with no checks',
      'Only a code formatter',
    ],
    correctIndex: 1,
    explanation: 'Unit tests catch code bugs, schema checks catch broken inputs and a quality threshold stops a worse model from shipping.',
  },
  {
    id: 'quiz.mlops-deployment.canary',
    area: 'mlops-deployment',
    prompt: 'What is it called when a new model version first receives a small share of live traffic while you compare it with the old one?',
    options: ['A backfill job', 'A cold start', 'A canary release', 'A feature store'],
    correctIndex: 2,
    explanation: 'A canary limits the damage if the new model misbehaves; traffic moves over gradually once its metrics hold up.',
  },
  {
    id: 'quiz.mlops-deployment.reproducibility',
    area: 'mlops-deployment',
    prompt: 'What do you need to rebuild a deployed model exactly, months later?',
    options: [
      'Only the final model file, since the weights already contain everything the model learned',
      'Only the training notebook, because re-running it top to bottom recreates the same model every time',
      'The accuracy score from the launch announcement',
      'The code version, a snapshot or version of the data, the hyperparameters and the pinned environment',
    ],
    correctIndex: 3,
    explanation: 'A model is the product of code, data, settings and library versions; losing any one of them makes it impossible to rebuild faithfully.',
  },
  {
    id: 'quiz.mlops-deployment.delayed-labels',
    area: 'mlops-deployment',
    prompt: 'True outcomes for your predictions arrive only weeks later. What can you monitor right away?',
    options: [
      'The distributions of input features and of the predictions themselves',
      'Live accuracy, computed from the predictions as they are served to users',
      'Live recall',
      'Nothing until the labels arrive',
    ],
    correctIndex: 0,
    explanation: 'Accuracy needs labels, but shifts in inputs or prediction rates are visible immediately and are early warnings of trouble.',
  },
];
