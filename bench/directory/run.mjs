// npm run bench:directory [-- --networks 10000 --seconds 10 --connections 20 --questions 240 --diagnose]
// The directory search on a throwaway embedded PostgreSQL holding the scale data: the real API
// against a minimal graphql-js + pg server running the same SQL, and the API as deployed under a
// realistic mix of questions, signed in and out. Everything it starts, it stops.
// (--networks 100000 seeds for about half a minute more; it is an option, not part of .ci/run.)
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { askApi, createHarness, dist, percentiles, printProfile } from '../support/harness.mjs';
import { runLoad } from './load.mjs';
import { directoryQuestions, directoryWords, mixedRequests } from './mix.mjs';
import { REQUEST_BODY } from './query.mjs';

const { values: args } = parseArgs({
  options: {
    networks: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    questions: { type: 'string', default: '240' },
    diagnose: { type: 'boolean', default: false },
  },
});
const seconds = Math.min(30, Number(args.seconds));
const connections = Math.min(50, Number(args.connections));
const here = path.dirname(new URL(import.meta.url).pathname);

const { seedScale } = await import(dist('demo/scale/scale-seeder.js'));
const harness = await createHarness('directory');
const { work, stop } = harness;
const start = (file, env, execArgv) => (file === 'api' ? harness.startApi(env, execArgv) : harness.startServer(path.join(here, file), env));

const ask = (port) =>
  fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: REQUEST_BODY }).then(
    (r) => r.json(),
  );
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
async function measure(label, port, requests = [{ body: REQUEST_BODY }]) {
  await runLoad({ port, requests, connections, durationMs: 2000 }); // warm-up
  const result = await runLoad({ port, requests, connections, durationMs: seconds * 1000 });
  if (result.errors) console.error(`${label}: ${result.errors} failed requests, e.g. ${result.firstError}`);
  return { label, ...result };
}

/** `servers` ([label, port]) measured in turns, `rounds` times each for a share of `seconds`; their results over all rounds. */
async function measureInTurns(servers, rounds = 3) {
  for (const [, port] of servers) await runLoad({ port, body: REQUEST_BODY, connections, durationMs: 2000 }); // warm-up
  const runs = servers.map(() => []);
  // CPU used per request by the server measured (its process) and by PostgreSQL, from /proc.
  const cpu = servers.map(() => ({ server: 0, postgres: 0 }));
  for (let round = 0; round < rounds; round++)
    for (const [i, [, port, child]] of servers.entries()) {
      const before = harness.cpuTimes([child]);
      runs[i].push(await runLoad({ port, body: REQUEST_BODY, connections, durationMs: (seconds * 1000) / rounds }));
      const after = harness.cpuTimes([child]);
      cpu[i].server += after.api - before.api;
      cpu[i].postgres += after.postgres - before.postgres;
    }
  return servers.map(([label], i) => {
    const latencies = runs[i].flatMap((r) => r.latencies);
    const errors = runs[i].reduce((sum, r) => sum + r.errors, 0);
    if (errors) console.error(`${label}: ${errors} failed requests, e.g. ${runs[i].find((r) => r.firstError).firstError}`);
    const rps = latencies.length / runs[i].reduce((sum, r) => sum + r.seconds, 0);
    const perRequest = (ms) => ms / Math.max(1, latencies.length);
    const cpuMs = { server: perRequest(cpu[i].server), postgres: perRequest(cpu[i].postgres) };
    return { label, requests: latencies.length, errors, rps, cpuMs, ...percentiles(latencies) };
  });
}

