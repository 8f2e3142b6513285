export * from './backoff.ts';
export * from './interview-queue.ts';
export * from './queue-dashboard.ts';
export * from './tailored-resume-queue.ts';
