import { RoleAssignmentEntity } from '../../../roles/role-assignment.entity.js';
import { NetworkEntity } from '../network.entity.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

const REGISTER = `mutation($input: RegisterNetworkInput!) { registerNetwork(input: $input) {
  id slug name kind purpose values themes sectors area { placeName region latitude longitude } scope lifecycleStage visibility viewerRoles memberCount isClosed } }`;
const UPDATE = 'mutation($input: UpdateNetworkInput!) { updateNetwork(input: $input) { id slug name purpose themes lifecycleStage } }';
const NETWORK = 'query($slug: String!) { network(slug: $slug) { id name viewerRoles } }';

describe('networks: register, update, read', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('registers a network with a readable slug and normalised themes; the registrant becomes facilitator', async () => {
    const faith = await t.newPerson();
    const { registerNetwork } = await faith.client.data<{ registerNetwork: Record<string, unknown> & { id: string } }>(REGISTER, {
      input: {
        name: '  Café Connectors of Govanhill ',
        kind: 'COALITION',
        purpose: 'Bring neighbourhood groups together.',
        values: 'Relationships are the work.',
        themes: ['Food ', 'food', 'Mental  Health'],
        sectors: ['COMMUNITY_GROUP', 'VOLUNTARY_SECTOR', 'COMMUNITY_GROUP'],
        area: { placeName: 'Govanhill', region: 'SCOTLAND', latitude: 55.84, longitude: -4.26 },
        scope: 'NEIGHBOURHOOD',
      },
    });
    expect(registerNetwork).toMatchObject({
      slug: 'cafe-connectors-of-govanhill',
      name: 'Café Connectors of Govanhill',
      kind: 'COALITION',
      themes: ['food', 'mental health'],
      sectors: ['COMMUNITY_GROUP', 'VOLUNTARY_SECTOR'],
      area: { placeName: 'Govanhill', region: 'SCOTLAND', latitude: 55.84, longitude: -4.26 },
      scope: 'NEIGHBOURHOOD',
      lifecycleStage: 'FORMING',
      visibility: 'PUBLIC',
      viewerRoles: ['FACILITATOR'],
      memberCount: 0,
      isClosed: false,
    });
    const roles = await t.dataSource.getRepository(RoleAssignmentEntity).findBy({ scopeId: registerNetwork.id });
    expect(roles.map((r) => [r.personId, r.role])).toEqual([[faith.id, 'facilitator']]);
  });

  it('gives a second network of the same name a random free slug, never the next number', async () => {
    const person = await t.newPerson();
    const register = async (name: string) =>
      (await person.client.data<{ registerNetwork: { slug: string } }>(REGISTER, { input: { name, kind: 'NETWORK' } })).registerNetwork
        .slug;
    // Readable when free; else a random suffix, never a count of the networks before it (some may be members-only).
    expect([await register('Tide Turners'), await register('Tide  Turners!'), await register('tide turners')]).toEqual([
      'tide-turners',
      expect.stringMatching(/^tide-turners-[a-z0-9]{8}$/),
      expect.stringMatching(/^tide-turners-[a-z0-9]{8}$/),
    ]);
  });

  it('refuses bad input, naming each field, and stores nothing', async () => {
    const person = await t.newPerson();
    const error = await person.client.error(REGISTER, {
      input: { name: 'x', kind: 'NETWORK', website: 'not a url', area: { latitude: 123 }, themes: Array(21).fill('t') },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions?.fields as object).sort()).toEqual(['area.latitude', 'name', 'themes', 'website']);
    expect(await t.dataSource.getRepository(NetworkEntity).countBy({ name: 'x' })).toBe(0);
  });

  it('needs a signed-in person to register', async () => {
    expect((await t.client().error(REGISTER, { input: { name: 'Nobody’s', kind: 'NETWORK' } })).code).toBe('UNAUTHENTICATED');
  });

  it('lets a facilitator update the details, keeping the slug', async () => {
    const faith = await t.newPerson();
    const network = await t.newNetwork(faith, { name: 'Old Name' });
    const { updateNetwork } = await faith.client.data<{ updateNetwork: Record<string, unknown> }>(UPDATE, {
      input: { networkId: network.id, name: 'New Name', purpose: 'Now with a purpose', themes: ['Housing'], lifecycleStage: 'ACTIVE' },
    });
    expect(updateNetwork).toEqual({
      id: network.id,
      slug: 'old-name',
      name: 'New Name',
      purpose: 'Now with a purpose',
      themes: ['housing'],
      lifecycleStage: 'ACTIVE',
    });
    expect(await t.dataSource.getRepository(NetworkEntity).findOneByOrFail({ id: network.id })).toMatchObject({
      name: 'New Name',
      lifecycleStage: 'active',
    });
  });

  it('refuses to close a network through update (closing needs a closing note)', async () => {
    const faith = await t.newPerson();
    const network = await t.newNetwork(faith);
    const error = await faith.client.error(UPDATE, { input: { networkId: network.id, lifecycleStage: 'CLOSED' } });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toHaveProperty('lifecycleStage');
    expect(error.extensions?.reason).toBe('UseCloseNetwork');
  });

  it('is FORBIDDEN for someone who can see the network but is not its facilitator', async () => {
    const faith = await t.newPerson();
    const other = await t.newPerson();
    const network = await t.newNetwork(faith);
    const error = await other.client.error(UPDATE, { input: { networkId: network.id, name: 'Hijacked' } });
    expect(error.code).toBe('FORBIDDEN');
    expect((await t.dataSource.getRepository(NetworkEntity).findOneByOrFail({ id: network.id })).name).toBe(network.name);
  });

  it('lists the networks you hold a role in, by name, with your roles (myNetworks)', async () => {
    const mia = await t.newPerson();
    await t.newNetwork(mia, { name: 'Zebra Crossing Group' });
    await t.newNetwork(mia, { name: 'Allotment Friends', visibility: 'MEMBERS_ONLY' });
    await t.newNetwork(await t.newPerson(), { name: 'Not Mia’s' });
    const MINE = 'query { myNetworks { name viewerRoles } }';
    expect(await mia.client.data(MINE)).toEqual({
      myNetworks: [
        { name: 'Allotment Friends', viewerRoles: ['FACILITATOR'] },
        { name: 'Zebra Crossing Group', viewerRoles: ['FACILITATOR'] },
      ],
    });
    expect((await t.client().error(MINE)).code).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for an unknown slug', async () => {
    const error = await t.client().error(NETWORK, { slug: 'no-such-network' });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('We could not find that network.');
  });

  describe('members-only networks are invisible to outsiders', () => {
    it('NOT_FOUND (not FORBIDDEN) to read or update, for signed-out and signed-in outsiders alike', async () => {
      const faith = await t.newPerson();
      const outsider = await t.newPerson();
      const hidden = await t.newNetwork(faith, { name: 'Quiet Circle', visibility: 'MEMBERS_ONLY' });

      expect((await t.client().error(NETWORK, { slug: hidden.slug })).code).toBe('NOT_FOUND');
      expect((await outsider.client.error(NETWORK, { slug: hidden.slug })).code).toBe('NOT_FOUND');
      expect((await outsider.client.error(UPDATE, { input: { networkId: hidden.id, name: 'Probe' } })).code).toBe('NOT_FOUND');
      // The same answer from the service and from the access guard: nothing tells the two apart.
      expect((await outsider.client.error(NETWORK, { slug: hidden.slug })).extensions).toEqual(
        (await outsider.client.error(UPDATE, { input: { networkId: hidden.id, name: 'Probe' } })).extensions,
      );

      expect(await faith.client.data(NETWORK, { slug: hidden.slug })).toEqual({
        network: { id: hidden.id, name: 'Quiet Circle', viewerRoles: ['FACILITATOR'] },
      });
      const admin = await t.newAdmin();
      expect((await admin.client.data<{ network: { id: string } }>(NETWORK, { slug: hidden.slug })).network.id).toBe(hidden.id);
    });
  });
});
