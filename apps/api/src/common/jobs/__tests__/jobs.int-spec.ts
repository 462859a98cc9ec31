import { Injectable, Module } from '@nestjs/common';
import { DB_TOKEN, type Db } from '../../../database/database.js';
import { ACCOUNTS_HOUSEKEEPING_JOB } from '../../../modules/accounts/accounts-housekeeping.service.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { JobsService } from '../jobs.service.js';

// The job queue (pg-boss in the app's PostgreSQL): installed as the API's own database role, retrying
// with backoff, written in the caller's transaction, and running the hourly clean-up on a schedule.

const FLAKY = 'probe-flaky';
const RECORD = 'probe-record';
const DELAY = 10;
const EVENT = 'probe-happened';

/** A job that fails its first `failures` tries, and one that records what it was given. */
@Injectable()
class ProbeJobs {
  failures = 2;
  tries = 0;
  readonly recorded: string[] = [];
  readonly heard: string[] = [];

  constructor(jobs: JobsService) {
    jobs.define(
      FLAKY,
      async () => {
        this.tries++;
        if (this.tries <= this.failures) throw new Error(`try ${this.tries} fails`);
      },
      { retry: { retryLimit: 3, retryDelaySeconds: DELAY } },
    );
    jobs.define<{ what: string }>(RECORD, async ({ what }) => void this.recorded.push(what));
    jobs.subscribe<{ what: string }>(EVENT, 'probe-listener-a', async ({ what }) => void this.heard.push(`a:${what}`));
    jobs.subscribe<{ what: string }>(EVENT, 'probe-listener-b', async ({ what }) => void this.heard.push(`b:${what}`));
  }
}

@Module({ providers: [ProbeJobs] })
class ProbeJobsModule {}

interface JobRow {
  state: string;
  retry_count: number;
  wait_seconds: number;
  output: { message?: string } | null;
}

