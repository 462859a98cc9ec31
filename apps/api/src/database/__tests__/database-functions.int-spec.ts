import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createTestDatabase } from '../../test/test-database.js';

// The database (migrated by the global setup from the built API, dist/) runs
// each function exactly as the highest version of its SQL file says.

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../functions');

function latestVersions(): Map<string, string> {
  const latest = new Map<string, { version: number; file: string }>();
  for (const file of readdirSync(folder)) {
    const [, name, version] = file.match(/^([a-z_]+)\.v(\d+)\.sql$/) ?? [];
    if (!name) continue;
    if ((latest.get(name)?.version ?? 0) < Number(version)) latest.set(name, { version: Number(version), file });
  }
  return new Map([...latest].map(([name, { file }]) => [name, readFileSync(path.join(folder, file), 'utf8')]));
}

describe('database functions', () => {
  let database: { url: string; drop: () => Promise<void> };
  let client: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it('are in the database as the highest version of their SQL file says', async () => {
    const functions = latestVersions();
    expect([...functions.keys()]).toContain('open_space_move');
    for (const [name, text] of functions) {
      const body = text.slice(text.indexOf('$$') + 2, text.lastIndexOf('$$'));
      const { rows } = await client.query<{ prosrc: string }>(`SELECT prosrc FROM pg_proc WHERE proname = $1`, [name]);
      expect(rows.map((r) => r.prosrc)).toEqual([body]);
    }
  });
});
