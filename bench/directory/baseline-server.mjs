// The minimal baseline: node:http + graphql-js + pg, running the same SQL statements the API ran
// for the benchmark query (captured from the API's query log), with nothing else in the way.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { buildSchema, execute, parse, validate } from 'graphql';
import pg from 'pg';

const statements = JSON.parse(readFileSync(process.env.BENCH_SQL, 'utf8'));
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const schema = buildSchema(`
  enum NetworkKind { COALITION NETWORK ORGANISATION }
  enum Sector { COMMUNITY_GROUP VOLUNTARY_SECTOR SOCIAL_ENTERPRISE BUSINESS PUBLIC_SECTOR ACADEMIA LIVED_EXPERIENCE FUNDER }
  enum NetworkScope { NEIGHBOURHOOD LOCAL REGIONAL NATIONAL INTERNATIONAL }
  enum LifecycleStage { FORMING ACTIVE SUSTAINING TRANSITIONING CLOSED }
  enum NetworkSort { RELEVANCE NAME NEWEST SIZE }
  input NetworkFilter { themes: [String!] sectors: [Sector!] regions: [String!] scopes: [NetworkScope!] lifecycleStages: [LifecycleStage!] kinds: [NetworkKind!] }
  type Area { placeName: String region: String }
  type Network { id: ID! slug: String! name: String! kind: NetworkKind! purpose: String! themes: [String!]! area: Area! isClosed: Boolean! memberCount: Int! }
  type NetworkEdge { cursor: String! node: Network! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type FacetCount { value: String! count: Int! }
  type NetworkFacets { kinds: [FacetCount!]! sectors: [FacetCount!]! scopes: [FacetCount!]! lifecycleStages: [FacetCount!]! regions: [FacetCount!]! themes: [FacetCount!]! }
  type NetworkConnection { totalCount: Int! edges: [NetworkEdge!]! pageInfo: PageInfo! facets: NetworkFacets! }
  type Query { networks(search: String, filter: NetworkFilter, sort: NetworkSort! = RELEVANCE, first: Int! = 20, after: String): NetworkConnection! }
`);

const cursor = (n) => Buffer.from(JSON.stringify([n])).toString('base64url');
const ENUM_FACETS = new Set(['kinds', 'sectors', 'scopes', 'lifecycleStages', 'regions']);

async function networks({ first }) {
  // The API's one statement: the page's rows, each with the facets (as text) beside it; one row with only the facets when the page is empty.
  const results = await Promise.all(statements.map((s) => pool.query(s.query, s.parameters)));
  const { rows } = results.find((r) => r.fields.some((f) => f.name === 'facets'));
  const page = rows.filter((r) => r.id !== null);
  const facets = { kinds: [], sectors: [], scopes: [], lifecycleStages: [], regions: [], themes: [] };
  let totalCount = 0;
  for (const [facet, value, count] of JSON.parse(rows[0]?.facets ?? '[]')) {
    if (facet === 'total') totalCount = count;
    else facets[facet].push({ value: ENUM_FACETS.has(facet) ? String(value).toUpperCase() : String(value), count });
  }
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const edges = page.slice(0, first).map((r, i) => ({
    cursor: cursor(i + 1),
    node: {
      id: r.id,
      slug: r.slug,
      name: r.name,
      kind: r.kind.toUpperCase(),
      purpose: r.purpose,
      themes: r.themes,
      area: { placeName: r.place_name, region: r.region?.toUpperCase() ?? null },
      isClosed: r.lifecycle_stage === 'closed',
      memberCount: r.member_count,
    },
  }));
  return { totalCount, edges, pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null }, facets };
}

// Parsed and validated documents are cached, as Apollo Server does.
const documents = new Map();
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const { query, variables, operationName } = JSON.parse(Buffer.concat(chunks).toString());
      let document = documents.get(query);
      if (!document) {
        document = parse(query);
        const errors = validate(schema, document);
        if (errors.length) throw new Error(errors[0].message);
        documents.set(query, document);
      }
      const result = await execute({ schema, document, variableValues: variables, operationName, rootValue: { networks } });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    } catch (error) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => process.send({ ready: server.address().port }));
process.once('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
