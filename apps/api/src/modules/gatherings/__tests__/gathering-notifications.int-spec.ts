import { grantNetworkRole, storedFor } from '../../notifications/__tests__/inbox.fixture.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { GatheringStatus, RegistrationMode, RegistrationStatus } from '../gathering.enums.js';

// What registering, deciding, changing a gathering and inviting people to
// convene or to a role tell people in their inbox: the person concerned, once,
// in the act's own transaction; never the one who acted.

const REGISTER = 'mutation($input: RegisterForGatheringInput!) { registerForGathering(input: $input) { id status } }';
const CANCEL = 'mutation($input: GatheringIdInput!) { cancelRegistration(input: $input) { status } }';
const DECIDE = 'mutation($input: DecideRegistrationInput!) { decideRegistration(input: $input) { status } }';
const UPDATE = 'mutation($input: UpdateGatheringInput!) { updateGathering(input: $input) { id } }';
const CO_CONVENE = 'mutation($input: InviteCoConvenerInput!) { inviteCoConvener(input: $input) { id } }';
const INVITE_TO_NETWORK = 'mutation($input: InviteToNetworkInput!) { inviteToNetwork(input: $input) { id } }';

describe('gatherings and roles, told in the inbox', () => {
  let t: TestApp;
  let convener: TestPerson;
  beforeAll(async () => {
    t = await createTestApp();
    convener = await t.newPerson();
  });
  afterAll(() => t.close());

  const register = (person: TestPerson, gatheringId: string) =>
    person.client
      .data<{ registerForGathering: { id: string; status: string } }>(REGISTER, { input: { gatheringId } })
      .then((d) => d.registerForGathering);
  const kinds = async (person: TestPerson) => (await storedFor(t, person)).map((n) => n.kind);

  it('a place is confirmed, a full gathering waitlists, and a freed place promotes the next in line', async () => {
    const gathering = await t.build.gathering(convener, { capacity: 1, title: 'Harbour Day' });
    const [first, second, third] = [await t.newPerson(), await t.newPerson(), await t.newPerson()];
    expect((await register(first, gathering.id)).status).toBe('REGISTERED');
    expect((await register(second, gathering.id)).status).toBe('WAITLISTED');
    expect((await register(third, gathering.id)).status).toBe('WAITLISTED');
    expect(await storedFor(t, first)).toEqual([
      { kind: 'registration_confirmed', actorId: null, subjectId: gathering.id, data: { title: 'Harbour Day', slug: gathering.slug } },
    ]);
    expect(await kinds(second)).toEqual(['registration_waitlisted']);

    await first.client.data(CANCEL, { input: { gatheringId: gathering.id } });
    expect(await kinds(second)).toEqual(['registration_waitlisted', 'registration_promoted']);
    expect(await kinds(third)).toEqual(['registration_waitlisted']);
    expect(await kinds(first)).toEqual(['registration_confirmed']);
    expect(await kinds(convener)).toEqual([]);
  });

  it("a convener's approval tells the person, with the convener as who did it; a refusal to register tells nobody", async () => {
    const gathering = await t.build.gathering(convener, { registrationMode: RegistrationMode.APPROVAL });
    const asker = await t.newPerson();
    const pending = await register(asker, gathering.id);
    expect(pending.status).toBe('PENDING_APPROVAL');
    expect(await kinds(asker)).toEqual([]);
    await convener.client.data(DECIDE, { input: { gatheringId: gathering.id, registrationId: pending.id, approve: true } });
    expect(await storedFor(t, asker)).toMatchObject([{ kind: 'registration_approved', actorId: convener.id }]);
    expect(await kinds(convener)).toEqual([]);

    const closed = await t.build.gathering(convener, { status: GatheringStatus.CLOSED });
    const late = await t.newPerson();
    expect((await late.client.error(REGISTER, { input: { gatheringId: closed.id } })).code).toBeDefined();
    expect(await kinds(late)).toEqual([]);
  });

  it('a change of time or place tells everyone registered or waiting, once each; not the convener, not the cancelled, not for a draft', async () => {
    const gathering = await t.build.gathering(convener, { venue: 'Old Hall', title: 'Moving Day' });
    const [placed, waiting, cancelled] = [await t.newPerson(), await t.newPerson(), await t.newPerson()];
    await t.build.registration(placed, gathering);
    await t.build.registration(waiting, gathering, RegistrationStatus.WAITLISTED);
    await t.build.registration(cancelled, gathering, RegistrationStatus.CANCELLED);
    await convener.client.data(UPDATE, { input: { gatheringId: gathering.id, venue: 'New Hall' } });
    for (const person of [placed, waiting])
      expect(await storedFor(t, person)).toMatchObject([
        { kind: 'registration_changed', actorId: convener.id, data: { title: 'Moving Day' } },
      ]);
    expect(await kinds(cancelled)).toEqual([]);
    expect(await kinds(convener)).toEqual([]);
    // A change that is not of time or place tells nobody.
    await convener.client.data(UPDATE, { input: { gatheringId: gathering.id, purpose: 'A clearer purpose' } });
    expect(await kinds(placed)).toEqual(['registration_changed']);

    const draft = await t.build.gathering(convener, { status: GatheringStatus.DRAFT });
    const early = await t.newPerson();
    await t.build.registration(early, draft);
    await convener.client.data(UPDATE, { input: { gatheringId: draft.id, venue: 'Somewhere else' } });
    expect(await kinds(early)).toEqual([]);
  });

  it("an invitation to co-convene tells the invited network's facilitators and conveners, once, not the inviter", async () => {
    const inviting = await t.newNetwork(convener);
    const gathering = await t.build.gathering(convener, { networkIds: [inviting.id], title: 'Shared Day' });
    const lead = await t.newPerson();
    const coConvener = await t.newPerson();
    const member = await t.newPerson();
    const invited = await t.newNetwork(lead, { name: 'Hillside Trust' });
    await grantNetworkRole(t, coConvener, invited.id, 'convener');
    await grantNetworkRole(t, member, invited.id, 'member');
    await convener.client.data(CO_CONVENE, { input: { gatheringId: gathering.id, networkId: invited.id } });
    // Inviting again changes nothing and tells nobody again.
    await convener.client.data(CO_CONVENE, { input: { gatheringId: gathering.id, networkId: invited.id } });
    for (const person of [lead, coConvener])
      expect(await storedFor(t, person)).toEqual([
        {
          kind: 'co_convene_invitation',
          actorId: convener.id,
          subjectId: gathering.id,
          data: {
            title: 'Shared Day',
            slug: gathering.slug,
            networkName: 'Hillside Trust',
            networkSlug: invited.slug,
            networkId: invited.id,
          },
        },
      ]);
    expect(await kinds(member)).toEqual([]);
    expect(await kinds(convener)).toEqual([]);
  });

  it('an invitation to a role tells the person who has proved that address, and nobody who merely typed it', async () => {
    const lead = await t.newPerson();
    const network = await t.newNetwork(lead, { name: 'Quiet Circle', visibility: 'MEMBERS_ONLY' });
    const proved = await t.newPerson();
    await lead.client.data(INVITE_TO_NETWORK, { input: { networkId: network.id, email: proved.email, role: 'CONVENER' } });
    expect(await storedFor(t, proved)).toEqual([
      {
        kind: 'role_invitation',
        actorId: lead.id,
        subjectId: network.id,
        data: { networkName: 'Quiet Circle', networkSlug: network.slug, role: 'convener' },
      },
    ]);

    const unproved = await t.newPerson({ verified: false });
    await lead.client.data(INVITE_TO_NETWORK, { input: { networkId: network.id, email: unproved.email, role: 'MEMBER' } });
    expect(await kinds(unproved)).toEqual([]);
    expect(await kinds(lead)).toEqual([]);
  });
});
