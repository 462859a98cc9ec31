// One bench:live measurement on a seeded live gathering (seed.mjs): graphql-ws subscribers on its
// wall, single joins timed to every subscriber, then paced random room moves checked against the
// database. Where each subscriber connects and where each move is sent are the caller's choice (two
// API processes directly, one process, or nginx in front of three).
import { createClient } from 'graphql-ws';
import http from 'node:http';
import pg from 'pg';
import WebSocket from 'ws';
import { askApi, percentiles } from '../support/harness.mjs';

const WALL = `subscription($id: UUID!) { wallUpdates(gatheringId: $id) {
  snapshot { sessions { id headcount version } } sessions { id headcount version } } }`;
const JOIN = 'mutation($input: SessionIdInput!) { joinRoom(input: $input) { session { id version headcount } } }';
const IN_FLIGHT = 50;

/**
 * `live`: { harness, db, databaseUrl, gatheringId, rooms, cookies, capacity }; `plan`: { subscribeTo(i)
 * and moveTo(who), ports; probes; moves; seconds; profileOf, an API child to profile during the moves }.
 */
export async function measureLive(live, plan) {
  const t0 = Date.now();
  const wall = await subscribeAll(live, plan);
  const connectSeconds = (Date.now() - t0) / 1000;
  // Plain http with keep-alive: a quarter of fetch's CPU per request, which the load generator shares with the API.
  const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  const move = (who, room) => sendMove(agent, plan.moveTo(who), live.cookies[who], room);
  try {
    const latency = await probeLatency(live, plan, wall, move);
    const moves = await runMoves(live, plan, move);
    const settled = await settle(live, wall);
    return { connectSeconds, ...latency, ...moves, ...settled, messages: wall.messages() };
  } finally {
    await Promise.all(wall.subscribers.map((s) => s.client.dispose()));
    agent.destroy();
  }
}

/** Every subscriber, connected in waves of 50 as people arrive, each keeping the newest state of every room. */
async function subscribeAll(live, plan) {
  const probe = { sessionId: null, before: 0n, t0: 0, arrivals: new Map() };
  let messages = 0;
  let failed = 0;
  const subscribe = (cookie, i) => {
    const latest = new Map();
    const client = createClient({
      url: `ws://127.0.0.1:${plan.subscribeTo(i)}/graphql`,
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
      { query: WALL, variables: { id: live.gatheringId } },
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
          failed += 1;
          if (failed === 1) console.error(`subscriber ${i} failed:`, error?.message ?? `closed ${error?.code} ${error?.reason}`);
          ready();
        },
        complete: () => undefined,
      },
    );
    return { client, latest, snapshot };
  };
  const subscribers = [];
  for (let i = 0; i < live.cookies.length; i += 50) {
    const wave = live.cookies.slice(i, i + 50).map((cookie, k) => subscribe(cookie, i + k));
    subscribers.push(...wave);
    await withTimeout(Promise.all(wave.map((s) => s.snapshot)), 60_000, 'subscribers did not all get the wall');
  }
  if (failed) throw new Error(`${failed} subscribers could not subscribe`);
  return { subscribers, probe, messages: () => messages };
}

function sendMove(agent, port, cookie, room, retried = false) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query: JOIN, variables: { input: { sessionId: room } } });
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie },
      },
      (response) => {
        let answer = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (answer += chunk));
        response.on('end', () => {
          try {
            resolve(JSON.parse(answer));
          } catch {
            // Not GraphQL's answer (a proxy's error page): a failed move, with what came back.
            resolve({ errors: [{ message: `HTTP ${response.statusCode}: ${answer.slice(0, 200)}` }] });
          }
        });
      },
    );
    request.on('error', (error) => {
      // A kept-alive connection the server closed as it was reused: send again once (as Node's docs advise).
      if (request.reusedSocket && error.code === 'ECONNRESET' && !retried) resolve(sendMove(agent, port, cookie, room, true));
      else reject(new Error(`move → ${room}: ${error.message} (reused socket: ${request.reusedSocket})`));
    });
    request.end(body);
  });
}

