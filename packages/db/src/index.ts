export * from './connection.ts';
export * from './database.ts';
export * from './idempotency-keys/idempotency-key.repository.ts';
export * from './interview-jobs/interview-job.repository.ts';
export * from './reports/report.repository.ts';
export * from './revoked-tokens/revoked-token.repository.ts';
export * from './uploads/upload.repository.ts';
export * from './users/user.repository.ts';
