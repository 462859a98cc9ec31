import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

/**
 * Who connects to the embedded PostgreSQL, and with what password.
 *
 * Each data folder gets its own random superuser password, kept next to the folder in a file only its
 * owner may read (0600). The API itself connects as `weave`, a role that is not a superuser and owns the
 * database (so migrations can still create and alter its tables).
 */
export const SUPERUSER = 'postgres';
export const APP_ROLE = 'weave';
/** What every data folder used before per-folder passwords; only ever used to replace it. */
export const LEGACY_SUPERUSER_PASSWORD = 'weave-embedded';

export interface EmbeddedCredentials {
  superuserPassword: string;
  appPassword: string;
}

/** `.data/postgres` keeps its passwords in `.data/postgres.credentials.json`. */
export const credentialsFile = (dataDir: string): string => `${dataDir}.credentials.json`;

const newPassword = () => randomBytes(24).toString('base64url');

/** The data folder's passwords, made (and written, mode 0600) on first use. */
export async function loadOrCreateCredentials(dataDir: string): Promise<EmbeddedCredentials> {
  const file = credentialsFile(dataDir);
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<EmbeddedCredentials>;
    if (typeof stored.superuserPassword === 'string' && typeof stored.appPassword === 'string') {
      await chmod(file, 0o600);
      return { superuserPassword: stored.superuserPassword, appPassword: stored.appPassword };
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && !(error instanceof SyntaxError)) throw error;
  }
  const credentials = { superuserPassword: newPassword(), appPassword: newPassword() };
  // On a fresh checkout `.data` does not exist yet: the passwords are the first thing written in it.
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return credentials;
}

export const removeCredentials = (dataDir: string) => rm(credentialsFile(dataDir), { force: true });

interface Target {
  port: number;
  database: string;
  log: (message: string) => void;
}

async function connect(port: number, database: string, user: string, password: string): Promise<pg.Client> {
  const client = new pg.Client({ host: '127.0.0.1', port, database, user, password, application_name: 'weave-setup' });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/**
 * A superuser connection with the folder's password. A folder made by an earlier version still has the
 * old constant password: it is replaced by the folder's own (the upgrade path).
 */
async function superuserClient(credentials: EmbeddedCredentials, { port, log }: Target): Promise<pg.Client> {
  try {
    return await connect(port, 'postgres', SUPERUSER, credentials.superuserPassword);
  } catch (error) {
    // 28P01 invalid_password: the folder predates per-folder passwords.
    if ((error as { code?: string }).code !== '28P01') throw error;
  }
  const client = await connect(port, 'postgres', SUPERUSER, LEGACY_SUPERUSER_PASSWORD);
  await client.query(`ALTER ROLE ${SUPERUSER} PASSWORD ${client.escapeLiteral(credentials.superuserPassword)}`);
  log('Replaced the embedded PostgreSQL superuser password of an earlier version with one of its own for this data folder.');
  return client;
}

/** Makes sure the app role exists with the folder's password and owns `database` and everything in it. */
export async function ensureAppAccess(credentials: EmbeddedCredentials, target: Target): Promise<void> {
  const admin = await superuserClient(credentials, target);
  try {
    const role = await admin.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
    const password = admin.escapeLiteral(credentials.appPassword);
    const verb = role.rowCount === 0 ? 'CREATE' : 'ALTER';
    await admin.query(`${verb} ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${password}`);
    const found = await admin.query<{ owner: string }>('SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1', [
      target.database,
    ]);
    if (found.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(target.database)} OWNER ${APP_ROLE}`);
    } else if (found.rows[0].owner !== APP_ROLE) {
      await admin.query(`ALTER DATABASE ${admin.escapeIdentifier(target.database)} OWNER TO ${APP_ROLE}`);
      await handOverObjects(credentials, target);
      target.log(`The database ${target.database} and its tables now belong to the role ${APP_ROLE}, which is not a superuser.`);
    }
  } finally {
    await admin.end();
  }
}

/**
 * Tables, sequences, views, functions and types an earlier version created as the superuser pass to the
 * app role, so its migrations can alter them. Objects belonging to extensions stay where they are.
 */
async function handOverObjects(credentials: EmbeddedCredentials, { port, database }: Target): Promise<void> {
  const client = await connect(port, database, SUPERUSER, credentials.superuserPassword);
  try {
    const { rows } = await client.query<{ statement: string }>(
      `WITH owned AS (
         SELECT format('ALTER TABLE %s OWNER TO ${APP_ROLE}', c.oid::regclass) AS statement, c.oid, 'pg_class'::regclass AS catalog
           FROM pg_class c
          WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'S', 'v', 'm', 'f')
            AND pg_get_userbyid(c.relowner) <> '${APP_ROLE}'
         UNION ALL
         SELECT format('ALTER ROUTINE %s OWNER TO ${APP_ROLE}', p.oid::regprocedure), p.oid, 'pg_proc'::regclass
           FROM pg_proc p
          WHERE p.pronamespace = 'public'::regnamespace AND pg_get_userbyid(p.proowner) <> '${APP_ROLE}'
         UNION ALL
         SELECT format('ALTER TYPE %s OWNER TO ${APP_ROLE}', t.oid::regtype), t.oid, 'pg_type'::regclass
           FROM pg_type t
          WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd', 'r')
            AND pg_get_userbyid(t.typowner) <> '${APP_ROLE}'
       )
       SELECT statement FROM owned o
        WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = o.catalog AND d.objid = o.oid AND d.deptype = 'e')`,
    );
    // A sequence owned by a table column follows its table; ALTER TABLE on it first would be refused.
    for (const { statement } of rows) {
      await client.query(statement).catch((error: { code?: string }) => {
        if (error.code !== '0A000') throw error;
      });
    }
  } finally {
    await client.end();
  }
}
