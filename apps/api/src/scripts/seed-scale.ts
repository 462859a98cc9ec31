// npm run seed:scale -- --networks 10000 [--ties-per-network 5] [--seed 42] [--force]
// Bulk-loads a deterministic directory for benchmarks. Uses DATABASE_URL, or the embedded PostgreSQL.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createLogger } from '../common/logging/logger.js';
import { loadConfig } from '../config/app-config.js';
import { openDataSource, runMigrations } from '../database/data-source.js';
import { resolveDatabase } from '../database/database-url.js';
import { seedScale } from '../demo/scale/scale-seeder.js';
import { hashPassword } from '../modules/accounts/password.js';

/** Every generated person signs in with this password (hashed once, shared by all). */
const SCALE_PASSWORD = 'weave-scale-password';

const usage = 'Usage: npm run seed:scale -- --networks <count> [--ties-per-network <avg, default 5>] [--seed <n, default 42>] [--force]';
const { values } = parseArgs({
  options: {
    networks: { type: 'string', default: '10000' },
    'ties-per-network': { type: 'string', default: '5' },
    seed: { type: 'string', default: '42' },
    force: { type: 'boolean', default: false },
  },
});
const networks = Number(values.networks);
const tiesPerNetwork = Number(values['ties-per-network']);
const seed = Number(values.seed);
if (!Number.isInteger(networks) || networks < 1 || !(tiesPerNetwork >= 1) || !Number.isInteger(seed)) {
  console.error(usage);
  process.exit(2);
}

const config = loadConfig();
const database = await resolveDatabase(config, createLogger('warn'));
const client = new pg.Client({ connectionString: database.url });
try {
  const dataSource = await openDataSource(database.url);
  await runMigrations(dataSource).finally(() => dataSource.destroy());
  await client.connect();
  const [{ count }] = (await client.query<{ count: number }>('SELECT count(*)::int AS count FROM networks')).rows;
  if (count > 0 && !values.force) {
    throw new Error(
      `This database already has ${count} networks; seed:scale only fills an empty one. Add --force to add to it anyway (with a --seed not used there before).`,
    );
  }
  const started = Date.now();
  const made = await seedScale(client, { networks, tiesPerNetwork, seed }, await hashPassword(SCALE_PASSWORD));
  console.log(
    `Made ${made.networks} networks, ${made.ties} active ties, ${made.roles} roles and ${made.people} people ` +
      `(seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(generate ${made.generateMs} ms, insert ${made.insertMs} ms). People sign in as person1@scale.weave.test … with "${SCALE_PASSWORD}".`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => undefined);
  await database.stop();
}
