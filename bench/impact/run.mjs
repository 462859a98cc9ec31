// npm run bench:impact [-- --networks 10000 --requests 20]
// The impact view on a throwaway embedded PostgreSQL holding the 10,000-network scale data plus a
// series of gatherings convened by its best-connected coalition (seed.mjs). Times the real API's
// answer (coalition, signed-in facilitator: every measure; and the series' first gathering) against
// a baseline measured in the same run: the very SQL statements the API ran, sent straight through pg.
// Goal: each answer in under a second. Everything it starts, it stops.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { askApi, createHarness, dist, percentiles } from '../support/harness.mjs';
import { seedImpact } from './seed.mjs';

const { values: args } = parseArgs({
  options: {
    networks: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '20' },
    diagnose: { type: 'boolean', default: false },
  },
});
const requests = Math.max(3, Math.min(100, Number(args.requests)));

const FIELDS = `{ subjectKind networkCount gatheringCount bridgingNetworks bridgingEstimated
  total { key figures { measure name scale value suppressed } } periods { key label figures { name scale value suppressed } } }`;
const QUERIES = {
  coalitionImpact: `query($slug: String!) { coalitionImpact(slug: $slug) ${FIELDS} }`,
  gatheringImpact: `query($slug: String!) { gatheringImpact(slug: $slug) ${FIELDS} }`,
};

const { seedScale } = await import(dist('demo/scale/scale-seeder.js'));
const harness = await createHarness('impact');

async function time(run) {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

try {
  const t0 = Date.now();
  const databaseUrl = await harness.startDatabase();
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => undefined); // the harness stops PostgreSQL under it at the end
  await client.connect();
  const made = await seedScale(client, { networks: Number(args.networks), tiesPerNetwork: 5, seed: 42 }, 'not-a-password-hash');
  const impact = await seedImpact(client);
  await client.query('ANALYZE');
  console.log(
    `Seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${made.networks} networks, ${made.ties} ties; coalition ${impact.coalition} ` +
      `(${impact.members} member networks) convening ${impact.gatherings} gatherings, ${impact.registrations} places, ${impact.ties} ties between people.`,
  );

  const api = await harness.startApi({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' });
  const { cookies } = await askApi(api.child, { type: 'sessions', personIds: [impact.facilitator] });
  const ask = (name, slug) =>
    fetch(`http://127.0.0.1:${api.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies[0] },
      body: JSON.stringify({ query: QUERIES[name], variables: { slug } }),
    }).then((r) => r.json());

  const rows = [];
  for (const [name, slug] of [
    ['coalitionImpact', impact.coalition],
    ['gatheringImpact', impact.firstGathering],
  ]) {
    let first;
    const firstMs = await time(async () => (first = await ask(name, slug)));
    if (first.errors) throw new Error(`${name}: ${JSON.stringify(first.errors)}`);
    const answer = first.data[name];
    const figure = (n) => answer.total.figures.find((f) => f.name === n && !f.scale)?.value ?? 'suppressed';
    console.log(
      `${name}: ${answer.networkCount} networks, ${answer.gatheringCount} gatherings, ${answer.periods.length} periods; ` +
        `new ties ${figure('NEW_TIES')} (across sectors ${figure('NEW_TIES_ACROSS_SECTORS')}), networks reached ${figure('NETWORKS_REACHED')}, ` +
        `asks met ${figure('ASKS_MET_ACROSS_NETWORKS')}, betweenness ${figure('BETWEENNESS_BEFORE')} -> ${figure('BETWEENNESS_AFTER')}` +
        `${answer.bridgingEstimated ? ' (estimated)' : ''}, responses ${figure('FEEDBACK_RESPONSES')}.`,
    );
    api.child.send('capture-start');
    await ask(name, slug);
    const { captured } = await askApi(api.child, 'capture-stop');

    if (args.diagnose) {
      for (const { query, parameters } of captured) {
        const ms = await time(() => client.query(query, parameters));
        console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${query.replace(/\s+/g, ' ').slice(0, 150)}`);
      }
    }
    // The first answer after a change to the directory, of two kinds: an edit that leaves the ties alone (a
    // network's description), when the map is read again and its betweenness found kept; and a new tie today,
    // when the map's betweenness "after" is worked out afresh ("before" the series began is unchanged).
    const changes = {
      edit: (i) =>
        client.query(
          `UPDATE networks SET description = coalesce(description, '') || ' ' WHERE id = (SELECT id FROM networks ORDER BY id OFFSET $1 LIMIT 1)`,
          [i],
        ),
      tie: (i) =>
        client.query(
          `INSERT INTO network_memberships (member_id, parent_id, tie_type, status, since)
           SELECT a.id, b.id, 'partner', 'active', now() FROM (SELECT id FROM networks ORDER BY id OFFSET $1 LIMIT 1) a,
             (SELECT id FROM networks ORDER BY id DESC OFFSET $1 LIMIT 1) b ON CONFLICT DO NOTHING`,
          [100 + i],
        ),
    };
    const after = { edit: [], tie: [] };
    for (let i = 0; i < Math.min(requests, 10); i++) {
      for (const kind of ['edit', 'tie']) {
        await changes[kind](i);
        await new Promise((resolve) => setTimeout(resolve, 150)); // the change's notification reaches the API
        after[kind].push(await time(() => ask(name, slug)));
      }
    }
    const apiTimes = [];
    for (let i = 0; i < requests; i++) apiTimes.push(await time(() => ask(name, slug)));
    // The baseline: the same statements, one after the other, straight through pg (no HTTP, GraphQL or Node work between them).
    const sqlTimes = [];
    for (let i = 0; i < requests; i++) {
      sqlTimes.push(
        await time(async () => {
          for (const { query, parameters } of captured) await client.query(query, parameters);
        }),
      );
    }
    const [edit, tie, a, b] = [percentiles(after.edit), percentiles(after.tie), percentiles(apiTimes), percentiles(sqlTimes)];
    rows.push({
      query: name,
      statements: captured.length,
      'first ms': firstMs.toFixed(0),
      'after an edit p95 ms': edit.p95.toFixed(0),
      'after a new tie p95 ms': tie.p95.toFixed(0),
      'unchanged p50 ms': a.p50.toFixed(0),
      'unchanged p95 ms': a.p95.toFixed(0),
      'SQL p50 ms': b.p50.toFixed(0),
      'unchanged / SQL': (a.p50 / b.p50).toFixed(2),
      'under 1 s': Math.max(firstMs, edit.p95, tie.p95, a.p95) < 1000 ? 'yes' : 'NO',
    });
  }
  await harness.stop(api.child);
  await client.end();
  console.log(`\nThe impact view on ${made.networks} networks, ${requests} sequential requests each, loopback\n`);
  console.table(rows);
  console.log(
    'after an edit / a new tie: the first answer after that change to the directory; unchanged: while nothing changes.\n' +
      "unchanged / SQL: the API's whole answer (HTTP, GraphQL, bridging) over its own SQL statements run one after another straight through pg, in this run.",
  );
  if (rows.some((r) => r['under 1 s'] !== 'yes')) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await harness.finish();
}
