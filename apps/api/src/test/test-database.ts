import { randomBytes } from 'node:crypto';
import pg from 'pg';

// Set by global-setup.ts for every test worker.
export const TEMPLATE_DATABASE = 'weave_template';

function serverUrl(database: string, as: 'superuser' | 'app' = 'superuser'): string {
  const base = process.env[as === 'app' ? 'WEAVE_TEST_DATABASE_APP' : 'WEAVE_TEST_DATABASE_SERVER'];
  if (!base) throw new Error('Integration tests need the global setup (run them through jest, e.g. npm test).');
  return `${base}/${database}`;
}

async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the migrated template, owned by (and reached as) the app role; each test file gets its own. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}" OWNER weave`);
        return;
      } catch (error) {
        // Another worker may be cloning the template at the same moment.
        if (attempt >= 20 || !String(error).includes('being accessed by other users')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
  return {
    url: serverUrl(name, 'app'),
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
