import { type Database, openDatabase } from '@prepkit/db';
import { sleep } from './stats.ts';

export interface JobTimes {
  total: number;
  completed: number;
  failed: number;
  /** First startedAt to last finishedAt, in seconds. */
  spanSeconds: number;
}

const read = async (db: Database): Promise<JobTimes> => {
  const docs = await db.connection
    .collection('interview_jobs')
    .find({}, { projection: { status: 1, startedAt: 1, finishedAt: 1 } })
    .toArray();
  const started = docs.map((d) => d.startedAt?.getTime?.() ?? Infinity);
  const finished = docs.map((d) => d.finishedAt?.getTime?.() ?? 0);
  return {
    total: docs.length,
    completed: docs.filter((d) => d.status === 'completed').length,
    failed: docs.filter((d) => d.status === 'failed').length,
    spanSeconds: (Math.max(...finished) - Math.min(...started)) / 1000,
  };
};

/** Waits until `expected` jobs in the stack's database are final; returns their times. */
export const waitForJobs = async (
  mongodbUri: string,
  expected: number,
  timeoutMs: number,
): Promise<JobTimes> => {
  const db = await openDatabase(mongodbUri);
  try {
    const deadline = Date.now() + timeoutMs;
    let t = await read(db);
    while (t.completed + t.failed < expected && Date.now() < deadline) {
      await sleep(500);
      t = await read(db);
    }
    return t;
  } finally {
    await db.close();
  }
};
