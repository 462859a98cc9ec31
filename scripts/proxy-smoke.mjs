#!/usr/bin/env node
// The deployment's nginx (deploy/nginx/, as docker-compose.yml mounts it) in front of two API
// processes on one PostgreSQL, as in production but on 127.0.0.1 (bench/support/nginx.mjs). Passes
// when, through the proxy: the health check answers; graphql-ws subscriptions are spread over both
// processes and a join sent through the proxy reaches every one of them; the API sees each client's
// own address from X-Forwarded-For (the per-IP sign-in limit stops one client, not the next one)
// and ignores an X-Forwarded-For a client wrote. Needs nginx (`apt-get install nginx`) and the
// built API (`npm run build --workspace @weave/api`).
import { existsSync } from 'node:fs';
import http from 'node:http';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { askApi, createHarness } from '../bench/support/harness.mjs';
import { startNginx } from '../bench/support/nginx.mjs';
import { seedLiveGathering } from '../bench/live/seed.mjs';

if (!existsSync(new URL('../apps/api/dist/app.factory.js', import.meta.url))) {
  console.error('The API is not built: run `npm run build --workspace @weave/api` first.');
  process.exit(1);
}

const PER_IP = 3;
const WALL = `subscription($id: UUID!) { wallUpdates(gatheringId: $id) { snapshot { sessions { id version } } sessions { id version } } }`;
const JOIN = 'mutation($input: SessionIdInput!) { joinRoom(input: $input) { session { id version } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { id } }';

const harness = await createHarness('proxy', { minutes: 3 });
const clients = [];
let db;
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
try {
  const databaseUrl = await harness.startDatabase();
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { gatheringId, people, rooms } = await seedLiveGathering(db, { people: 5, rooms: 2, capacity: 10 });
  const env = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', TRUST_PROXY: '1', SIGN_IN_LIMIT_PER_IP: String(PER_IP) };
  const apis = [await harness.startApi(env), await harness.startApi(env)];
  const proxy = await startNginx({ work: harness.work, upstreamPorts: apis.map((a) => a.port), track: harness.track });
  console.log(`nginx on :${proxy.port} in front of API processes on :${apis.map((a) => a.port).join(' and :')}`);

  const health = await request(proxy.port, { method: 'GET', path: '/health' });
  check(health.status === 200, `GET /health through the proxy answers 200 (${health.status})`);

  // Four subscribers through the proxy, one after another.
  const { cookies } = await askApi(apis[0].child, { type: 'sessions', personIds: people });
  const latest = [];
  for (let i = 0; i < 4; i++) {
    const versions = new Map();
    latest.push(versions);
    let ready;
    const snapshot = new Promise((resolve, reject) => (ready = { resolve, reject }));
    const client = createClient({
      url: `ws://127.0.0.1:${proxy.port}/graphql`,
      webSocketImpl: withHeaders({ cookie: cookies[i] }),
      retryAttempts: 0,
    });
    clients.push(client);
    client.subscribe(
      { query: WALL, variables: { id: gatheringId } },
      {
        next: ({ data, errors }) => {
          if (errors) return ready.reject(new Error(JSON.stringify(errors)));
          const update = data.wallUpdates;
          for (const s of [...(update.snapshot?.sessions ?? []), ...update.sessions]) versions.set(s.id, BigInt(s.version));
          if (update.snapshot) ready.resolve();
        },
        error: (error) => ready.reject(error instanceof Error ? error : new Error(`closed ${error?.code} ${error?.reason}`)),
        complete: () => undefined,
      },
    );
    await within(snapshot, 10_000, `subscriber ${i} got no wall through the proxy`);
  }
  const upgrades = await Promise.all(apis.map(async (a) => (await askApi(a.child, 'upgrades')).upgrades));
  check(upgrades.join() === '2,2', `4 websockets through the proxy are shared 2 + 2 by the processes (${upgrades.join(' + ')})`);

  // A join through the proxy reaches every subscriber, whichever process holds it.
  const before = latest[0].get(rooms[0]);
  const joined = await graphql(proxy.port, JOIN, { input: { sessionId: rooms[0] } }, { cookie: cookies[4] });
  check(!joined.errors, `joinRoom through the proxy succeeds${joined.errors ? `: ${JSON.stringify(joined.errors)}` : ''}`);
  const deadline = Date.now() + 5000;
  while (latest.some((v) => !(v.get(rooms[0]) > before)) && Date.now() < deadline) await sleep(20);
  check(
    latest.every((v) => v.get(rooms[0]) > before),
    'the join reaches all 4 subscribers through the proxy (over LISTEN/NOTIFY between the processes)',
  );

  // Forwarded addresses: clients from 127.0.0.2 and 127.0.0.3 (nginx itself connects from 127.0.0.1).
  const signIn = (from, headers = {}) =>
    graphql(proxy.port, SIGN_IN, { input: { email: 'nobody@example.org', password: 'wrong' } }, headers, from).then(
      (answer) => answer.errors?.[0]?.extensions?.reason,
    );
  const first = [];
  for (let i = 0; i < PER_IP; i++) first.push(await signIn('127.0.0.2'));
  check(
    first.every((r) => r === 'InvalidCredentials'),
    `${PER_IP} wrong passwords from 127.0.0.2 are each refused as wrong (${first.join(', ')})`,
  );
  const limited = await signIn('127.0.0.2');
  check(limited === 'TooManySignInAttempts', `the next attempt from 127.0.0.2 hits the per-IP limit (${limited})`);
  const other = await signIn('127.0.0.3');
  check(other === 'InvalidCredentials', `127.0.0.3, behind the same proxy, is not limited (${other})`);
  // Believed, a forged header would make each of these the first attempt of another address.
  const spoofed = [];
  for (let i = 1; i <= PER_IP; i++) spoofed.push(await signIn('127.0.0.3', { 'x-forwarded-for': `127.0.0.${100 + i}` }));
  check(
    spoofed.at(-1) === 'TooManySignInAttempts',
    `an X-Forwarded-For written by the client is ignored: 127.0.0.3 stays 127.0.0.3 and reaches its limit (${spoofed.join(', ')})`,
  );
} catch (error) {
  console.error(error);
  failures.push(error.message);
} finally {
  await Promise.all(clients.map((c) => c.dispose()));
  await db?.end().catch(() => undefined);
  await harness.finish();
}
if (failures.length) {
  console.error(`\nThe proxy smoke failed: ${failures.length} check(s).`);
  process.exit(1);
}
console.log('\nnginx (deploy/nginx) carries the API, its websockets and the clients’ addresses.');

function withHeaders(headers) {
  return class extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers });
    }
  };
}

function request(port, { method, path, body, headers = {}, localAddress }) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers, localAddress, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function graphql(port, query, variables, headers = {}, localAddress = undefined) {
  const body = JSON.stringify({ query, variables });
  const answer = await request(port, {
    method: 'POST',
    path: '/graphql',
    body,
    localAddress,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
  });
  return JSON.parse(answer.text);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function within(promise, ms, message) {
  let timer;
  const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
