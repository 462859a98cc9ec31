import { createLogger } from '../../common/logging/logger.js';
import { PersonEntity } from '../../modules/accounts/person.entity.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemoIfEmpty } from '../demo-seed.js';

describe('demo data', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const count = async (sql: string, params: unknown[] = []) => Number((await t.dataSource.query(sql, params))[0].count);
  const rolesOf = async (email: string): Promise<{ network: string; role: string }[]> =>
    t.dataSource.query(
      `SELECT n.name AS network, r.role FROM role_assignments r JOIN people p ON p.id = r.person_id JOIN networks n ON n.id = r.scope_id
        WHERE p.email = $1 AND r.scope_type = 'network' AND r.ended_at IS NULL ORDER BY n.name, r.role`,
      [email],
    );

  // Each test seeds the whole demo (with its workshop series), which takes longer than jest's minute on a busy machine.
  it('loads into an empty database, with one person for each kind of user who can sign in', async () => {
    expect(await seedDemoIfEmpty(t.app, createLogger('silent'))).toBe(true);
    const people = await t.dataSource.getRepository(PersonEntity).find();
    expect(people.map((p) => p.email)).toEqual(expect.arrayContaining(DEMO_PEOPLE.map((p) => p.email)));
    expect(people.filter((p) => p.email.startsWith('participant')).length).toBe(14);
    expect(people.filter((p) => p.isPlatformAdmin).map((p) => p.email)).toEqual(['admin@demo.weave.test']);
    // Every demo address counts as proved, so invitations to them work as they would for real people.
    expect(people.filter((p) => p.emailVerifiedAt === null)).toEqual([]);
    await t.client().data('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: 'priya@demo.weave.test', password: DEMO_PASSWORD },
    });
  }, 180_000);

  it('loads a directory of coalitions and networks, nested and overlapping, with every demo person in a role', async () => {
    await seedDemoIfEmpty(t.app, createLogger('silent'));

    expect(await count('SELECT count(*) FROM networks')).toBeGreaterThanOrEqual(35);
    expect(await count(`SELECT count(*) FROM network_memberships WHERE status = 'active'`)).toBeGreaterThanOrEqual(35);
    expect(await count(`SELECT count(*) FROM network_memberships WHERE status = 'invited'`)).toBe(1);
    expect(await count(`SELECT count(DISTINCT region) FROM networks`)).toBeGreaterThanOrEqual(4);
    expect(await count(`SELECT count(*) FROM networks WHERE latitude IS NULL OR longitude IS NULL`)).toBe(0);
    // A network in two coalitions, and a coalition that belongs to a coalition.
    const inTwo = `SELECT count(*) FROM (SELECT m.member_id FROM network_memberships m JOIN networks p ON p.id = m.parent_id
                    WHERE m.status = 'active' AND p.kind = 'coalition' GROUP BY m.member_id HAVING count(*) >= 2) twice`;
    expect(await count(inTwo)).toBeGreaterThanOrEqual(1);
    const nested = `SELECT count(*) FROM network_memberships m JOIN networks c ON c.id = m.member_id JOIN networks p ON p.id = m.parent_id
                     WHERE m.status = 'active' AND c.kind = 'coalition' AND p.kind = 'coalition'`;
    expect(await count(nested)).toBeGreaterThanOrEqual(4);
    // Ending well, and privacy.
    const [closed] = await t.dataSource.query(`SELECT name, closing_note FROM networks WHERE lifecycle_stage = 'closed'`);
    expect(closed.closing_note.length).toBeGreaterThan(20);
    expect(
      await count(
        `SELECT count(*) FROM network_memberships m JOIN networks n ON n.id = m.member_id WHERE n.name = $1 AND m.status = 'ended'`,
        [closed.name],
      ),
    ).toBe(1);
    expect(await count(`SELECT count(*) FROM networks WHERE visibility = 'members_only'`)).toBe(1);
    expect(await count(`SELECT count(DISTINCT lifecycle_stage) FROM networks`)).toBe(5);

    expect(await rolesOf('faith@demo.weave.test')).toContainEqual({ network: 'Weaving Together UK', role: 'facilitator' });
    expect(await rolesOf('connor@demo.weave.test')).toContainEqual({ network: 'Weaving Together UK', role: 'convener' });
    const priya = new Set((await rolesOf('priya@demo.weave.test')).map((r) => r.role));
    expect([...priya].sort()).toEqual(['delegate', 'facilitator', 'member']);
    expect(await rolesOf('admin@demo.weave.test')).not.toHaveLength(0);
    expect(await rolesOf('fran@demo.weave.test')).toEqual([]);
  }, 180_000);

  it('shows the funder the public directory through the API, without the members-only network', async () => {
    await seedDemoIfEmpty(t.app, createLogger('silent'));
    const fran = t.client();
    await fran.data('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: 'fran@demo.weave.test', password: DEMO_PASSWORD },
    });
    const { networks } = await fran.data<{ networks: { totalCount: number; edges: { node: { name: string } }[] } }>(
      'query { networks(search: "food", first: 20) { totalCount edges { node { name } } } }',
    );
    expect(networks.totalCount).toBeGreaterThanOrEqual(2);
    expect(networks.edges.map((e) => e.node.name)).toContain('Cynon Valley Food Network');
    const all = await fran.data<{ networks: { totalCount: number } }>('query { networks(first: 1) { totalCount } }');
    expect(all.networks.totalCount).toBe((await count('SELECT count(*) FROM networks')) - 1);
  }, 180_000);

  it('loads an open-space day with a waiting list and a cascade three deep, and a past workshop with its follow-up', async () => {
    // The workshop series has its own spec (demo-series.int-spec.ts).
    const notSeries = `g.title NOT LIKE 'Cynon Valley Working Together%'`;
    await seedDemoIfEmpty(t.app, createLogger('silent'));
    const statuses = await t.dataSource.query(
      `SELECT g.title, g.status, r.status AS registration, count(*)::int AS n FROM registrations r JOIN gatherings g ON g.id = r.gathering_id
        WHERE ${notSeries} GROUP BY 1, 2, 3 ORDER BY 1, 3`,
    );
    expect(statuses).toEqual([
      { title: 'Community Connectors Workshop', status: 'closed', registration: 'registered', n: 8 },
      { title: 'Cynon Valley Open Space', status: 'closed', registration: 'registered', n: 7 },
      { title: 'The Big Open Space Day', status: 'live', registration: 'registered', n: 150 }, // demo-big-day.int-spec.ts
      { title: 'Weaving Together Open Space', status: 'published', registration: 'registered', n: 12 },
      { title: 'Weaving Together Open Space', status: 'published', registration: 'waitlisted', n: 3 },
    ]);
    // Who came (check-ins, ticked by the convener after the day): all but one at each past gathering.
    expect(
      await t.dataSource.query(
        `SELECT g.title, c.method, count(*)::int AS n FROM check_ins c JOIN gatherings g ON g.id = c.gathering_id WHERE ${notSeries} GROUP BY 1, 2 ORDER BY 1`,
      ),
    ).toEqual([
      { title: 'Community Connectors Workshop', method: 'convener', n: 7 },
      { title: 'Cynon Valley Open Space', method: 'convener', n: 6 },
    ]);
    const connor = t.client();
    await connor.data('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: 'connor@demo.weave.test', password: DEMO_PASSWORD },
    });
    const [{ id }] = await t.dataSource.query(`SELECT id FROM gatherings WHERE title = 'Weaving Together Open Space'`);
    const { invitationTree } = await connor.data<{ invitationTree: { maxDepth: number; registrationsThroughInvitations: number } }>(
      'query($id: UUID!) { invitationTree(gatheringId: $id) { maxDepth registrationsThroughInvitations } }',
      { id },
    );
    expect(invitationTree).toEqual({ maxDepth: 3, registrationsThroughInvitations: 15 });
    const { wall } = await connor.data<{
      wall: { spaces: unknown[]; slots: unknown[]; sessions: { slotId: string | null; interestCount: number }[] };
    }>('query($id: UUID!) { wall(gatheringId: $id) { spaces { id } slots { id } sessions { slotId interestCount } } }', { id });
    expect([wall.spaces.length, wall.slots.length, wall.sessions.length]).toEqual([4, 2, 7]);
    expect(wall.sessions.filter((s) => s.slotId).length).toBe(7);
    expect(wall.sessions.reduce((sum, s) => sum + s.interestCount, 0)).toBe(24);
    const followUps = await t.dataSource.query(
      `SELECT f.status, f.participants_invited_at IS NOT NULL AS invited FROM gatherings f JOIN gatherings o ON o.id = f.follow_up_of_id
        WHERE ${notSeries.replace('g.', 'f.')}`,
    );
    // The workshop's follow-up (its 8 participants invited) and a breakout of the Cynon Valley day carried on (3 who took part).
    expect(followUps).toEqual([
      { status: 'published', invited: true },
      { status: 'published', invited: true },
    ]);
    const carryOn = (await t.outbox()).filter((m) => m.subject.startsWith('Carry on the conversation') && !m.to.includes('series'));
    expect(carryOn).toHaveLength(11);

    // The past workshop's harvest, published for everyone: anyone signed out reads its themes, sessions and actions.
    const [workshop] = await t.dataSource.query(`SELECT id FROM gatherings WHERE title = 'Community Connectors Workshop'`);
    const { harvest } = await t.client().data<{
      harvest: {
        status: string;
        themes: unknown[];
        sessions: { tookPart: number; notes: unknown[]; actions: { ownerId: string | null; done: boolean }[] }[];
      };
    }>('query($id: UUID!) { harvest(gatheringId: $id) { status themes { heading } sessions { tookPart notes { text } actions { ownerId done } } } }', {
      id: workshop.id,
    });
    expect(harvest.status).toBe('PUBLISHED');
    expect(harvest.themes).toHaveLength(3);
    expect(harvest.sessions.map((s) => s.tookPart).sort()).toEqual([3, 3, 4]); // 8 people, 2 of whom moved on
    const actions = harvest.sessions.flatMap((s) => s.actions);
    expect([actions.length, actions.filter((a) => a.ownerId).length, actions.filter((a) => a.done).length]).toEqual([4, 3, 1]);
  }, 180_000);

  it('leaves a database that already has people alone', async () => {
    await t.newPerson();
    expect(await seedDemoIfEmpty(t.app, createLogger('silent'))).toBe(false);
    expect(await t.dataSource.getRepository(PersonEntity).count()).toBe(1);
    expect(await count('SELECT count(*) FROM networks')).toBe(0);
  });
});
