export * from './config/config.schema.ts';
export * from './config/duration.ts';
export * from './contracts/auth.schema.ts';
export type * from './contracts/generator.ts';
export * from './contracts/interview-input.schema.ts';
export * from './contracts/interview-job.schema.ts';
export * from './contracts/report.schema.ts';
export * from './errors/app-error.ts';
export * from './errors/error-codes.ts';
