import { GatheringFormat, RegistrationMode } from '../gathering.enums.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';

const INVITE = 'mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { id code url networkName issuedByName } }';
const INVITATION = 'query($code: String!) { invitation(code: $code) { gatheringTitle issuedByName isExpired } }';
const REGISTER = 'mutation($input: RegisterForGatheringInput!) { registerForGathering(input: $input) { status } }';
const TREE = `query($id: UUID!) { invitationTree(gatheringId: $id) {
  networksReached maxDepth registrationsThroughInvitations nodes { id parentId depth issuedByName networkName registrations branchRegistrations } } }`;

type Invitation = { id: string; code: string; url: string };
type Tree = {
  invitationTree: {
    networksReached: number;
    maxDepth: number;
    registrationsThroughInvitations: number;
    nodes: {
      id: string;
      parentId: string | null;
      depth: number;
      issuedByName: string;
      networkName: string | null;
      registrations: number;
      branchRegistrations: number;
    }[];
  };
};

describe('invitations that cascade', () => {
  let t: TestApp;
  let connor: TestPerson;
  let gathering: { id: string; slug: string };
  let coalition: { id: string };

  const newGathering = (registrationMode = RegistrationMode.OPEN) =>
    t.build.gathering(connor, {
      title: 'Cascade Gathering',
      format: GatheringFormat.ONLINE,
      registrationMode,
      networkIds: [coalition.id],
    });
  const invite = (by: TestPerson, networkId?: string) =>
    by.client
      .data<{ createInvitation: Invitation }>(INVITE, { input: { gatheringId: gathering.id, networkId } })
      .then((d) => d.createInvitation);
  const registerVia = (p: TestPerson, code: string, representingNetworkIds: string[] = []) =>
    p.client.data(REGISTER, { input: { gatheringId: gathering.id, invitationCode: code, representingNetworkIds } });

  beforeAll(async () => {
    t = await createTestApp();
    connor = await t.newPerson({ displayName: 'Connor' });
    coalition = await t.newNetwork(connor, { name: 'Cascade Coalition', kind: 'COALITION' });
  });
  // Each test its own gathering, so one test's links and registrations never show in another's tree.
  beforeEach(async () => {
    gathering = await newGathering();
  });
  afterAll(() => t.close());

  it('records who invited whom three levels deep, with networks reached and registrations per branch', async () => {
    const root = await invite(connor, coalition.id);
    expect(root.url).toMatch(new RegExp(`/gatherings/${gathering.slug}\\?invite=${root.code}$`));
    expect(await t.client().data(INVITATION, { code: root.code })).toEqual({
      invitation: { gatheringTitle: 'Cascade Gathering', issuedByName: 'Connor', isExpired: false },
    });

    const amy = await t.newPerson({ displayName: 'Amy' });
    const amyNetwork = await t.newNetwork(amy, { name: 'Amy’s Network' });
    await registerVia(amy, root.code, [amyNetwork.id]);
    const amyLink = await invite(amy, amyNetwork.id);

    const ben = await t.newPerson({ displayName: 'Ben' });
    await registerVia(ben, amyLink.code);
    const benLink = await invite(ben);
    const cat = await t.newPerson({ displayName: 'Cat' });
    await registerVia(cat, benLink.code);
    const dan = await t.newPerson({ displayName: 'Dan' });
    await registerVia(dan, amyLink.code);

    const { invitationTree } = await connor.client.data<Tree>(TREE, { id: gathering.id });
    const byIssuer = Object.fromEntries(invitationTree.nodes.map((n) => [n.issuedByName, n]));
    expect(byIssuer.Connor).toMatchObject({
      parentId: null,
      depth: 1,
      networkName: 'Cascade Coalition',
      registrations: 1,
      branchRegistrations: 4,
    });
    expect(byIssuer.Amy).toMatchObject({
      parentId: root.id,
      depth: 2,
      networkName: 'Amy’s Network',
      registrations: 2,
      branchRegistrations: 3,
    });
    expect(byIssuer.Ben).toMatchObject({ parentId: amyLink.id, depth: 3, registrations: 1, branchRegistrations: 1 });
    expect(invitationTree).toMatchObject({ networksReached: 2, maxDepth: 3, registrationsThroughInvitations: 4 });
    expect((await amy.client.error(TREE, { id: gathering.id })).code).toBe('FORBIDDEN');
    // Through a network's link you represent that network unless you said otherwise; through a person's, nobody.
    const representing = async (p: TestPerson) =>
      (await t.dataSource.query(`SELECT representing_network_ids AS ids FROM registrations WHERE person_id = $1`, [p.id]))[0].ids;
    expect(await representing(ben)).toEqual([amyNetwork.id]);
    expect(await representing(amy)).toEqual([amyNetwork.id]);
    expect(await representing(cat)).toEqual([]);
    const { gatheringRegistrations } = await connor.client.data<{
      gatheringRegistrations: { personName: string; representingNetworks: { name: string; kind: string }[] }[];
    }>('query($id: UUID!) { gatheringRegistrations(gatheringId: $id) { personName representingNetworks { name kind } } }', {
      id: gathering.id,
    });
    expect(gatheringRegistrations.find((r) => r.personName === 'Ben')?.representingNetworks).toEqual([
      { name: 'Amy’s Network', kind: 'NETWORK' },
    ]);
  });

  it('only people registered (or conveners) make links, and only for networks they are in', async () => {
    const stranger = await t.newPerson();
    expect((await stranger.client.error(INVITE, { input: { gatheringId: gathering.id } })).code).toBe('FORBIDDEN');
    const root = await invite(connor);
    await registerVia(stranger, root.code);
    const notMine = await stranger.client.error(INVITE, { input: { gatheringId: gathering.id, networkId: coalition.id } });
    expect(notMine.message).toBe('You can only invite on behalf of a network you are in.');
  });

  it('an invitation-only gathering needs a link; a wrong or unknown code is refused on the field', async () => {
    const closed = await newGathering(RegistrationMode.INVITATION_ONLY);
    const person = await t.newPerson();
    expect((await person.client.error(REGISTER, { input: { gatheringId: closed.id } })).code).toBe('FORBIDDEN');
    const wrong = await person.client.error(REGISTER, { input: { gatheringId: closed.id, invitationCode: 'nope' } });
    expect(wrong.extensions?.fields).toHaveProperty('invitationCode');
    const otherGatheringsCode = (await invite(connor)).code;
    expect((await person.client.error(REGISTER, { input: { gatheringId: closed.id, invitationCode: otherGatheringsCode } })).code).toBe(
      'BAD_USER_INPUT',
    );
    const { createInvitation } = await connor.client.data<{ createInvitation: Invitation }>(INVITE, { input: { gatheringId: closed.id } });
    expect(await person.client.data(REGISTER, { input: { gatheringId: closed.id, invitationCode: createInvitation.code } })).toEqual({
      registerForGathering: { status: 'REGISTERED' },
    });
    expect((await t.client().error(INVITATION, { code: 'unknown-code' })).code).toBe('NOT_FOUND');
  });
});
