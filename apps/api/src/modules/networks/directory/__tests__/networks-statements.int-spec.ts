import { EVENTS_APPLICATION_NAME, PgEvents } from '../../../../common/events/pg-events.service.js';
import { QueryCounter } from '../../../../database/query-counter.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../../test/test-app.js';

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
        area: { region: (['WALES', 'SCOTLAND', 'LONDON'] as const)[i % 3] },
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
    // After the setup's writes the directory version is read once afresh; leave that read out of the counts.
    await client().data(DIRECTORY_PAGE, { first: 1 });
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

  it('answers a repeated signed-out page whole from the cache, without a statement (the version arrives by notification)', async () => {
    const first = await t.client().data(DIRECTORY_PAGE, { first: 20 });
    const again = await counter.around(() => t.client().data(DIRECTORY_PAGE, { first: 20 }));
    expect(again.result).toEqual(first);
    expect(again.statements).toBe(0);
  });

  it('never shares a signed-in answer, nor one that asks for more than the directory', async () => {
    await faith.client.data(DIRECTORY_PAGE, { first: 20 });
    const signedIn = await counter.around(() => faith.client.data(DIRECTORY_PAGE, { first: 20 }));
    expect(signedIn.statements).toBeGreaterThan(1);
    // (The directory's own part may come from the directory's kept answers; the rest runs as usual.)
    const mixed = `query { networks(first: 5) { totalCount } network(slug: "aaa-coalition") { id } }`;
    await t.client().data(mixed);
    expect((await counter.around(() => t.client().data(mixed))).statements).toBeGreaterThan(0);
  });

  it('misses nothing when the notification connection drops: it reconnects and reads the version afresh', async () => {
    const events = t.app.get(PgEvents);
    let resyncs = 0;
    const stop = events.onResync(() => (resyncs += 1));
    try {
      await t.client().data(DIRECTORY_PAGE, { first: 20 });
      // A change whose notification never arrives (triggers off, the version moved by hand, no NOTIFY).
      await t.dataSource.transaction(async (manager) => {
        // (As the tables' owner: the API's role is not a superuser, so session_replication_role is out of reach.)
        await manager.query(`ALTER TABLE networks DISABLE TRIGGER USER`);
        await manager.query(`ALTER TABLE directory_state DISABLE TRIGGER USER`);
        await manager.query(`UPDATE networks SET name = 'AAA Coalition Renamed' WHERE name = 'AAA Coalition'`);
        await manager.query(`UPDATE directory_state SET version = version + 1`);
        await manager.query(`ALTER TABLE networks ENABLE TRIGGER USER`);
        await manager.query(`ALTER TABLE directory_state ENABLE TRIGGER USER`);
      });
      expect(JSON.stringify(await t.client().data(DIRECTORY_PAGE, { first: 20 }))).not.toContain('Renamed'); // still trusting the old version
      // The notification connection drops and comes back: whatever was missed is read afresh.
      await t.dataSource.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`,
        [EVENTS_APPLICATION_NAME],
      );
      for (let waited = 0; resyncs === 0; waited += 20) {
        if (waited > 20_000) throw new Error('the notification connection did not come back');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(JSON.stringify(await t.client().data(DIRECTORY_PAGE, { first: 20 }))).toContain('AAA Coalition Renamed');
    } finally {
      stop();
    }
  });

  it("shows a person's new name at once in a cached page (the version moves with it)", async () => {
    const shown = (page: unknown) => JSON.stringify(page).includes('Faith Renamed');
    expect(shown(await t.client().data(DIRECTORY_PAGE, { first: 20 }))).toBe(false);
    await faith.client.data('mutation { updateProfile(input: { displayName: "Faith Renamed" }) { id } }');
    expect(shown(await t.client().data(DIRECTORY_PAGE, { first: 20 }))).toBe(true);
  });
});
