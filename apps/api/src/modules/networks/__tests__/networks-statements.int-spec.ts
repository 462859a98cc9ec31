import { QueryCounter } from '../../../database/query-counter.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';

// The directory page as the web app asks for it: results with their coalitions,
// member counts and the viewer's roles, plus the total and every facet.
const DIRECTORY_PAGE = `query($first: Int) { networks(first: $first, sort: NAME) {
  totalCount
  facets { themes { value count } sectors { value count } regions { value count } scopes { value count } lifecycleStages { value count } kinds { value count } }
  edges { node { id name memberCount viewerRoles coalitions { network { name } depth } memberNetworks { member { name } } people { role person { displayName } } } }
} }`;

describe('the directory page does not query once per network', () => {
  const counter = new QueryCounter();
  let t: TestApp;
  let faith: TestPerson;

  beforeAll(async () => {
    t = await createTestApp({ queryLogger: counter });
    faith = await t.newPerson();
    const coalition = await t.newNetwork(faith, { name: 'AAA Coalition', kind: 'COALITION', themes: ['food'] });
    for (let i = 0; i < 55; i++) {
      const network = await t.newNetwork(faith, {
        name: `Network ${String(i).padStart(2, '0')}`,
        themes: ['food', `theme ${i % 5}`],
        area: { region: `Region ${i % 3}` },
      });
      if (i % 2 === 0) {
        await faith.client.data('mutation($input: ProposeMembershipInput!) { proposeMembership(input: $input) { id } }', {
          input: { memberNetworkId: network.id, parentNetworkId: coalition.id },
        });
      }
    }
  });
  afterAll(() => t.close());

  it.each([
    ['signed out', () => t.client()],
    ['signed in', () => faith.client],
  ])('takes the same few statements for 5 results as for 50 (%s)', async (_label, client) => {
    const five = await counter.around(() => client().data<{ networks: { edges: unknown[] } }>(DIRECTORY_PAGE, { first: 5 }));
    const fifty = await counter.around(() =>
      client().data<{ networks: { edges: { node: { coalitions: unknown[] } }[] } }>(DIRECTORY_PAGE, { first: 50 }),
    );
    expect(five.result.networks.edges).toHaveLength(5);
    expect(fifty.result.networks.edges).toHaveLength(50);
    expect(fifty.result.networks.edges.filter((e) => e.node.coalitions.length === 1).length).toBeGreaterThan(20);
    expect(fifty.statements).toBe(five.statements);
    expect(fifty.statements).toBeLessThanOrEqual(8);
  });

  it('answers a repeated signed-out search from the cache, checking only the directory version', async () => {
    await t.client().data(DIRECTORY_PAGE, { first: 20 });
    const again = await counter.around(() => t.client().data(DIRECTORY_PAGE, { first: 20 }));
    // The version check, then the per-network parts of the page (coalitions, members, people).
    expect(again.statements).toBeLessThanOrEqual(4);
  });
});