try {
  console.log(`Load average (1, 5, 15 min) at the start: ${loadAverage()} on ${os.cpus().length} cores.`);
  const t0 = Date.now();
  const databaseUrl = await harness.startDatabase();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const made = await seedScale(client, { networks: Number(args.networks), tiesPerNetwork: 5, seed: 42 }, 'not-a-password-hash');
  const questions = directoryQuestions(await directoryWords(client), Number(args.questions));
  // Members of a few members-only networks (each holds a role in at least one).
  const members = await client.query(`SELECT r.person_id FROM role_assignments r JOIN networks n ON n.id = r.scope_id
    WHERE r.scope_type = 'network' AND r.ended_at IS NULL AND n.visibility <> 'public' GROUP BY r.person_id ORDER BY r.person_id LIMIT 4`);
  await client.end();
  console.log(
    `PostgreSQL ready and seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${made.networks} networks, ${made.ties} active ties, ${made.roles} roles.`,
  );

  const results = [];
  // The real API (log level info, as `npm start` runs it) with its directory cache off, so it runs
  // the search SQL on every request like the baseline; and the SQL it ran for one request.
  const api = await start('api', { DATABASE_URL: databaseUrl, LOG_LEVEL: 'info', DIRECTORY_CACHE: 'off' });
  const apiAnswer = await ask(api.port);
  api.child.send('capture-start');
  await ask(api.port);
  const { captured } = await askApi(api.child, 'capture-stop');
  console.log(`The API ran ${captured.length} SQL statements for the query; totalCount ${apiAnswer.data?.networks.totalCount}.`);

  const sqlFile = path.join(work, 'statements.json');
  await writeFile(sqlFile, JSON.stringify(captured));
  const baseline = await start('baseline-server.mjs', { DATABASE_URL: databaseUrl, BENCH_SQL: sqlFile });
  const same = JSON.stringify(await ask(baseline.port)) === JSON.stringify(apiAnswer);
  console.log(`The baseline's answer is ${same ? 'identical to' : 'DIFFERENT from'} the API's.`);
  // Taken in turns (three rounds each), so a change in the machine's load falls on both alike.
  results.push(
    ...(await measureInTurns([
      ['Weave API, no cache (same SQL every request)', api.port, api.child],
      ['baseline (node:http + graphql-js + pg)', baseline.port, baseline.child],
    ])),
  );
  await stop(api.child);
  await stop(baseline.child);

  // As it runs for real: signed-out answers cached until the directory changes.
  const cachedApi = await start('api', { DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' });
  const cachedSame = JSON.stringify(await ask(cachedApi.port)) === JSON.stringify(apiAnswer);
  console.log(`The cached API's answer is ${cachedSame ? 'identical to' : 'DIFFERENT from'} the uncached one.`);
  results.push(await measure('Weave API, as deployed (directory cache on)', cachedApi.port));
  // The realistic mix, as deployed: every question signed out and signed in as a member.
  const { cookies } = await askApi(cachedApi.child, { type: 'sessions', personIds: members.rows.map((r) => r.person_id) });
  const mixed = mixedRequests(questions, cookies);
  // First every question once, as the first person to ask it would (nothing kept yet); then the mix again and again.
  const firstPass = {
    label: `… each of the mix's ${mixed.length} requests once, first time asked`,
    ...(await runLoad({ port: cachedApi.port, requests: mixed, connections, once: true })),
  };
  const mix = await measure(`Weave API, as deployed, mix of ${questions.length} questions`, cachedApi.port, mixed);
  results.push(firstPass, mix);
  await stop(cachedApi.child);

  if (args.diagnose) {
    const quiet = await start('api', { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', DIRECTORY_CACHE: 'off' });
    results.push(await measure('Weave API, no cache, LOG_LEVEL=warn', quiet.port));
    await stop(quiet.child);
    // The uncached API, as the ratio measures it: where its own CPU goes.
    const profiled = await start('api', { DATABASE_URL: databaseUrl, LOG_LEVEL: 'info', DIRECTORY_CACHE: 'off' });
    await askApi(profiled.child, 'profile-start');
    await measure('(profiling run, not shown)', profiled.port);
    printProfile((await askApi(profiled.child, 'profile-stop')).profile, { functions: true });
    await stop(profiled.child);
  }

  const [apiResult, baseResult, cachedResult] = results;
  console.log(`\nLoad average (1, 5, 15 min) at the end: ${loadAverage()} on ${os.cpus().length} cores.`);
  console.log(
    `\nDirectory search "food" + sectors filter, first 20, totalCount + facets (the mix: below); ${connections} connections, ${seconds} s each, loopback\n`,
  );
  console.table(
    results.map((r) => ({
      server: r.label,
      'req/s': Math.round(r.rps),
      'p50 ms': r.p50.toFixed(1),
      'p95 ms': r.p95.toFixed(1),
      'p99 ms': r.p99.toFixed(1),
      requests: r.requests,
      errors: r.errors,
    })),
  );
  const ratio = apiResult.rps / baseResult.rps;
  console.log(
    `API (no cache) / baseline throughput, same SQL: ${ratio.toFixed(2)}x (goal >= 0.8x); its p95 ${apiResult.p95.toFixed(1)} ms.`,
  );
  const cpuLine = (r) => `${r.cpuMs.server.toFixed(2)} ms in its own process, ${r.cpuMs.postgres.toFixed(2)} ms in PostgreSQL`;
  console.log(`CPU per request: the API (no cache) ${cpuLine(apiResult)}; the baseline ${cpuLine(baseResult)}.`);
  console.log(
    `API as deployed: ${Math.round(cachedResult.rps)} req/s = ${(cachedResult.rps / baseResult.rps).toFixed(2)}x the baseline; p95 ${cachedResult.p95.toFixed(1)} ms (goal < 30 ms).`,
  );
  const goal = made.networks >= 100_000 ? 150 : 50;
  const byGroup = (r) =>
    Object.entries(r.groups)
      .map(([group, g]) => `${group} p50 ${g.p50.toFixed(1)} ms, p95 ${g.p95.toFixed(1)} ms`)
      .join('; ');
  console.log(
    `The mix's requests once each, first time asked (every answer worked out): p50 ${firstPass.p50.toFixed(1)} ms, p95 ${firstPass.p95.toFixed(1)} ms; ${byGroup(firstPass)}.`,
  );
  console.log(
    `Mix of ${questions.length} questions (searches, filters, sorts, pages; half signed in as ${cookies.length} members of members-only networks), as deployed, ${connections} connections, ${made.networks} networks: ` +
      `${Math.round(mix.rps)} req/s, p50 ${mix.p50.toFixed(1)} ms, p95 ${mix.p95.toFixed(1)} ms (goal < ${goal} ms); ${byGroup(mix)}.`,
  );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await harness.finish();
}
