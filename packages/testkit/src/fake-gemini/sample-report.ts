import type { GeneratedReport } from '@prepkit/shared';

/**
 * A realistic report that passes `generatedReportSchema` unchanged: 6 technical and 3
 * behavioral questions, three skill gaps and a 3-day plan numbered 1..3. A fresh object on
 * every call, so tests may mutate it.
 */
export const sampleGeneratedReport = (): GeneratedReport => ({
  matchScore: 78,
  technicalQuestions: [
    {
      question:
        'How would you design a REST API that lets users upload a resume and poll for a report?',
      intention: 'Checks API design skills: resource modelling, status codes and async workflows.',
      answer:
        'I would accept the upload with POST, validate it, store the file and enqueue a job, then answer 202 with a Location header pointing at a job resource. Clients poll GET /jobs/:id, which reports queued, processing, completed or failed, and links to the report once it exists.',
    },
    {
      question:
        'Explain the Node.js event loop and what happens when you run CPU-heavy code in a request handler.',
      intention: 'Tests understanding of the runtime the team uses every day.',
      answer:
        'The event loop runs callbacks one at a time on a single thread, so a long synchronous task blocks every other request. I would move CPU-heavy work to a worker thread or a separate process and keep handlers asynchronous.',
    },
    {
      question: 'How do you make a queue consumer safe when the same job can be delivered twice?',
      intention: 'Probes knowledge of at-least-once delivery and idempotency.',
      answer:
        'I make the side effects idempotent: key the written record by the job id and use an upsert, so a redelivered job overwrites instead of duplicating. Status transitions are conditional updates, and external calls carry idempotency keys where the provider supports them.',
    },
    {
      question: 'Which MongoDB indexes would you create for listing a user’s reports newest first?',
      intention: 'Checks practical database modelling and query tuning.',
      answer:
        'A compound index on { user: 1, createdAt: -1 } supports the filter and the sort together, so the query never sorts in memory. I would confirm it with explain() and keep the projection small.',
    },
    {
      question: 'How would you handle a third-party API that rate-limits you with HTTP 429?',
      intention:
        'Looks for resilience patterns: backoff, retry budgets and respecting server hints.',
      answer:
        'Retry with exponential backoff and jitter, honour the Retry-After or RetryInfo delay the server sends, cap the number of attempts, and apply a shared limiter so all workers together stay under the quota.',
    },
    {
      question:
        'What do you test at the unit level and what at the integration level in a TypeScript service?',
      intention: 'Evaluates testing strategy and judgement about where bugs hide.',
      answer:
        'Pure logic such as parsing and scoring gets fast unit tests; anything crossing a boundary (HTTP, database, queue) gets integration tests against real services on loopback, with only third-party APIs replaced by fakes that speak their real protocol.',
    },
  ],
  behavioralQuestions: [
    {
      question: 'Tell me about a production incident you helped resolve.',
      intention: 'Assesses ownership, calm under pressure and learning from failure.',
      answer:
        'Using STAR: our checkout API started timing out after a deploy; I rolled back, found an N+1 query in the new code with the slow-query log, fixed it with a batched lookup, and wrote a post-mortem that added a query-count check to CI.',
    },
    {
      question: 'Describe a time you disagreed with a teammate about a technical decision.',
      intention: 'Checks collaboration and how the candidate handles conflict.',
      answer:
        'A colleague wanted to add a cache before we had measured anything. I proposed a one-day benchmark; the numbers showed the database was not the bottleneck, and we fixed the serialisation cost instead. We agreed to decide with data from then on.',
    },
    {
      question: 'Give an example of learning a new technology quickly to deliver a feature.',
      intention: 'Gauges learning speed and self-direction.',
      answer:
        'I had two weeks to ship a queue-based export with BullMQ, which I had never used. I read the docs, built a spike with failure tests first, and delivered on time with retries and dashboards the team still uses.',
    },
  ],
  skillGaps: [
    { skill: 'Kubernetes', severity: 'medium' },
    { skill: 'GraphQL', severity: 'low' },
    { skill: 'System design at scale', severity: 'high' },
  ],
  preparationPlan: [
    {
      day: 1,
      focus: 'Node.js internals and API design',
      tasks: [
        'Review the event loop, worker threads and streams',
        'Sketch the REST resources for an upload-and-report service',
      ],
    },
    {
      day: 2,
      focus: 'Data and reliability',
      tasks: [
        'Practise MongoDB index design with explain()',
        'Write down how you would make a queue consumer idempotent',
      ],
    },
    {
      day: 3,
      focus: 'Behavioral stories and a mock interview',
      tasks: [
        'Prepare three STAR stories: an incident, a disagreement, fast learning',
        'Run a 45-minute mock interview and note weak answers',
      ],
    },
  ],
});
