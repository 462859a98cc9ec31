// A realistic mix of directory requests, built deterministically from the seeded directory's own words:
// searches (themes, places, regions, a misspelt place, two words), filters (0-2 facets, 1-2 values each),
// every sort and the first three pages, half signed out and half signed in as members of members-only networks.
import { dist } from '../support/harness.mjs';
import { DIRECTORY_QUERY } from './query.mjs';

// The scale seeder's generator (mulberry32): the same mix on every run.
const { seededRandom } = await import(dist('demo/scale/scale-generator.js'));

const SECTORS = [
  'COMMUNITY_GROUP',
  'VOLUNTARY_SECTOR',
  'SOCIAL_ENTERPRISE',
  'BUSINESS',
  'PUBLIC_SECTOR',
  'ACADEMIA',
  'LIVED_EXPERIENCE',
  'FUNDER',
];
const STAGES = ['FORMING', 'ACTIVE', 'SUSTAINING', 'TRANSITIONING', 'CLOSED'];
const KINDS = ['COALITION', 'NETWORK', 'ORGANISATION'];
const SORTS = ['RELEVANCE', 'RELEVANCE', 'NAME', 'NAME', 'NEWEST', 'SIZE'];
const cursor = (n) => Buffer.from(JSON.stringify([n])).toString('base64url');

/** What the mix is built from: the directory's places, themes and regions (codes and English names), read from the database. */
export async function directoryWords(db) {
  const { rows } = await db.query(`
    SELECT (SELECT array_agg(DISTINCT place_name ORDER BY place_name) FROM networks) AS places,
           (SELECT array_agg(DISTINCT t ORDER BY t) FROM networks, unnest(themes) t) AS themes,
           (SELECT array_agg(DISTINCT region ORDER BY region) FROM networks) AS regions`);
  const { places, themes, regions } = rows[0];
  const names = await db.query(`SELECT code, split_part(weave_region_names(code), ' ', 1) AS name FROM unnest($1::text[]) AS code`, [
    regions,
  ]);
  return { places, themes, regions: names.rows.map((r) => ({ code: r.code.toUpperCase(), name: r.name })) };
}

/** `count` different directory questions (search, filter, sort, page). */
export function directoryQuestions({ places, themes, regions }, count, seed = 7) {
  const random = seededRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const some = (list) => [...new Set([pick(list), ...(random() < 0.3 ? [pick(list)] : [])])];
  const searches = [
    () => undefined,
    () => undefined,
    () => pick(themes),
    () => pick(places),
    () => pick(regions).name,
    () => `${pick(themes).split(' ')[0]} ${pick(places)}`,
    () => pick(places).slice(0, -1), // a misspelling: the trigram fallback
  ];
  const filters = [
    () => ({ themes: some(themes) }),
    () => ({ regions: some(regions).map((r) => r.code) }),
    () => ({ sectors: some(SECTORS) }),
    () => ({ lifecycleStages: some(STAGES) }),
    () => ({ kinds: [pick(KINDS)] }),
  ];
  const seen = new Set();
  const questions = [];
  for (let tries = 0; questions.length < count && tries < count * 20; tries++) {
    const search = pick(searches)();
    const filter = {};
    for (let f = Math.floor(random() * 3); f > 0; f--) Object.assign(filter, pick(filters)());
    const page = random() < 0.7 ? 0 : pick([20, 40]);
    const variables = { search, filter, sort: pick(SORTS), first: 20, ...(page ? { after: cursor(page) } : {}) };
    const key = JSON.stringify(variables);
    if (seen.has(key)) continue;
    seen.add(key);
    questions.push(variables);
  }
  return questions;
}

/** Requests for the load generator: each question asked signed out and, by one of `cookies` in turn, signed in, interleaved. */
export function mixedRequests(questions, cookies) {
  return questions.flatMap((variables, i) => {
    const body = JSON.stringify({ operationName: 'NetworksDirectory', query: DIRECTORY_QUERY, variables });
    return [
      { body, group: 'signed out' },
      { body, cookie: cookies[i % cookies.length], group: 'signed in' },
    ];
  });
}
