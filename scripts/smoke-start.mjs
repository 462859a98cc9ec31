#!/usr/bin/env node
// What a newcomer does after `npm install`: `npm start` on a checkout that has never run,
// with no DATABASE_URL. Passes when Weave answers on its port with the web app, the API and
// the demo data, and stops cleanly on Ctrl-C. The embedded PostgreSQL goes in a fresh
// folder whose parent does not exist yet, as `.data/postgres` on a fresh clone.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const scratch = path.join(os.tmpdir(), `weave-smoke-${process.pid}`);
const port = await new Promise((resolve) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});
const base = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  PORT: String(port),
  EMBEDDED_PG_DIR: path.join(scratch, '.data', 'postgres'),
  OUTBOX_DIR: path.join(scratch, 'outbox'),
};
delete env.DATABASE_URL;
delete env.NODE_ENV;

let log = '';
const child = spawn('npm', ['start'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
child.stdout.on('data', (chunk) => (log += chunk));
child.stderr.on('data', (chunk) => (log += chunk));
const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

async function fail(message) {
  console.error(`npm start: ${message}\n--- its output ---\n${log.slice(-6000)}`);
  if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  await rm(scratch, { recursive: true, force: true });
  process.exit(1);
}

const started = Date.now();
for (;;) {
  const ready = await fetch(`${base}/health`).then(
    (r) => r.ok,
    () => false,
  );
  if (ready) break;
  if (child.exitCode !== null) await fail(`exited with code ${child.exitCode} before answering`);
  if (Date.now() - started > 300_000) await fail('did not answer on its port within 5 minutes');
  await new Promise((r) => setTimeout(r, 500));
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);

const page = await fetch(`${base}/networks`, { headers: { accept: 'text/html' } });
if (!page.ok || !(await page.text()).includes('<div id="root">')) await fail(`the web app did not load (${page.status})`);
const answer = await fetch(`${base}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ networks(first: 1) { totalCount } }' }),
}).then((r) => r.json());
const networks = answer?.data?.networks?.totalCount ?? 0;
if (networks < 10) await fail(`the demo directory is not there (${JSON.stringify(answer)})`);
if (!/Weave is ready: open http.*Demo accounts, each with the password/s.test(log))
  await fail('the log does not end by telling a newcomer where to go and how to sign in');

process.kill(-child.pid, 'SIGINT');
const stop = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 30_000))]);
if (!stop) await fail('did not stop within 30 s of Ctrl-C');
await rm(scratch, { recursive: true, force: true });
console.log(
  `npm start on a fresh checkout: answered after ${seconds} s with the web app and ${networks} demo networks; stopped on Ctrl-C.`,
);
