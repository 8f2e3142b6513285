import type { Types as MongooseTypes } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test/support/corpus.ts';
import { waitFor } from '../../../test/support/fault-harness.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { until } from '../../../test/support/until.ts';
import { type Stack, startStack } from '../../api/test/support/interview-stack.ts';

describe('jobs written by earlier versions', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(makeTestConfig());
  });
  afterAll(() => stack?.close());

  /**
   * Writes a queued job document exactly as an earlier version did (its `input` and `upload`
   * given), enqueues it, and waits until it has completed.
   */
  const runOldJob = async (
    _id: MongooseTypes.ObjectId,
    input: Record<string, string>,
    upload: Record<string, unknown>,
  ) => {
    const { Types } = stack.api.db.connection.base;
    const now = new Date();
    await stack.api.db.connection.collection('interview_jobs').insertOne({
      _id,
      owner: new Types.ObjectId(stack.userId),
      status: 'queued',
      stage: null,
      progress: 0,
      attempts: 0,
      input,
      upload,
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
    expect(job?.startedAt).toBeInstanceOf(Date);
    expect(await stack.api.db.reports.countForJob(id)).toBe(1);
    return (await stack.api.db.reports.findOwned(id, stack.userId))!;
  };

  it('when a queued job with its texts in the job document (no file) is run, then the worker completes it with one report', async () => {
    const { Types } = stack.api.db.connection.base;
    const report = await runOldJob(
      new Types.ObjectId(),
      {
        title: 'Java Developer',
        jobDescription: 'Java developer: Spring Boot, Hibernate, SQL.',
        selfDescription: 'Six years of Java and Spring Boot.',
      },
      { id: null, kind: null, filename: '' },
    );
    expect(report.jobDescription).toBe('Java developer: Spring Boot, Hibernate, SQL.');
    expect(report.selfDescription).toBe('Six years of Java and Spring Boot.');
  });

  it('when a queued job with its texts in interview_job_inputs and its file in uploads is run, then it completes from them and the file is deleted', async () => {
    const { Types } = stack.api.db.connection.base;
    const _id = new Types.ObjectId();
    const uploadId = await stack.api.db.uploads.create({
      owner: stack.userId,
      filename: 'resume.pdf',
      mimeType: 'application/pdf',
      kind: 'pdf',
      data: readCorpus('resumes/pdf/resumematcher__john_doe.pdf'),
    });
    await stack.api.db.connection.collection('interview_job_inputs').insertOne({
      _id,
      jobDescription: 'Backend engineer: Node.js, TypeScript, PostgreSQL.',
      selfDescription: '',
      createdAt: new Date(),
    });
    const report = await runOldJob(
      _id,
      { title: 'Backend Engineer' },
      { id: new Types.ObjectId(uploadId), kind: 'pdf', filename: 'resume.pdf' },
    );
    expect(report.jobDescription).toBe('Backend engineer: Node.js, TypeScript, PostgreSQL.');
    expect(report.resume.length).toBeGreaterThan(200);
    await until(
      async () => (await stack.api.db.uploads.findById(uploadId)) === null,
      "the earlier layout's upload is deleted",
    );
  });
});