describe('the job queue', () => {
  let t: TestApp;
  let jobs: JobsService;
  let probe: ProbeJobs;
  let db: Db;

  const job = async (id: string) =>
    (
      (await t.dataSource.query(
        `SELECT state, retry_count, extract(epoch FROM start_after - now())::float AS wait_seconds, output FROM pgboss.job WHERE id = $1`,
        [id],
      )) as JobRow[]
    )[0];
  /** Brings a retry's time forward to now, instead of waiting for it. */
  const due = (id: string) => t.dataSource.query(`UPDATE pgboss.job SET start_after = now() WHERE id = $1`, [id]);

  beforeAll(async () => {
    t = await createTestApp({ extraModules: [ProbeJobsModule] });
    jobs = t.app.get(JobsService);
    probe = t.app.get(ProbeJobs);
    db = t.app.get<Db>(DB_TOKEN);
  });
  afterAll(() => t.close());

  it('keeps its tables in the app database, made by the API’s own role (not a superuser)', async () => {
    const [schema] = (await t.dataSource.query(
      `SELECT pg_get_userbyid(nspowner) AS owner, current_user AS me, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser
         FROM pg_namespace WHERE nspname = 'pgboss'`,
    )) as { owner: string; me: string; superuser: boolean }[];
    expect(schema).toEqual({ owner: 'weave', me: 'weave', superuser: false });
  });

  it('tries a failing job again later, waiting twice as long each time, until it succeeds', async () => {
    const id = (await jobs.enqueue(FLAKY, {}))!;
    await t.drainJobs();
    const first = await job(id);
    expect(first).toMatchObject({ state: 'retry', retry_count: 0, output: { message: 'try 1 fails' } });
    // Backoff with jitter: the n-th retry waits between DELAY·2ⁿ⁻¹ and DELAY·2ⁿ seconds.
    expect(first.wait_seconds).toBeGreaterThan(DELAY - 1);
    expect(first.wait_seconds).toBeLessThan(2 * DELAY);

    // Not yet due: draining does not run it.
    await t.drainJobs();
    expect(probe.tries).toBe(1);

    await due(id);
    await t.drainJobs();
    const second = await job(id);
    expect(second).toMatchObject({ state: 'retry', retry_count: 1, output: { message: 'try 2 fails' } });
    expect(second.wait_seconds).toBeGreaterThan(2 * DELAY - 1);
    expect(second.wait_seconds).toBeLessThan(4 * DELAY);

    await due(id);
    await t.drainJobs();
    expect(await job(id)).toMatchObject({ state: 'completed', retry_count: 2 });
    expect(probe.tries).toBe(3);
  });

  it('gives up after its last try, keeping the job as failed', async () => {
    probe.tries = 0;
    probe.failures = 10;
    const id = (await jobs.enqueue(FLAKY, {}))!;
    for (let attempt = 0; attempt < 4; attempt++) {
      await due(id);
      await t.drainJobs();
    }
    expect(await job(id)).toMatchObject({ state: 'failed', retry_count: 3 });
    expect(probe.tries).toBe(4);
  });

  it('waits, when drained, for a job a worker has taken but not finished (what an act queued has then happened)', async () => {
    // As pg-boss marks a job a worker has fetched, before the worker runs it.
    const [{ id }] = (await t.dataSource.query(
      `INSERT INTO pgboss.job (name, data, state, started_on) VALUES ($1, '{}', 'active', now()) RETURNING id`,
      [RECORD],
    )) as { id: string }[];
    let drained = false;
    const draining = jobs.drain().then(() => {
      drained = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(drained).toBe(false);
    await t.dataSource.query(`UPDATE pgboss.job SET state = 'completed', completed_on = now() WHERE id = $1`, [id]);
    await draining;
    expect(drained).toBe(true);
    await t.dataSource.query(`DELETE FROM pgboss.job WHERE id = $1`, [id]);
  });

  it('writes a job in the caller’s transaction: none for work that rolls back', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await jobs.enqueue(RECORD, { what: 'rolled back' }, trx);
        throw new Error('the act failed');
      }),
    ).rejects.toThrow('the act failed');
    await db.transaction().execute((trx) => jobs.enqueue(RECORD, { what: 'committed' }, trx));
    await t.drainJobs();
    expect(probe.recorded).toEqual(['committed']);
    const [{ count }] = (await t.dataSource.query(`SELECT count(*)::int AS count FROM pgboss.job WHERE name = $1`, [RECORD])) as {
      count: number;
    }[];
    expect(count).toBe(1);
  });

  it('announces an event to each subscriber once, in the caller’s transaction: nothing for work that rolls back', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await jobs.publish(EVENT, { what: 'rolled back' }, trx);
        throw new Error('the act failed');
      }),
    ).rejects.toThrow('the act failed');
    await db.transaction().execute((trx) => jobs.publish(EVENT, { what: 'closed' }, trx));
    // An event nobody listens to is fine.
    await jobs.publish('probe-nobody-listens', { what: 'x' });
    await t.drainJobs();
    expect(probe.heard.sort()).toEqual(['a:closed', 'b:closed']);
  });

  it('runs the hourly clean-up of expired sign-in data as a scheduled job', async () => {
    const schedules = (await t.dataSource.query(`SELECT name, cron FROM pgboss.schedule WHERE name = $1`, [ACCOUNTS_HOUSEKEEPING_JOB])) as {
      name: string;
      cron: string;
    }[];
    expect(schedules).toEqual([{ name: ACCOUNTS_HOUSEKEEPING_JOB, cron: '0 * * * *' }]);
    const person = await t.newPerson();
    await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '2 days' WHERE person_id = $1`, [person.id]);
    const id = (await jobs.enqueue(ACCOUNTS_HOUSEKEEPING_JOB, {}))!;
    await t.drainJobs();
    expect((await job(id)).state).toBe('completed');
    expect(await t.dataSource.query(`SELECT id FROM sessions WHERE person_id = $1`, [person.id])).toEqual([]);
  });
});
