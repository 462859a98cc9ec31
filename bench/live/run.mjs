// npm run bench:live [-- --clients 1000 --moves 2000 --seconds 10 --rooms 40 --diagnose]
// Open space live, on a throwaway embedded PostgreSQL with two API processes (as behind a load
// balancer): `clients` graphql-ws subscribers watch one gathering's wall, half on each process.
// 1. Latency: single joins, one at a time; the time from sending each join to its arrival at
//    every subscriber (p50, p95, max).
// 2. Throughput: `moves` random room moves paced over `seconds`, sent to both processes; then every
//    subscriber's wall is compared with the database (a subscriber missing the last state of any
//    room counts as lost), and a sampler checks no room was ever over capacity.
// --diagnose: the first API process's CPU profile during the moves, printed at the end.
import { createClient } from 'graphql-ws';
import http from 'node:http';
import { parseArgs } from 'node:util';
import pg from 'pg';
import WebSocket from 'ws';
import { askApi, createHarness, percentiles, printProfile } from '../support/harness.mjs';
import { seedLiveGathering } from './seed.mjs';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '1000' },
    moves: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '10' },
    rooms: { type: 'string', default: '40' },
    probes: { type: 'string', default: '20' },
    diagnose: { type: 'boolean', default: false },
  },
});
const CLIENTS = Number(args.clients);
const MOVES = Number(args.moves);
const SECONDS = Number(args.seconds);
const ROOMS = Number(args.rooms);
const PROBES = Number(args.probes);
const CAPACITY = Math.ceil((CLIENTS * 1.25) / ROOMS);
const IN_FLIGHT = 50;

const WALL = `subscription($id: UUID!) { wallUpdates(gatheringId: $id) {
  snapshot { sessions { id headcount version } } sessions { id headcount version } } }`;
const JOIN = 'mutation($input: SessionIdInput!) { joinRoom(input: $input) { session { id version headcount } } }';

