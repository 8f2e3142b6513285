import { type Database, openDatabase } from '@prepkit/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestConfig } from '../../../test/support/test-config.ts';

/**
 * Every state write of a job is a compare-and-set by `_id` plus conditions
 * (`{_id, status: 'queued'}`, `{_id, 'lease.owner': ...}`). These tests keep that write as cheap
 * with years of history as with none: the server must answer it from the `_id` index, never by
 * reading the whole collection (issue 16). FerretDB v1 on SQLite only does so with prepkit's
 * build patch (scripts/lib/ferretdb-patch.ts); MongoDB always does.
 */
const INPUT = {
  title: 'Backend Engineer',
  jobDescription: 'Node.js, TypeScript.',
  selfDescription: '',
};

interface Explained {
  /** FerretDB: the SQLite query plan, one line per node. */
  ferret: string[] | null;
  /** MongoDB: the winning plan, as JSON. */
  mongo: string | null;
}

const explainFind = async (db: Database, filter: Record<string, unknown>): Promise<Explained> => {
  const native = db.connection.db;
  if (!native) throw new Error('not connected');
  const build = await native.admin().command({ buildInfo: 1 });
  const res = await native.command({ explain: { find: 'interview_jobs', filter } });
  if (build.ferretdbVersion) {
    return { ferret: (res.queryPlanner?.Plan ?? []) as string[], mongo: null };
  }
  return { ferret: null, mongo: JSON.stringify(res.queryPlanner?.winningPlan ?? {}) };
};

const expectIndexed = (plan: Explained) => {
  if (plan.ferret) {
    expect(plan.ferret.join('\n')).toMatch(/SEARCH .* USING INDEX/);
    expect(plan.ferret.join('\n')).not.toMatch(/\bSCAN\b/);
  } else {
    expect(plan.mongo).toMatch(/IDHACK|IXSCAN/);
    expect(plan.mongo).not.toMatch(/COLLSCAN/);
  }
};

describe('job state writes by _id', () => {
  let db: Database;
  let jobId: string;
  let owner: string;
  beforeAll(async () => {
    db = await openDatabase(makeTestConfig().mongodbUri);
    const user = await db.users.create({
      username: 'writes',
      email: 'writes@example.com',
      passwordHash: 'x',
    });
    if (!user) throw new Error('user not created');
    owner = user.id;
    // Some history, so that a scan and an index lookup are told apart by the plan.
    for (let i = 0; i < 20; i++) await db.jobs.create({ owner, input: INPUT, upload: null });
    jobId = (await db.jobs.create({ owner, input: INPUT, upload: null })).id;
  });
  afterAll(async () => {
    await db?.connection.db?.dropDatabase();
    await db?.close();
  });

  it('when a job is read by _id, then the server uses the _id index', async () => {
    expectIndexed(await explainFind(db, { _id: new db.connection.base.Types.ObjectId(jobId) }));
  });

  it('when a job is read by _id with more conditions (a compare-and-set), then the server still uses the _id index', async () => {
    const _id = new db.connection.base.Types.ObjectId(jobId);
    expectIndexed(await explainFind(db, { _id, status: 'queued' }));
    expectIndexed(await explainFind(db, { status: { $in: ['queued', 'processing'] }, _id }));
  });

  it('when a compare-and-set write by _id does not match its conditions, then nothing changes; when it does, exactly that job changes', async () => {
    const lease = { owner: 'attempt-a', ms: 60_000 };
    const other = await db.jobs.create({ owner, input: INPUT, upload: null });
    // Not queued any more after the first start: a second start of the same job is refused.
    expect((await db.jobs.startAttempt(jobId, lease)).outcome).toBe('started');
    expect((await db.jobs.startAttempt(jobId, { owner: 'attempt-b', ms: 60_000 })).outcome).toBe(
      'leased',
    );
    expect(await db.jobs.renewLease(jobId, 'attempt-b', new Date(Date.now() + 60_000))).toBe(false);
    expect(await db.jobs.renewLease(jobId, 'attempt-a', new Date(Date.now() + 60_000))).toBe(true);
    // The neighbour written just before and after is untouched.
    expect((await db.jobs.findById(other.id))?.status).toBe('queued');
    expect((await db.jobs.findById(jobId))?.status).toBe('processing');
  });
});
