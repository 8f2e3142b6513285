export * from './backoff.ts';
export * from './interview-queue.ts';
export * from './tailored-resume-queue.ts';
