import { QueryCounter } from '../../../database/query-counter.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';

// Funders see in the directory which networks publish evidence of their relational impact (issue 13 §5):
// each card's network says which measures it publishes, read for the whole page at once, and a change of
// what is published shows at once, also in the signed-out answers the directory keeps.

const PAGE = `query($first: Int, $search: String) { networks(first: $first, search: $search, sort: NAME) {
  edges { node { name publishedImpact } }
} }`;
const PUBLISH = 'mutation($input: SetImpactPublicationsInput!) { setImpactPublications(input: $input) { measures } }';

type Page = { networks: { edges: { node: { name: string; publishedImpact: string[] } }[] } };

describe('impact: what networks publish, in the directory', () => {
  // Only what reads the publications: the directory's own statements have their own tests (and kept answers).
  const counter = new QueryCounter((query) => query.includes('impact_publications'));
  let t: TestApp;
  let faith: TestPerson;
  let ids: string[];

  beforeAll(async () => {
    t = await createTestApp({ queryLogger: counter });
    faith = await t.newPerson();
    ids = [];
    for (let i = 0; i < 30; i++) ids.push((await t.newNetwork(faith, { name: `Publishing ${String(i).padStart(2, '0')}` })).id);
  });
  afterAll(() => t.close());

  const page = async (first = 30) =>
    Object.fromEntries(
      (await t.client().data<Page>(PAGE, { first, search: 'Publishing' })).networks.edges.map((e) => [e.node.name, e.node.publishedImpact]),
    );

  it('shows each network’s published measures in the order of the impact view, [] for none, and follows changes at once', async () => {
    expect(Object.values(await page()).every((published) => published.length === 0)).toBe(true);
    await faith.client.data(PUBLISH, { input: { networkId: ids[3], measures: ['FEEDBACK', 'NEW_TIES'] } });
    await faith.client.data(PUBLISH, { input: { networkId: ids[7], measures: ['ASKS_MET'] } });
    const after = await page();
    expect(after['Publishing 03']).toEqual(['NEW_TIES', 'FEEDBACK']);
    expect(after['Publishing 07']).toEqual(['ASKS_MET']);
    expect(Object.values(after).filter((published) => published.length > 0)).toHaveLength(2);
    // Signed out, the answer came from the directory's cache the first time round: it must not stay stale.
    await faith.client.data(PUBLISH, { input: { networkId: ids[3], measures: [] } });
    expect((await page())['Publishing 03']).toEqual([]);
  });

  it('reads it for the whole page in one statement, for 5 cards as for 30', async () => {
    await faith.client.data(PUBLISH, { input: { networkId: ids[1], measures: ['NEW_TIES'] } });
    const counted = async (first: number) =>
      counter
        .around(() => faith.client.data<Page>(PAGE, { first, search: 'Publishing' }))
        .then(({ result, statements }) => {
          expect(result.networks.edges).toHaveLength(first);
          expect(result.networks.edges.some((e) => e.node.publishedImpact.length > 0)).toBe(true);
          return statements;
        });
    expect(await counted(5)).toBe(1);
    expect(await counted(30)).toBe(1);
  });
});
