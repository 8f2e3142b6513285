import type { Database } from '@prepkit/db';
import { loadConfig } from '@prepkit/shared';
import { http, registerUser, startTestApi, type TestApi } from './api-harness.ts';
import { spawnWorkerProcess, type WorkerProcess } from './worker-harness.ts';

/** Polls `read` every 200 ms until `ok` holds or the time is up; returns the last value. */
export const waitFor = async <T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  timeoutMs: number,
  everyMs = 200,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  let value = await read().catch(() => undefined as T);
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, everyMs));
    value = await read().catch(() => value);
  }
  return value;
};

/** What Mongo holds for a test database: job statuses and reports. */
export interface Outcomes {
  jobs: number;
  completed: number;
  failed: number;
  /** queued + processing (+ cancelled): not final yet. */
  unfinished: number;
  reports: number;
  /** Jobs that have more than one report (must be 0). */
  duplicateReports: number;
  /** Completed jobs without a report (must be 0). */
  completedWithoutReport: number;
}

export const readOutcomes = async (db: Database): Promise<Outcomes> => {
  const jobs = await db.connection
    .collection('interview_jobs')
    .find({}, { projection: { status: 1 } })
    .toArray();
  const reports = await db.connection
    .collection('interview_reports')
    .find({}, { projection: { jobId: 1 } })
    .toArray();
  const perJob = new Map<string, number>();
  for (const r of reports) {
    const key = String(r.jobId);
    perJob.set(key, (perJob.get(key) ?? 0) + 1);
  }
  const completedIds = jobs.filter((j) => j.status === 'completed').map((j) => String(j._id));
  return {
    jobs: jobs.length,
    completed: completedIds.length,
    failed: jobs.filter((j) => j.status === 'failed').length,
    unfinished: jobs.filter((j) => j.status !== 'completed' && j.status !== 'failed').length,
    reports: reports.length,
    duplicateReports: [...perJob.values()].filter((n) => n > 1).length,
    completedWithoutReport: completedIds.filter((id) => !perJob.has(id)).length,
  };
};

/**
 * Polls until every job in the database is completed or failed, and returns what it saw last.
 * It gives up after `timeoutMs`, or sooner once no job has reached a final state for `stallMs`
 * (by default the whole limit): a generous "did not hang" that a slow, loaded machine still
 * passes as long as jobs keep finishing.
 */
export const waitForFinal = async (
  db: Database,
  expectedJobs: number,
  timeoutMs: number,
  stallMs = timeoutMs,
): Promise<Outcomes> => {
  const deadline = Date.now() + timeoutMs;
  let last: Outcomes | null = null;
  let lastDone = -1;
  let changedAt = Date.now();
  for (;;) {
    last = (await readOutcomes(db).catch(() => null)) ?? last;
    if (last) {
      if (last.jobs === expectedJobs && last.unfinished === 0) return last;
      const done = last.completed + last.failed;
      if (done !== lastDone) {
        lastDone = done;
        changedAt = Date.now();
      }
    }
    const now = Date.now();
    if (now > deadline || now - changedAt > stallMs) return last ?? readOutcomes(db);
    await new Promise((r) => setTimeout(r, 500));
  }
};

/** The API in this process, N worker processes on the same environment, and a logged-in user. */
export interface FaultStack {
  api: TestApi;
  cookie: string;
  workers: WorkerProcess[];
  env: Record<string, string>;
  /** Starts one more worker process and waits until it is ready. */
  addWorker(extra?: Record<string, string>): Promise<WorkerProcess>;
  /** POSTs a JSON submission (no file) and measures how long the answer took. */
  submit(
    jobDescription: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: Record<string, unknown>; ms: number }>;
  close(): Promise<void>;
}

export const startFaultStack = async (
  env: Record<string, string>,
  workerCount: number,
): Promise<FaultStack> => {
  const api = await startTestApi(loadConfig(env));
  const { cookie } = await registerUser(api.url);
  const workers: WorkerProcess[] = [];
  const addWorker = async (extra: Record<string, string> = {}) => {
    const w = spawnWorkerProcess({ ...env, ...extra });
    workers.push(w);
    await w.ready;
    return w;
  };
  await Promise.all(Array.from({ length: workerCount }, () => addWorker()));
  return {
    api,
    cookie,
    workers,
    env,
    addWorker,
    async submit(jobDescription, headers = {}) {
      const started = performance.now();
      const res = await http(`${api.url}/api/interview/`, {
        method: 'POST',
        headers: { cookie, ...headers },
        json: { jobDescription, selfDescription: 'Node.js and TypeScript developer, 5 years.' },
        // "Did not hang": 500 requests at once on a loaded 2-core machine can queue for a while.
        signal: AbortSignal.timeout(90_000),
      });
      return { status: res.status, body: res.body, ms: performance.now() - started };
    },
    async close() {
      for (const w of workers) {
        if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
      }
      await Promise.all(workers.map((w) => w.exited));
      await api.close();
    },
  };
};

/** Every worker's log, for assertions such as "no job stalled". */
export const workerLogs = (stack: FaultStack): string =>
  stack.workers.map((w) => w.output()).join('\n');
