import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { projectRoot } from '../../../config/app-config.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { createTestDatabase } from '../../../test/test-database.js';

// A job queued by one API process, which takes it and then dies mid-job (killed, no goodbye), is run by
// another API process on the same database once the job's time runs out. Process A is a real `node
// dist/main.js`; its mail server never answers, so its email job hangs until A is killed.

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) }';
const TIMEOUT_SECONDS = 5;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Waits for `check` to hold, looking every 100 ms: A is another process, so there is nothing to await. */
async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a job whose process dies', () => {
  let database: { url: string; drop: () => Promise<void> };
  let sql: pg.Client;
  let blackHole: net.Server;
  const sockets: net.Socket[] = [];
  let a: ChildProcess | undefined;
  let aLog = '';
  let b: TestApp | undefined;

  const emailJobs = async () =>
    (
      await sql.query<{ id: string; state: string; retry_count: number; output: { value?: { message?: string } } | null }>(
        `SELECT id, state, retry_count, output FROM pgboss.job WHERE name = 'email'`,
      )
    ).rows;

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    // Someone is there already, so A loads no demo.
    await sql.query(`INSERT INTO people (email, display_name) VALUES ('already@example.org', 'Already Here')`);
    blackHole = net.createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    a?.kill('SIGKILL');
    await b?.close();
    sockets.forEach((s) => s.destroy());
    await new Promise((resolve) => blackHole.close(resolve));
    await sql.end();
    await database.drop();
  });

  it('is run by another process once its time is up', async () => {
    const port = await freePort();
    const { NODE_OPTIONS: _, ...env } = process.env;
    a = spawn(process.execPath, [path.join(projectRoot, 'apps/api/dist/main.js')], {
      env: {
        ...env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATABASE_URL: database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        WEB_DIST_DIR: '/nonexistent',
        SMTP_URL: `smtp://127.0.0.1:${(blackHole.address() as net.AddressInfo).port}`,
        OUTBOX_DIR: await mkdtemp(path.join(os.tmpdir(), 'weave-outbox-a-')),
        JOB_TIMEOUT_SECONDS: String(TIMEOUT_SECONDS),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    a.stdout!.on('data', (chunk: Buffer) => (aLog += chunk.toString()));
    a.stderr!.on('data', (chunk: Buffer) => (aLog += chunk.toString()));
    const base = `http://127.0.0.1:${port}`;
    await until(`process A to start (its log: ${aLog})`, () =>
      fetch(`${base}/health`).then(
        (r) => (r.ok ? true : undefined),
        () => undefined,
      ),
    );

    // A queues the email of a sign-up, takes the job, and hangs on its mail server.
    const answer = (await (
      await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: SIGN_UP,
          variables: { input: { email: 'new@example.org', password: 'a long enough password', displayName: 'New' } },
        }),
      })
    ).json()) as { data?: { signUp: boolean } };
    expect(answer.data?.signUp).toBe(true);
    const taken = await until('A to take the email job', async () => (await emailJobs()).find((j) => j.state === 'active'));
    a.kill('SIGKILL');
    await new Promise((resolve) => a!.once('exit', resolve));

    // B, another API process on the same database, finds the job lost once its time is up, and runs it.
    b = await createTestApp({ databaseUrl: database.url });
    const lost = await until('the lost job to be given back', async () =>
      (await emailJobs()).find((j) => j.id === taken.id && j.state === 'retry'),
    );
    expect(lost.output?.value?.message).toMatch(/timeout/i);
    // Its retry would wait 30 s or more (backoff, tested on its own): bring it forward.
    await sql.query(`UPDATE pgboss.job SET start_after = now() WHERE id = $1`, [taken.id]);
    const mail = (await b.outbox()).filter((m) => m.to === 'new@example.org');
    expect(mail).toHaveLength(1);
    expect(mail[0].text).toMatch(/\/verify-email\?token=[\w-]{40,}/);
    // Sent, and its text (with the link in it) no longer kept.
    expect((await emailJobs()).find((j) => j.id === taken.id)).toBeUndefined();
  });
});