const harness = await createHarness('live');
let db;
try {
  const t0 = Date.now();
  const databaseUrl = await harness.startDatabase();
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { gatheringId, people, rooms } = await seedLiveGathering(db, { people: CLIENTS, rooms: ROOMS, capacity: CAPACITY });
  const [a, b] = [
    await harness.startApi({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }),
    await harness.startApi({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }),
  ];
  const { cookies } = await askApi(a.child, { type: 'sessions', personIds: people });
  console.log(
    `Seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${CLIENTS} participants, ${ROOMS} rooms of ${CAPACITY}; two API processes on :${a.port} and :${b.port}.`,
  );

  // The subscribers: each keeps the newest state of every room it has heard of.
  const probe = { sessionId: null, before: 0n, t0: 0, arrivals: new Map() };
  let messages = 0;
  let failedSubscribers = 0;
  const subscribe = (cookie, i) => {
    const port = i % 2 ? b.port : a.port;
    const latest = new Map();
    const client = createClient({
      url: `ws://127.0.0.1:${port}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address, protocols) {
          super(address, protocols, { headers: { cookie } });
        }
      },
      retryAttempts: 0,
      lazy: false,
    });
    let ready;
    const snapshot = new Promise((resolve) => (ready = resolve));
    client.subscribe(
      { query: WALL, variables: { id: gatheringId } },
      {
        next: ({ data, errors }) => {
          if (errors) return console.error(`subscriber ${i}:`, JSON.stringify(errors));
          messages += 1;
          const update = data.wallUpdates;
          for (const s of [...(update.snapshot?.sessions ?? []), ...update.sessions]) {
            const version = BigInt(s.version);
            if (!latest.has(s.id) || latest.get(s.id).version < version) latest.set(s.id, { version, headcount: s.headcount });
            if (s.id === probe.sessionId && version > probe.before && !probe.arrivals.has(i))
              probe.arrivals.set(i, performance.now() - probe.t0);
          }
          if (update.snapshot) ready();
        },
        error: (error) => {
          failedSubscribers += 1;
          if (failedSubscribers === 1) console.error(`subscriber ${i} failed:`, error?.message ?? `closed ${error?.code} ${error?.reason}`);
          ready();
        },
        complete: () => undefined,
      },
    );
    return { client, latest, snapshot };
  };
  // Connected in waves of 50, as people arrive (a thousand at the same instant would be a benchmark of connecting).
  const subscribers = [];
  for (let i = 0; i < cookies.length; i += 50) {
    const wave = cookies.slice(i, i + 50).map((cookie, k) => subscribe(cookie, i + k));
    subscribers.push(...wave);
    await withTimeout(Promise.all(wave.map((s) => s.snapshot)), 60_000, 'subscribers did not all get the wall');
  }
  if (failedSubscribers) throw new Error(`${failedSubscribers} subscribers could not subscribe`);
  console.log(`${CLIENTS} subscribers have the wall (${((Date.now() - t0) / 1000).toFixed(1)} s since start).`);

  // Plain http with keep-alive: a quarter of fetch's CPU per request, which the load generator shares with the API.
  const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  const move = (who, room, retried = false) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ query: JOIN, variables: { input: { sessionId: room } } });
      const request = http.request(
        {
          host: '127.0.0.1',
          port: who % 2 ? a.port : b.port, // the other process than the mover's subscription
          path: '/graphql',
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie: cookies[who] },
        },
        (response) => {
          let answer = '';
          response.setEncoding('utf8');
          response.on('data', (chunk) => (answer += chunk));
          response.on('end', () => resolve(JSON.parse(answer)));
        },
      );
      request.on('error', (error) => {
        // A kept-alive connection the server closed as it was reused: send again once (as Node's docs advise).
        if (request.reusedSocket && error.code === 'ECONNRESET' && !retried) resolve(move(who, room, true));
        else reject(new Error(`move ${who} → ${room}: ${error.message} (reused socket: ${request.reusedSocket})`));
      });
      request.end(body);
    });

  // 1. Latency of single joins.
  const latencies = [];
  let probeLost = 0;
  for (let k = 0; k < PROBES; k++) {
    const room = rooms[k % ROOMS];
    const [{ version }] = (await db.query('SELECT version FROM agenda_sessions WHERE id = $1', [room])).rows;
    Object.assign(probe, { sessionId: room, before: BigInt(version), t0: performance.now(), arrivals: new Map() });
    const answer = await move(k, room);
    if (answer.errors) throw new Error(`probe join failed: ${JSON.stringify(answer.errors)}`);
    const deadline = Date.now() + 10_000;
    while (probe.arrivals.size < CLIENTS && Date.now() < deadline) await sleep(5);
    latencies.push(...probe.arrivals.values());
    probeLost += CLIENTS - probe.arrivals.size;
    probe.sessionId = null;
    await sleep(50);
  }
  const latency = percentiles(latencies);

  // 2. Throughput: paced random moves, a capacity sampler, then every subscriber against the database.
  // mulberry32, seeded: the same moves every run, and (unlike a plain LCG's low bits) no parity pattern
  // that would send every move to one process or leave half the people still.
  let state = 7;
  const random = (n) => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) % n;
  };
  const plan = Array.from({ length: MOVES }, () => ({ who: random(CLIENTS), room: rooms[random(ROOMS)] }));
  let overCapacity = 0;
  let sampling = true;
  const sampler = (async () => {
    const watcher = new pg.Client({ connectionString: databaseUrl });
    await watcher.connect();
    while (sampling) {
      const { rows } = await watcher.query(
        `SELECT count(*)::int AS over FROM (SELECT session_id FROM presences GROUP BY session_id HAVING count(*) > $1) x`,
        [CAPACITY],
      );
      overCapacity += rows[0].over;
      await sleep(50);
    }
    await watcher.end();
  })();
  const outcome = { made: 0, full: 0, failed: 0 };
  if (args.diagnose) await askApi(a.child, 'profile-start');
  const cpuBefore = harness.cpuTimes();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < plan.length) {
        const i = next++;
        // Paced: move i is not sent before its time.
        const due = started + (i * SECONDS * 1000) / MOVES;
        if (performance.now() < due) await sleep(due - performance.now());
        const answer = await move(plan[i].who, plan[i].room);
        if (!answer.errors) outcome.made += 1;
        else if (answer.errors[0].extensions?.reason === 'RoomFull') outcome.full += 1;
        else {
          outcome.failed += 1;
          if (outcome.failed === 1) console.error('a move failed:', JSON.stringify(answer.errors));
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpuAfter = harness.cpuTimes();
  const cpuPerMove = (k) => ((cpuAfter[k] - cpuBefore[k]) / MOVES).toFixed(2);
  const profile = args.diagnose ? (await askApi(a.child, 'profile-stop')).profile : null;
  sampling = false;
  await sampler;

  // Let the last updates arrive, then compare every subscriber's wall with the database.
  const truth = new Map((await db.query('SELECT id, version, headcount FROM agenda_sessions')).rows.map((r) => [r.id, r]));
  const stale = () =>
    subscribers.filter(({ latest }) =>
      [...truth.values()].some((t) => latest.get(t.id)?.version !== BigInt(t.version) || latest.get(t.id)?.headcount !== t.headcount),
    ).length;
  const settleBy = Date.now() + 10_000;
  while (stale() > 0 && Date.now() < settleBy) await sleep(100);
  const lost = stale();
  const presenceRows = (await db.query('SELECT count(*)::int AS n FROM presences')).rows[0].n;
  const headcounts = (await db.query('SELECT sum(headcount)::int AS n FROM agenda_sessions')).rows[0].n;

  console.log(`\nOpen space live: ${CLIENTS} graphql-ws subscribers on one gathering's wall, split over two API processes\n`);
  console.table([
    { measure: 'join → every subscriber, p50 (ms)', value: latency.p50.toFixed(1) },
    { measure: 'join → every subscriber, p95 (ms)', value: latency.p95.toFixed(1) },
    { measure: 'join → every subscriber, max (ms)', value: latency.max.toFixed(1) },
    { measure: `arrivals measured (${PROBES} joins × ${CLIENTS})`, value: latencies.length },
    { measure: 'arrivals missing', value: probeLost },
    { measure: `moves sent in ${SECONDS} s (paced)`, value: MOVES },
    { measure: 'moves made / refused as full / failed', value: `${outcome.made} / ${outcome.full} / ${outcome.failed}` },
    { measure: 'moves per second sustained', value: (MOVES / elapsed).toFixed(0) },
    {
      measure: 'CPU per move, ms: API processes / PostgreSQL / load generator',
      value: `${cpuPerMove('api')} / ${cpuPerMove('postgres')} / ${cpuPerMove('load')}`,
    },
    { measure: 'updates received by subscribers', value: messages },
    { measure: 'subscribers left with a stale wall (lost)', value: lost },
    { measure: 'rooms seen over capacity', value: overCapacity },
    { measure: 'presence rows = sum of headcounts', value: `${presenceRows} = ${headcounts}` },
  ]);
  console.log(
    `Goal: p95 < 250 ms (${latency.p95 < 250 ? 'met' : 'NOT met'}); ${MOVES} moves in ${SECONDS} s with 0 lost and 0 over capacity ` +
      `(${elapsed <= SECONDS * 1.1 && lost === 0 && overCapacity === 0 && outcome.failed === 0 && probeLost === 0 ? 'met' : 'NOT met'}: ${elapsed.toFixed(1)} s, ${lost} lost, ${overCapacity} over).`,
  );
  await Promise.all(subscribers.map((s) => s.client.dispose()));
  agent.destroy();
  if (profile) printProfile(profile, { functions: true });
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await db?.end().catch(() => undefined);
  await harness.finish();
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}
