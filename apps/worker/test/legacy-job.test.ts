import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../../test/support/fault-harness.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { type Stack, startStack } from '../../api/test/support/interview-stack.ts';

describe('a job written before the inputs moved to interview_job_inputs', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(makeTestConfig());
  });
  afterAll(() => stack?.close());

  it('when such a queued job is run, then the worker reads its texts from the job document and completes it with one report', async () => {
    const { Types } = stack.api.db.connection.base;
    const _id = new Types.ObjectId();
    const now = new Date();
    // The document exactly as the previous version wrote it: the texts inside `input`.
    await stack.api.db.connection.collection('interview_jobs').insertOne({
      _id,
      owner: new Types.ObjectId(stack.userId),
      status: 'queued',
      stage: null,
      progress: 0,
      attempts: 0,
      input: {
        title: 'Java Developer',
        jobDescription: 'Java developer: Spring Boot, Hibernate, SQL.',
        selfDescription: 'Six years of Java and Spring Boot.',
      },
      upload: { id: null, kind: null, filename: '' },
      reportId: null,
      error: null,
      lastErrorCode: null,
      cancelRequested: false,
      startedAt: null,
      finishedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    const id = _id.toString();
    await stack.api.queue.enqueue(id);
    const job = await waitFor(
      () => stack.api.db.jobs.findById(id),
      (j) => j?.status === 'completed',
      30_000,
    );
    expect(job?.reportId).toBe(id);
    const report = await stack.api.db.reports.findOwned(id, stack.userId);
    expect(report?.jobDescription).toBe('Java developer: Spring Boot, Hibernate, SQL.');
    expect(report?.selfDescription).toBe('Six years of Java and Spring Boot.');
    expect(await stack.api.db.reports.countForJob(id)).toBe(1);
  });
});
