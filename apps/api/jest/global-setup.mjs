// One embedded PostgreSQL for the whole test run. Migrations run once into a
// template database; each test file clones it (src/test/test-database.ts).
// Jest loads global setup without its module mapping, so this file uses the
// compiled API (the test script builds it first).
import os from 'node:os';
import path from 'node:path';
import 'reflect-metadata';
import { openDataSource, runMigrations } from '../dist/database/data-source.js';
import { startEmbeddedPostgres } from '../dist/database/embedded-postgres.js';

export const TEMPLATE_DATABASE = 'weave_template';

export default async function globalSetup() {
  const server = await startEmbeddedPostgres({
    dataDir: path.join(os.tmpdir(), `weave-test-pg-${process.pid}-${Date.now()}`),
    database: TEMPLATE_DATABASE,
    persistent: false,
    log: (message) => console.warn(message),
    // Durability is not under test; speed is welcome.
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
  });
  const dataSource = await openDataSource(server.url);
  await runMigrations(dataSource);
  await dataSource.destroy();
  // Test files create their databases as the superuser; the API in them connects as the app role, which is not one.
  process.env.WEAVE_TEST_DATABASE_SERVER = server.superuserUrl.slice(0, server.superuserUrl.lastIndexOf('/'));
  process.env.WEAVE_TEST_DATABASE_APP = server.url.slice(0, server.url.lastIndexOf('/'));
  globalThis.weaveTestDatabase = server;
}
