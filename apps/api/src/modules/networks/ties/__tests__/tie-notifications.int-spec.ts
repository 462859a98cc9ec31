import { grantNetworkRole, inboxOf, storedFor } from '../../../notifications/__tests__/inbox.fixture.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../../test/test-app.js';

// A tie proposal is told to the facilitators of the network asked (and only
// those who may see both networks), in the proposal's transaction; the answer
// to the facilitators of the side that proposed. Both can be answered and
// followed from the inbox.

const PROPOSE = 'mutation($input: ProposeMembershipInput!) { proposeMembership(input: $input) { id status } }';
const RESPOND = 'mutation($input: RespondToMembershipInput!) { respondToMembership(input: $input) { id status } }';
const TIES_IN_INBOX = `query { notifications(first: 20) { edges { node { id kind subjectId facts { networkName otherNetworkName side answer }
  tie { id status member { name } parent { name } } } } } }`;

type TieNode = {
  id: string;
  kind: string;
  subjectId: string;
  facts: Record<string, string | null>;
  tie: { id: string; status: string; member: { name: string }; parent: { name: string } } | null;
};

describe('tie proposals and answers, told in the inbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const propose = (by: TestPerson, memberNetworkId: string, parentNetworkId: string) =>
    by.client
      .data<{ proposeMembership: { id: string; status: string } }>(PROPOSE, {
        input: { memberNetworkId, parentNetworkId, tieType: 'MEMBER' },
      })
      .then((d) => d.proposeMembership);
  const tiesInInbox = async (person: TestPerson) =>
    (await person.client.data<{ notifications: { edges: { node: TieNode }[] } }>(TIES_IN_INBOX)).notifications.edges.map((e) => e.node);

  it("tells each facilitator of the network asked, once, never the proposer; the answer from the inbox goes back to the proposer's side", async () => {
    const coalitionLead = await t.newPerson();
    const coalitionCoLead = await t.newPerson();
    const networkLead = await t.newPerson();
    const networkCoLead = await t.newPerson();
    const bystander = await t.newPerson();
    const coalition = await t.newNetwork(coalitionLead, { name: 'Valley Coalition', kind: 'COALITION' });
    const network = await t.newNetwork(networkLead, { name: 'River Food Hub' });
    await grantNetworkRole(t, coalitionCoLead, coalition.id, 'facilitator');
    await grantNetworkRole(t, networkCoLead, network.id, 'facilitator');
    // A member (not a facilitator) of the coalition is not asked.
    await grantNetworkRole(t, bystander, coalition.id, 'member');

    const tie = await propose(networkLead, network.id, coalition.id);
    expect(tie.status).toBe('REQUESTED');
    for (const lead of [coalitionLead, coalitionCoLead]) {
      expect(await storedFor(t, lead)).toEqual([
        {
          kind: 'tie_proposed',
          actorId: networkLead.id,
          subjectId: tie.id,
          data: {
            networkName: 'Valley Coalition',
            networkSlug: coalition.slug,
            otherNetworkName: 'River Food Hub',
            otherNetworkSlug: network.slug,
            side: 'PARENT',
          },
        },
      ]);
    }
    for (const untold of [networkLead, networkCoLead, bystander]) expect(await storedFor(t, untold)).toEqual([]);

    // The inbox item links to the proposal as it is now, and it is answered from there.
    const [item] = await tiesInInbox(coalitionCoLead);
    expect(item).toMatchObject({
      kind: 'TIE_PROPOSED',
      tie: { id: tie.id, status: 'REQUESTED', member: { name: 'River Food Hub' }, parent: { name: 'Valley Coalition' } },
    });
    await coalitionCoLead.client.data(RESPOND, { input: { membershipId: item.tie!.id, accept: true } });
    expect((await tiesInInbox(coalitionLead))[0].tie?.status).toBe('ACTIVE');

    for (const proposerSide of [networkLead, networkCoLead]) {
      const [answer] = await tiesInInbox(proposerSide);
      expect(answer).toMatchObject({
        kind: 'TIE_ANSWERED',
        subjectId: tie.id,
        facts: { networkName: 'River Food Hub', otherNetworkName: 'Valley Coalition', side: 'MEMBER', answer: 'ACCEPTED' },
        tie: { status: 'ACTIVE' },
      });
    }
    // The one who answered is not told of their own answer; the coalition's other lead keeps only the proposal.
    expect((await storedFor(t, coalitionCoLead)).map((n) => n.kind)).toEqual(['tie_proposed']);
    expect((await storedFor(t, coalitionLead)).map((n) => n.kind)).toEqual(['tie_proposed']);
    expect(await inboxOf(networkLead)).toMatchObject({ totalCount: 1 });
  });

  it('a coalition invites a network: the network is asked; a decline goes back to the coalition', async () => {
    const coalitionLead = await t.newPerson();
    const networkLead = await t.newPerson();
    const coalition = await t.newNetwork(coalitionLead, { kind: 'COALITION' });
    const network = await t.newNetwork(networkLead);
    const tie = await propose(coalitionLead, network.id, coalition.id);
    expect(tie.status).toBe('INVITED');
    expect((await storedFor(t, networkLead)).map((n) => [n.kind, n.data.side])).toEqual([['tie_proposed', 'MEMBER']]);
    await networkLead.client.data(RESPOND, { input: { membershipId: tie.id, accept: false } });
    expect((await storedFor(t, coalitionLead)).map((n) => [n.kind, n.data.answer])).toEqual([['tie_answered', 'DECLINED']]);
    expect((await storedFor(t, networkLead)).map((n) => n.kind)).toEqual(['tie_proposed']);
  });

  it("a members-only network's name reaches no facilitator who cannot see it", async () => {
    const hiddenLead = await t.newPerson();
    const outsiderLead = await t.newPerson();
    const insiderLead = await t.newPerson();
    const hidden = await t.newNetwork(hiddenLead, { name: 'Quiet Circle', visibility: 'MEMBERS_ONLY' });
    const coalition = await t.newNetwork(outsiderLead, { kind: 'COALITION' });
    await grantNetworkRole(t, insiderLead, coalition.id, 'facilitator');
    await grantNetworkRole(t, insiderLead, hidden.id, 'member');

    const tie = await propose(hiddenLead, hidden.id, coalition.id);
    expect(tie.status).toBe('REQUESTED');
    expect(await storedFor(t, outsiderLead)).toEqual([]);
    expect(JSON.stringify(await tiesInInbox(outsiderLead))).not.toContain('Quiet Circle');
    expect((await storedFor(t, insiderLead)).map((n) => n.data.otherNetworkName)).toEqual(['Quiet Circle']);

    // Whoever lost sight of it since (their role ended) finds no tie behind the item.
    await t.dataSource.query(`UPDATE role_assignments SET ended_at = now() WHERE person_id = $1 AND scope_id = $2`, [
      insiderLead.id,
      hidden.id,
    ]);
    expect((await tiesInInbox(insiderLead))[0].tie).toBeNull();
  });

  it('a proposal that fails (a loop) tells nobody', async () => {
    const lead = await t.newPerson();
    const otherLead = await t.newPerson();
    const a = await t.newNetwork(lead, { kind: 'COALITION' });
    const b = await t.newNetwork(otherLead, { kind: 'COALITION' });
    await t.build.tie(a, b);
    const refused = await lead.client.error(PROPOSE, { input: { memberNetworkId: b.id, parentNetworkId: a.id, tieType: 'MEMBER' } });
    expect(refused.code).toBe('CONFLICT');
    expect(await storedFor(t, otherLead)).toEqual([]);
  });
});
