import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';

const PLACES = 'mutation($input: SetDelegatePlacesInput!) { setDelegatePlaces(input: $input) { network { name } places delegates } }';
const NOMINATE = 'mutation($input: NominateDelegateInput!) { nominateDelegate(input: $input) { status representingNetworkIds } }';
const LIST = 'query($id: UUID!) { delegatePlaces(gatheringId: $id) { network { name } places delegates } }';
const INVITE = 'mutation($input: InviteToNetworkInput!) { inviteToNetwork(input: $input) { id } }';
const RESPOND = 'mutation($input: RespondToNetworkInvitationInput!) { respondToNetworkInvitation(input: $input) { status } }';

describe('delegate places', () => {
  let t: TestApp;
  let connor: TestPerson;
  let faith: TestPerson;
  let network: { id: string };
  let coalitionId: string;
  let gatheringId: string;

  let members = 0;
  const member = async (displayName: string) => {
    const email = `${displayName.toLowerCase()}.${++members}@example.org`;
    const { inviteToNetwork } = await faith.client.data<{ inviteToNetwork: { id: string } }>(INVITE, {
      input: { networkId: network.id, email, role: 'DELEGATE' },
    });
    const person = await t.newPerson({ email, displayName });
    await person.client.data(RESPOND, { input: { invitationId: inviteToNetwork.id, accept: true } });
    return person;
  };

  beforeAll(async () => {
    t = await createTestApp();
    connor = await t.newPerson();
    faith = await t.newPerson();
    const coalition = await t.newNetwork(connor, { kind: 'COALITION' });
    network = await t.newNetwork(faith, { name: 'Delegating Network' });
    coalitionId = coalition.id;
  });
  // Each test its own gathering: places set in one are no business of another.
  beforeEach(async () => {
    gatheringId = (await t.build.gathering(connor, { title: 'Assembly', networkIds: [coalitionId] })).id;
  });
  afterAll(() => t.close());

  it('refuses places for a network that does not exist or has closed, with a clear error and nothing saved', async () => {
    const missing = await connor.client.error(PLACES, {
      input: { gatheringId, networkId: '00000000-0000-4000-8000-000000000000', places: 2 },
    });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'We could not find that network.' });
    const closed = await t.newNetwork(faith, { name: 'Closed Network' });
    await t.dataSource.query(`UPDATE networks SET lifecycle_stage = 'closed' WHERE id = $1`, [closed.id]);
    const refused = await connor.client.error(PLACES, { input: { gatheringId, networkId: closed.id, places: 2 } });
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('has closed') });
    expect(await t.dataSource.query(`SELECT 1 FROM gathering_delegate_places WHERE gathering_id = $1`, [gatheringId])).toEqual([]);
  });

  it('conveners give a network places; its facilitator fills them with people from the network, and no more', async () => {
    expect(await connor.client.data(PLACES, { input: { gatheringId, networkId: network.id, places: 2 } })).toEqual({
      setDelegatePlaces: [{ network: { name: 'Delegating Network' }, places: 2, delegates: [] }],
    });
    expect((await faith.client.error(PLACES, { input: { gatheringId, networkId: network.id, places: 9 } })).code).toBe('FORBIDDEN');

    const [ann, bob, cy] = [await member('Ann'), await member('Bob'), await member('Cy')];
    expect(await faith.client.data(NOMINATE, { input: { gatheringId, networkId: network.id, personId: ann.id } })).toEqual({
      nominateDelegate: { status: 'REGISTERED', representingNetworkIds: [network.id] },
    });
    await faith.client.data(NOMINATE, { input: { gatheringId, networkId: network.id, personId: bob.id } });
    const full = await faith.client.error(NOMINATE, { input: { gatheringId, networkId: network.id, personId: cy.id } });
    expect(full.code).toBe('CONFLICT');
    expect(full.message).toBe('All 2 delegate places of this network are filled.');
    expect(await cy.client.data(LIST, { id: gatheringId })).toEqual({
      delegatePlaces: [{ network: { name: 'Delegating Network' }, places: 2, delegates: ['Ann', 'Bob'] }],
    });
    const people = await cy.client.data<{ delegatePlaces: { delegatePeople: { id: string; displayName: string }[] }[] }>(
      'query($id: UUID!) { delegatePlaces(gatheringId: $id) { delegatePeople { id displayName } } }',
      { id: gatheringId },
    );
    expect(people.delegatePlaces[0].delegatePeople).toEqual([
      { id: ann.id, displayName: 'Ann' },
      { id: bob.id, displayName: 'Bob' },
    ]);
  });

  it('only facilitators nominate, and only people in the network', async () => {
    const outsider = await t.newPerson();
    const notIn = await faith.client.error(NOMINATE, { input: { gatheringId, networkId: network.id, personId: outsider.id } });
    expect(notIn.extensions?.fields).toHaveProperty('personId');
    expect((await outsider.client.error(NOMINATE, { input: { gatheringId, networkId: network.id, personId: outsider.id } })).code).toBe(
      'FORBIDDEN',
    );
  });
});
