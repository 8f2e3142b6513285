import { loadConfig } from '@prepkit/shared';
import { type FakeGemini, reply, startFakeGemini } from '@prepkit/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestEnv } from '../../../test/support/test-config.ts';
import { spawnWorkerProcess, startTestWorker } from '../../../test/support/worker-harness.ts';
import { postInterview, type Stack, startStack } from '../../api/test/support/interview-stack.ts';

let fake: FakeGemini;
let stack: Stack;
let env: Record<string, string>;
beforeAll(async () => {
  fake = await startFakeGemini();
  env = makeTestEnv({
    ...fake.env(),
    SYNC_TIMEOUT_MS: '500',
    WORKER_LOCK_DURATION_MS: '2000',
    WORKER_STALLED_INTERVAL_MS: '1000',
  });
  stack = await startStack(loadConfig(env), false);
});
afterAll(async () => {
  await stack?.close();
  await fake?.close();
});

const waitFor = async <T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  timeoutMs: number,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
};

describe('a worker that dies mid-generation', () => {
  it('when its process is killed while Gemini is answering, then another worker takes the job over and exactly one report exists', async () => {
    fake.enqueue(reply.hang());
    const doomed = spawnWorkerProcess(env);
    await doomed.ready;
    const res = await postInterview(stack, {
      jobDescription: 'Backend engineer, Node.js and PostgreSQL',
      selfDescription: 'Node.js developer.',
    });
    expect(res.status).toBe(202);
    const jobId = res.body.jobId as string;
    await fake.waitForCalls(1, 10_000);
    doomed.child.kill('SIGKILL');
    expect((await doomed.exited).signal).toBe('SIGKILL');

    const survivor = await startTestWorker(loadConfig(env));
    try {
      const job = await waitFor(
        () => stack.api.db.jobs.findById(jobId),
        (j) => j?.status === 'completed',
        20_000,
      );
      expect(job).toMatchObject({ status: 'completed', attempts: 2 });
      expect(await stack.api.db.reports.countForJob(jobId)).toBe(1);
      expect(fake.calls).toBe(2);
    } finally {
      await survivor.close(1_000);
    }
  });
});
