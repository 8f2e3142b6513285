export * from './backoff.ts';
export * from './interview-queue.ts';
