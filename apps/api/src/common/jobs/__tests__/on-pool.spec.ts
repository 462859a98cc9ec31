import { createRequire } from 'node:module';
import type pg from 'pg';
import { JOBS_SCHEMA, onPool } from '../jobs.service.js';

// pg-boss 10 does not await marking a job done or failed: with the database away, those two statements
// must not reject (an unhandled rejection ends the process); every other statement reports its error.

const plans = createRequire(import.meta.url)('pg-boss/src/plans.js') as {
  completeJobs(s: string): string;
  fetchNextJob(s: string): () => string;
};
const down = { connect: () => Promise.reject(new Error('connect ECONNREFUSED')) } as unknown as pg.Pool;

describe('pg-boss statements while the database is away', () => {
  it('answers "nothing changed" to marking a job done, which pg-boss does not await', async () => {
    await expect(onPool(down, plans.completeJobs(JOBS_SCHEMA), [])).resolves.toEqual({ rows: [{ count: 0 }] });
  });

  it('lets any other statement fail as usual', async () => {
    await expect(onPool(down, plans.fetchNextJob(JOBS_SCHEMA)(), [])).rejects.toThrow('ECONNREFUSED');
  });
});
