// Starts and stops the built Weave (API + web on one origin) on a free port.
// The global setup starts the one the journeys share, on a fresh embedded
// PostgreSQL; a journey that needs a database of its own starts another.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const main = path.join(root, 'apps/api/dist/main.js');

export function assertBuilt() {
  if (!existsSync(path.join(root, 'apps/web/dist/index.html')) || !existsSync(main)) {
    throw new Error('The app is not built. Run the journeys with `npm run e2e`, which builds it first.');
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// node:http without keep-alive, so no idle socket keeps Jest from exiting.
function healthy(url) {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
  });
}

/** A fresh folder for an embedded PostgreSQL. */
export function newDataDir(label = 'e2e') {
  return path.join(os.tmpdir(), `weave-${label}-pg-${process.pid}-${Date.now()}`);
}

// Either a database of Weave's own (embedded, in `dataDir`) or one at `databaseUrl`.
const serverEnv = ({ dataDir, databaseUrl }) => ({
  ...process.env,
  HOST: '127.0.0.1',
  EMBEDDED_PG_DIR: dataDir ?? '',
  DATABASE_URL: databaseUrl ?? '',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'test',
  // Mail goes to a folder the journeys read (support/mail.ts); every journey signs up from 127.0.0.1.
  OUTBOX_DIR: process.env.WEAVE_E2E_OUTBOX ?? path.join(os.tmpdir(), 'weave-e2e-outbox'),
  MAIL_LIMIT_PER_IP: '100000',
  MAIL_LIMIT_PER_EMAIL: '1000',
  // Every journey signs in (and proves its address, which counts as a sign-in attempt) from that one IP too;
  // the limits themselves are integration-tested (sign-in-rate-limit, sign-in-lockout).
  SIGN_IN_LIMIT_PER_IP: '100000',
});

/**
 * An embedded PostgreSQL started the way the API starts its own, for a journey
 * that fills a database before Weave runs on it (through DATABASE_URL).
 */
export async function startDatabase(dataDir = newDataDir()) {
  const { startEmbeddedPostgres } = await import(path.join(root, 'apps/api/dist/database/embedded-postgres.js'));
  return startEmbeddedPostgres({ dataDir, database: 'weave', persistent: false, log: (message) => console.warn(message) });
}

/** Runs one of the API's scripts (apps/api/dist/scripts/<name>.js) on the database at `databaseUrl`. */
export function runApiScript(databaseUrl, name, args = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'apps/api/dist/scripts', `${name}.js`), ...args], {
      env: serverEnv({ databaseUrl }),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited with code ${code}`))));
  });
}

/**
 * Starts Weave and waits until /health answers: on a fresh embedded PostgreSQL
 * by default, or on the database at `databaseUrl`. An empty database gets the demo.
 */
export async function startWeave({ dataDir, databaseUrl } = {}) {
  assertBuilt();
  const port = await freePort();
  const server = spawn(process.execPath, [main], {
    env: { ...serverEnv({ dataDir: databaseUrl ? undefined : (dataDir ?? newDataDir()), databaseUrl }), PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`Weave exited with code ${server.exitCode} before it was ready`);
    if (await healthy(`${baseUrl}/health`)) break;
    if (Date.now() > deadline) {
      await stopWeave(server);
      throw new Error('Weave did not become healthy within 60 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { server, baseUrl };
}

/** SIGTERM lets the API stop its embedded PostgreSQL too. */
export async function stopWeave(server) {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  // The timer is cleared once the server is gone, so it cannot keep Jest waiting after the run.
  let timer;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
  clearTimeout(timer);
  if (server.exitCode === null) server.kill('SIGKILL');
}
