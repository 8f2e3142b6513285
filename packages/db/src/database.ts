import type { Connection } from 'mongoose';
import { connectMongo, type MongoConnectionOptions, pingMongo } from './connection.ts';
import { createIdempotencyKeyModel } from './idempotency-keys/idempotency-key.model.ts';
import {
  createIdempotencyKeyRepository,
  type IdempotencyKeyRepository,
} from './idempotency-keys/idempotency-key.repository.ts';
import { createInterviewJobModel } from './interview-jobs/interview-job.model.ts';
import { createInterviewJobRepository } from './interview-jobs/interview-job.repository.ts';
import type { InterviewJobRepository } from './interview-jobs/interview-job.types.ts';
import { createInterviewJobInputModel } from './interview-jobs/interview-job-input.model.ts';
import { createReportModel } from './reports/report.model.ts';
import { createReportRepository, type ReportRepository } from './reports/report.repository.ts';
import { createRevokedTokenModel } from './revoked-tokens/revoked-token.model.ts';
import {
  createRevokedTokenRepository,
  type RevokedTokenRepository,
} from './revoked-tokens/revoked-token.repository.ts';
import { createTailoredResumeModel } from './tailored-resumes/tailored-resume.model.ts';
import {
  createTailoredResumeRepository,
  type TailoredResumeRepository,
} from './tailored-resumes/tailored-resume.repository.ts';
import { createUploadModel } from './uploads/upload.model.ts';
import { createUploadRepository, type UploadRepository } from './uploads/upload.repository.ts';
import { createUserModel } from './users/user.model.ts';
import { createUserRepository, type UserRepository } from './users/user.repository.ts';
import { backfillUsernameKeys } from './users/username-key.migration.ts';

/** One open database: its connection and a repository per entity. */
export interface Database {
  connection: Connection;
  users: UserRepository;
  uploads: UploadRepository;
  jobs: InterviewJobRepository;
  reports: ReportRepository;
  /** Idempotency-Key claims of submissions (expired ones swept by the worker). */
  idempotencyKeys: IdempotencyKeyRepository;
  /** Logged-out tokens until they expire (the record; the API caches it in Redis). */
  revokedTokens: RevokedTokenRepository;
  /** Tailored-resume jobs and their results (one document each, keyed by job id). */
  tailoredResumes: TailoredResumeRepository;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Connects, registers every model, and builds the indexes (idempotent). */
export const openDatabase = async (
  uri: string,
  options: MongoConnectionOptions = {},
): Promise<Database> => {
  const connection = await connectMongo(uri, options);
  await backfillUsernameKeys(connection);
  const models = {
    users: createUserModel(connection),
    uploads: createUploadModel(connection),
    jobs: createInterviewJobModel(connection),
    jobInputs: createInterviewJobInputModel(connection),
    reports: createReportModel(connection),
    idempotencyKeys: createIdempotencyKeyModel(connection),
    revokedTokens: createRevokedTokenModel(connection),
    tailoredResumes: createTailoredResumeModel(connection),
  };
  await Promise.all(Object.values(models).map((m) => m.init()));
  return {
    connection,
    users: createUserRepository(models.users),
    uploads: createUploadRepository(models.uploads),
    jobs: createInterviewJobRepository(models.jobs, models.jobInputs),
    reports: createReportRepository(models.reports),
    idempotencyKeys: createIdempotencyKeyRepository(models.idempotencyKeys),
    revokedTokens: createRevokedTokenRepository(models.revokedTokens),
    tailoredResumes: createTailoredResumeRepository(models.tailoredResumes),
    ping: () => pingMongo(connection),
    close: () => connection.close(),
  };
};
