import type { BankQuestion } from '../bank.types.ts';
import { q } from './make-question.ts';

/** Curated questions for data science, machine learning and data engineering, keyed by canonical name. */
export const DATA_ML_QUESTIONS: Record<string, BankQuestion[]> = {
  'Machine Learning': [
    q(
      'junior',
      'What are overfitting and underfitting, and how do you detect them?',
      'Checks the most fundamental concept in applied machine learning.',
      'An overfit model memorises noise in the training data, scoring well on training data but poorly on unseen data, while an underfit model is too simple to capture the signal and scores poorly on both. Comparing training and validation performance, or plotting learning curves, reveals which one you have. Overfitting is reduced with more data, regularisation, simpler models or early stopping, and underfitting with richer features or more capacity.',
    ),
    q(
      'mid',
      'How do you evaluate a classifier on an imbalanced dataset, such as fraud detection?',
      'Tests metric choice and awareness that accuracy misleads.',
      'With 1% positives, predicting "not fraud" always gives 99% accuracy and is useless, so I look at precision, recall, F1 and the precision-recall curve instead. The decision threshold is chosen from the business cost of false positives versus false negatives, not left at 0.5. Training can use class weights or resampling, and evaluation must use a stratified split, or a time-based split when patterns drift.',
    ),
    q(
      'senior',
      'What is data leakage and how have you seen it inflate model results?',
      'Looks for hard-won experience with misleading offline metrics.',
      'Leakage is when information unavailable at prediction time gets into training, such as a feature computed after the outcome, target encoding fitted on the full dataset, or random splits on time-ordered data. The symptom is offline metrics that look too good and collapse in production. I prevent it by fitting all preprocessing inside cross-validation pipelines, splitting by time or by entity, and checking every feature against what is actually known at the prediction moment.',
    ),
  ],
  'Deep Learning': [
    q(
      'junior',
      'How does backpropagation train a neural network?',
      'Checks the basic training mechanism.',
      'A forward pass computes predictions and a loss, then backpropagation applies the chain rule from the loss back through each layer to compute the gradient of the loss with respect to every weight. An optimiser such as SGD or Adam updates the weights a small step against the gradient, scaled by the learning rate. Repeating this over mini-batches and epochs gradually reduces the loss.',
    ),
    q(
      'mid',
      'What techniques help train deep networks that will not converge or overfit?',
      'Tests practical model training experience.',
      'For convergence I check the learning rate first, often with warm-up and a decay schedule, and use normalisation layers, residual connections and sensible initialisation to keep gradients healthy, with gradient clipping against explosions. Against overfitting I use data augmentation, dropout, weight decay and early stopping on a validation set. Overfitting a tiny batch first is a quick check that the pipeline and model can learn at all.',
    ),
    q(
      'senior',
      'How does the attention mechanism in transformers work, and why did it replace RNNs for many tasks?',
      'Checks understanding of the architecture behind modern models.',
      'Each token is projected into query, key and value vectors, and attention weights come from a softmax of scaled query-key dot products, so each output is a weighted mix of values from all positions. Unlike RNNs, all positions are processed in parallel and long-range dependencies are one step away, which trains much faster on GPUs and scales with data. The cost is quadratic in sequence length, which is why efficient attention variants and caching matter for long contexts.',
    ),
  ],
  TensorFlow: [
    q(
      'junior',
      'How do you build and train a model with Keras in TensorFlow?',
      'Checks basic hands-on TensorFlow usage.',
      'I define the model with the Sequential or Functional API by stacking layers, call `compile` with an optimiser, a loss and metrics, then `fit` on training data with a validation split. Callbacks such as EarlyStopping and ModelCheckpoint stop training when validation loss stalls and save the best weights. `evaluate` and `predict` then run on held-out data.',
    ),
    q(
      'mid',
      'How does `tf.data` help with input pipeline performance?',
      'Tests knowledge of a common training bottleneck.',
      'A `tf.data` pipeline streams and transforms data in parallel with `map(num_parallel_calls)`, batches it and uses `prefetch` so the next batch is prepared while the accelerator trains on the current one. `cache` avoids repeating expensive preprocessing across epochs when data fits. Without this, GPUs often sit idle waiting on I/O, which profiling reveals as low utilisation.',
    ),
    q(
      'senior',
      'How would you deploy a TensorFlow model for low-latency serving?',
      'Checks production ML serving knowledge.',
      'I export a SavedModel with an explicit serving signature and serve it with TensorFlow Serving or a managed endpoint, enabling request batching to use the hardware efficiently. For edge or mobile, TensorFlow Lite with quantisation shrinks and speeds up the model. The preprocessing used in training must be identical in serving, ideally by including it in the exported graph.',
    ),
  ],
  PyTorch: [
    q(
      'junior',
      'What does a basic PyTorch training loop look like?',
      'Checks hands-on PyTorch skills.',
      'For each batch from a DataLoader, I move tensors to the device, run the forward pass, compute the loss, call `optimizer.zero_grad()`, `loss.backward()` and `optimizer.step()`. The model is switched with `model.train()` for training and `model.eval()` plus `torch.no_grad()` for validation, which changes dropout and batch-norm behaviour and saves memory. Forgetting to zero gradients makes them accumulate across batches.',
    ),
    q(
      'mid',
      'How do you speed up training and reduce GPU memory in PyTorch?',
      'Tests practical optimisation skills.',
      'Mixed precision with `torch.autocast` and bfloat16 or a gradient scaler roughly halves memory and speeds up tensor-core maths. Gradient accumulation simulates larger batches, activation checkpointing trades compute for memory, and `torch.compile` fuses operations. Data loading with several workers and pinned memory prevents the GPU from waiting, which the profiler confirms.',
    ),
    q(
      'senior',
      'How do you train a PyTorch model across multiple GPUs?',
      'Checks distributed training knowledge.',
      'DistributedDataParallel runs one process per GPU, each with a model replica and a shard of data from a DistributedSampler, and all-reduces gradients after the backward pass. When the model does not fit on one GPU, FSDP shards parameters, gradients and optimiser state across devices. Learning-rate scaling with the global batch size, checkpointing and consistent seeding need attention.',
    ),
  ],
  pandas: [
    q(
      'junior',
      'How do you handle missing values in a pandas DataFrame?',
      'Checks basic data cleaning in pandas.',
      'I first measure them with `isna().sum()` and understand why they are missing, since the right treatment depends on it. Options are dropping rows or columns with `dropna`, filling with `fillna` using a constant, median or forward fill for time series, or adding an indicator column. Imputation for modelling should be fitted on training data only.',
    ),
    q(
      'mid',
      'Why is iterating over rows slow in pandas and what do you do instead?',
      'Tests understanding of vectorised computation.',
      'pandas stores columns as NumPy arrays, so column-wise operations run in compiled code, while `iterrows` or `apply` with a Python function calls the interpreter per row. I use vectorised arithmetic, `np.where` or `np.select` for conditionals, the `.str` and `.dt` accessors, and `merge` or `map` for lookups. This routinely gives speed-ups of 10 to 100 times.',
    ),
    q(
      'senior',
      'How would you work with a dataset that does not fit in memory with pandas?',
      'Checks judgement about scaling data tools.',
      'First I shrink it: read only needed columns, use smaller dtypes and `category` for repeated strings, and store data as Parquet. If it still does not fit, I process in chunks with `chunksize` for aggregations that can be combined, or switch to tools built for it such as Polars, DuckDB or Spark. Pushing filters and aggregations into the database is often the simplest answer.',
    ),
  ],
  NumPy: [
    q(
      'junior',
      'What is broadcasting in NumPy?',
      'Checks a core NumPy concept.',
      'Broadcasting lets NumPy combine arrays of different shapes without copying data by aligning trailing dimensions and stretching dimensions of size 1. For example, subtracting a per-column mean of shape `(3,)` from a matrix of shape `(100, 3)` works directly. Mismatched shapes raise an error, and unintended broadcasting, such as `(n,)` against `(n, 1)`, can silently produce an `(n, n)` result.',
    ),
    q(
      'mid',
      'What is the difference between a view and a copy in NumPy?',
      'Tests awareness of memory semantics that cause subtle bugs.',
      'Basic slicing returns a view that shares memory with the original, so modifying the slice modifies the source array, while fancy indexing with integer arrays or boolean masks returns a copy. Views are cheap and useful for large data but surprising if you expect independence. `np.shares_memory` checks it, and an explicit `.copy()` makes intent clear.',
    ),
  ],
  'scikit-learn': [
    q(
      'mid',
      'Why use a `Pipeline` in scikit-learn?',
      'Checks correct ML workflow with scikit-learn.',
      'A Pipeline chains preprocessing such as scaling, encoding with a ColumnTransformer and imputation with the final estimator, so `fit` learns every step on training data only. Inside cross-validation or a grid search this prevents leakage from the validation folds into preprocessing. It also packages the whole model as one object for deployment.',
    ),
    q(
      'senior',
      'How do you tune hyperparameters in scikit-learn without fooling yourself?',
      'Tests rigorous model selection.',
      'I search with `RandomizedSearchCV` or `GridSearchCV` over a pipeline using cross-validation on the training set, with a scoring metric that matches the business goal. The final estimate comes from an untouched test set, or from nested cross-validation when data is scarce, because the best CV score is optimistically biased. For time series I use `TimeSeriesSplit` rather than shuffled folds.',
    ),
  ],
  'Natural Language Processing': [
    q(
      'mid',
      'How has text representation evolved from bag-of-words to embeddings in Natural Language Processing?',
      'Checks breadth of NLP knowledge.',
      'Bag-of-words and TF-IDF represent documents as sparse word counts, which work well for simple classification but ignore order and meaning. Word embeddings like word2vec map words to dense vectors where similar words are close, and transformer models produce contextual embeddings in which the same word differs by sentence. Today a pretrained transformer, fine-tuned or used for embeddings, is the default starting point.',
    ),
    q(
      'senior',
      'How would you build a text classifier for a domain with little labelled data?',
      'Tests pragmatic NLP system design.',
      'I would first try a pretrained model zero-shot or few-shot, or train a light classifier on top of sentence embeddings, which needs only hundreds of examples. Then I improve labels with active learning, labelling the examples the model is least certain about, and fine-tune once enough data exists. A strong TF-IDF and logistic-regression baseline keeps the comparison honest.',
    ),
  ],
  'Computer Vision': [
    q(
      'mid',
      'How does a convolutional neural network work for image tasks?',
      'Checks foundational computer vision knowledge.',
      'Convolutional layers slide small learned filters over the image, sharing weights across positions, so early layers detect edges and textures and deeper layers detect parts and objects. Pooling or strided convolutions reduce spatial size and increase the receptive field. Weight sharing makes CNNs far more parameter-efficient than dense layers on pixels, though vision transformers now compete at large scale.',
    ),
    q(
      'senior',
      'How do you get a good computer vision model with limited labelled images?',
      'Tests practical transfer-learning experience.',
      'Start from a model pretrained on a large dataset and fine-tune it, freezing early layers at first, which needs far fewer labels. Data augmentation such as crops, flips and colour jitter, chosen to match real variation, further reduces overfitting. Self-supervised pretraining on unlabelled domain images and careful error analysis on hard classes usually beat collecting random extra labels.',
    ),
  ],
  'Large Language Models': [
    q(
      'junior',
      'What are tokens and context windows in Large Language Models?',
      'Checks basic vocabulary for working with LLMs.',
      'Models read and write tokens, sub-word pieces that average roughly three to four characters of English text, and pricing and limits are counted in tokens. The context window is the maximum number of tokens of input plus output the model handles in one call. Anything outside it is invisible to the model, so long documents need chunking, summarisation or retrieval.',
    ),
    q(
      'mid',
      'What is retrieval-augmented generation (RAG) and when do you use it instead of fine-tuning?',
      'Tests practical LLM application architecture.',
      'RAG retrieves relevant passages from your own data, usually via embedding similarity search plus keyword search, and puts them in the prompt so the model answers from current, citable sources. It suits knowledge that changes or is private, and lets you update data without retraining. Fine-tuning is better for teaching a format, style or narrow task behaviour, and the two can be combined.',
    ),
    q(
      'senior',
      'How do you evaluate and harden an application built on Large Language Models before production?',
      'Checks maturity about quality, safety and cost of LLM systems.',
      'I build an evaluation set of real and adversarial inputs with expected properties and score outputs automatically where possible, using exact checks, schema validation and model-graded rubrics calibrated against human review, and run it on every prompt or model change. Outputs are validated against a schema, grounded answers are checked against sources, and untrusted content is treated as data to limit prompt injection. Latency, cost per request, rate limits and fallbacks are monitored like any other dependency.',
    ),
  ],
  'Generative AI': [
    q(
      'mid',
      'What techniques reduce hallucinations in Generative AI applications?',
      'Checks practical reliability techniques.',
      'Grounding answers in retrieved sources and instructing the model to answer only from them, with citations, is the main lever. Structured outputs validated against a schema, lower temperature for factual tasks, and letting the model say "I don\'t know" also help. Automated checks that claims appear in the sources, plus human review for high-stakes outputs, catch what remains.',
    ),
    q(
      'senior',
      'What risks do you consider before shipping a Generative AI feature to customers?',
      'Tests responsible deployment thinking.',
      'I consider prompt injection and data exfiltration through tools, leakage of personal or confidential data to third-party providers, harmful or biased outputs, intellectual property questions and regulatory duties such as transparency. Mitigations include least-privilege tool access, input and output filtering, data-processing agreements and retention settings, human oversight for consequential actions, and clear disclosure to users. Monitoring and a kill switch let you respond fast when something goes wrong.',
    ),
  ],
  MLOps: [
    q(
      'mid',
      'What does an MLOps pipeline include beyond training a model?',
      'Checks understanding of the ML lifecycle.',
      'It covers versioned data and features, reproducible training with tracked parameters and metrics in a tool like MLflow, a model registry with approval stages, and automated deployment. In production it adds monitoring of prediction quality and input drift, plus retraining triggers. The goal is that any deployed model can be traced to its code, data and configuration.',
    ),
    q(
      'senior',
      'How do you detect and respond to model drift in production?',
      'Tests operational ML maturity.',
      'I monitor input feature distributions against the training baseline with statistics such as population stability index, and prediction distributions, since labels often arrive late. When ground truth arrives, I track actual performance by segment. Alerts lead to investigation, not automatic retraining, because drift can stem from a broken upstream pipeline rather than a changed world.',
    ),
  ],
  Statistics: [
    q(
      'junior',
      'What is a p-value, and what does it not tell you?',
      'Checks correct interpretation of a commonly misused concept.',
      'A p-value is the probability of seeing data at least as extreme as observed if the null hypothesis were true. It is not the probability that the null is true, and it says nothing about the size or practical importance of an effect. Reporting effect sizes with confidence intervals gives a much more useful picture.',
    ),
    q(
      'mid',
      'What is the difference between correlation and causation, and how can you get closer to causal claims?',
      'Tests analytical rigour.',
      'Two variables can move together because of a confounder, reverse causality or chance, so correlation alone cannot show that one causes the other. Randomised experiments break confounding by design and are the gold standard. With observational data, methods such as difference-in-differences, regression discontinuity, instrumental variables or matching support causal claims under stated assumptions.',
    ),
    q(
      'senior',
      'How do you handle multiple comparisons when analysing many metrics or segments?',
      'Checks awareness of false discovery in exploratory analysis.',
      'Testing 20 metrics at a 5% significance level will produce about one false positive by chance, so findings from slicing data many ways are suspect. I pre-register a primary metric, apply corrections such as Bonferroni for strict control or Benjamini-Hochberg to control the false discovery rate, and treat other findings as hypotheses for a follow-up test. Being explicit about how many things were tested is half the battle.',
    ),
  ],
  'Data Analysis': [
    q(
      'junior',
      'Walk me through how you approach a new data analysis request.',
      'Checks structured thinking from question to insight.',
      'I clarify the business question and the decision it supports, then find the data and check its quality: missing values, duplicates, outliers and whether definitions match what the stakeholder means. I explore and analyse, starting simple with segments and trends, and validate surprising results. I finish with a clear recommendation and the caveats, not just charts.',
    ),
    q(
      'mid',
      'How do you make sure your analysis is correct before sharing it?',
      'Tests rigour and self-checking habits.',
      "I reconcile totals against a trusted source such as a finance report, check row counts before and after each join to catch duplication, and sanity-check magnitudes against what I know about the business. I look for Simpson's paradox by breaking results down by key segments. Where possible, a colleague reviews the query or notebook, which is easy when the work is reproducible.",
    ),
    q(
      'senior',
      'Metrics dropped 15% week over week. How do you investigate?',
      'Looks for a fast, systematic root-cause method.',
      'First I rule out data issues: tracking changes, pipeline delays, definition changes or bot filtering. Then I check calendar effects like holidays and compare with the same period last year, and decompose the metric into its drivers, such as traffic times conversion, to see which component moved. Segmenting by platform, region, channel and release version usually isolates the cause, which I confirm with the team that owns it.',
    ),
  ],
  'Data Science': [
    q(
      'mid',
      'How do you decide whether a business problem needs machine learning at all?',
      'Checks pragmatism and business sense.',
      'I start with the decision to be improved and a baseline: a heuristic, a business rule or a simple statistical model. Machine learning is worth it when patterns are too complex for rules, enough representative labelled data exists, and the value of better predictions outweighs the cost of building and maintaining a model. Often a good analysis or a simple rule delivers most of the value.',
    ),
    q(
      'senior',
      'How do you communicate the results of a model to non-technical stakeholders?',
      'Tests influence and translation of technical work into decisions.',
      'I translate metrics into business terms, such as "of 100 flagged customers, 70 would churn, and we catch 60% of churners", and show the trade-off between catching more and false alarms. Examples of individual predictions and the main drivers build trust, and I am explicit about limitations and where the model should not be used. The conversation ends with a decision and how we will measure it.',
    ),
  ],
  'Data Engineering': [
    q(
      'mid',
      'What makes a data pipeline reliable?',
      'Checks engineering discipline in data work.',
      'Reliable pipelines are idempotent, so re-running a day overwrites rather than duplicates, and they handle late or out-of-order data deliberately. They validate data with schema and quality checks, such as null rates, uniqueness and row-count expectations, failing loudly or quarantining bad data. Lineage, monitoring of freshness, and alerting to owners make issues visible before stakeholders find them.',
    ),
    q(
      'senior',
      'When would you choose batch processing and when streaming?',
      'Tests architectural trade-off thinking.',
      'Batch is simpler, cheaper and easier to reprocess, and suits reporting and models that tolerate hourly or daily latency. Streaming fits use cases that need results in seconds, such as fraud detection, alerting or live personalisation, but brings complexity around state, ordering, exactly-once semantics and late events. Many systems use streaming for ingestion and batch for heavy transformations.',
    ),
  ],
  'Data Visualization': [
    q(
      'junior',
      'How do you choose the right chart for your data?',
      'Checks basic visualisation literacy.',
      'I choose by the question: line charts for trends over time, bar charts for comparing categories, histograms or box plots for distributions, and scatter plots for relationships between two variables. Pie charts work only for a few parts of a whole, and 3D effects distort. Bars should start at zero, because truncated axes exaggerate differences.',
    ),
    q(
      'mid',
      'How do you design a chart so the main message is clear?',
      'Tests storytelling with data.',
      'I state the takeaway in the title, such as "Churn doubled after the price change", and remove clutter like heavy gridlines and unnecessary legends. Colour highlights the key series while others are grey, and direct labels replace legends when possible. Colour-blind-safe palettes and annotations for key events make the chart readable for everyone.',
    ),
  ],
  ETL: [
    q(
      'junior',
      'What is the difference between ETL and ELT?',
      'Checks data integration vocabulary.',
      'ETL transforms data before loading it into the target, which made sense when warehouse compute was expensive and schemas were strict. ELT loads raw data into a cloud warehouse first and transforms it there with SQL, using its scalable compute and keeping raw data for reprocessing. Most modern stacks use ELT with tools like Fivetran and dbt.',
    ),
    q(
      'mid',
      'How do you load data incrementally instead of reloading everything?',
      'Tests practical pipeline design.',
      'I track a high-water mark such as an `updated_at` timestamp or an increasing ID and extract only newer rows, or use change data capture from the database log to get inserts, updates and deletes. Loads use merge or upsert on a key so re-runs stay idempotent, with a lookback window for late-arriving rows. Deletes need special handling, such as soft-delete flags or CDC events.',
    ),
  ],
  'Apache Spark': [
    q(
      'junior',
      'What are transformations and actions in Apache Spark?',
      'Checks the basic Spark execution model.',
      'Transformations such as `filter`, `select` and `join` are lazy and only build a logical plan. Actions such as `count`, `collect` or `write` trigger execution, when the optimiser turns the plan into stages of tasks across executors. Calling `collect` on a large dataset pulls everything to the driver and can crash it.',
    ),
    q(
      'mid',
      'What is a shuffle in Apache Spark and why is it expensive?',
      'Tests performance understanding.',
      'Wide operations such as `groupBy`, `join` and `repartition` need rows with the same key on the same partition, so data is written to disk and sent across the network between stages. This costs I/O, network and serialisation and is often the bottleneck. Broadcast joins for small tables, filtering and selecting columns early, and pre-partitioning reduce shuffles.',
    ),
    q(
      'senior',
      'How do you deal with data skew in an Apache Spark job?',
      'Checks deep tuning experience.',
      'Skew shows up as a few tasks running far longer than the rest because some keys have huge numbers of rows. Adaptive Query Execution can split skewed partitions in joins automatically, and otherwise I salt the hot keys by adding a random suffix and aggregating in two steps, or handle the hot keys separately with a broadcast join. The Spark UI task-duration and shuffle-size distribution confirms the diagnosis.',
    ),
  ],
  'Apache Airflow': [
    q(
      'mid',
      'What are DAGs, tasks and operators in Apache Airflow, and what makes a good task?',
      'Checks orchestration fundamentals.',
      'A DAG defines tasks and their dependencies plus a schedule, and operators are task templates for running Python, SQL, containers and more. Good tasks are idempotent and atomic, parameterised by the logical date of the run so backfills and retries produce the same result. Heavy processing should run in the systems the tasks call, not inside the scheduler workers.',
    ),
    q(
      'senior',
      'What are common pitfalls when running Apache Airflow at scale?',
      'Tests operational experience.',
      'Top-level code in DAG files runs on every parse, so slow imports or database calls there slow the whole scheduler. Passing large data through XCom, non-idempotent tasks that break on retries, and catch-up runs flooding the system after a pause are other frequent problems. I keep DAG files light, use pools and concurrency limits, and alert on SLA misses and task failures.',
    ),
  ],
  'Apache Kafka': [
    q(
      'junior',
      'What are topics, partitions and consumer groups in Apache Kafka?',
      'Checks the core Kafka model.',
      'A topic is a named, append-only log split into partitions, which are the unit of parallelism and ordering. Producers choose a partition, usually by hashing the message key, so all events for one key stay in order. Within a consumer group each partition is read by exactly one consumer, so adding consumers up to the partition count scales processing.',
    ),
    q(
      'mid',
      'What delivery guarantees does Apache Kafka offer and how do you avoid duplicates?',
      'Tests reliability design with Kafka.',
      'By default you get at-least-once delivery: if a consumer crashes after processing but before committing its offset, messages are reprocessed. Producers should use `acks=all` with idempotence enabled to avoid loss and duplicate writes, and consumers should commit after processing and make processing idempotent, for example with upserts keyed by event ID. Kafka transactions provide exactly-once within Kafka for read-process-write pipelines.',
    ),
    q(
      'senior',
      'How do you handle consumer lag and poison messages in Apache Kafka?',
      'Checks operating Kafka-based systems in production.',
      'I monitor lag per partition and scale consumers up to the partition count, then look for slow downstream calls or rebalancing storms caused by long processing exceeding `max.poll.interval.ms`. A message that always fails should not block its partition forever, so after bounded retries it goes to a retry topic or dead-letter topic with context for later inspection. Schema validation through a schema registry prevents many poison messages in the first place.',
    ),
  ],
  dbt: [
    q(
      'mid',
      'What does dbt add to SQL transformations in a warehouse?',
      'Checks understanding of the analytics engineering workflow.',
      'dbt turns SQL `select` statements into models with dependencies declared through `ref`, building them in the right order as tables, views or incremental models. It adds tests such as unique and not-null, documentation and lineage graphs, and version control with code review. This brings software engineering practices to analytics code.',
    ),
    q(
      'senior',
      'How do you structure a dbt project for a growing team?',
      'Tests maintainability of analytics codebases.',
      'I layer models into staging models that clean and rename each source one-to-one, intermediate models for reusable logic, and marts organised by business domain. Naming conventions, tests on primary keys and key relationships, and source freshness checks keep quality visible. CI builds only modified models and their children against production data to keep feedback fast.',
    ),
  ],
  Databricks: [
    q(
      'mid',
      'What is the lakehouse approach in Databricks and what does Delta Lake add?',
      'Checks understanding of the Databricks platform.',
      'A lakehouse keeps data in open formats on cheap object storage but adds warehouse features on top. Delta Lake adds a transaction log to Parquet files, giving ACID transactions, schema enforcement, time travel and efficient upserts with `MERGE`. Spark, SQL warehouses and ML workloads then all operate on the same tables.',
    ),
    q(
      'senior',
      'How do you optimise Delta tables and control costs in Databricks?',
      'Tests platform performance and cost tuning.',
      'Many small files slow queries, so I compact them with `OPTIMIZE` and use liquid clustering or Z-ordering on common filter columns to improve data skipping, and `VACUUM` removes old files. On the cost side, job clusters instead of all-purpose clusters, autoscaling with auto-termination, and Photon or serverless for SQL workloads make a big difference. Unity Catalog centralises access control and lineage.',
    ),
  ],
  'Research Skills': [
    q(
      'junior',
      'How do you find reliable information on a topic that is new to you?',
      'Checks basic research method and judgement of sources.',
      'I start from sources with a track record, such as review articles, official documentation and standards, and follow their references to the original work. For each source I note who wrote it, when and on what evidence, and I look for a second, independent source before I rely on a claim. I keep my notes and links in one place so that I can show how I reached a conclusion.',
    ),
    q(
      'mid',
      'How would you design a small study to answer a practical question?',
      'Tests research design: the question, the method, bias and the analysis.',
      'I first narrow the question until it can be answered and decide which result would change a decision. I choose the method that fits, such as a survey, interviews, an experiment or existing data, and I plan the sample and the analysis before collecting anything, so the data cannot steer the method. I write down the likely biases and limits up front and report them with the results.',
    ),
    q(
      'senior',
      'How do you make sure others can check and reproduce your research?',
      'Checks rigour and transparency in research work.',
      'I write the protocol down before I start and keep the data, the code and a short log of every change of plan under version control. The analysis runs from the raw data to the figures in one script, so anyone can rerun it, and I share the materials openly where ethics and licences allow. Before publishing I ask a colleague to reproduce the main result from what I shared.',
    ),
  ],
  'Peer Review': [
    q(
      'junior',
      'What do you look for first when you review a manuscript?',
      'Checks that the candidate reviews the substance of a paper, not only its style.',
      'I first check whether the question is clear and whether the methods can actually answer it: the design, the sample and the analysis. Then I check that the conclusions follow from the results and do not go beyond them, and only after that the figures, references and writing. I keep major problems apart from minor ones so the authors and the editor see what matters.',
    ),
    q(
      'mid',
      'How do you write a peer review that is critical but useful to the authors?',
      'Tests the tone, structure and fairness of a review.',
      'I start with a short summary of what the paper claims, so the authors see that I understood it. Each major comment names the problem, explains why it matters for the conclusions and suggests what would fix it, such as an extra analysis or a softer claim. I criticise the work, never the people, I say what is strong as well, and I separate my recommendation to the editor from the comments to the authors.',
    ),
  ],
  'Data Management': [
    q(
      'junior',
      'How do you keep a shared data set organised so that others can use it?',
      'Checks basic data organisation habits.',
      'I use a clear folder structure and file names with dates and versions, and I keep the raw data read-only, apart from the cleaned data. A short README describes each file, its columns, units and source, and how the cleaned data was produced. I back the data up and note who may access it, especially when it holds personal information.',
    ),
    q(
      'mid',
      'What goes into a data management plan for a project?',
      'Tests knowledge of planning data across its life cycle.',
      'In a data management plan I set out what data the project will collect or reuse, in which formats, and how it will be documented with metadata. It covers storage and backup, who has access, how personal or sensitive data is protected and how long the data is kept. It ends with how the data will be shared or archived, and under which licence, so that others can find and reuse it.',
    ),
    q(
      'senior',
      'How do you improve data management across teams that each keep data their own way?',
      'Checks the ability to raise data practice across an organisation.',
      'I start with an inventory of the main data sets, their owners and their problems, and pick the few where poor management costs the most. With their owners I agree on light standards for naming, metadata, access and retention, and back them with tools and templates rather than rules alone. I measure progress by how quickly people can find and trust the data they need.',
    ),
  ],
  Mathematics: [
    q(
      'junior',
      'Explain what a derivative tells you, with an example from your studies or work.',
      'Checks grasp of basic calculus and the ability to explain it.',
      'A derivative is the rate at which one quantity changes as another changes, the slope of its curve at a point. I meet it most often when training a model: the derivative of the error with respect to a parameter tells gradient descent which way to move it. A derivative of zero marks a flat point, which may be a minimum, a maximum or a saddle.',
    ),
    q(
      'mid',
      'Where has linear algebra helped you solve a practical problem?',
      'Tests the ability to apply mathematics, not only recall it.',
      'I used it to fit a model by least squares: the data became a matrix, and a QR decomposition gave the coefficients more stably than the normal equations. Seeing the columns as vectors showed me why two nearly identical features made the result unstable. Dropping one of them, or adding a small regularisation term, fixed it.',
    ),
    q(
      'senior',
      'How do you check that a mathematical model of a real problem is good enough to rely on?',
      'Checks judgement in modelling and validation.',
      'I write down the assumptions and check each against data or people who know the domain, then test the model on cases where the answer is known. I look at how sensitive the results are to the inputs I am least sure of. If a small change in an uncertain input changes the decision, I say so and either improve that input or present a range instead of a single number.',
    ),
  ],
  'Big Data': [
    q(
      'junior',
      "What makes data 'big', and why can it not be processed like an ordinary file?",
      'Checks understanding of why big data needs different tools.',
      "Data is big when it no longer fits in one machine's memory or one machine cannot process it in the time available, because of its volume, its speed of arrival or its variety. The work then has to be split across many machines, each processing the part of the data stored near it. I use tools such as Spark that handle that distribution, the retries and the combining of results.",
    ),
    q(
      'mid',
      'How do you store a large data set so that analytical queries on it are fast?',
      'Tests knowledge of storage formats and partitioning.',
      'I use a compressed columnar format such as Parquet, so queries read only the columns they need. The data is partitioned by the field most queries filter on, usually a date, with files of a few hundred megabytes rather than many small ones. Statistics kept in the files then let the engine skip whole blocks that cannot match.',
    ),
    q(
      'senior',
      'How do you design a pipeline that reliably processes billions of events a day?',
      'Checks architecture and reliability thinking at scale.',
      'Events land in a durable log such as Kafka, so producers and consumers are decoupled and data can be replayed. I make processing idempotent and keyed, so a retry or a replay counts nothing twice, and handle late data with windows and watermarks. I monitor lag, throughput and data quality at each stage and keep the raw events, so any result can be recomputed.',
    ),
  ],
  'Artificial Intelligence': [
    q(
      'junior',
      'What is the difference between artificial intelligence, machine learning and deep learning?',
      'Checks the basic vocabulary of the field.',
      'Artificial intelligence is the broad aim of making computers do tasks that need intelligence, by any method, hand-written rules included. Machine learning is the part of it where systems learn patterns from data instead of being given rules, and deep learning is machine learning with many-layered neural networks. When I choose an approach I start with the simplest of these that solves the problem.',
    ),
    q(
      'mid',
      'How would you decide whether an AI model is ready to be used in a product?',
      'Tests practical evaluation of AI systems.',
      'I evaluate it on data that looks like real use, including difficult and rare cases, against a simple baseline and against the error rate the product can accept. I check for failures that matter more than the average suggests, such as errors concentrated on one group of users. Then I run it on a small share of real traffic, or with a person reviewing its output, before it acts on its own.',
    ),
    q(
      'senior',
      'What risks do you weigh before deploying an AI system, and how do you manage them?',
      'Checks awareness of responsible AI practice.',
      "I look at who could be harmed by a wrong or biased output, what data the system uses and whether we may use it, and how it could be misused or attacked, for example through prompt injection. Each risk gets a mitigation: human review where the stakes are high, tests for bias and robustness, logging, and a way for users to report problems. I document the system's purpose and limits and review them as its use changes.",
    ),
  ],
  'Open Science': [
    q(
      'junior',
      'What does open science mean to you in practice?',
      'Checks familiarity with open research practices.',
      'For me it means making openly available what others need to check and build on my research: the publication through open access, and the data, code and materials behind it under clear licences. It also means describing methods fully and, where it fits, registering the study plan in advance. I aim for research that others can verify, reuse and learn from.',
    ),
    q(
      'mid',
      'How do you share research data openly while protecting the people in it?',
      'Tests balancing openness with ethics and privacy.',
      'I plan sharing from the start, with consent forms that allow it. Before release I remove direct identifiers and check combinations of fields that could identify someone, coarsening or aggregating them where needed. Sensitive data goes to a repository with controlled access, and I publish its metadata and code openly so others know the data exists and how to request it.',
    ),
    q(
      'senior',
      'How would you encourage open science practices in a research group or institution?',
      'Checks the ability to change research culture.',
      'I make the open choice the easy one: templates for data management plans, a shared repository and short trainings on licences and preregistration. I point to early successes, such as citations of shared data sets, and work with leaders so that open outputs count in hiring and evaluation. I start with the willing groups and let their results persuade the others.',
    ),
  ],
  Metadata: [
    q(
      'junior',
      'What is metadata, and why does it matter for a collection or a data set?',
      'Checks basic understanding of metadata.',
      'Metadata is data that describes other data or objects: who made them, when, what they contain, their format and how they may be used. I see it as what lets people find, understand and trust a resource without opening it. Without good metadata a collection is hard to search and a data set is hard to reuse correctly.',
    ),
    q(
      'mid',
      'How do you choose a metadata standard and keep records consistent?',
      'Tests practical metadata work.',
      "I start from what the users need to do and from the standards our community already uses, such as Dublin Core, DataCite or a discipline's own schema, so records can be shared and harvested. I write a short local guide with required fields, controlled vocabularies and examples. Validation rules and regular spot checks of new records keep the quality consistent as more people contribute.",
    ),
    q(
      'senior',
      'How would you plan the migration of a large catalogue to a new metadata schema?',
      'Checks the ability to lead a metadata migration.',
      'I map every field of the old schema to the new one with the people who use the catalogue, and note where values must be split, merged or enriched. I test the mapping on a representative sample, fix the problems it reveals and only then run the full migration with scripts that log every change. Afterwards I compare counts and sample records against the source and keep the old data until users have confirmed the new catalogue works.',
    ),
  ],
  Bioinformatics: [
    q(
      'junior',
      'What are the main steps of analysing sequencing data, from reads to results?',
      'Checks familiarity with a basic bioinformatics workflow.',
      'I start with quality control of the raw reads, for example with FastQC, and trim adapters and low-quality bases. The reads are then aligned to a reference genome, or quantified directly for RNA-seq, and the resulting files are checked again. After that come the analysis-specific steps, such as variant calling or differential expression, and I document every tool version and parameter.',
    ),
    q(
      'mid',
      'How do you make a bioinformatics pipeline reproducible?',
      'Tests reproducibility practice in computational biology.',
      'I write the pipeline in a workflow manager such as Snakemake or Nextflow, so every step, input and output is explicit. Tools run in containers or pinned Conda environments, the code and configuration are under version control, and reference data are recorded with their versions. I test the pipeline on a small data set in CI and keep a log of each run, so anyone can rerun it and get the same result.',
    ),
    q(
      'senior',
      'How do you work with biologists to turn a research question into an analysis plan?',
      'Checks collaboration and study design in bioinformatics.',
      'I start by asking what decision or claim the analysis should support and what a convincing result would look like to them. Together we check the experimental design, especially replicates, controls and batch effects, before any data are produced if possible. I then write a short plan with the methods, the checks and the expected outputs, and we review intermediate results together so biology and statistics stay aligned.',
    ),
  ],
  'Data Cleaning': [
    q(
      'junior',
      'What do you check first when you receive a new data set to clean?',
      'Checks basic data cleaning habits.',
      'I look at its shape and types first: how many rows, which columns, and whether numbers, dates and categories were read as such. Then I count missing values, duplicates and values outside a plausible range, and list the spellings of each category. I write down every problem I find before I change anything, so the cleaning is deliberate and can be explained.',
    ),
    q(
      'mid',
      'How do you make data cleaning reproducible and safe to rerun?',
      'Tests disciplined, scripted cleaning.',
      'I never edit the raw data: every step is a script that reads the raw file and writes a cleaned one, kept under version control. Each rule, such as how duplicates are chosen or how a missing value is filled, is written in the code with a comment on why. Checks at the end assert what the cleaned data must satisfy, so a new delivery with new problems fails loudly instead of slipping through.',
    ),
    q(
      'senior',
      'How do you decide whether to drop, fill or flag bad records?',
      'Checks judgement about the effect of cleaning on results.',
      'I first ask why the values are bad and whether they are missing at random, because dropping records that fail for a reason biases the result. Where a value can be recovered from another source I recover it; where filling would invent information I keep the record and flag it. I report how many records each rule touched and check that the main results do not hinge on that choice.',
    ),
  ],
  GIS: [
    q(
      'junior',
      'What is the difference between vector and raster data in GIS?',
      'Checks basic GIS concepts.',
      'Vector data represent features as points, lines and polygons with attributes, such as wells, roads or parcels. Raster data are a grid of cells with a value each, such as elevation or satellite imagery. I choose vector for discrete features I need to query and raster for values that vary continuously across space.',
    ),
    q(
      'mid',
      'Why do coordinate reference systems matter, and how do you handle them?',
      'Tests practical handling of projections.',
      'Every layer is stored in a coordinate reference system, and layers in different systems do not line up or give wrong distances and areas. I check the system of each input, reproject everything to one suited to the area and the measurement, such as an equal-area projection for areas, and record it in the project. Most errors I have seen in maps come from a missing or wrongly assumed system.',
    ),
    q(
      'senior',
      'How would you build a repeatable spatial analysis that others can run?',
      'Checks reproducible GIS workflows.',
      'I script the analysis, in Python with GeoPandas or in R with sf, or as a documented model in QGIS, rather than clicking through it. Inputs are versioned with their sources and dates, the coordinate system and parameters are set in one place, and outputs are written with metadata. A colleague reruns it on a small area before the full run, so the steps are proven to work without me.',
    ),
  ],
  'Data Quality': [
    q(
      'junior',
      'What checks would you run on a new data set before using it?',
      'Checks basic data-quality habits.',
      'I look at the shape first: row counts against what the source says, missing values per column, duplicates on the key, and value ranges and categories that should not occur. I compare a few totals with a number I trust, such as a monthly figure from finance. I write down what I found and how I handled it, so anyone using my result knows its limits.',
    ),
    q(
      'mid',
      'How would you stop bad data from reaching a dashboard that people rely on?',
      'Tests automated data-quality controls.',
      'I put checks where the data enters and after each transformation: not-null and uniqueness on keys, accepted values, referential integrity, and row counts or totals compared with the previous load. A failed critical check stops the load and alerts the owner, while a warning only flags it. The dashboard shows when the data was last refreshed and checked, so people know whether to trust it today.',
    ),
    q(
      'senior',
      'How would you improve data quality across an organisation, not just in one pipeline?',
      'Checks data-quality ownership at scale.',
      "I give each important data set an owner in the team that produces it, with a few agreed quality measures such as completeness, freshness and accuracy, tracked on a shared page. Problems are fixed at the source system, not patched downstream, and recurring issues go into the owning team's backlog. I start with the data behind the decisions that matter most, and show the cost of the errors we avoid so the work keeps its support.",
    ),
  ],
  'Data Governance': [
    q(
      'junior',
      'What does data governance mean in day-to-day work?',
      'Checks a practical understanding of data governance.',
      'For me data governance means knowing who owns each data set, what it may be used for, who may see it and how long it is kept. Day to day I follow the classification of the data I handle, use the approved tools and places to store it, and ask the owner before I use it for something new. When I find data that nobody seems to own, I report it instead of working around it.',
    ),
    q(
      'mid',
      'How would you set up access rules for a data set that holds personal information?',
      'Tests governance of sensitive data.',
      'I start from the purposes the data may be used for and give access by role, with the least data each role needs: aggregated or pseudonymised where possible, full records only for those who must see them. Requests go through the data owner and are logged, and access is reviewed on a schedule and removed when people change roles. Retention and deletion rules are automated, so data does not outlive its purpose.',
    ),
    q(
      'senior',
      'How would you introduce data governance in an organisation that has none?',
      'Checks the ability to build governance that people follow.',
      'I start small and useful: a catalogue of the most important data sets with an owner, a definition and a sensitivity level each, and a few rules that solve problems people already feel, such as conflicting figures or unclear access. A small council with the data owners settles definitions and disputes. I measure progress by fewer conflicting numbers and faster, safer access, and add rules only where they earn their cost.',
    ),
  ],
  Experimentation: [
    q(
      'junior',
      'What is an A/B test, and what makes its result trustworthy?',
      'Checks the basics of controlled experiments.',
      'An A/B test shows two versions to randomly assigned groups at the same time and compares one agreed metric. I trust its result when the metric and the sample size were fixed before the start, the groups really are comparable, and the test ran long enough to cover normal weekly patterns. I also check that nothing else changed for one group only during the test.',
    ),
    q(
      'mid',
      'An experiment shows a significant lift after three days. Would you ship the change?',
      'Tests judgement about peeking, power and novelty effects.',
      'Not yet: looking at the result early and stopping when it looks good inflates false positives, unless the test was designed for sequential analysis. I would run it to the planned sample size, check a sample-ratio mismatch and the guardrail metrics, and look for a novelty effect that fades after the first days. If the lift holds and the guardrails are fine, I ship it and keep watching the metric afterwards.',
    ),
    q(
      'senior',
      'How would you build an experimentation practice in a product team?',
      'Checks the ability to make experimentation reliable and routine.',
      'I agree on a small set of metrics with clear definitions, including guardrails such as errors or cancellations, and use one platform that handles assignment, logging and analysis the same way every time. Each experiment has a written hypothesis, a sample size and a decision rule before it starts, and results, including the failures, go into a shared log. I review the practice regularly for common problems, such as too many metrics or tests stopped early.',
    ),
  ],
  'Reproducible Research': [
    q(
      'junior',
      'What does it take for someone else to reproduce your analysis?',
      'Checks the basics of reproducible work.',
      'They need the same data or a clear way to get it, the code that produced every number and figure, and the versions of the software I used. I keep all three together in one repository with a short README that says how to run it from start to finish. I test that by running it on a clean machine, or asking a colleague to, before I share the results.',
    ),
    q(
      'mid',
      'How do you make a research project reproducible from the start?',
      'Tests reproducibility habits built into the workflow.',
      'I set up a repository with a fixed folder structure, keep raw data read-only, and write every step as code rather than doing it by hand. Dependencies are pinned with an environment file or a container, random seeds are set, and one command rebuilds the results and the figures. I record decisions and changes of plan in the commit history, so the path from data to paper can be followed.',
    ),
    q(
      'senior',
      'How would you encourage reproducible research in a group that does not practise it?',
      'Checks the ability to change a research culture.',
      'I start with what helps people now: a project template that already contains the structure, the environment file and a script to build the results, and a short workshop on using it. New projects use the template, and papers are checked for a working package before submission. I highlight the time saved when a reviewer asks for a change or a student takes over a project, which convinces more people than rules do.',
    ),
  ],
  'Digital Preservation': [
    q(
      'junior',
      'What are the main risks to digital files kept for a long time?',
      'Checks awareness of digital preservation risks.',
      'The main risks are storage failing or being lost, file formats that future software can no longer open, and losing the context that says what a file is and where it came from. Files can also change silently through corruption or careless editing. I address them with several copies in different places, open or widely used formats, and good metadata from the start.',
    ),
    q(
      'mid',
      'How would you check that files in a digital archive have not changed?',
      'Tests fixity checking in practice.',
      'I record a checksum, such as SHA-256, for each file when it enters the archive and store it with its metadata. A scheduled job recalculates the checksums and compares them, and any mismatch is reported and repaired from another copy. I keep a log of every check and every repair, so we can show that the collection stayed intact.',
    ),
    q(
      'senior',
      'How would you set up a digital preservation programme for an institution?',
      'Checks the ability to plan preservation at scale.',
      'I start with a policy that says what we preserve, for how long and to what level, based on a recognised model such as OAIS and a self-assessment against a maturity framework. Then I put the basics in place: several copies in different locations, fixity checks, format identification and a plan for migrating formats at risk. The programme has an owner, a budget line and a yearly review, because preservation fails when it depends on one project or one person.',
    ),
  ],
  'Archival Processing': [
    q(
      'junior',
      'What are the main steps in processing a new archival collection?',
      'Checks the basic archival workflow.',
      "I start with an accession record and a survey of the collection: its creator, extent, condition and any restrictions. Then I arrange the material, keeping the creator's original order where it exists, rehouse it in archival folders and boxes, and note anything fragile or sensitive. I finish with a finding aid that describes the collection at the level of detail the material and its users need.",
    ),
    q(
      'mid',
      'How do you decide how much detail to give when describing a collection?',
      'Tests judgement about processing levels.',
      "I match the detail to the collection's research value and the resources we have: a collection-level or series-level description often makes material usable quickly, with folder or item level only where users need it. I follow a descriptive standard such as DACS, so the description can be extended later without redoing it. I record what was done and what remains, so the next archivist can pick it up.",
    ),
    q(
      'senior',
      'How would you reduce a large processing backlog?',
      'Checks strategy for archival backlogs.',
      'I would survey the whole backlog first to know its size, condition and research demand, then set priorities with curators and the reading room. Most collections get minimal processing to a consistent standard, so everything becomes discoverable, and full processing is saved for the most used or most at-risk material. I track progress in linear metres and collections made available each month, and adjust staffing and priorities with those figures.',
    ),
  ],
  'Quantitative Analysis': [
    q(
      'junior',
      'How would you summarise a data set for someone who has not seen it?',
      'Checks basic descriptive analysis.',
      'I start with what each row is and how many there are, then give the few numbers that matter for the question: typical values with the median as well as the mean, the spread, and how the main groups compare. A simple chart often says more than a table. I also mention missing or odd data, so the person knows the limits of what they are looking at.',
    ),
    q(
      'mid',
      'How do you decide whether a difference between two groups is real?',
      'Tests statistical reasoning in practice.',
      'I look at the size of the difference first and whether it matters in practice, then at the uncertainty around it, with a confidence interval or a suitable test. I check that the groups are comparable, because a difference can come from who is in each group rather than from what we changed. If the data cannot tell the difference from noise, I say so and estimate how much more data would be needed.',
    ),
    q(
      'senior',
      'Your analysis contradicts what senior leaders believe. How do you present it?',
      'Checks rigour and influence with quantitative findings.',
      'I check the analysis again first, ideally with a colleague reviewing the data and the method, because a surprising result deserves extra care. Then I present the finding with its uncertainty, the evidence behind it and the most likely reasons it differs from what people expected. I offer a way to test it further, such as a pilot, so the discussion moves to evidence rather than opinions.',
    ),
  ],
  'Data Mining': [
    q(
      'junior',
      'What is data mining, and how is it different from reporting?',
      'Checks understanding of pattern discovery.',
      "Reporting answers questions we already have, such as last month's sales by region, while data mining looks for patterns we did not know to ask about, such as groups of customers who behave alike or items often bought together. I use methods such as clustering, association rules and classification for it. A pattern only counts once I have checked that it holds on other data and means something to the people who would act on it.",
    ),
    q(
      'mid',
      'How do you avoid finding patterns that are only chance?',
      'Tests awareness of false discoveries.',
      'When I search many patterns, some will look strong by chance, so I keep part of the data aside and confirm each pattern on it before reporting. I correct for the number of comparisons, prefer simple patterns over complex ones, and ask whether there is a plausible reason behind each. Where I can, I test the most useful pattern with a small experiment.',
    ),
    q(
      'senior',
      'How would you turn a data mining project into something the business uses?',
      'Checks delivery of mining results into decisions.',
      'I start from a decision the business wants to improve, such as which customers to contact or which products to stock together, and agree how we would measure an improvement. The patterns we find are turned into a rule, a score or a segment that fits into the tools people already use, with a short explanation of why it works. I measure the result against the previous way of deciding and retire the model when it stops helping.',
    ),
  ],
  'Scholarly Communication': [
    q(
      'junior',
      'What happens to a research article between submission and publication?',
      'Checks basic knowledge of scholarly publishing.',
      'The editor checks that the article fits the journal, then sends it to peer reviewers, who recommend acceptance, revision or rejection. The authors revise in response to the reviews, often more than once, and after acceptance the article is copy-edited, typeset and published with a persistent identifier such as a DOI. I also advise authors to share a preprint before or during this process, where their field and the journal allow it.',
    ),
    q(
      'mid',
      'How would you advise a researcher who wants to make their article open access?',
      'Tests practical knowledge of open access routes.',
      "I would check what their funder and institution require, then explain the routes: publishing in an open access journal, possibly with a fee the institution may cover, or depositing the accepted manuscript in a repository under the journal's policy. I help them check the publisher's conditions and choose a licence, usually CC BY. I also make sure the data and code are shared or cited as the funder expects.",
    ),
    q(
      'senior',
      'How would you support a university in changing how it publishes and evaluates research?',
      'Checks strategic work in scholarly communication.',
      'I would start with the policies that shape behaviour: how research is evaluated for hiring and promotion, and what funders require, and work with the people who set them. Practical services come alongside: a repository that is easy to deposit in, agreements with publishers, and support for sharing data and software. I measure progress by the share of outputs openly available and by how evaluation practice changes.',
    ),
  ],
  'Data Standards': [
    q(
      'junior',
      'Why do data standards matter when several organisations share data?',
      'Checks the purpose of data standards.',
      'A data standard fixes the meaning, the format and the allowed values of each field, so data from different sources can be combined without guessing. Without one, the same thing is called different names, dates come in several formats and categories do not match. I always check which standard applies before I create or transform a data set others will use.',
    ),
    q(
      'mid',
      'How would you map an existing data set to a standard?',
      'Tests practical standard mapping.',
      "I compare each field of the data set with the standard's terms and write a mapping table: direct matches, fields that need a conversion, such as units or code lists, and fields with no match. I convert with a script so it can be repeated, and validate the result with the standard's own validator or schema. Gaps and decisions are documented, so users know what was changed.",
    ),
    q(
      'senior',
      'How would you introduce a common data standard across teams that each have their own formats?',
      'Checks leading standard adoption.',
      'I would pick an existing community standard where one fits rather than invent one, and agree with the teams which parts they need now. Tools do most of the work: templates, validators and converters from their current formats, and a clear owner who maintains the profile and answers questions. I start with the data that is shared most, show the time saved, and extend it from there.',
    ),
  ],
  Robotics: [
    q(
      'junior',
      'What are the main parts of a robotic system?',
      'Checks a working picture of robotics.',
      'A robot senses its surroundings with sensors such as cameras, lidar or encoders, decides what to do with its control and planning software, and acts through motors and actuators. Perception turns sensor data into a picture of the world, planning chooses a path or a motion, and control makes the hardware follow it. I find it helps to test each part in simulation before running it on the real robot.',
    ),
    q(
      'mid',
      'How do you take a robot behaviour from simulation to real hardware?',
      'Tests sim-to-real practice.',
      'I develop and test the behaviour in a simulator first, with sensor noise and delays close to the real ones. On the hardware I start at low speed with limits and an emergency stop, log everything, and compare what the robot does with the simulation. The differences, such as friction, latency or calibration errors, go back into the simulator or the controller until the two agree well enough.',
    ),
    q(
      'senior',
      'How would you make a robot safe to work near people?',
      'Checks safety engineering in robotics.',
      'I start with a risk assessment of the tasks and the ways the robot could hurt someone, following the safety standards for the type of robot. Safety functions such as speed and force limits, protective stops and monitored zones run on certified hardware or separate safety controllers, not only in the main software. I test them, document them and have them reviewed before people work near the robot, and again after every significant change.',
    ),
  ],
  'Digital Humanities': [
    q(
      'junior',
      'What kinds of projects does digital humanities cover?',
      'Checks a working picture of the field.',
      'Digital humanities uses computing to study and share culture and history: digitised collections and editions, text analysis of large corpora, maps and networks of people and places, and online exhibitions. I see it as research questions from the humanities answered with data and code, with the sources always in view. I usually start a project by asking what question the digital method can answer better than reading alone.',
    ),
    q(
      'mid',
      'How would you prepare a collection of historical texts for computational analysis?',
      'Tests practical text preparation.',
      'I start with the best available transcriptions, checking the quality of any OCR and correcting where errors would distort the analysis. I encode the texts in a standard such as TEI where structure matters, normalise spelling carefully while keeping the original, and record the metadata of each document. Every step is a script, so the corpus can be rebuilt and others can check my choices.',
    ),
    q(
      'senior',
      'How do you make a digital humanities project last after its funding ends?',
      'Checks sustainability of digital projects.',
      'I plan for it from the start: open standards and formats, data deposited in a trusted repository with a persistent identifier, and code in a public repository with documentation. I keep the website as simple as possible, or plan a static version, because complex platforms stop working when nobody maintains them. An agreement with the library or an institution to host and preserve the outputs is part of the project plan.',
    ),
  ],
  Mixpanel: [
    q(
      'junior',
      'In Mixpanel, what is the difference between an event property and a user profile property?',
      'Checks understanding of the Mixpanel data model.',
      "An event property describes the moment an action happened, such as the plan or device when a user clicked Checkout, and it never changes afterwards. A user profile property describes the user's current state, such as their current plan or country, and it is overwritten when it changes. I use event properties to analyse behaviour at the time and profile properties to segment users as they are now.",
    ),
    q(
      'mid',
      'How would you use Mixpanel funnels and retention reports to find where new users drop off during onboarding?',
      'Tests practical product analysis in Mixpanel.',
      'I build a funnel with the key onboarding events, such as Sign Up, Create Project and Invite Teammate, and set a sensible conversion window like seven days. I break it down by properties such as platform or acquisition source to see where the drop is worst, and click a step to save the users who dropped off as a cohort. Then I use a Retention report from sign-up to a core action to check whether users who complete onboarding actually keep coming back.',
    ),
    q(
      'senior',
      'How would you set up a tracking plan and data governance for Mixpanel across several product teams so reports stay trustworthy?',
      'Looks for judgement on analytics governance at scale.',
      'I agree a tracking plan with a naming convention such as object and past-tense action, like Report Created, with defined properties and owners for each event. Critical events like purchases are sent from the server rather than the browser, and I set up identity management so anonymous activity merges correctly with the signed-in user. I keep separate development and production projects, document and hide or merge events in Lexicon, and review new events before release so the data does not drift.',
    ),
  ],
  'Mathematical Modeling': [
    q(
      'junior',
      'When you start a Mathematical Modeling task, how do you get from a real-world problem to a set of equations?',
      'Checks the basic modelling workflow of variables, assumptions and equations.',
      'I first pin down the question the model must answer and list the quantities involved, separating inputs, parameters and outputs, each with units. Then I write my simplifying assumptions down explicitly, such as a constant growth rate or a well-mixed population, and express the relationships as equations, for example the logistic equation dP/dt = rP(1 - P/K). I check that the units balance, solve it analytically or numerically, and compare the predictions with a few known data points before trusting it.',
    ),
    q(
      'mid',
      'In a Mathematical Modeling project, how do you estimate unknown parameters from data and judge how far to trust them?',
      'Tests practical parameter estimation and uncertainty analysis.',
      'I fit parameters by minimising the mismatch between model output and observations, using least squares through scipy.optimize.curve_fit or least_squares for simple models, or maximum likelihood when the noise is not Gaussian. I then look at confidence intervals from the covariance matrix or from bootstrapping, and check identifiability, because two strongly correlated parameters cannot be separated by the data. A sensitivity analysis, varying each parameter and watching how the outputs move, tells me which parameters need better data.',
    ),
    q(
      'senior',
      'On a Mathematical Modeling engagement, how do you choose between a mechanistic model and a purely data-driven one, and defend that choice?',
      'Looks for judgement about model types, extrapolation and communicating uncertainty.',
      'I weigh how well the underlying mechanism is understood, how much data exists, and whether the model must extrapolate beyond observed conditions or predict the effect of interventions. A mechanistic model, such as an SEIR compartmental model or a mass-balance ODE, extrapolates better and has interpretable parameters, while a gradient-boosted or neural model usually predicts better inside the range of the data when the mechanisms are messy. I often combine them, fitting a mechanistic core and learning the residuals, and I defend the choice with out-of-sample tests under shifted conditions and a plain statement of assumptions and uncertainty for decision-makers.',
    ),
  ],
  'Time Series': [
    q(
      'junior',
      "Why shouldn't you use a random train/test split for Time Series data, and what do you do instead?",
      'Checks awareness of temporal leakage and proper validation.',
      "Observations in a time series are ordered and autocorrelated, so a random split leaks future information into training and gives over-optimistic scores. I split by time, training on an earlier period and testing on a later one, and for model selection I use rolling or expanding-window validation such as scikit-learn's TimeSeriesSplit. I also make sure lag and rolling-window features use only data that would have been available at prediction time.",
    ),
    q(
      'mid',
      'What checks do you run on a Time Series before fitting an ARIMA model?',
      'Tests practical diagnostics for classical time series modelling.',
      'I plot the series and decompose it, for example with STL, to see trend, seasonality and outliers, and I check for missing timestamps and irregular spacing. I test stationarity with the Augmented Dickey-Fuller and KPSS tests and difference or log-transform the series if needed, which sets the d term. Then I read the ACF and PACF plots to suggest AR and MA orders and the seasonal period, compare candidate models by AIC, and check with the Ljung-Box test that the residuals look like white noise.',
    ),
    q(
      'senior',
      'You need daily Time Series forecasts for 50,000 products across hundreds of stores. How would you design the approach?',
      'Looks for scalable forecasting design, evaluation and uncertainty handling.',
      'Fitting a separate ARIMA per series scales badly and struggles with sparse products, so I would train a global model such as LightGBM on lag, rolling, calendar, price and promotion features across all series, or a deep model like DeepAR if the data justify it. For intermittent items I would use Croston-style methods or forecast at a higher aggregation level, and reconcile forecasts across the product and store hierarchy. I would evaluate with rolling-origin backtests on a scale-free metric such as MASE or weighted MAPE, produce quantile forecasts because stock decisions need uncertainty, and run it as a scheduled pipeline with accuracy monitoring.',
    ),
  ],
  'Neural Networks': [
    q(
      'junior',
      'In Neural Networks, what job do activation functions do, and why is ReLU so common in hidden layers?',
      'Checks understanding of non-linearity and vanishing gradients.',
      'Without a non-linear activation, stacked layers collapse into one linear transformation, so activations are what let a network learn non-linear functions. I use ReLU in hidden layers because it is cheap and does not saturate for positive inputs, which eases the vanishing gradient problem that sigmoid and tanh cause in deep networks. Its weakness is dead units that always output zero, which Leaky ReLU or GELU address, and for the output layer I choose by task, such as sigmoid for binary and softmax for multi-class classification.',
    ),
    q(
      'mid',
      'Your Neural Networks model reaches 99% training accuracy but only 70% validation accuracy. What do you try?',
      'Tests practical handling of overfitting.',
      'That gap points to overfitting, so first I rule out data problems such as leakage or a distribution difference between the splits. Then I add regularisation through data augmentation, dropout, weight decay and early stopping on validation loss, and consider a smaller model or transfer learning from a pretrained backbone so fewer parameters are learned from scratch. More or cleaner labelled data usually helps most, and I compare learning curves after each change rather than changing everything at once.',
    ),
    q(
      'senior',
      'The training loss of a deep Neural Networks model diverges or stays flat. How do you debug it systematically?',
      'Looks for a disciplined approach to training instability.',
      "I first try to overfit a single small batch, and if the model cannot, the bug is in the code, such as misaligned labels, softmax applied before PyTorch's CrossEntropyLoss, or a missing optimizer.zero_grad(). Next I check inputs for NaNs and bad scaling, run a learning-rate range test, and log gradient norms and activation statistics per layer to spot exploding or vanishing gradients. Typical fixes are a lower learning rate with warm-up, gradient clipping, He initialisation, normalisation layers and residual connections, and with mixed precision I make sure loss scaling is on.",
    ),
  ],
  'Mathematical Optimization': [
    q(
      'junior',
      'In Mathematical Optimization, what is the difference between a linear program and a mixed-integer program?',
      'Checks fundamentals of problem classes and their difficulty.',
      'In a linear program the objective and constraints are linear and the variables are continuous, so the problem is convex and simplex or interior-point solvers find the global optimum efficiently even at large scale. A mixed-integer program adds variables restricted to integers, such as a yes-or-no decision to open a warehouse, which makes it NP-hard in general. Solvers like Gurobi, CPLEX, HiGHS or CBC tackle it with branch and bound plus cutting planes, so I use integer variables only where decisions are genuinely discrete.',
    ),
    q(
      'mid',
      'How would you formulate a staff scheduling problem with Mathematical Optimization, and which tools would you use?',
      'Tests the ability to turn a business problem into a solvable model.',
      'I define binary variables x[e,s] meaning employee e works shift s, an objective such as minimising cost or unmet preferences, and constraints for coverage per shift, maximum hours, minimum rest and required skills. I write it in a modelling layer such as Pyomo, PuLP or OR-Tools and solve it with a MIP solver like HiGHS or Gurobi, or with OR-Tools CP-SAT, which handles scheduling constraints well. I start with the hard constraints on a small instance to check feasibility, then add soft constraints as penalised slack variables so the model returns a best effort instead of simply reporting infeasible.',
    ),
    q(
      'senior',
      'A Mathematical Optimization model for vehicle routing takes hours to solve, but the business needs answers in minutes. What are your options?',
      'Looks for judgement on formulation, decomposition and heuristics under time limits.',
      "First I look at the formulation, because weak big-M constraints and symmetry often explain slow solves, so tighter formulations, symmetry breaking and valid inequalities can help a lot. I accept near-optimal answers by setting a MIP gap such as 1% and a time limit, warm-start from the previous day's plan, and decompose the problem, for instance clustering customers by region and solving each cluster separately. If exactness is not essential I switch to metaheuristics such as OR-Tools routing with guided local search or large neighbourhood search, and I benchmark against the exact model offline so the business knows what the speed-up costs.",
    ),
  ],
  'Web Analytics': [
    q(
      'junior',
      'In Web Analytics, how do sessions, users and pageviews differ, and why might the user count be inaccurate?',
      'Checks core metric definitions and their limitations.',
      'A pageview is a single page load, a session is a group of interactions that ends after a period of inactivity, 30 minutes by default in Google Analytics, and a user is identified by a cookie-based client ID. I know user counts are inflated because one person on several devices or browsers, or after clearing cookies, appears as several users, while consent refusals and ad blockers cause under-counting. Sending a user ID for logged-in visitors helps deduplicate across devices.',
    ),
    q(
      'mid',
      'How would you set up Web Analytics event tracking for a sign-up funnel with Google Tag Manager and GA4?',
      'Tests hands-on tracking implementation and validation.',
      'I write a tracking plan first with consistently named events and parameters, such as sign_up_start, form_submit and sign_up with a method parameter, ideally pushed to the dataLayer by developers rather than scraped from CSS selectors. In Google Tag Manager I create custom event triggers and GA4 event tags, test them in Preview mode and GA4 DebugView, and mark the final event as a key event, which GA4 previously called a conversion. Then I build a funnel exploration in GA4 to see drop-off between steps, segmented by device and traffic source.',
    ),
    q(
      'senior',
      'Marketing and product report different conversion numbers from Web Analytics and the back-end database. How do you reconcile them and build trust in the data?',
      'Looks for data-quality judgement and governance of metric definitions.',
      'I first align definitions: what counts as a conversion, time zones, attribution windows, and whether test and internal traffic are filtered out. Then I quantify known gaps, since client-side tags miss users who decline consent or run ad blockers, so the database is the source of truth for counts while analytics explains behaviour and channels. I export GA4 to BigQuery and join on a transaction ID to measure the match rate, consider server-side tagging and Consent Mode to reduce loss, and publish a documented metrics layer so everyone quotes the same numbers.',
    ),
  ],
  Physics: [
    q(
      'junior',
      'In a physics lab, how do you report a measurement together with its uncertainty?',
      'Checks basic handling of measurement uncertainty.',
      'I repeat the measurement where I can and take the mean, using the standard error of the mean as the random (Type A) uncertainty, and I estimate instrument resolution or calibration limits as Type B uncertainty. I combine independent contributions in quadrature and propagate them through any calculation with partial derivatives, as the GUM (Guide to the Expression of Uncertainty in Measurement) describes. I then quote the uncertainty to one or two significant figures, round the value to match and give units, for example 9.79 ± 0.03 m/s².',
    ),
    q(
      'mid',
      "How would you use physics to design an experiment that finds out why a sensor's readings drift over a working day?",
      'Tests experimental design and control of variables.',
      'I start from the physics to list candidate causes, such as thermal expansion, the temperature coefficient of the electronics, supply voltage changes or humidity, and estimate from known coefficients which could plausibly produce the size of drift we see. I then log the reading alongside temperature, voltage and humidity, and where possible change one factor at a time in a controlled setting, such as a climate chamber, while holding the others fixed. A reference sensor or a dummy shielded from the suspected input separates real signal from artefact. I fit the drift against each variable and check that the fitted coefficient agrees with the physical model before recommending a fix such as temperature compensation.',
    ),
    q(
      'senior',
      'How do you explain a physics-based risk to managers or clients with no physics background when a decision depends on it?',
      'Looks for clear communication of technical uncertainty to decision makers.',
      'I lead with the decision and what the physics means for it rather than with equations, for example that a design will exceed its thermal limit on hot days, with a rough likelihood and the margin involved. I use an analogy, one simple diagram or an order-of-magnitude estimate so people can see why, and I say plainly what we know, what is uncertain and what a test to reduce that uncertainty would cost. I check understanding by asking them to restate the trade-off, and I put the assumptions in a short written note so the reasoning survives after the meeting.',
    ),
  ],
  Biology: [
    q(
      'junior',
      'In a biology lab, why do you include positive and negative controls, and which would you use for a PCR?',
      'Checks understanding of experimental controls.',
      'Controls tell me whether a result reflects the biology or a failure of the method. For PCR I run a no-template control with water instead of DNA to detect contamination, and a positive control with a template known to amplify to confirm that the reagents, primers and cycling conditions worked. If the negative control shows a band I treat the whole run as unreliable, and I add an internal control such as a housekeeping gene when I need to show that the sample itself was amplifiable.',
    ),
    q(
      'mid',
      'When planning a biology experiment, how do you decide between biological and technical replicates and how many you need?',
      'Tests replication, statistical power and avoidance of pseudoreplication.',
      'Biological replicates, such as independent animals, donors or separately grown cultures, capture real biological variation and are what allow me to generalise, while technical replicates only measure the precision of the assay. I treat the biological replicate as the unit of analysis and average technical replicates rather than counting them in n, which avoids pseudoreplication. I estimate the number needed with a power analysis using the effect size and variance from pilot data or the literature, and with animals I follow the ARRIVE guidelines so the numbers are justified ethically as well as statistically.',
    ),
    q(
      'senior',
      'A key biology result in your group cannot be reproduced by a new team member. How do you handle it?',
      'Looks for scientific rigour and a healthy research culture.',
      'I treat it as a scientific question rather than a blame exercise: I compare lab notebooks, protocols, reagent lot numbers and cell line passage numbers between the original work and the repeat, and I authenticate the cell lines by STR profiling and test them for mycoplasma. If a variable explains the difference, we document it and update the SOP; if not, I would not build further work or a paper on that result until someone reproduces it independently and blind. I also make it normal in the group to report failed replications early, because hidden variability is common in biology and a culture that hides it costs far more than a delayed publication.',
    ),
  ],
  Epidemiology: [
    q(
      'junior',
      'In epidemiology, what is the difference between incidence and prevalence, and when would you report each?',
      'Checks core measures of disease frequency.',
      'Incidence is the number of new cases in a population at risk over a defined period, expressed as a risk or as a rate per person-time, while prevalence is the proportion of people who have the condition at a point or during a period. I report incidence when studying causes or the speed of spread, for example in an outbreak, and prevalence when planning services, because it reflects the burden of disease. For a stable chronic condition prevalence is roughly incidence multiplied by average duration, so better survival can raise prevalence even while incidence falls.',
    ),
    q(
      'mid',
      'How do you deal with confounding when analysing an observational epidemiology study?',
      'Tests practical methods for confounding control.',
      'I first draw a directed acyclic graph to decide which variables are confounders and which are mediators or colliders that I must not adjust for. At the design stage I can restrict or match, and at the analysis stage I use stratification with Mantel-Haenszel estimates, multivariable regression or propensity score methods, reporting both crude and adjusted estimates. I write up following the STROBE guidelines and add a sensitivity analysis, such as an E-value, to show how strong an unmeasured confounder would need to be to explain the association away.',
    ),
    q(
      'senior',
      'A health department asks you to set up epidemiology surveillance for a new infectious disease. What are your priorities?',
      'Looks for judgement in designing public health surveillance.',
      'I start with a clear case definition with confirmed, probable and possible categories, and agree what the system must achieve, such as early outbreak detection or estimating burden, because that decides whether passive, active, sentinel or syndromic surveillance fits. I keep the reporting form short, agree data flows and the legal basis with clinicians and laboratories, and build in checks on timeliness, completeness and data protection from day one. I feed epidemic curves and summaries back to the people who report, and I evaluate the system against the CDC guidelines for evaluating public health surveillance systems, looking at sensitivity, positive predictive value, timeliness and acceptability.',
    ),
  ],
  'Patient Care': [
    q(
      'junior',
      'What do you do at the start of a shift when you take over patient care for a group of patients?',
      'Checks safe handover and initial assessment habits.',
      "I take a structured handover, ideally at the bedside using SBAR, and check each patient's observations, NEWS2 score, medication chart, allergies, fluid balance and any outstanding tasks or results. I then do a quick safety round to introduce myself, check identity bands, call bells, lines and pressure areas, and see who looks unwell. From that I plan my priorities for the shift, starting with anyone who is deteriorating or has time-critical medication due.",
    ),
    q(
      'mid',
      'In patient care, how do you prioritise when several patients need you at the same time?',
      'Tests clinical prioritisation, delegation and escalation.',
      "I use the ABCDE approach and the early warning score, so a patient with an airway, breathing or circulation problem or a rising NEWS2 comes before comfort or routine requests. Time-critical tasks, such as insulin, antibiotics for suspected sepsis or Parkinson's medication, come next, and I delegate suitable tasks such as observations or personal care to healthcare assistants. I tell patients who have to wait when I will be back, and if the workload becomes unsafe I escalate to the nurse in charge rather than quietly cutting corners.",
    ),
    q(
      'senior',
      'As a senior nurse, how do you keep patient care safe and dignified on a ward under staffing pressure?',
      'Looks for leadership in safe staffing, dignity and documentation.',
      'I use an acuity tool such as the Safer Nursing Care Tool to match staffing to patient need, move staff between bays as needed, and escalate formally and record it when we fall below safe levels. I protect the fundamentals, such as intentional rounding, pressure area care, nutrition and privacy during personal care, because they are the first to slip and the most harmful to dignity. I keep documentation contemporaneous and in line with the NMC Code, encourage staff to report incidents and concerns through the local system such as Datix, and use incidents and patient feedback in debriefs so the team learns rather than blames.',
    ),
  ],
  'Spatial Analysis': [
    q(
      'junior',
      'In spatial analysis, what is the difference between a buffer and a spatial join, and how would you combine them to count homes within walking distance of a bus stop?',
      'Checks understanding of the basic geoprocessing operations.',
      'A buffer draws a zone at a fixed distance around each feature, while a spatial join attaches attributes from one layer to another based on how their geometries relate, such as a point falling within a polygon. For the bus stop question I would first reproject both layers to a metric coordinate system, buffer the stops by 400 metres and dissolve the overlaps. I then spatially join the home points to the buffers with a within or intersects predicate, for example with buffer and sjoin in GeoPandas, and count the matches. For a better spatial analysis I would later replace the straight-line buffer with a network service area, because real walking routes are longer.',
    ),
    q(
      'mid',
      'How would you use spatial analysis to test whether burglaries in a city are clustered rather than randomly spread?',
      'Tests knowledge of spatial statistics beyond making maps.',
      "I first turn counts into rates per household, because clusters of crime often just mirror clusters of people. For area data I build a spatial weights matrix, such as queen contiguity or k nearest neighbours, and compute global Moran's I with a permutation test to see whether similar values sit next to each other. To find where the clusters are, I use local statistics such as LISA or Getis-Ord Gi*, with a false discovery rate correction because I am testing every area, and for raw points I can use Ripley's K against complete spatial randomness. In Python I do this with PySAL's esda package, or in ArcGIS Pro with the Hot Spot Analysis tool.",
    ),
    q(
      'senior',
      'You are asked to recommend sites for 50 new electric vehicle charging hubs. How would you design the spatial analysis, and how do you handle the modifiable areal unit problem?',
      'Looks for sound judgement on location modelling and on how aggregation choices change results.',
      'I would model demand at a fine, consistent grid such as H3 hexagons, combining car ownership, traffic counts, existing chargers and planned housing, and measure access with travel times on the road network rather than straight-line distance, using tools like pgRouting or OSRM. The site choice itself is a location-allocation problem, such as maximal coverage or p-median, which I solve with a solver like OR-Tools under constraints for grid capacity and land availability. Because results can change when the same data are aggregated to different zones, which is the modifiable areal unit problem, I rerun the analysis at several resolutions and zonings. I present the sites that stay in the top set across those runs as robust and flag the ones that depend on the choice of units, so decision makers see the uncertainty in this spatial analysis.',
    ),
  ],
  Genomics: [
    q(
      'junior',
      'In genomics, how would you choose between whole-genome sequencing, whole-exome sequencing and a targeted gene panel?',
      'Checks understanding of the main sequencing strategies and their trade-offs.',
      'Whole-genome sequencing covers the entire genome, usually at around 30x depth, so it finds non-coding and structural variants and gives even coverage, but it costs the most and produces the most data to store and analyse. Whole-exome sequencing captures the roughly 1 to 2 percent of the genome that codes for protein, so it is cheaper and deeper per base but misses non-coding regions and has uneven capture. A targeted panel sequences a set of known genes at very high depth, which suits clinical diagnostics and low-frequency somatic variants in tumours. In my genomics work I choose by the research question, the budget per sample and how much depth I need.',
    ),
    q(
      'mid',
      'How do you filter and prioritise variants from a genomics trio study of a child with a suspected rare disease?',
      'Tests practical variant interpretation skills.',
      "I call variants jointly across the child and both parents, for example with GATK HaplotypeCaller and joint genotyping, and apply quality filters before annotating with VEP for consequence, gnomAD for population frequency, ClinVar for known classifications and scores such as CADD or REVEL. The trio lets me filter by inheritance model: de novo variants in the child, homozygous or compound heterozygous variants for recessive disease and hemizygous X-linked variants in boys. I rank the remaining candidates against the patient's phenotype using HPO terms, with a tool such as Exomiser, and classify the top candidates with the ACMG/AMP guidelines. Any reportable variant is confirmed by an orthogonal method such as Sanger sequencing before it goes back to the clinical team.",
    ),
    q(
      'senior',
      'How would you design a genomics association study of several thousand samples so that batch effects and population structure do not produce false hits?',
      'Looks for study design judgement and awareness of the classic confounders in large genomic studies.',
      'I randomise cases and controls across collection sites, extraction batches, plates and sequencing runs, and include replicate and reference samples, so technical batches cannot line up with the phenotype. Sample QC covers call rate, sex checks, heterozygosity, relatedness with a tool such as KING and ancestry, and variant QC covers call rate and Hardy-Weinberg equilibrium in controls. I adjust for population structure with principal components as covariates or with mixed models such as REGENIE or SAIGE, use the genome-wide significance threshold of 5 × 10⁻⁸ and check the QQ plot and genomic inflation factor. Findings are only claimed after replication in an independent cohort, and I plan consent and controlled data access, for example through the EGA, from the start of the genomics study.',
    ),
  ],
  Hadoop: [
    q(
      'junior',
      'How does HDFS store a large file across a Hadoop cluster, and what happens when a DataNode fails?',
      'Checks understanding of the core Hadoop storage layer.',
      'HDFS splits a file into large blocks, 128 MB by default, and stores each block on several DataNodes, three copies by default, with rack awareness so the copies are not all on one rack. The NameNode keeps only the metadata: the namespace and which DataNodes hold each block. DataNodes send heartbeats and block reports, and when one stops reporting, the NameNode marks it dead and copies its under-replicated blocks from the surviving replicas to other nodes. Because of that, I can lose a node in Hadoop without losing data, and clients simply read from another replica.',
    ),
    q(
      'mid',
      'Why are many small files a problem in Hadoop, and how would you fix a directory holding millions of them?',
      'Tests practical experience with a common Hadoop performance and stability issue.',
      "Every file, directory and block is an object in the NameNode's heap, roughly 150 bytes each, so millions of small files eat NameNode memory and slow down every metadata operation. Jobs also suffer, because each small file usually becomes its own input split and task, so the scheduling overhead outweighs the work. I would fix the source by batching writes at ingestion, then compact the existing data by rewriting it into ORC or Parquet files close to the block size, using a Spark or Hive job with settings such as hive.merge.mapfiles. For data that only needs archiving, Hadoop Archives or SequenceFiles pack many files into a few, and CombineFileInputFormat helps jobs that still have to read small files.",
    ),
    q(
      'senior',
      'Your company runs a large on-premise Hadoop cluster. How would you decide whether and how to move it to the cloud?',
      'Looks for migration judgement, cost awareness and risk management on a legacy big data platform.',
      'I would start with an inventory of what actually runs on the Hadoop cluster, such as Hive, Spark, HBase and Oozie jobs, who depends on them, how busy the cluster really is and what it costs in hardware, licences and staff. The main options are a lift-and-shift to a managed service such as Amazon EMR or Google Dataproc, or re-platforming onto object storage with Spark and an open table format such as Apache Iceberg or Delta Lake, which separates storage from compute and allows clusters that exist only while a job runs. Security needs its own plan, because Kerberos and Apache Ranger policies have to map to cloud IAM and encryption. I would migrate workload by workload, copying data with DistCp, running old and new in parallel and reconciling outputs before switching, and I would retire HBase or niche tools where a managed service does the job better.',
    ),
  ],
  'Signal Processing': [
    q(
      'junior',
      'In signal processing, what does the Nyquist sampling theorem say, and what goes wrong if you sample too slowly?',
      'Checks the most basic concept of digital signal processing.',
      'The theorem says that to capture a band-limited signal without loss I have to sample at more than twice its highest frequency component, which is why audio is sampled at 44.1 kHz to cover hearing up to about 20 kHz. If I sample too slowly, frequencies above half the sampling rate fold back and appear as false lower frequencies, which is called aliasing. Aliasing cannot be removed after sampling, because the aliased component is indistinguishable from a real one. That is why a signal processing chain puts an analogue anti-aliasing low-pass filter before the analogue-to-digital converter.',
    ),
    q(
      'mid',
      'In a signal processing task such as removing 50 Hz mains interference from ECG recordings, how would you choose between an FIR and an IIR filter?',
      'Tests practical filter design and awareness of phase distortion.',
      'FIR filters are always stable and can have exactly linear phase, so they preserve the waveform shape, but a sharp cut-off needs many taps. IIR filters such as Butterworth or notch designs reach a sharp response with few coefficients, at the cost of non-linear phase and possible instability. For 50 Hz hum I would use a narrow IIR notch, designed for example with scipy.signal.iirnotch, and run it with filtfilt offline so the phase distortion cancels and the QRS complex is not shifted. I check the result with a Welch power spectrum before and after and by overlaying beats, and for real-time use I would consider an adaptive filter that tracks drift in the mains frequency.',
    ),
    q(
      'senior',
      'How would you take a signal processing algorithm for machine vibration monitoring from a Python prototype to real-time firmware on a small microcontroller?',
      'Looks for end-to-end judgement on real-time constraints, numerical precision and verification.',
      'I first pin down the requirements: sampling rate, the fault frequencies of interest, the allowed latency and the CPU and memory budget. In the prototype I design block-based processing, with decimation as early as possible, Hann-windowed FFTs of power-of-two length with overlap, and a few features such as RMS, kurtosis and the envelope spectrum around bearing fault frequencies. On the device I use an optimised library such as CMSIS-DSP on an ARM Cortex-M, often in fixed-point, and I verify it against the floating-point prototype with recorded test vectors and an agreed error tolerance. I measure cycle counts on the hardware with margin to spare and send only features or alarms rather than raw data, which keeps the radio and power budget manageable.',
    ),
  ],
  RAG: [
    q(
      'junior',
      'In a RAG system, why do you split documents into chunks before embedding them, and how do you pick a chunk size?',
      'Checks understanding of the basic indexing step of retrieval-augmented generation.',
      'Embedding models have an input limit, and a single vector for a long document blurs many topics together, so retrieval becomes imprecise and whole documents would not fit in the prompt anyway. I usually start with chunks of a few hundred tokens with a small overlap, split on natural boundaries such as headings and paragraphs rather than at a fixed character count. Chunks that are too small lose context, and chunks that are too large dilute relevance and waste the context window. I keep metadata such as source, title and section with each chunk for citations and filtering, and I compare chunk sizes on a set of test questions rather than guessing.',
    ),
    q(
      'mid',
      'Users say your RAG chatbot often gives wrong answers. How do you find out whether retrieval or generation is at fault, and how do you improve retrieval?',
      'Tests the ability to evaluate and debug a retrieval pipeline systematically.',
      'I build a test set of real questions with the passages that should answer them and measure retrieval on its own, with recall at k and MRR, before looking at the generated answers. If the right passages are missing, I improve retrieval with hybrid search that combines BM25 and dense embeddings through reciprocal rank fusion, a cross-encoder re-ranker, better chunking, metadata filters or query rewriting. If the right passages are retrieved but the answer is still wrong, the problem is in the prompt or the model, and I measure faithfulness to the context with a framework such as Ragas or an LLM judge checked against human ratings. I run this evaluation on every change to the RAG pipeline so improvements are measured, not assumed.',
    ),
    q(
      'senior',
      'How would you design a RAG system over confidential company documents so that every user only sees content they are allowed to read, and the index stays current?',
      'Looks for security, data freshness and operational thinking in production retrieval systems.',
      "I store each document's access control list as metadata in the index and filter by the user's identity and groups from the identity provider at retrieval time, so forbidden text never reaches the prompt; filtering the answer afterwards is too late. Ingestion is incremental and driven by change events from the source systems, so new and edited documents are re-embedded and deleted ones or revoked permissions are removed within minutes. I version the embedding model and re-index fully when it changes, and treat retrieved text as untrusted input because documents can contain prompt injection. Audit logs of queries and retrieved sources, and regular permission tests with accounts of different roles, let me show the security team that the RAG system respects access rules.",
    ),
  ],
  'Survey Design': [
    q(
      'junior',
      'In survey design, what makes a question leading or double-barrelled, and how would you rewrite one?',
      'Checks knowledge of basic question-wording errors.',
      'A leading question nudges people towards an answer, such as "How much did you enjoy our excellent service?", and a double-barrelled question asks about two things at once, such as "Were the staff friendly and helpful?", so I cannot tell which part an answer refers to. I rewrite them as neutral questions about one thing each, such as "How friendly or unfriendly were the staff?", with a balanced response scale and a midpoint. In survey design I also avoid jargon, double negatives and vague time frames like "regularly". I pilot the questionnaire with a few cognitive interviews, asking people to think aloud, to catch questions they understand differently from how I meant them.',
    ),
    q(
      'mid',
      'For a survey design that must report results for each of five regions, how do you choose the sample and work out its size?',
      'Tests practical sampling and precision planning.',
      'I define the target population and find a sampling frame that covers it, then use stratified random sampling with region as the stratum, so each region gets enough responses instead of small regions being swamped by large ones. For a proportion at 95% confidence and a margin of error of plus or minus 5 points, the formula n = z²p(1−p)/e² gives about 385 completed responses per region when I assume p = 0.5. I inflate that for the design effect of any clustering and for the expected response rate, so with a 25% response rate I would invite about 1,540 people per region. Because small regions are oversampled, I weight the results back to the population when reporting national figures.',
    ),
    q(
      'senior',
      "An organisation's annual staff survey has a falling response rate and results that seem biased. How would you redesign the survey while keeping trends comparable?",
      'Looks for diagnosis of non-response bias and judgement on changing a long-running survey.',
      "I would first measure the bias rather than assume it, comparing respondents with the whole workforce on known characteristics such as department, grade and length of service, and checking which groups have dropped out. Then I would cut the questionnaire to what leaders actually act on, make it mobile-friendly, offer paper or kiosk options for staff without desks and plan reminders following Dillman's tailored design method. Real anonymity matters a lot here, so I would report only groups above a minimum size and say so clearly. To protect the trend, I would keep core questions word for word and run old and new versions in parallel for one cycle on split samples, so any break caused by the redesign can be estimated, and I would weight results to the workforce profile.",
    ),
  ],
  'Qualitative Research': [
    q(
      'junior',
      'In qualitative research, how do you turn a set of interview transcripts into findings using thematic analysis?',
      'Checks knowledge of a standard qualitative analysis method.',
      "I follow Braun and Clarke's approach: I read the transcripts several times to get familiar with them, then code them line by line, labelling meaningful segments with short descriptive codes. I group related codes into candidate themes, check each theme against the coded extracts and the whole data set, and then define and name the themes clearly. I keep a codebook and memos in a tool such as NVivo, ATLAS.ti or Dovetail, and I note cases that contradict a theme. The write-up presents each theme with representative quotes and says how widely it appeared in the qualitative research.",
    ),
    q(
      'mid',
      'How do you decide how many participants a qualitative research study needs, and when to stop recruiting?',
      'Tests understanding of sampling logic in qualitative work.',
      "There is no power calculation in qualitative research, so I base the number on the aim, how varied the participants are and how deep each conversation is, using ideas such as Malterud's information power. I use purposive sampling to cover the variation that matters, such as new and experienced users or different roles, rather than trying to be statistically representative. I plan an initial number, often around 12 to 20 interviews for a fairly focused question, and agree a stopping rule in advance, for example stopping when two or three further interviews add no new codes. I track new codes per interview as I go, so the decision to stop is documented rather than a feeling.",
    ),
    q(
      'senior',
      'Senior stakeholders dismiss your qualitative research findings as just anecdotes. How do you establish rigour and make the findings count?',
      'Looks for understanding of qualitative rigour and the ability to influence decisions.',
      "I make the rigour visible, using Lincoln and Guba's criteria of credibility, transferability, dependability and confirmability as a checklist. In practice that means a clear sampling rationale, an audit trail from quotes to codes to themes, double coding part of the data with a colleague and resolving differences, and a reflexive note on my own assumptions. I triangulate with other sources, such as analytics, support tickets or survey data, to show where a theme matches what can be counted. I also explain what qualitative research is for: it shows why something happens and what the range of experiences is, not how common it is, and I tie each finding to a decision it should inform.",
    ),
  ],
  'Data Transformation': [
    q(
      'junior',
      'In data transformation, what is the difference between wide and long data formats, and how do you convert between them?',
      'Checks understanding of reshaping, a basic transformation skill.',
      'Wide data has one row per entity with a separate column for each variable or period, such as sales_jan and sales_feb, while long data has one row per entity and variable pair, with a column for the variable name and one for its value. Long format suits grouping, plotting and database storage, and wide format suits reports and feature matrices for models. In pandas I convert with melt to go long and pivot or pivot_table to go wide, in R with pivot_longer and pivot_wider from tidyr, and in SQL with UNPIVOT and PIVOT or a CASE expression inside an aggregate. In any data transformation I check afterwards that the row and value counts add up.',
    ),
    q(
      'mid',
      'How do you make sure a join in a data transformation step does not silently duplicate or drop rows?',
      'Tests defensive habits around the most error-prone transformation.',
      "Before joining I check that the key is unique on the side where I expect it to be, and I write down the expected relationship, such as many orders to one customer. In pandas I pass validate='many_to_one' and indicator=True to merge, so a wrong cardinality raises an error and I can count unmatched rows, and in SQL I compare row counts and the sum of a key measure before and after the join. Unmatched rows usually come from null keys or format mismatches such as trailing spaces, different case or lost leading zeros, so I normalise keys first. In a dbt project I add unique and relationships tests so the same data transformation is checked on every run.",
    ),
    q(
      'senior',
      'Business logic in a core data transformation has changed and years of history must be recalculated. How do you do it without breaking downstream consumers?',
      'Looks for judgement on backfills, versioning and change management in data pipelines.',
      'This is only safe if raw data is kept immutable and the transformations are versioned, deterministic and idempotent, so I can recompute any partition from source. I build the new logic into a parallel table, backfill it partition by partition, and compare it with the current output using row counts, aggregates and a data diff, explaining every difference with the business owner. Consumers get notice through the data contract or changelog, and schema changes are additive first, with a deprecation period before anything is removed. When the results are signed off I switch a view or alias to the new table, keeping the old one for a quick rollback, so the data transformation change reaches everyone at once and consistently.',
    ),
  ],
  Streaming: [
    q(
      'junior',
      'In streaming data processing, what is the difference between tumbling, sliding and session windows?',
      'Checks understanding of the basic windowing concepts.',
      "Tumbling windows have a fixed size and do not overlap, such as counting events every five minutes, so each event belongs to exactly one window. Sliding or hopping windows also have a fixed size but start at a shorter interval, such as a ten-minute window every minute, so windows overlap and one event counts in several, which suits moving averages. Session windows are defined per key by a gap of inactivity, such as closing a user's session after 30 minutes without events, so their length varies. In streaming engines such as Apache Flink and Spark Structured Streaming I pick the window type from the question the business is asking.",
    ),
    q(
      'mid',
      'How do you handle late-arriving events in a streaming job built with Apache Flink or Spark Structured Streaming?',
      'Tests practical understanding of event time and watermarks.',
      'I window on event time, the timestamp when the event happened, rather than processing time, and set a watermark that tells the engine how late data can be, such as the maximum event time seen minus ten minutes. In Spark Structured Streaming that is withWatermark on the event-time column, which finalises windows and drops state once the watermark passes them. In Flink I can add allowedLateness so a window re-emits an updated result for stragglers, and sideOutputLateData to capture events that are too late so a batch job can correct them. The watermark delay is a trade-off between latency and completeness, so I set it from the measured lateness distribution in the streaming data rather than guessing.',
    ),
    q(
      'senior',
      'How would you achieve end-to-end exactly-once results in a streaming pipeline that reads from Kafka, aggregates in Flink and writes to a database?',
      'Looks for deep understanding of checkpoints, transactional sinks and their limits.',
      'Inside Flink, checkpoints, based on a variant of the Chandy-Lamport algorithm, snapshot operator state together with the Kafka offsets, so after a failure the job restores the last checkpoint and replays from those offsets without double-counting state. The sink is where exactly-once usually breaks, so I either use a two-phase commit sink that commits only when a checkpoint completes, such as the Kafka sink with transactions read by consumers set to read_committed, or make writes idempotent with upserts keyed by a deterministic ID. Transactional output adds latency equal to the checkpoint interval, and calls to external APIs are not covered at all, so those need their own idempotency keys. I prove the design by killing task managers during load tests and reconciling the streaming output against a batch recount.',
    ),
  ],
  'E-learning': [
    q(
      'junior',
      'When you build an e-learning module, what is SCORM used for, and how does it differ from xAPI?',
      'Checks understanding of e-learning content standards.',
      "SCORM, in versions 1.2 and 2004, packages a course so that any compliant learning management system such as Moodle or Cornerstone can launch it and record completion, score, time spent and the learner's bookmark through a JavaScript API in the browser. xAPI instead sends statements in an actor, verb and object form to a learning record store, so I can track learning that happens outside the LMS, such as simulations, mobile apps or on-the-job tasks. When I need xAPI data but still want LMS launch and enrolment, I use cmi5, which defines how the two work together.",
    ),
    q(
      'mid',
      'How would you design an e-learning course so that learners actually apply the skill at work rather than just clicking through slides?',
      'Tests instructional design for transfer to real work.',
      'I start from what people must do differently on the job, using action mapping to cut content that does not support those actions. The core of the course is realistic scenarios where learners make decisions, see the consequences and get feedback on why, with short modules and spaced practice questions afterwards instead of one long course. I build it in a tool such as Articulate Storyline or Rise, make it accessible to WCAG 2.1 AA with captions and keyboard navigation, and test it with a few real learners before launch.',
    ),
    q(
      'senior',
      "How would you evaluate whether an organisation's e-learning programme is worth what it costs?",
      'Looks for evaluation beyond completion rates and business-level judgement.',
      "I use the Kirkpatrick levels as a structure: reaction, learning, behaviour and results, with Phillips ROI as a fifth level when the stakes justify it. Completion and quiz scores from the LMS only cover the first two, so I agree with managers in advance which behaviours and business measures should change, such as error rates or time to competence, and compare groups before and after or against a group that has not yet taken the course. I count the full cost, including learners' time away from work, which is often larger than the development cost. Courses that show no effect are redesigned or retired.",
    ),
  ],
  Chemistry: [
    q(
      'junior',
      'Before you use a chemical for the first time in chemistry lab work, what do you check on its safety data sheet?',
      'Checks basic chemical safety practice.',
      'I read section 2 for the GHS hazard classification, pictograms and hazard and precautionary statements, section 7 for handling and storage, and section 8 for exposure limits and the personal protective equipment needed, such as the right glove material. Section 10 tells me about stability and incompatible materials, which matters for storage and for what I mix it with, and sections 4 to 6 cover first aid, fire-fighting and spill response. I then make sure the work is covered by a risk assessment, such as a COSHH assessment in the UK, and check where the spill kit and eyewash are before I start.',
    ),
    q(
      'mid',
      'How would you validate an analytical chemistry method, such as an HPLC assay, before it is used for routine testing?',
      'Tests knowledge of method validation in analytical chemistry.',
      'I follow ICH Q2(R2) and write a validation protocol with acceptance criteria before doing any experiments. I test specificity against impurities and placebo, linearity across the range, accuracy through spike recovery, repeatability and intermediate precision on different days, analysts or instruments, and the detection and quantitation limits where impurities are measured. I also check robustness by varying parameters such as column temperature, flow rate and mobile-phase pH slightly, and from that set system suitability criteria like resolution and tailing factor that are checked in every routine run.',
    ),
    q(
      'senior',
      'You are scaling a chemistry process from a 1-litre lab flask to a 500-litre reactor. Which risks do you assess, and how?',
      'Looks for process safety and scale-up judgement.',
      "The biggest risk is thermal: the surface area available for cooling grows much more slowly than the volume, so an exotherm that was harmless in a flask can run away in the reactor. I measure the heat of reaction and heat release rate with reaction calorimetry, check the thermal stability of the mixture and intermediates by DSC, and compare the maximum temperature the synthesis could reach if cooling failed with the temperature at which decomposition becomes fast enough to matter, as in Stoessel's criticality classes. I also look at gas evolution and venting, mixing and addition rates, and whether longer processing times change the impurity profile. The findings feed a HAZOP with the plant team, and I run an intermediate pilot batch before going to full scale.",
    ),
  ],
  'Public Health': [
    q(
      'junior',
      'In public health, what is the difference between primary, secondary and tertiary prevention, and what would each look like for cervical cancer?',
      'Checks understanding of the levels of prevention.',
      'Primary prevention stops disease from developing in the first place, so for cervical cancer that is HPV vaccination of adolescents. Secondary prevention detects disease or its precursors early, when treatment works best, which here is the cervical screening programme with HPV testing, so precancerous changes can be treated before they become cancer. Tertiary prevention reduces the harm of established disease, such as good treatment, rehabilitation and support to limit complications and recurrence. I also keep in mind that clinicians sometimes use secondary prevention to mean preventing a second event, for example after a heart attack, so I check which meaning a team uses.',
    ),
    q(
      'mid',
      'How would you plan and evaluate a public health intervention to raise childhood vaccination uptake in a neighbourhood where it is low?',
      'Tests practical intervention design and evaluation.',
      "I start with the data, uptake by area, practice and group, and then find out the reasons by talking to parents, community leaders and health visitors, because low uptake can come from access problems, missed reminders or hesitancy, and each needs a different response. A framework such as COM-B or the WHO's behavioural and social drivers of vaccination helps me organise what I hear. Typical measures are reminder and recall systems, clinics at convenient times and places and trusted local messengers, co-designed with the community and set out in a logic model. I evaluate with immunisation records against comparable areas and a process evaluation that shows what was actually delivered and who it reached.",
    ),
    q(
      'senior',
      'How would you make the case for public health investment in prevention to local decision-makers who are under pressure to fund acute services first?',
      'Looks for strategic influence and use of economic evidence.',
      'I build the case from the local needs assessment, such as the Joint Strategic Needs Assessment in England, and show the costs the decision-makers already carry, for example emergency admissions linked to falls or alcohol. I use evidence on cost-effectiveness and return on investment, including published ROI tools and cost per QALY, and I am honest that some benefits arrive years later while others, such as falls prevention, pay back quickly. I bring in the effect on health inequalities, build alliances with NHS and council partners who share the pressure, and propose a funded pilot with a clear evaluation so the decision feels less risky.',
    ),
  ],
  'Electronic Health Records': [
    q(
      'junior',
      'How do you keep documentation accurate and patient data confidential when you use electronic health records during a busy shift?',
      'Checks safe and compliant everyday use of an EHR.',
      "I confirm the patient's identity with two identifiers before I open or document in the record, and I write my notes as close to the event as I can. I avoid copying forward old notes without checking them, because that spreads outdated information, and I correct mistakes with an addendum rather than trying to remove them, since the record keeps an audit trail. For confidentiality I only open records of patients I am caring for, never share my login and lock the screen when I step away.",
    ),
    q(
      'mid',
      'How does interoperability between electronic health records systems work, and what roles do HL7 v2, FHIR and coding standards play?',
      'Tests knowledge of health data exchange standards.',
      'Inside hospitals much of the exchange still uses HL7 v2 messages, such as ADT messages for admissions and transfers and ORU messages for results, passed through an integration engine. FHIR defines resources such as Patient, Observation and MedicationRequest that systems exchange through RESTful APIs, and SMART on FHIR lets approved apps launch from within the record with OAuth-based authorisation. For the data to mean the same thing at both ends, I rely on shared terminologies: SNOMED CT for clinical findings, LOINC for laboratory tests and ICD-10 for diagnoses and reporting.',
    ),
    q(
      'senior',
      'How would you lead the optimisation of electronic health records after clinicians complain about documentation burden and alert fatigue?',
      'Looks for data-driven, clinician-led improvement of an EHR.',
      'I start with data rather than anecdotes: audit-log measures of time in the record per patient and work done after hours, and for each decision support alert its firing rate and how often it is overridden. With a clinical governance group I retire or retarget alerts that are overridden almost every time, simplify note templates and remove documentation nobody reads, checking each change for patient safety risks. I add personalisation training and tools such as speech recognition or ambient AI documentation, evaluated in a pilot before wider use. I then remeasure the same metrics and report them back to clinicians, so they see that their complaints led to change.',
    ),
  ],
  'Informed Consent': [
    q(
      'junior',
      'What must a participant information sheet and consent form cover to obtain valid informed consent for a research study?',
      'Checks knowledge of the elements of valid research consent.',
      'I make sure the participant information sheet explains in plain language the purpose of the study, what taking part involves and for how long, the risks and possible benefits, any alternatives, and how their data and samples will be used and protected. It must be clear that participation is voluntary and that they can withdraw at any time without affecting their care or rights, and it gives contact details for questions and complaints. I give people time to read it and ask questions, check they have understood, and then the participant and I sign and date the consent form, as ICH GCP E6 and the Declaration of Helsinki expect, and they keep a copy.',
    ),
    q(
      'mid',
      'How do you handle informed consent for someone who may lack capacity, or who does not speak the language used in the study?',
      'Tests handling of consent in vulnerable or complex situations.',
      'I assess capacity for this specific decision, which under the Mental Capacity Act 2005 means checking whether the person can understand, retain and weigh the information and communicate a decision, and I support them to decide where I can. If they lack capacity, in clinical care I act in their best interests, while for research in England and Wales I follow the approved route, consulting a personal consultee under the Act or, for a drug trial, obtaining consent from a legal representative under the Clinical Trials Regulations. For language barriers I use a professional interpreter rather than a family member and translated materials approved by the ethics committee, and I document how consent was obtained.',
    ),
    q(
      'senior',
      'As a study lead, how would you design the informed consent process for a large study that uses electronic consent and plans to reuse samples and data in future research?',
      'Looks for design of robust, ethical consent processes at scale.',
      'I would design the eConsent with layered information, short videos and comprehension questions that must be answered before signing, identity verification, and for FDA-regulated trials signatures and audit trails that meet 21 CFR Part 11. For future use I would ask for broad consent, or offer tiered options such as reuse by commercial partners or recontact, and explain honestly what withdrawal can and cannot undo once data have been shared. The ethics committee reviews the whole process, a data access committee governs later use, and I plan re-consent when the study changes materially. I also audit a sample of consents regularly to check that people really understood what they agreed to.',
    ),
  ],
  'Open Access': [
    q(
      'junior',
      'In Open Access publishing, what is the difference between the gold, green and diamond routes, and where does a hybrid journal fit?',
      'Checks understanding of open access publishing models.',
      'Gold open access means the journal publishes the final version openly, often funded by an article processing charge, while green means the author deposits the accepted manuscript in a repository, sometimes after an embargo. Diamond journals charge neither authors nor readers, because an institution, society or consortium funds them. A hybrid journal is a subscription journal that makes individual articles open for a fee, and I know that many funders, including most cOAlition S members, will not pay hybrid charges unless the journal is part of a transformative arrangement.',
    ),
    q(
      'mid',
      'A researcher whose funder is aligned with Plan S wants to publish in a subscription journal. How do you make sure the article still meets the Open Access requirements?',
      'Tests practical compliance with funder open access policies.',
      'I first check whether our institution has a transformative agreement with that publisher, because then the article can be published open access under CC BY at no cost to the author. If not, I advise using the rights retention strategy: the author includes the statement that a CC BY licence applies to any author accepted manuscript arising from the submission, and deposits that manuscript in our repository with no embargo on publication. I use the cOAlition S Journal Checker Tool to confirm the route, and I help the author respond if the publisher objects to the statement.',
    ),
    q(
      'senior',
      "How would you run a university's Open Access programme, including publisher agreements and compliance monitoring, on a limited budget?",
      'Looks for strategic and financial management of institutional open access.',
      'I start with data on our publication output and the total cost of publication, meaning subscriptions plus article processing charges, using our finance records and sources such as OpenAPC. I negotiate read-and-publish agreements through the national consortium, Jisc in the UK, and set clear eligibility rules for any central APC fund, favouring fully open and diamond venues. For compliance I automate repository deposit where possible, monitor outputs against funder mandates through our research information system and tools such as Unpaywall or OpenAlex, and contact authors before deadlines rather than after. I report progress and costs to the research committee each year, so decisions about renewing agreements rest on evidence.',
    ),
  ],
  Telecommunications: [
    q(
      'junior',
      'What are the main parts of a mobile telecommunications network, and what does each part do?',
      'Checks basic knowledge of how a mobile network is built.',
      'A mobile network has a radio access network of base stations and antennas, called eNodeBs in 4G and gNodeBs in 5G, which connect phones over licensed spectrum. Traffic from the cell sites travels over transport or backhaul links, usually fibre or microwave, to the core network, which authenticates subscribers against their SIM credentials, manages mobility and sessions and routes data to the internet or voice services. In 4G that core is the EPC, and in 5G standalone it is the 5G Core with functions such as the AMF, SMF and UPF. Around all of this sit the OSS systems that run and monitor the network and the BSS systems for ordering, billing and customer care, which I would expect to touch in most roles at an operator.',
    ),
    q(
      'mid',
      'As an analyst at a mobile operator, how would you investigate a rise in churn among postpaid customers?',
      'Tests practical analysis of telecom customer metrics.',
      "I would first segment churn by tariff, tenure, contract stage, region and device, because in telecommunications much churn happens when contracts end and customers are told their options, which UK operators must do under Ofcom's end-of-contract notification rules. I would then join the churners with network experience data such as dropped calls, throughput and coverage complaints by cell site, with care contacts and billing issues, and with competitor price moves, including cheaper SIM-only deals from MVNOs. That usually separates a price problem, a network problem in specific areas and a service problem, and each needs a different fix, such as retention offers for out-of-contract customers, capacity work on congested sites or correcting a billing error. I would measure the effect on churn and ARPU together, because retention discounts can keep customers while eroding revenue.",
    ),
    q(
      'senior',
      'What strategic pressures are telecom operators facing, and how would they shape your priorities if you led a team at one?',
      'Looks for understanding of telecommunications industry economics and trends.',
      'Operators face flat or falling revenue per user while they must spend heavily on spectrum, 5G and fibre, so capital efficiency drives most decisions in telecommunications today. That is why they sell or spin off tower portfolios, share networks, consolidate, as Vodafone and Three did in the UK, and try to earn more from 5G standalone through enterprise services, private networks, network slicing and network APIs such as the GSMA Open Gateway programme. There is also regulatory and security pressure, including the UK requirement to remove Huawei equipment from 5G networks by the end of 2027 and growing interest in Open RAN for vendor diversity. In my team I would prioritise work that cuts cost to serve or churn with a clear payback, such as automation in network operations and digital self-service, and treat new 5G revenue bets as experiments with explicit milestones rather than assumptions.',
    ),
  ],
  Healthcare: [
    q(
      'junior',
      'Who are the main players in the healthcare sector, and how does money flow between them?',
      'Checks understanding of how the healthcare sector is structured and funded.',
      'The main players are patients, providers such as hospitals, clinics and GP practices, payers who fund care, suppliers such as pharmaceutical, medical device and health IT companies, and regulators. In the UK the NHS is funded mainly from general taxation, and integrated care boards commission services from NHS trusts and GP practices, with NICE, the CQC and the MHRA issuing guidance, inspecting services and regulating medicines and devices. In the US most funding flows through private insurers and government programmes such as Medicare and Medicaid, which pay providers through claims, with pharmacy benefit managers in the middle for drugs and the FDA and CMS as key regulators. I find it useful to know who pays and who decides in a given setting, because in healthcare the buyer of a product or service is often not the person who uses it.',
    ),
    q(
      'mid',
      "You join a healthcare analytics company and are given a US hospital client's patient data for a project. What has to be in place under HIPAA before you start?",
      'Tests practical handling of health data under HIPAA.',
      'Our company would be a business associate, so there must be a business associate agreement with the hospital that limits how we may use and disclose the protected health information and requires us to safeguard it and report breaches. I would apply the minimum necessary standard and ask whether the project can work with de-identified data, either by removing the 18 identifiers listed in the Safe Harbor method or through expert determination, or with a limited data set under a data use agreement. The data would go into an environment with access controls, encryption, audit logging and the other Security Rule safeguards, and only named people on the project would have access. I would also confirm how the data will be returned or destroyed when the contract ends.',
    ),
    q(
      'senior',
      'What makes it hard to bring a new digital product into hospitals, and how would you plan for it?',
      'Looks for a realistic grasp of healthcare buying, clinical safety and adoption.',
      'Hospitals buy slowly because budgets are tight, procurement is formal and several groups must agree, including clinicians, IT, information governance, clinical safety and finance. In the UK I would plan early for the NHS Digital Technology Assessment Criteria, clinical risk management under DCB0129 with a named clinical safety officer, a data protection impact assessment and, if the product is a medical device, UKCA or CE marking. I would secure a clinical champion, integrate with the existing electronic record rather than adding another login, and gather evidence on outcomes and costs that fits the NICE Evidence Standards Framework, because a proven saving in staff time or bed days is what gets a business case approved. I would also budget for implementation and training, since adoption by busy staff is usually the real bottleneck in healthcare rather than the technology.',
    ),
  ],
  Manufacturing: [
    q(
      'junior',
      'What is OEE in manufacturing, and how is it calculated?',
      'Checks understanding of the standard measure of equipment effectiveness.',
      'Overall equipment effectiveness measures how much of the planned production time is truly productive, and it is the product of availability, performance and quality. Availability is run time divided by planned production time, performance is the ideal cycle time multiplied by the total count divided by run time, and quality is good parts divided by total parts. For example, 90% availability, 90% performance and 98% quality give an OEE of about 79%, and around 85% is often quoted as world class for discrete manufacturing. I find the loss breakdown more useful than the single number, because it shows whether to tackle breakdowns and changeovers, slow running and minor stops, or scrap.',
    ),
    q(
      'mid',
      'How would you bring a new product into production on an existing manufacturing line?',
      'Tests practical knowledge of new product introduction.',
      'I would take part in design reviews early so that design for manufacture and assembly issues are fixed before tooling is cut, and prepare a process FMEA and control plan for the new operations. Suppliers of new parts would go through an approval such as PPAP in automotive or first article inspection to AS9102 in aerospace, so we know their parts meet the drawing before we depend on them. I would then run pilot builds on the real line with production operators, check capability on critical characteristics, update work instructions and train every shift, and only release to full rate when yield and cycle time meet the targets. Throughout, I would agree with planning how to share line capacity with existing products during the ramp-up.',
    ),
    q(
      'senior',
      'A manufacturing group wants to invest in Industry 4.0 across several plants. How would you decide where to start and make it pay back?',
      'Looks for pragmatic judgement on digital investment in manufacturing.',
      'I would start from the business problems with the biggest value, such as unplanned downtime on a bottleneck, scrap or changeover time, rather than from the technology, and pick one pilot line where the data would show a clear gain in OEE or cost. Most plants have a mix of old and new PLCs, so I would plan connectivity through standards such as OPC UA and edge gateways, a data model aligned with ISA-95 so data from different plants is comparable, and OT security following IEC 62443 with proper segmentation between plant and office networks. I would involve operators and maintenance staff from the start, because dashboards nobody acts on change nothing. Once the pilot proves its payback, I would roll out a standard template plant by plant, with a central team owning the platform and local teams owning the improvements.',
    ),
  ],
  Government: [
    q(
      'junior',
      'How is working in government different from working in the private sector?',
      'Checks awareness of public sector accountability and values.',
      'In government I work for the public and the government of the day, so decisions must be lawful, fair and able to stand up to scrutiny from the legislature, auditors, the courts and the media. Spending is public money, which means following procurement and spending rules and recording why a decision was made, and most records can be requested under freedom of information laws. In the UK civil servants follow the Civil Service Code values of integrity, honesty, objectivity and impartiality, so I would give the same quality of advice whoever is in power and keep party politics out of my work. Change can be slower because of these checks, but they exist to protect people and public trust.',
    ),
    q(
      'mid',
      'Your team in a government body needs to buy a new case management system. How would you go about it within public procurement rules?',
      'Tests practical knowledge of public sector procurement.',
      'I would first define the need and outcomes with users, engage the market, and check whether an existing framework agreement fits, such as Crown Commercial Service frameworks or G-Cloud for cloud software in the UK, because a call-off from a framework is usually faster than a full open tender. Above the legal thresholds the procurement must follow the Procurement Act 2023, which replaced the old regulations in February 2025, with transparency notices, published award criteria and equal treatment of suppliers. I would write the business case so the spend is approved, weigh price against quality, accessibility, data protection and security requirements, and keep a clear record of the evaluation so the award can withstand a challenge. I would also agree exit and data migration terms up front so we are not locked in.',
    ),
    q(
      'senior',
      'You lead a government programme and a new minister changes its priorities halfway through. How do you handle it?',
      'Looks for political awareness and programme leadership in government.',
      'I accept that the government of the day sets priorities, but my job is to give honest and impartial advice, so I would quickly set out in writing what the change means for cost, timescale, benefits, legal duties and work already contracted, with options and their risks. Once the minister decides, I would re-baseline the business case, using the Green Book five-case model in the UK, agree the revised scope and tolerances with the senior responsible owner and governance boards, and tell suppliers and delivery teams clearly what stops, continues and changes. I would protect the parts that still serve the new aims so sunk work is not wasted, and keep a record of the advice and decision for audit and later scrutiny. I would also keep the team motivated by explaining the reasons, because sudden shifts in direction are a normal part of delivering in government.',
    ),
  ],
  Psychiatry: [
    q(
      'junior',
      'What are the main components of a mental state examination in psychiatry?',
      'Checks fundamental psychiatric assessment skills.',
      "I record appearance and behaviour, including rapport, eye contact and any agitation, then speech for rate, volume and flow, and mood, both as the patient describes it and as I observe it, along with affect. I assess thought form for problems such as flight of ideas or loosening of associations, and thought content for preoccupations, delusions, obsessions and suicidal or homicidal thoughts. Then I cover perception, such as hallucinations, cognition including orientation, attention and memory, and finally insight and judgement. I record what I observed, using the patient's own words where possible, and link it to the risk assessment.",
    ),
    q(
      'mid',
      'How do you assess and manage a patient who tells you they are having suicidal thoughts?',
      'Tests safe, current practice in suicide risk assessment.',
      'I ask directly and calmly about the thoughts, how often they come, any plans, intent, preparations, access to means and previous attempts, because asking about suicide does not increase the risk. I also explore current stressors, substance use, mental illness and protective factors such as family, reasons for living and engagement with care, and speak to carers or others involved where appropriate. In line with NICE guidance on self-harm, I do not use risk scales to predict suicide or decide who gets treatment, but use a full psychosocial assessment to understand needs and agree a collaborative safety plan, including reducing access to means and who to contact in a crisis. I document my reasoning, discuss high-concern cases with a senior colleague and arrange follow-up within a timeframe that matches the concern.',
    ),
    q(
      'senior',
      'A patient with schizophrenia has not responded to two antipsychotics. How would you approach starting clozapine?',
      'Looks for clinical judgement on treatment-resistant schizophrenia and clozapine safety.',
      'I would first confirm treatment resistance: the diagnosis, two adequate trials of different antipsychotics at adequate dose and duration, including at least one non-clozapine second-generation drug as NICE advises, and whether non-adherence or substance use explains the poor response, checking drug levels where I can. I would then discuss clozapine with the patient and carers, since it has the strongest evidence in treatment-resistant schizophrenia, and be honest about the blood monitoring and side effects. Before starting I register the patient with a monitoring service and take a baseline blood count, ECG, weight, glucose and lipids, then titrate slowly while watching for neutropenia, myocarditis in the first weeks, postural hypotension, sedation, hypersalivation and constipation, which can be fatal. In the UK blood counts are weekly for 18 weeks, fortnightly to a year and then four-weekly, and I warn the team that stopping smoking can raise clozapine levels sharply. I also plan long-term physical health monitoring, because metabolic effects are a major cause of harm.',
    ),
  ],
  Snowplow: [
    q(
      'junior',
      'What is a self-describing event in Snowplow, and why does it need a schema?',
      "Checks understanding of Snowplow's schema-first event model.",
      'A self-describing event is a custom event whose JSON payload carries a reference to its own schema, for example iglu:com.acme/checkout_started/jsonschema/1-0-0. During enrichment the Snowplow pipeline looks that schema up in an Iglu registry and validates the event, so only events with the agreed fields and types reach the warehouse. Events that fail validation are kept as failed events rather than being silently dropped, which means I can see and fix broken tracking instead of discovering gaps in a report weeks later.',
    ),
    q(
      'mid',
      'How do you change a Snowplow event schema once data is already flowing, and how do you test tracking before a release?',
      'Tests practical schema versioning and tracking QA.',
      'Snowplow uses SchemaVer, MODEL-REVISION-ADDITION, so adding an optional property is an addition such as 1-0-0 to 1-0-1, while removing a field or changing a type is a breaking change that needs a new model version, 2-0-0, which the loader treats as a separate column or table. I publish the new schema to the development registry first and point the app at Snowplow Micro, either locally or in CI, where automated tests assert that the expected events arrive and validate. Only after that do I promote the schema to the production registry and release the tracking code, and afterwards I watch the failed events for the new version.',
    ),
    q(
      'senior',
      'How would you design Snowplow tracking and data models so product and marketing teams trust the same behavioural metrics?',
      'Looks for governance of tracking design, identity and modelling at scale.',
      'I start from a shared tracking plan with named owners, a small set of reusable entities such as user, product and page context, and a review step for any new schema, so teams do not invent competing events for the same action. I define identity rules up front: the first-party domain_userid for anonymous visitors, setUserId on login, and identity stitching in the data model so sessions before and after login join up. On the warehouse side I build sessions and views with the maintained Snowplow dbt packages running incrementally, so everyone calculates a session the same way. I also enable the PII pseudonymisation enrichment where needed and monitor failed events and event volumes with alerts, because trust goes quickly when a release silently breaks tracking.',
    ),
  ],
  Telehealth: [
    q(
      'junior',
      'How do you decide whether a patient is suitable for a telehealth appointment rather than an in-person visit?',
      'Checks clinical judgement about the limits of remote care.',
      "I consider telehealth suitable for follow-ups, medication reviews, discussing test results, many mental health appointments and problems that can be assessed by history and what I can see on camera. I book an in-person visit when a physical examination is needed, for example for abdominal pain or possible chest pain, or when red flags suggest the patient needs urgent assessment. I also think about the patient's circumstances: poor connectivity, hearing or cognitive difficulties without support, or a home where they cannot speak freely may make a remote appointment unsafe or ineffective. If I start remotely and realise I need to examine the patient, I convert it to a face-to-face appointment rather than guessing.",
    ),
    q(
      'mid',
      'What do you do at the start and during a telehealth video consultation to keep it safe and private?',
      'Tests practical safety and confidentiality steps in remote consultations.',
      "At the start I confirm the patient's identity with two identifiers such as name and date of birth, check their current location in case I need to send emergency services, and take a phone number to call back if the video drops. I ask whether anyone else is in the room and whether they are comfortable talking, and I make sure I am in a private space myself using an approved platform, one covered by a business associate agreement under HIPAA in the US or approved by the organisation's information governance team in the UK. I never record without explicit consent, and I document that the consultation was by video, any technical limits, and the safety-netting advice I gave about when to seek urgent help.",
    ),
    q(
      'senior',
      'How would you set up and evaluate a telehealth service for a clinic that wants to offer more remote appointments?',
      'Looks for service design covering clinical safety, equity, operations and measurement.',
      'I would agree with clinicians which appointment types are appropriate remotely and write triage criteria, so reception staff book the right modality from the start. The platform must integrate with scheduling and the electronic health record, and I would plan for digital exclusion by keeping telephone options, interpreters and support for patients who struggle with technology. In the US I would also check that clinicians are licensed in the state where the patient is located and that the visits are billed correctly. To evaluate it I would track no-show rates, the share of remote appointments converted to in-person visits, repeat contacts within a week, patient and staff satisfaction and uptake across age and deprivation groups, so we can see whether it improves access or just shifts work.',
    ),
  ],
  'Open Educational Resources': [
    q(
      'junior',
      'What makes a learning resource an Open Educational Resource, and what do the Creative Commons licences let you do with it?',
      'Checks understanding of OER and open licensing basics.',
      'An Open Educational Resource is a teaching or learning material that is free to use and carries an open licence, usually Creative Commons, permitting the 5Rs: retain, reuse, revise, remix and redistribute. CC BY allows any use with attribution, BY-SA also requires adaptations to be shared under the same licence, and NC restricts commercial use, while ND forbids sharing adapted versions, so many people do not consider ND material fully open. When I reuse an OER I give a full attribution with the title, author, source and licence, with links, which is often remembered as TASL.',
    ),
    q(
      'mid',
      'How would you adapt an open textbook for your course and combine it with other Open Educational Resources without breaking their licences?',
      'Tests practical OER adaptation and licence compatibility.',
      'I would look in repositories such as OpenStax, the Open Textbook Library and OER Commons, and choose a book that is available in an editable format, for example through Pressbooks. Before remixing I check that the licences are compatible: CC BY material can go almost anywhere, but content under CC BY-SA and CC BY-NC-SA cannot be combined into one adapted work, because each requires the result to use its own licence, and ND material cannot be adapted at all. I keep an attribution log as I edit, mark what I changed, check the adapted version for accessibility, and publish it under an open licence so others can reuse my changes too.',
    ),
    q(
      'senior',
      'How would you lead an Open Educational Resources programme at a college to reduce textbook costs, and how would you show whether it works?',
      'Looks for programme leadership, sustainability and outcome measurement.',
      'I would build a small team of librarians, instructional designers and accessibility specialists, and offer staff grants or time release to adopt, adapt or write Open Educational Resources, prioritising high-enrolment courses with expensive textbooks where savings are greatest. I would mark zero-cost courses in the timetable so students can find them and plan for maintenance, because an open textbook that is never updated becomes a liability. To show impact I would report estimated student savings, the number of courses and students reached, and outcomes such as pass rates and drop, fail or withdraw rates compared with previous years, broken down by student groups. Those outcome and equity figures, not just the savings, are usually what persuades leaders to keep funding it.',
    ),
  ],
  Digitization: [
    q(
      'junior',
      'What capture resolution and file formats would you use when digitising photographs and printed documents for a library or archive, and why?',
      'Checks knowledge of digitisation capture standards and master versus access files.',
      'I follow a published guideline such as FADGI or Metamorfoze, which typically means capturing photographic prints at around 400 to 600 ppi and text documents at 300 to 400 ppi, with a colour target such as an ISO 19264 or Golden Thread target in the frame or in regular test shots so colour and sharpness can be measured. The preservation master is an uncompressed or losslessly compressed TIFF, because it must carry as much information as possible and survive long term. From the master I create smaller access derivatives, such as JPEG or JPEG 2000 images for a viewer, often served through IIIF, and searchable PDFs with OCR text for printed material.',
    ),
    q(
      'mid',
      'How would you plan a digitisation workflow for a collection of 20,000 items so that images and metadata stay correctly linked?',
      'Tests practical digitisation workflow design, tracking and quality control.',
      "I start with a survey of the collection with conservators to record item types, condition and handling needs, and I batch similar items so equipment and settings change as little as possible. Each item gets a unique identifier that drives the file naming, for example collection_item_page.tif, and a tracking spreadsheet or database records every item's status from preparation through capture, quality control, metadata and ingest. Quality control combines automated checks on targets and file properties with visual inspection of a sample from every batch, and failures are recaptured before the item goes back to storage. Technical metadata is extracted automatically, descriptive metadata is linked from the catalogue record, structural metadata records page order, and checksums are generated at capture so files can be verified after every transfer.",
    ),
    q(
      'senior',
      'With a limited budget, how do you decide what to digitise first and whether to do it in-house or through a vendor?',
      'Looks for prioritisation, costing and sourcing judgement in digitisation programmes.',
      'I score candidate collections against agreed criteria: demand from users, research value, fragility where a digital surrogate reduces handling, uniqueness, and rights status, because digitising in-copyright material we cannot put online gives far less benefit. I cost the whole life cycle, not just capture, including preparation, metadata, quality control and long-term storage, since metadata and preparation often cost more than the scanning itself. Fragile, rare or complex items usually stay in-house, where our staff and conservators control handling, while large runs of uniform material such as microfilm or robust bound volumes often go to a vendor. When I outsource I write a detailed specification with image standards, file naming and metadata, and I check a sample of every delivery against it before accepting and paying.',
    ),
  ],
};
