import { createLogger } from '../../common/logging/logger.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../demo-seed.js';

const SERIES = 'Cynon Valley Working Together%';

describe('demo: the workshop series', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoIfEmpty(t.app, createLogger('silent'));
    await t.drainJobs();
  }, 300_000);
  afterAll(() => t.close());

  const rows = <T>(sql: string, params: unknown[] = [SERIES]): Promise<T[]> => t.dataSource.query(sql, params);

  it('is four workshops, each following the one before, all past and closed, with who came', async () => {
    const workshops = await rows<{
      title: string;
      status: string;
      past: boolean;
      follows: string | null;
      came: number;
      registered: number;
    }>(
      `SELECT g.title, g.status, g.ends_at < now() AS past, f.title AS follows,
              (SELECT count(*)::int FROM check_ins c WHERE c.gathering_id = g.id) AS came,
              (SELECT count(*)::int FROM registrations r WHERE r.gathering_id = g.id) AS registered
         FROM gatherings g LEFT JOIN gatherings f ON f.id = g.follow_up_of_id
        WHERE g.title LIKE $1 ORDER BY g.starts_at`,
    );
    expect(workshops.map((w) => [w.status, w.past, w.registered, w.came])).toEqual([
      ['closed', true, 12, 11],
      ['closed', true, 12, 10],
      ['closed', true, 12, 11],
      ['closed', true, 12, 11],
    ]);
    expect(workshops.map((w) => w.follows)).toEqual([null, ...workshops.slice(0, 3).map((w) => w.title)]);
  });

  it('has ties confirmed across networks and sectors, and two one-sided that nobody else can see', async () => {
    const ties = await rows<{ status: string; across_networks: boolean; across_sectors: boolean }>(
      `SELECT c.status, c.first_network_ids <> c.second_network_ids AS across_networks,
              NOT (a.sectors && b.sectors) AS across_sectors
         FROM connections c JOIN gatherings g ON g.id = c.gathering_id
         JOIN networks a ON a.id = c.first_network_ids[1] JOIN networks b ON b.id = c.second_network_ids[1]
        WHERE g.title LIKE $1`,
    );
    const confirmed = ties.filter((tie) => tie.status === 'confirmed');
    expect(confirmed).toHaveLength(14);
    expect(ties.filter((tie) => tie.status === 'proposed')).toHaveLength(2);
    expect(confirmed.filter((tie) => tie.across_networks).length).toBeGreaterThanOrEqual(12);
    expect(confirmed.filter((tie) => tie.across_sectors).length).toBeGreaterThanOrEqual(8);

    // Someone who proposed and was not answered sees it as theirs to wait on; nobody else sees it among people met.
    const gareth = t.client();
    await gareth.data('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: 'series2@demo.weave.test', password: DEMO_PASSWORD },
    });
    const { peopleMet, connectionProposals } = await gareth.data<{
      peopleMet: { edges: { node: { person: { displayName: string } } }[] };
      connectionProposals: { awaitsYou: boolean }[];
    }>('query { peopleMet { edges { node { person { displayName } } } } connectionProposals { awaitsYou } }');
    expect(peopleMet.edges.map((e) => e.node.person.displayName).sort()).toEqual(['Bethan Rees', 'Sarah Jones']);
    expect(connectionProposals).toEqual([{ awaitsYou: false }]);
  });

  it('has asks met by other networks’ offers, posted on the workshops’ walls, and feedback paired before and after', async () => {
    const asks = await rows<{ status: string; across: boolean; on_wall: boolean }>(
      `SELECT a.status, a.network_id <> a.met_by_network_id AS across, a.gathering_id IS NOT NULL AS on_wall
         FROM asks_offers a JOIN gatherings g ON g.id = a.gathering_id WHERE g.title LIKE $1 AND a.side = 'ask'`,
    );
    expect(asks.filter((a) => a.status === 'met').map((a) => a.across)).toEqual([true, true, true, true, true]);
    expect(asks.filter((a) => a.status === 'open')).toHaveLength(1);

    const [paired] = await rows<{ people: number; rose: number }>(
      `SELECT count(*)::int AS people, count(*) FILTER (WHERE a.networking > b.networking)::int AS rose
         FROM feedback_responses b
         JOIN gatherings first ON first.id = b.gathering_id AND first.follow_up_of_id IS NULL AND first.title LIKE $1
         JOIN gatherings last ON last.title LIKE $1 AND NOT EXISTS (SELECT 1 FROM gatherings n WHERE n.follow_up_of_id = last.id)
         JOIN feedback_responses a ON a.gathering_id = last.id AND a.person_id = b.person_id AND a.stage = 'after'
        WHERE b.stage = 'before'`,
    );
    expect(paired.people).toBeGreaterThanOrEqual(8);
    expect(paired.rose).toBeGreaterThanOrEqual(8);
  });

  it('has two new partner ties between networks whose people met at the series', async () => {
    const ties = await rows<{ member: string; parent: string }>(
      `SELECT m.name AS member, p.name AS parent FROM network_memberships t
         JOIN networks m ON m.id = t.member_id JOIN networks p ON p.id = t.parent_id
        WHERE t.tie_type = 'partner' AND t.status = 'active' AND m.name = ANY($1) ORDER BY 1`,
      [['Valley Threads CIC', "Aberdare Men's Shed"]],
    );
    expect(ties).toEqual([
      { member: "Aberdare Men's Shed", parent: 'Cynon Valley Health and Wellbeing Partnership' },
      { member: 'Valley Threads CIC', parent: 'Mountain Ash Youth Forum' },
    ]);
  });
});
