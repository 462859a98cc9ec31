// npm run bench:live [-- --clients 1000 --moves 2000 --seconds 10 --rooms 40 --diagnose]
// npm run bench:live -- --scale [--clients 3000 …]
// Open space live, on a throwaway embedded PostgreSQL (measure.mjs does the measuring):
// 1. Latency: single joins, one at a time; the time from sending each join to its arrival at
//    every subscriber (p50, p95, max).
// 2. Throughput: `moves` random room moves paced over `seconds`; then every subscriber's wall is
//    compared with the database (a subscriber missing the last state of any room counts as lost),
//    and a sampler checks no room was ever over capacity.
// Default: two API processes (as behind a load balancer), `clients` subscribers half on each, every
// move sent to the other process than the mover's subscription.
// --scale (3,000 clients unless given): first a baseline, the same subscribers and moves on one API
// process with no proxy; then three API processes behind nginx with the deployment's configuration
// (deploy/nginx, bench/support/nginx.mjs; Debian's nginx package), everything through the proxy;
// then the ceiling of PostgreSQL NOTIFY on this machine (notify-ceiling.mjs). Prints the figures,
// the ratios to the baseline and the load average.
// --diagnose: the first API process's CPU profile during the moves, printed at the end.
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { askApi, createHarness, printProfile } from '../support/harness.mjs';
import { nginxBinary, startNginx } from '../support/nginx.mjs';
import { measureLive } from './measure.mjs';
import { notifyCeiling } from './notify-ceiling.mjs';
import { report, reportCeiling, reportScale } from './report.mjs';
import { emptyRooms, seedLiveGathering } from './seed.mjs';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string' },
    moves: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '10' },
    rooms: { type: 'string', default: '40' },
    probes: { type: 'string', default: '20' },
    scale: { type: 'boolean', default: false },
    diagnose: { type: 'boolean', default: false },
  },
});
const CLIENTS = Number(args.clients ?? (args.scale ? 3000 : 1000));
const ROOMS = Number(args.rooms);
const CAPACITY = Math.ceil((CLIENTS * 1.25) / ROOMS);
const counts = { probes: Number(args.probes), moves: Number(args.moves), seconds: Number(args.seconds) };

if (args.scale && !nginxBinary()) {
  console.error('--scale runs nginx from the Debian package: `sudo apt-get install -y --no-install-recommends nginx`, then run again.');
  process.exit(1);
}
const harness = await createHarness('live', { minutes: args.scale ? 25 : 10 });
let db;
try {
  const t0 = Date.now();
  const databaseUrl = await harness.startDatabase();
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { gatheringId, people, rooms } = await seedLiveGathering(db, { people: CLIENTS, rooms: ROOMS, capacity: CAPACITY });
  const env = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', TRUST_PROXY: '1' };
  const first = await harness.startApi(env);
  const { cookies } = await askApi(first.child, { type: 'sessions', personIds: people });
  const live = { harness, db, databaseUrl, gatheringId, rooms, cookies, capacity: CAPACITY };
  console.log(`Seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${CLIENTS} participants, ${ROOMS} rooms of ${CAPACITY}.`);
  const profileOf = args.diagnose ? first.child : undefined;

  if (!args.scale) {
    const second = await harness.startApi(env);
    const [a, b] = [first.port, second.port];
    const result = await measureLive(live, {
      ...counts,
      subscribeTo: (i) => (i % 2 ? b : a),
      moveTo: (who) => (who % 2 ? a : b), // the other process than the mover's subscription
      profileOf,
    });
    report(`${CLIENTS} graphql-ws subscribers on one gathering's wall, split over two API processes`, result, counts);
    if (result.profile) printProfile(result.profile, { functions: true });
  } else {
    const load = [os.loadavg()];
    console.log(`Baseline: ${CLIENTS} subscribers and every move on one API process (:${first.port}), no proxy…`);
    const baseline = await measureLive(live, { ...counts, subscribeTo: () => first.port, moveTo: () => first.port });
    load.push(os.loadavg());
    report(`baseline: ${CLIENTS} subscribers on one API process, no proxy`, baseline, counts);
    const baselineUpgrades = (await askApi(first.child, 'upgrades')).upgrades;
    const others = [await harness.startApi(env), await harness.startApi(env)];
    const ports = [first.port, ...others.map((o) => o.port)];
    const proxy = await startNginx({ work: harness.work, upstreamPorts: ports, track: harness.track });
    await emptyRooms(db);
    console.log(`Scale: three API processes (:${ports.join(', :')}) behind nginx on :${proxy.port}, everything through it…`);
    const scaled = await measureLive(live, { ...counts, subscribeTo: () => proxy.port, moveTo: () => proxy.port, profileOf });
    report(`${CLIENTS} subscribers through nginx on three API processes`, scaled, counts);
    const spread = await Promise.all([first, ...others].map(async (api) => (await askApi(api.child, 'upgrades')).upgrades));
    spread[0] -= baselineUpgrades;
    load.push(os.loadavg());
    console.log('PostgreSQL NOTIFY ceiling (3 listening connections, one NOTIFY per transaction)…');
    const ceiling = await notifyCeiling({ databaseUrl, listeners: 3 });
    load.push(os.loadavg());
    reportScale({ clients: CLIENTS, counts, baseline, scaled, spread, load });
    reportCeiling(ceiling, scaled);
    if (scaled.profile) printProfile(scaled.profile, { functions: true });
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await db?.end().catch(() => undefined);
  await harness.finish();
}
