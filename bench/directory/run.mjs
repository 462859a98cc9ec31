// npm run bench:directory [-- --networks 10000 --seconds 10 --connections 20 --diagnose]
// The directory search on a throwaway embedded PostgreSQL holding the scale data: the real API
// against a minimal graphql-js + pg server running the same SQL. Everything it starts, it stops.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { askApi, createHarness, dist, printProfile } from '../support/harness.mjs';
import { runLoad } from './load.mjs';
import { REQUEST_BODY } from './query.mjs';

const { values: args } = parseArgs({
  options: {
    networks: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
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
async function measure(label, port) {
  await runLoad({ port, body: REQUEST_BODY, connections, durationMs: 2000 }); // warm-up
  const result = await runLoad({ port, body: REQUEST_BODY, connections, durationMs: seconds * 1000 });
  if (result.errors) console.error(`${label}: ${result.errors} failed requests, e.g. ${result.firstError}`);
  return { label, ...result };
}

try {
  const t0 = Date.now();
  const databaseUrl = await harness.startDatabase();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const made = await seedScale(client, { networks: Number(args.networks), tiesPerNetwork: 5, seed: 42 }, 'not-a-password-hash');
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
  results.push(await measure('Weave API, no cache (same SQL every request)', api.port));
  await stop(api.child);

  const sqlFile = path.join(work, 'statements.json');
  await writeFile(sqlFile, JSON.stringify(captured));
  const baseline = await start('baseline-server.mjs', { DATABASE_URL: databaseUrl, BENCH_SQL: sqlFile });
  const same = JSON.stringify(await ask(baseline.port)) === JSON.stringify(apiAnswer);
  console.log(`The baseline's answer is ${same ? 'identical to' : 'DIFFERENT from'} the API's.`);
  results.push(await measure('baseline (node:http + graphql-js + pg)', baseline.port));
  await stop(baseline.child);

  // As it runs for real: signed-out answers cached until the directory changes.
  const cachedApi = await start('api', { DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' });
  const cachedSame = JSON.stringify(await ask(cachedApi.port)) === JSON.stringify(apiAnswer);
  console.log(`The cached API's answer is ${cachedSame ? 'identical to' : 'DIFFERENT from'} the uncached one.`);
  results.push(await measure('Weave API, as deployed (directory cache on)', cachedApi.port));
  await stop(cachedApi.child);

  if (args.diagnose) {
    const quiet = await start('api', { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' });
    results.push(await measure('Weave API, LOG_LEVEL=warn', quiet.port));
    await stop(quiet.child);
    const profiled = await start('api', { DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' });
    await askApi(profiled.child, 'profile-start');
    await measure('(profiling run, not shown)', profiled.port);
    printProfile((await askApi(profiled.child, 'profile-stop')).profile);
    await stop(profiled.child);
  }

  const [apiResult, baseResult, cachedResult] = results;
  console.log(
    `\nDirectory search "food" + sectors filter, first 20, totalCount + facets; ${connections} connections, ${seconds} s each, loopback\n`,
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
  console.log(
    `API as deployed: ${Math.round(cachedResult.rps)} req/s = ${(cachedResult.rps / baseResult.rps).toFixed(2)}x the baseline; p95 ${cachedResult.p95.toFixed(1)} ms (goal < 30 ms).`,
  );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await harness.finish();
}