/** Single joins, one at a time: the time from sending each to its arrival at every subscriber. */
async function probeLatency(live, plan, { subscribers, probe }, move) {
  const latencies = [];
  let probeLost = 0;
  for (let k = 0; k < plan.probes; k++) {
    const room = live.rooms[k % live.rooms.length];
    const [{ version }] = (await live.db.query('SELECT version FROM agenda_sessions WHERE id = $1', [room])).rows;
    Object.assign(probe, { sessionId: room, before: BigInt(version), t0: performance.now(), arrivals: new Map() });
    const answer = await move(k, room);
    if (answer.errors) throw new Error(`probe join failed: ${JSON.stringify(answer.errors)}`);
    const deadline = Date.now() + 10_000;
    while (probe.arrivals.size < subscribers.length && Date.now() < deadline) await sleep(5);
    latencies.push(...probe.arrivals.values());
    probeLost += subscribers.length - probe.arrivals.size;
    probe.sessionId = null;
    await sleep(50);
  }
  return { latency: percentiles(latencies), arrivals: latencies.length, probeLost };
}

/** `plan.moves` random moves paced over `plan.seconds`, with a sampler counting rooms over capacity. */
async function runMoves(live, plan, move) {
  // mulberry32, seeded: the same moves every run, and (unlike a plain LCG's low bits) no parity pattern
  // that would send every move to one process or leave half the people still.
  let state = 7;
  const random = (n) => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) % n;
  };
  const people = live.cookies.length;
  const moves = Array.from({ length: plan.moves }, () => ({ who: random(people), room: live.rooms[random(live.rooms.length)] }));
  let overCapacity = 0;
  let sampling = true;
  const sampler = (async () => {
    const watcher = new pg.Client({ connectionString: live.databaseUrl });
    await watcher.connect();
    while (sampling) {
      const { rows } = await watcher.query(
        `SELECT count(*)::int AS over FROM (SELECT session_id FROM presences GROUP BY session_id HAVING count(*) > $1) x`,
        [live.capacity],
      );
      overCapacity += rows[0].over;
      await sleep(50);
    }
    await watcher.end();
  })();
  const outcome = { made: 0, full: 0, failed: 0 };
  if (plan.profileOf) await askApi(plan.profileOf, 'profile-start');
  const cpuBefore = live.harness.cpuTimes();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < moves.length) {
        const i = next++;
        // Paced: move i is not sent before its time.
        const due = started + (i * plan.seconds * 1000) / moves.length;
        if (performance.now() < due) await sleep(due - performance.now());
        const answer = await move(moves[i].who, moves[i].room);
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
  const cpuAfter = live.harness.cpuTimes();
  const cpuPerMove = Object.fromEntries(Object.keys(cpuAfter).map((k) => [k, (cpuAfter[k] - cpuBefore[k]) / plan.moves]));
  const profile = plan.profileOf ? (await askApi(plan.profileOf, 'profile-stop')).profile : null;
  sampling = false;
  await sampler;
  return { outcome, elapsed, cpuPerMove, overCapacity, profile };
}

/** Lets the last updates arrive, then compares every subscriber's wall with the database. */
async function settle(live, { subscribers }) {
  const truth = new Map((await live.db.query('SELECT id, version, headcount FROM agenda_sessions')).rows.map((r) => [r.id, r]));
  const stale = () =>
    subscribers.filter(({ latest }) =>
      [...truth.values()].some((t) => latest.get(t.id)?.version !== BigInt(t.version) || latest.get(t.id)?.headcount !== t.headcount),
    ).length;
  const settleBy = Date.now() + 10_000;
  while (stale() > 0 && Date.now() < settleBy) await sleep(100);
  const lost = stale();
  const presenceRows = (await live.db.query('SELECT count(*)::int AS n FROM presences')).rows[0].n;
  const headcounts = (await live.db.query('SELECT sum(headcount)::int AS n FROM agenda_sessions')).rows[0].n;
  return { lost, presenceRows, headcounts };
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}
