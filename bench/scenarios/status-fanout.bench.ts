import { QUEUE_NAMES } from '@prepkit/shared';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { openSse, type SseConnection } from '../../test/support/sse-client.ts';
import { registerCookie, SAMPLE_JD } from '../lib/client.ts';
import { type BenchContext, fmt, type ScenarioResult } from '../lib/scenario.ts';
import { startQueuedStack } from '../lib/stack.ts';
import { median, percentile, sleep } from '../lib/stats.ts';

const POLLERS = 100;
const SSE_CLIENTS = 100;

/** When the bench's own QueueEvents saw a job's event: the moment it was emitted, to within a Redis read. */
interface Emitted {
  jobId: string;
  kind: 'progress' | 'completed';
  progress: number;
  at: number;
}

const submitAsync = async (url: string, cookie: string, n: number): Promise<string> => {
  const res = await fetch(`${url}/api/interview/jobs`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({
      jobDescription: SAMPLE_JD,
      title: `Backend Engineer ${n}`,
      selfDescription: 'Backend developer: Node.js, TypeScript, PostgreSQL, Redis, Docker.',
    }),
  });
  const body = (await res.json()) as { jobId?: string };
  if (res.status !== 202 || !body.jobId) throw new Error(`submit failed: ${res.status}`);
  return body.jobId;
};

/** One poller: GET /jobs/:id in a loop over the jobs until `until`; the latency of each read. */
const poll = async (url: string, cookie: string, jobs: string[], until: number, offset: number) => {
  const ms: number[] = [];
  let errors = 0;
  for (let i = offset; performance.now() < until; i++) {
    const started = performance.now();
    try {
      const res = await fetch(`${url}/api/interview/jobs/${jobs[i % jobs.length]}`, {
        headers: { cookie },
      });
      await res.arrayBuffer();
      if (res.status === 200) ms.push(performance.now() - started);
      else errors++;
    } catch {
      errors++;
    }
  }
  return { ms, errors };
};

/** When a client first held a view at least as far as the emitted event. */
const receivedAt = (client: SseConnection, e: Emitted): number | null => {
  const hit = client.events.find((ev) => {
    const view = ev.data as { status?: string; progress?: number };
    if (e.kind === 'completed') return ev.event === 'completed';
    return ev.event === 'completed' || (view.progress ?? 0) >= e.progress;
  });
  return hit ? hit.at : null;
};

/**
 * Issue 5: status reads and SSE fan-out under load. 100 pollers read GET /jobs/:id in a loop
 * while 100 SSE clients follow the same jobs and those jobs run to completion on 2 worker
 * processes (fake AI latency 1 s). Fan-out delay: an event seen by the bench's own QueueEvents
 * -> the moment the last of that job's SSE clients received it.
 */
