import { createTestApp, type TestApp } from '../../../../test/test-app.js';

// A timing check, not part of the normal run (it takes ~20 s to set up). NODE_ENV=production
// turns off graphql-js's development checks, which triple the time to serialise a large result:
//   NODE_ENV=production WEAVE_GRAPH_SCALE=1 npm test --workspace @weave/api -- network-graph-scale
const describeScale = process.env.WEAVE_GRAPH_SCALE ? describe : describe.skip;

const NETWORKS = 10_000;
const COALITIONS = 1_500;
const TIES = 50_000;
const FIELDS = `nodeCount edgeCount isBetweennessEstimated
  nodes { id slug name kind region sectors isClosed degree betweenness isBridge cluster }
  edges { id source target tieType }`;

describeScale('network graph at directory scale', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // Networks in 20 regions; 90% of ties stay within a region, so there are clusters and bridges.
    await t.dataSource.query(
      `INSERT INTO networks (slug, name, kind, scope, visibility, region, sectors)
       SELECT 'scale-' || i, 'Scale network ' || i, CASE WHEN i <= $2 THEN 'coalition' ELSE 'network' END, 'local',
              CASE WHEN i % 50 = 0 THEN 'members_only' ELSE 'public' END, 'Region ' || (i % 20), '{community_group}'
       FROM generate_series(1, $1) i`,
      [NETWORKS, COALITIONS],
    );
    await t.dataSource.query(
      `WITH ids AS (SELECT id, substring(slug FROM 7)::int AS i FROM networks WHERE slug LIKE 'scale-%'),
       pairs AS (
         SELECT DISTINCT ON (m, p) m, p FROM (
           SELECT m0 + 1 AS m,
                  1 + CASE WHEN random() < 0.9 THEN floor(random() * ($2::int / 20))::int * 20 + m0 % 20 ELSE floor(random() * $2::int)::int END AS p
           FROM (SELECT floor(random() * $1::int)::int AS m0 FROM generate_series(1, $3::int * 11 / 10)) s
         ) r WHERE m <> p
       )
       INSERT INTO network_memberships (member_id, parent_id, status, tie_type)
       SELECT a.id, b.id, 'active', 'member' FROM pairs JOIN ids a ON a.i = pairs.m JOIN ids b ON b.i = pairs.p
       LIMIT $3`,
      [NETWORKS, COALITIONS, TIES],
    );
    await t.dataSource.query('ANALYZE networks; ANALYZE network_memberships');
  }, 120_000);
  afterAll(() => t.close());

  it('answers directoryGraph within a couple of seconds', async () => {
    const client = t.client();
    await client.data(`{ directoryGraph { nodeCount } }`); // warm up
    const started = performance.now();
    const { directoryGraph } = await client.data<{
      directoryGraph: { nodeCount: number; edgeCount: number; isBetweennessEstimated: boolean };
    }>(`{ directoryGraph { ${FIELDS} } }`);
    const elapsed = performance.now() - started;
    console.log(`directoryGraph: ${directoryGraph.nodeCount} networks, ${directoryGraph.edgeCount} ties in ${Math.round(elapsed)} ms`);
    expect(directoryGraph.isBetweennessEstimated).toBe(true);
    expect(elapsed).toBeLessThan(5000);
  }, 60_000);

  it('answers a depth-3 neighbourhood of a coalition', async () => {
    const started = performance.now();
    const { networkGraph } = await t
      .client()
      .data<{ networkGraph: { nodeCount: number; edgeCount: number } }>(`{ networkGraph(slug: "scale-1", depth: 3) { ${FIELDS} } }`);
    const elapsed = performance.now() - started;
    console.log(`networkGraph depth 3: ${networkGraph.nodeCount} networks, ${networkGraph.edgeCount} ties in ${Math.round(elapsed)} ms`);
    expect(elapsed).toBeLessThan(5000);
  }, 60_000);
});
