import { GatheringStatus } from '../gathering.enums.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

const CREATE = 'mutation($input: CreateGatheringInput!) { createGathering(input: $input) { id slug } }';
const INVITE =
  'mutation($input: InviteCoConvenerInput!) { inviteCoConvener(input: $input) { convenedBy { name } pendingCoConveners { name } } }';
const RESPOND =
  'mutation($input: RespondToCoConveningInput!) { respondToCoConvening(input: $input) { convenedBy { name } viewerIsConvener } }';

describe('co-convening', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('another network is invited to co-convene and one of its facilitators accepts, becoming a convener', async () => {
    const connor = await t.newPerson();
    const faith = await t.newPerson();
    const own = await t.newNetwork(connor, { name: 'Alpha Network' });
    const other = await t.newNetwork(faith, { name: 'Beta Network' });
    const { id: gatheringId } = await t.build.gathering(connor, {
      title: 'Together',
      status: GatheringStatus.DRAFT,
      networkIds: [own.id],
    });
    expect(
      (
        await connor.client.error(CREATE, {
          input: {
            title: 'Not mine',
            format: 'ONLINE',
            startsAt: '2027-04-01T10:00:00Z',
            endsAt: '2027-04-01T11:00:00Z',
            timeZone: 'Europe/London',
            convenedByNetworkIds: [own.id, other.id],
          },
        })
      ).code,
    ).toBe('FORBIDDEN');

    expect(await connor.client.data(INVITE, { input: { gatheringId, networkId: other.id } })).toEqual({
      inviteCoConvener: { convenedBy: [{ name: 'Alpha Network' }], pendingCoConveners: [{ name: 'Beta Network' }] },
    });
    const stranger = await t.newPerson();
    // A draft: someone with no say in it learns nothing about it.
    expect((await stranger.client.error(RESPOND, { input: { gatheringId, networkId: other.id, accept: true } })).code).toBe('NOT_FOUND');
    const { respondToCoConvening } = await faith.client.data<{
      respondToCoConvening: { convenedBy: { name: string }[]; viewerIsConvener: boolean };
    }>(RESPOND, {
      input: { gatheringId, networkId: other.id, accept: true },
    });
    expect(respondToCoConvening.convenedBy.map((n) => n.name).sort()).toEqual(['Alpha Network', 'Beta Network']);
    expect(respondToCoConvening.viewerIsConvener).toBe(true);
  });

  it('shows a draft to the invited network’s facilitators, lists it as waiting for them, and lets them decline cleanly', async () => {
    const connor = await t.newPerson();
    const gwen = await t.newPerson();
    const own = await t.newNetwork(connor, { name: 'Gamma Network' });
    const other = await t.newNetwork(gwen, { name: 'Delta Network' });
    const draft = await t.build.gathering(connor, {
      title: 'A draft to shape together',
      status: GatheringStatus.DRAFT,
      networkIds: [own.id],
    });
    const GATHERING = 'query($slug: String!) { gathering(slug: $slug) { title status } }';
    const MINE = 'query { myCoConveningInvitations { gathering { id title } network { name } } }';
    expect((await gwen.client.error(GATHERING, { slug: draft.slug })).code).toBe('NOT_FOUND');
    await connor.client.data(INVITE, { input: { gatheringId: draft.id, networkId: other.id } });
    expect(await gwen.client.data(GATHERING, { slug: draft.slug })).toEqual({
      gathering: { title: 'A draft to shape together', status: 'DRAFT' },
    });
    expect(await gwen.client.data(MINE)).toEqual({
      myCoConveningInvitations: [{ gathering: { id: draft.id, title: 'A draft to shape together' }, network: { name: 'Delta Network' } }],
    });
    expect(await connor.client.data(MINE)).toEqual({ myCoConveningInvitations: [] });
    const declined = await gwen.client.data<{ respondToCoConvening: { viewerIsConvener: boolean } }>(RESPOND, {
      input: { gatheringId: draft.id, networkId: other.id, accept: false },
    });
    expect(declined.respondToCoConvening.viewerIsConvener).toBe(false);
    expect((await gwen.client.error(GATHERING, { slug: draft.slug })).code).toBe('NOT_FOUND');
    expect(await gwen.client.data(MINE)).toEqual({ myCoConveningInvitations: [] });
  });
});
