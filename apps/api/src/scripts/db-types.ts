// npm run db:types: writes src/database/db.generated.ts, the row types of
// every table, read by kysely-codegen from a database the migrations just
// built (a throwaway embedded PostgreSQL). `-- --verify` fails instead of
// writing when the committed file differs (CI's drift check).
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../config/app-config.js';
import { openDataSource, runMigrations } from '../database/data-source.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';

const verify = process.argv.includes('--verify');
const apiRoot = path.join(projectRoot, 'apps', 'api');
const outFile = path.join(apiRoot, 'src', 'database', 'db.generated.ts');

const server = await startEmbeddedPostgres({
  dataDir: path.join(os.tmpdir(), `weave-db-types-${process.pid}-${Date.now()}`),
  database: 'weave_types',
  persistent: false,
  log: (message) => console.warn(message),
  settings: { fsync: 'off' },
});
let status: number;
try {
  const dataSource = await openDataSource(server.url);
  await runMigrations(dataSource);
  await dataSource.destroy();
  const args = [
    '--dialect=postgres',
    `--url=${server.url}`,
    '--camel-case',
    '--exclude-pattern=migrations',
    '--log-level=warn',
    `--out-file=${outFile}`,
    ...(verify ? ['--verify'] : []),
  ];
  const run = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'kysely-codegen'), args, { stdio: 'inherit' });
  status = run.status ?? 1;
  if (status === 0) console.log(verify ? 'Row types match the migrated schema.' : `Wrote ${path.relative(process.cwd(), outFile)}`);
  else if (verify) console.error('src/database/db.generated.ts differs from the migrated schema: run `npm run db:types` and commit it.');
} finally {
  await server.stop();
}
process.exit(status);
