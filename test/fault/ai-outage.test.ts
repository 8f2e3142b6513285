import { ERRORS } from '@prepkit/shared';
import { reply } from '@prepkit/testkit';
import { describe, expect, it } from 'vitest';
import { readOutcomes } from '../support/fault-harness.ts';
import { useFaultSetup } from '../support/fault-setup.ts';

const ATTEMPTS = 4;
const setup = useFaultSetup({
  latencyMs: 20,
  workers: 2,
  env: {
    SYNC_TIMEOUT_MS: '30000',
    AI_MAX_ATTEMPTS: String(ATTEMPTS),
    AI_BACKOFF_MS: '400',
    WORKER_CONCURRENCY: '4',
  },
});

describe('fault 5: the AI answers 503 for a while', () => {
  it('when it recovers within the retry budget, then every job backs off and completes (201)', async () => {
    const { fake, stack } = setup;
    fake.setDefault(reply.error(503));
    const pending = Array.from({ length: 6 }, (_, i) => stack.submit(`Recovering AI ${i}`));
    await fake.waitForCalls(6, 10_000);
    await new Promise((r) => setTimeout(r, 700));
    fake.setDefault(reply.report());
    const answers = await Promise.all(pending);
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(201));
    for (const a of answers) {
      const id = String((a.body.interviewReport as { jobId?: string; _id: string })._id);
      expect(id).toMatch(/^[a-f0-9]{24}$/);
    }
    const statuses = fake.statusCounts;
    expect(statuses[503]).toBeGreaterThanOrEqual(6);
    expect(statuses[200]).toBe(6);
    expect(await readOutcomes(stack.api.db)).toMatchObject({
      jobs: 6,
      completed: 6,
      reports: 6,
      duplicateReports: 0,
    });
  });

  it('when it stays down past the retry budget, then each job fails with the documented 502 after AI_MAX_ATTEMPTS calls, and none vanishes', async () => {
    const { fake, stack } = setup;
    fake.reset();
    fake.setDefault(reply.error(503));
    const answers = await Promise.all(
      Array.from({ length: 3 }, (_, i) => stack.submit(`Dead AI ${i}`)),
    );
    for (const a of answers) {
      expect(a.status).toBe(502);
      expect(a.body).toMatchObject({ code: 'AI_FAILED', message: ERRORS.AI_FAILED.message });
    }
    expect(fake.calls).toBe(3 * ATTEMPTS);
    const outcomes = await readOutcomes(stack.api.db);
    expect(outcomes).toMatchObject({
      jobs: 9,
      completed: 6,
      failed: 3,
      unfinished: 0,
      reports: 6,
      duplicateReports: 0,
    });
    expect(outcomes.completed + outcomes.failed).toBe(outcomes.jobs);
  });
});
