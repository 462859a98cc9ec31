import { NetworkMembershipEntity } from '../network-membership.entity.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../../test/test-app.js';

const PROPOSE =
  'mutation($input: ProposeMembershipInput!) { proposeMembership(input: $input) { id status tieType since member { name } parent { name } } }';
const RESPOND = 'mutation($input: RespondToMembershipInput!) { respondToMembership(input: $input) { status since } }';
const END = 'mutation($input: EndMembershipInput!) { endMembership(input: $input) { status until } }';
const PROFILE = `query($slug: String!) { network(slug: $slug) {
  memberCount memberNetworks { member { name } tieType } coalitions { network { name } depth } handshakes { status member { name } } } }`;

type Tie = { id: string; status: string; since: string | null };

describe('ties between networks', () => {
  let t: TestApp;
  let coalitionLead: TestPerson;
  let networkLead: TestPerson;
  beforeAll(async () => {
    t = await createTestApp();
    coalitionLead = await t.newPerson();
    networkLead = await t.newPerson();
  });
  afterAll(() => t.close());

  const propose = (by: TestPerson, memberNetworkId: string, parentNetworkId: string, tieType = 'MEMBER') =>
    by.client
      .data<{ proposeMembership: Tie }>(PROPOSE, { input: { memberNetworkId, parentNetworkId, tieType } })
      .then((d) => d.proposeMembership);

  it('a coalition invites a network; its facilitator accepts; the tie is dated and shows on both profiles', async () => {
    const coalition = await t.newNetwork(coalitionLead, { name: 'Northern Alliance', kind: 'COALITION' });
    const network = await t.newNetwork(networkLead, { name: 'Food Hub' });
    const tie = await propose(coalitionLead, network.id, coalition.id, 'PARTNER');
    expect(tie).toMatchObject({ status: 'INVITED', tieType: 'PARTNER', since: null });
    expect((await coalitionLead.client.error(RESPOND, { input: { membershipId: tie.id, accept: true } })).code).toBe('FORBIDDEN');

    const { respondToMembership } = await networkLead.client.data<{ respondToMembership: Tie }>(RESPOND, {
      input: { membershipId: tie.id, accept: true },
    });
    expect(respondToMembership.status).toBe('ACTIVE');
    expect(respondToMembership.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const coalitionProfile = await t
      .client()
      .data<{ network: { memberCount: number; memberNetworks: unknown[]; handshakes: unknown } }>(PROFILE, { slug: coalition.slug });
    expect(coalitionProfile.network).toMatchObject({
      memberCount: 1,
      memberNetworks: [{ member: { name: 'Food Hub' }, tieType: 'PARTNER' }],
      handshakes: null,
    });
    const networkProfile = await t.client().data<{ network: { coalitions: unknown[] } }>(PROFILE, { slug: network.slug });
    expect(networkProfile.network.coalitions).toEqual([{ network: { name: 'Northern Alliance' }, depth: 1 }]);
  });

  it('a network asks to join; the coalition declines; it can ask again later', async () => {
    const coalition = await t.newNetwork(coalitionLead, { kind: 'COALITION' });
    const network = await t.newNetwork(networkLead);
    const tie = await propose(networkLead, network.id, coalition.id);
    expect(tie.status).toBe('REQUESTED');
    expect(
      (await coalitionLead.client.data<{ respondToMembership: Tie }>(RESPOND, { input: { membershipId: tie.id, accept: false } }))
        .respondToMembership.status,
    ).toBe('DECLINED');
    expect((await propose(networkLead, network.id, coalition.id)).status).toBe('REQUESTED');
  });

  it('ending a tie keeps it in history with an end date', async () => {
    const coalition = await t.newNetwork(coalitionLead, { kind: 'COALITION' });
    const network = await t.newNetwork(coalitionLead);
    const tie = await propose(coalitionLead, network.id, coalition.id);
    expect(tie.status).toBe('ACTIVE');
    expect(
      (await coalitionLead.client.data<{ endMembership: { status: string; until: string } }>(END, { input: { membershipId: tie.id } }))
        .endMembership,
    ).toMatchObject({ status: 'ENDED' });
    const stored = await t.dataSource.getRepository(NetworkMembershipEntity).findOneByOrFail({ id: tie.id });
    expect(stored.until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const { network: profile } = await coalitionLead.client.data<{ network: { memberCount: number; handshakes: { status: string }[] } }>(
      PROFILE,
      { slug: coalition.slug },
    );
    expect(profile.memberCount).toBe(0);
    expect(profile.handshakes.map((h) => h.status)).toEqual(['ENDED']);
  });

  it('refuses a duplicate tie, a tie to itself, and people who facilitate neither side', async () => {
    const a = await t.newNetwork(coalitionLead, { kind: 'COALITION' });
    const b = await t.newNetwork(coalitionLead);
    await propose(coalitionLead, b.id, a.id);
    expect((await coalitionLead.client.error(PROPOSE, { input: { memberNetworkId: b.id, parentNetworkId: a.id } })).code).toBe('CONFLICT');
    expect((await coalitionLead.client.error(PROPOSE, { input: { memberNetworkId: a.id, parentNetworkId: a.id } })).code).toBe(
      'BAD_USER_INPUT',
    );
    const stranger = await t.newPerson();
    expect((await stranger.client.error(PROPOSE, { input: { memberNetworkId: a.id, parentNetworkId: b.id } })).code).toBe('FORBIDDEN');
  });

  it('lists coalitions transitively, with depth', async () => {
    const national = await t.newNetwork(coalitionLead, { name: 'National Web', kind: 'COALITION' });
    const regional = await t.newNetwork(coalitionLead, { name: 'Regional Web', kind: 'COALITION' });
    const local = await t.newNetwork(coalitionLead, { name: 'Local Group' });
    await propose(coalitionLead, regional.id, national.id);
    await propose(coalitionLead, local.id, regional.id);
    const { network } = await t.client().data<{ network: { coalitions: unknown[] } }>(PROFILE, { slug: local.slug });
    expect(network.coalitions).toEqual([
      { network: { name: 'Regional Web' }, depth: 1 },
      { network: { name: 'National Web' }, depth: 2 },
    ]);
  });

  it('refuses a tie that would make a loop, naming the path', async () => {
    const a = await t.newNetwork(coalitionLead, { name: 'Alpha' });
    const b = await t.newNetwork(coalitionLead, { name: 'Beta' });
    const c = await t.newNetwork(coalitionLead, { name: 'Gamma' });
    await propose(coalitionLead, a.id, b.id); // Alpha belongs to Beta
    await propose(coalitionLead, b.id, c.id); // Beta belongs to Gamma
    const error = await coalitionLead.client.error(PROPOSE, { input: { memberNetworkId: c.id, parentNetworkId: a.id } });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      'That would make a loop: "Gamma" cannot belong to "Alpha", because "Alpha", which belongs to "Beta", which belongs to "Gamma".',
    );
    // The web words it itself from the reason, with the path as the detail.
    expect(error.extensions).toMatchObject({
      reason: 'MakesLoop',
      detail: '"Gamma" cannot belong to "Alpha", because "Alpha", which belongs to "Beta", which belongs to "Gamma"',
    });
  });

  it('refuses one of two edges created at the same moment that together would make a loop', async () => {
    for (let round = 0; round < 5; round++) {
      const x = await t.newNetwork(coalitionLead);
      const y = await t.newNetwork(coalitionLead);
      const results = await Promise.all([
        coalitionLead.client.request(PROPOSE, { input: { memberNetworkId: x.id, parentNetworkId: y.id } }),
        coalitionLead.client.request(PROPOSE, { input: { memberNetworkId: y.id, parentNetworkId: x.id } }),
      ]);
      const codes = results.map((r) => (r.errors ? String(r.errors[0].extensions?.code) : 'ok')).sort();
      expect(codes).toEqual(['CONFLICT', 'ok']);
      const edges = await t.dataSource.query(`SELECT count(*)::int AS n FROM network_memberships WHERE member_id = ANY($1::uuid[])`, [
        [x.id, y.id],
      ]);
      expect(edges[0].n).toBe(1);
    }
  });

  it('hides ties to members-only networks from outsiders', async () => {
    const coalition = await t.newNetwork(coalitionLead, { name: 'Open Coalition', kind: 'COALITION' });
    const hidden = await t.newNetwork(coalitionLead, { name: 'Hidden Member', visibility: 'MEMBERS_ONLY' });
    await propose(coalitionLead, hidden.id, coalition.id);
    const outsider = await t
      .client()
      .data<{ network: { memberCount: number; memberNetworks: unknown[] } }>(PROFILE, { slug: coalition.slug });
    expect(outsider.network.memberNetworks).toEqual([]);
    const insider = await coalitionLead.client.data<{ network: { memberNetworks: unknown[] } }>(PROFILE, { slug: coalition.slug });
    expect(insider.network.memberNetworks).toHaveLength(1);
    const stranger = await t.newPerson();
    expect((await stranger.client.error(PROPOSE, { input: { memberNetworkId: hidden.id, parentNetworkId: coalition.id } })).code).toBe(
      'NOT_FOUND',
    );
  });
});