export const statusFanoutBench = async (ctx: BenchContext): Promise<ScenarioResult> => {
  const seconds = ctx.quick ? 6 : 20;
  const jobCount = ctx.quick ? 20 : 60;
  const latencyMs = 1_000;
  const stack = await startQueuedStack(ctx.services, {
    fake: { latencyMs },
    workers: 0,
    env: { WORKER_CONCURRENCY: '2', LOG_LEVEL: 'warn' },
  });
  const connection = new Redis(ctx.services.redisUrl, { maxRetriesPerRequest: null });
  const events = new QueueEvents(QUEUE_NAMES.interviewReports, {
    connection,
    prefix: stack.env.QUEUE_PREFIX,
  });
  const clients: SseConnection[] = [];
  try {
    await events.waitUntilReady();
    const emitted: Emitted[] = [];
    events.on('progress', ({ jobId, data }) => {
      const progress = (data as { progress?: number }).progress;
      if (typeof progress === 'number')
        emitted.push({ jobId, kind: 'progress', progress, at: performance.now() });
    });
    events.on('completed', ({ jobId }) =>
      emitted.push({ jobId, kind: 'completed', progress: 100, at: performance.now() }),
    );
    const url = stack.api.url;
    const cookie = await registerCookie(url);
    const jobs: string[] = [];
    for (let n = 0; n < jobCount; n++) jobs.push(await submitAsync(url, cookie, n));
    const byJob = new Map<string, SseConnection[]>();
    for (let i = 0; i < SSE_CLIENTS; i++) {
      const jobId = jobs[i % jobs.length]!;
      const client = await openSse(`${url}/api/interview/jobs/${jobId}/events`, { cookie });
      clients.push(client);
      byJob.set(jobId, [...(byJob.get(jobId) ?? []), client]);
    }
    await Promise.all(clients.map((c) => c.next(() => true)));
    ctx.log(
      `status-fanout: ${jobCount} jobs queued, ${SSE_CLIENTS} streams open; polling ${seconds} s`,
    );

    const started = performance.now();
    const until = started + seconds * 1_000;
    const pollers = Array.from({ length: POLLERS }, (_, i) => poll(url, cookie, jobs, until, i));
    await stack.addWorkers(2);
    const polled = await Promise.all(pollers);
    const elapsed = (performance.now() - started) / 1_000;
    // Let the streams of jobs that finished near the end deliver their last event.
    await Promise.race([Promise.all(clients.map((c) => c.ended)), sleep(5_000)]);

    const reads = polled.flatMap((p) => p.ms);
    const readErrors = polled.reduce((n, p) => n + p.errors, 0);
    const delays: number[] = [];
    let missed = 0;
    for (const e of emitted) {
      const watchers = byJob.get(e.jobId) ?? [];
      if (watchers.length === 0) continue;
      const times = watchers.map((c) => receivedAt(c, e));
      if (times.some((t) => t === null)) missed++;
      else delays.push(Math.max(0, ...(times as number[]).map((t) => t - e.at)));
    }
    const completed = emitted.filter((e) => e.kind === 'completed').length;
    const completedDelays = emitted
      .filter((e) => e.kind === 'completed' && byJob.has(e.jobId))
      .map((e) => Math.max(...byJob.get(e.jobId)!.map((c) => (receivedAt(c, e) ?? e.at) - e.at)));
    const endedCleanly = clients.filter((c) => c.events.at(-1)?.event === 'completed').length;
    const readMedian = median(reads);
    const readP95 = percentile(reads, 95);
    const fanoutP95 = percentile(delays, 95);
    return {
      title: '7. Status reads and SSE fan-out (issue 5)',
      method: `API process + 2 worker processes x WORKER_CONCURRENCY 2, fake AI latency ${latencyMs} ms, MongoDB protocol = FerretDB (SQLite). ${jobCount} jobs submitted with POST /api/interview/jobs; ${SSE_CLIENTS} SSE clients on them (about ${Math.ceil(SSE_CLIENTS / jobCount)} per job) and ${POLLERS} pollers reading GET /api/interview/jobs/:id back to back for ${seconds} s while the workers ran the jobs. Fan-out delay = a BullMQ event seen by the bench's own QueueEvents -> received by the last SSE client of that job. One run.`,
      lines: [
        '| figure | value |',
        '|---|---|',
        `| status reads (200) | ${reads.length} in ${fmt(elapsed)} s = ${fmt(reads.length / elapsed)} reads/s (errors ${readErrors}) |`,
        `| status read latency median / p95 (ms) | ${fmt(readMedian)} / ${fmt(readP95)} |`,
        `| jobs completed in the window | ${completed} of ${jobCount} |`,
        `| SSE fan-out delay, all events, median / p95 (ms) | ${fmt(median(delays))} / ${fmt(fanoutP95)} (${delays.length} events, ${missed} not seen by every client) |`,
        `| SSE fan-out delay, completed events, median / p95 (ms) | ${fmt(median(completedDelays))} / ${fmt(percentile(completedDelays, 95))} |`,
        `| streams that ended with their one completed event | ${endedCleanly} of ${SSE_CLIENTS} |`,
      ],
      targets: [
        {
          name: 'status read p95 under 100 pollers',
          value: `${fmt(readP95)} ms`,
          target: 'reported',
          met: null,
        },
        {
          name: 'SSE fan-out p95 to 100 clients',
          value: `${fmt(fanoutP95)} ms`,
          target: 'reported',
          met: null,
        },
      ],
      notes: [
        'Progress events a client never saw on their own (coalesced into a later view) count as received with that later view.',
      ],
    };
  } finally {
    for (const c of clients) c.close();
    await events.close().catch(() => undefined);
    connection.disconnect();
    await stack.stop();
  }
};
