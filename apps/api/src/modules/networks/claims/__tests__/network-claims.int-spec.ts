import { createTestApp, type TestApp } from '../../../../test/test-app.js';

const LIST =
  'mutation($input: ListNetworkInput!) { listNetwork(input: $input) { id slug isClaimed viewerRoles coalitions { network { id } } } }';
const CLAIM = 'mutation($input: ClaimNetworkInput!) { claimNetwork(input: $input) { id status claimantName network { name } } }';
const PENDING = '{ pendingNetworkClaims { id claimantEmail network { id } } }';
const DECIDE = 'mutation($input: DecideNetworkClaimInput!) { decideNetworkClaim(input: $input) { status } }';
const PROFILE =
  'query($slug: String!) { network(slug: $slug) { isClaimed viewerRoles people(includePast: true) { person { id } role until } } }';

type Listed = {
  listNetwork: { id: string; slug: string; isClaimed: boolean; viewerRoles: string[]; coalitions: { network: { id: string } }[] };
};

describe('unclaimed listings and claims', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('a facilitator lists a member network not on Weave yet; its own person claims it; an admin approves', async () => {
    const faith = await t.newPerson();
    const coalition = await t.newNetwork(faith, { kind: 'COALITION' });
    const { listNetwork } = await faith.client.data<Listed>(LIST, {
      input: { name: 'Riverside Allotments', kind: 'NETWORK', memberOfNetworkId: coalition.id },
    });
    expect(listNetwork).toMatchObject({ isClaimed: false, viewerRoles: ['FACILITATOR'], coalitions: [{ network: { id: coalition.id } }] });

    const rosa = await t.newPerson({ displayName: 'Rosa' });
    const { claimNetwork } = await rosa.client.data<{ claimNetwork: { id: string } }>(CLAIM, {
      input: { networkId: listNetwork.id, message: 'I have run the allotments committee since 2019.' },
    });
    expect(claimNetwork).toMatchObject({ status: 'PENDING', claimantName: 'Rosa', network: { name: 'Riverside Allotments' } });
    expect((await rosa.client.error(CLAIM, { input: { networkId: listNetwork.id, message: 'Claiming it once more, please.' } })).code).toBe(
      'CONFLICT',
    );

    expect((await rosa.client.error(PENDING)).code).toBe('FORBIDDEN');
    const admin = await t.newAdmin();
    const { pendingNetworkClaims } = await admin.client.data<{ pendingNetworkClaims: { id: string; claimantEmail: string }[] }>(PENDING);
    expect(pendingNetworkClaims).toEqual([{ id: claimNetwork.id, claimantEmail: rosa.email, network: { id: listNetwork.id } }]);

    expect(await admin.client.data(DECIDE, { input: { claimId: claimNetwork.id, approve: true } })).toEqual({
      decideNetworkClaim: { status: 'APPROVED' },
    });
    const { network } = await rosa.client.data<{
      network: { isClaimed: boolean; viewerRoles: string[]; people: { person: { id: string }; role: string; until: string | null }[] };
    }>(PROFILE, { slug: listNetwork.slug });
    expect(network.isClaimed).toBe(true);
    expect(network.viewerRoles).toEqual(['FACILITATOR']);
    expect(network.people.map((p) => [p.person.id, p.until === null])).toEqual([
      [faith.id, false],
      [rosa.id, true],
    ]);
    expect((await rosa.client.error(CLAIM, { input: { networkId: listNetwork.id, message: 'And again, now it is ours.' } })).code).toBe(
      'CONFLICT',
    );
  });

  it('declining leaves the listing unclaimed; a claimed network cannot be claimed', async () => {
    const faith = await t.newPerson();
    const listed = (await faith.client.data<Listed>(LIST, { input: { name: 'Unclaimed Hub', kind: 'NETWORK' } })).listNetwork;
    const sam = await t.newPerson();
    const { claimNetwork } = await sam.client.data<{ claimNetwork: { id: string } }>(CLAIM, {
      input: { networkId: listed.id, message: 'I think this is mine, honestly.' },
    });
    const admin = await t.newAdmin();
    await admin.client.data(DECIDE, { input: { claimId: claimNetwork.id, approve: false } });
    expect((await t.client().data<{ network: { isClaimed: boolean } }>(PROFILE, { slug: listed.slug })).network.isClaimed).toBe(false);
    expect((await admin.client.error(DECIDE, { input: { claimId: claimNetwork.id, approve: true } })).code).toBe('NOT_FOUND');

    const registered = await t.newNetwork(faith);
    const error = await sam.client.error(CLAIM, { input: { networkId: registered.id, message: 'This one is mine too, surely.' } });
    expect(error.code).toBe('CONFLICT');
  });

  it('listing into a coalition needs its facilitator', async () => {
    const faith = await t.newPerson();
    const coalition = await t.newNetwork(faith, { kind: 'COALITION' });
    const other = await t.newPerson();
    expect(
      (await other.client.error(LIST, { input: { name: 'Sneaky Listing', kind: 'NETWORK', memberOfNetworkId: coalition.id } })).code,
    ).toBe('FORBIDDEN');
  });
});
