import { parse } from 'csv-parse/sync';
import { RolesService } from '../../roles/roles.service.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { hiddenNetworkWorld, type HiddenNetworkWorld } from './hidden-network.fixture.js';

// The ways members-only networks used to reach outsiders, one by one, with what each shows instead.

const REGISTER_NETWORK = 'mutation($input: RegisterNetworkInput!) { registerNetwork(input: $input) { slug } }';
const REGISTER = 'mutation($input: RegisterForGatheringInput!) { registerForGathering(input: $input) { representingNetworkIds } }';
const NETWORK = 'query($slug: String!) { network(slug: $slug) { memberCount coalitions { depth network { name } } } }';
const PROPOSE = 'mutation($input: ProposeMembershipInput!) { proposeMembership(input: $input) { status } }';
const REGISTRATIONS = `query($id: UUID!) { gatheringRegistrations(gatheringId: $id) {
  personId representingNetworkIds representingNetworks { name } membersOnlyNetworkCount
} }`;

const csv = async (t: TestApp, path: string, cookie = '') => (await fetch(`${t.baseUrl}${path}`, { headers: { cookie } })).text();

describe('members-only networks stay hidden: each path', () => {
  let t: TestApp;
  let w: HiddenNetworkWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await hiddenNetworkWorld(t);
  });
  afterAll(() => t.close());

  it('a new network named like a members-only one gets a slug that says nothing about it', async () => {
    const name = `Quiet Lantern ${w.hidden.id.slice(0, 6)}`;
    const base = name.toLowerCase().replace(/ /g, '-');
    const slugOf = async (person: typeof w.faith, visibility: string) =>
      (await person.client.data<{ registerNetwork: { slug: string } }>(REGISTER_NETWORK, { input: { name, kind: 'NETWORK', visibility } }))
        .registerNetwork.slug;
    // A members-only network never takes the readable slug, so it cannot stand in anyone's way.
    const hidden = await slugOf(w.faith, 'MEMBERS_ONLY');
    expect(hidden).toMatch(new RegExp(`^${base}-[a-z0-9]{8}$`));
    expect(await slugOf(w.outsider, 'PUBLIC')).toBe(base);
    // Any further collision gets a random suffix, never a count of who came before.
    const again = await slugOf(w.outsider, 'PUBLIC');
    expect(again).toMatch(new RegExp(`^${base}-[a-z0-9]{8}$`));
    expect(again).not.toBe(hidden);
  });

  it('member counts leave out members-only members the viewer may not see, on the profile and in the CSV', async () => {
    const count = async (client = t.client()) =>
      (await client.data<{ network: { memberCount: number } }>(NETWORK, { slug: w.coalition.slug })).network.memberCount;
    expect(await count()).toBe(0);
    expect(await count(w.outsider.client)).toBe(0);
    expect(await count(w.faith.client)).toBe(1);
    const rows = parse(await csv(t, `/api/networks/export.csv`), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.find((r) => r.name === w.coalition.name)?.['member networks']).toBe('0');
  });

  it('the map’s files (CSV, GEXF, GraphML) leave it out for outsiders, and its neighbourhood file is NOT_FOUND', async () => {
    for (const cookie of ['', w.outsider.client.cookieHeader, w.cora.client.cookieHeader]) {
      for (const format of ['csv', 'gexf', 'graphml']) {
        for (const path of [`/api/networks/graph.${format}`, `/api/networks/${w.coalition.slug}/graph.${format}?depth=3`]) {
          const body = await csv(t, path, cookie);
          for (const secret of [w.hidden.id, w.hidden.name, w.hidden.slug]) expect(body).not.toContain(secret);
        }
        expect((await fetch(`${t.baseUrl}/api/networks/${w.hidden.slug}/graph.${format}`, { headers: { cookie } })).status).toBe(404);
      }
    }
    expect(await csv(t, `/api/networks/${w.coalition.slug}/graph.csv?depth=1`, w.faith.client.cookieHeader)).toContain(w.hidden.name);
  });

  it('coalitions further up are reached only through networks the viewer may see', async () => {
    const coalitions = async (client = t.client()) =>
      (await client.data<{ network: { coalitions: unknown[] } }>(NETWORK, { slug: w.quay.slug })).network.coalitions;
    expect(await coalitions()).toEqual([]);
    expect(await coalitions(w.faith.client)).toEqual([
      { depth: 1, network: { name: w.hidden.name } },
      { depth: 2, network: { name: w.coalition.name } },
    ]);
  });

  it('searching a word only a members-only network uses finds what it would find if that network did not exist', async () => {
    const word = `zephyrine${w.hidden.id.slice(0, 4).replace(/[0-9]/g, 'q')}`;
    await t.newNetwork(w.faith, {
      name: `Quiet ${w.hidden.id.slice(0, 6)}`,
      visibility: 'MEMBERS_ONLY',
      purpose: `We meet about ${word}.`,
    });
    await t.newNetwork(w.cora, { name: `${word.slice(0, -1)} Hall` });
    const SEARCH = 'query($search: String) { networks(first: 10, search: $search) { totalCount edges { node { name } } } }';
    const found = async (client = t.client()) =>
      (await client.data<{ networks: { edges: { node: { name: string } }[] } }>(SEARCH, { search: word })).networks.edges.map(
        (e) => e.node.name,
      );
    // No full-text match the viewer may see, so the misspelling fallback answers, as for any unknown word.
    expect(await found()).toEqual([`${word.slice(0, -1)} Hall`]);
    expect(await found(w.outsider.client)).toEqual([`${word.slice(0, -1)} Hall`]);
  });

  it('refusing a loop through a members-only network names only the two networks asked about', async () => {
    const error = await w.cora.client.error(PROPOSE, { input: { memberNetworkId: w.coalition.id, parentNetworkId: w.quay.id } });
    expect(error).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'MakesLoop' } });
    expect(error.message).toBe(
      `That would make a loop: "${w.coalition.name}" cannot belong to "${w.quay.name}", because "${w.quay.name}" already belongs to it through other networks.`,
    );
  });

  it('nobody can claim to represent a network they are not in, hidden or not (the same answer for both)', async () => {
    const refused = async (networkId: string) =>
      w.outsider.client.error(REGISTER, { input: { gatheringId: w.gathering.id, representingNetworkIds: [networkId] } });
    const [hidden, open] = [await refused(w.hidden.id), await refused(w.coalition.id)];
    expect(hidden).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'NotInRepresentedNetwork' } });
    expect(hidden.message).toBe(open.message);
    expect(hidden.message).toBe('You can only come on behalf of networks you are in.');
    // Nothing was taken: the outsider can still register for themselves.
    expect(await w.outsider.client.data(REGISTER, { input: { gatheringId: w.gathering.id, representingNetworkIds: [] } })).toEqual({
      registerForGathering: { representingNetworkIds: [] },
    });
  });

  it("through a network's link you come on its behalf (its member vouched for you), and an email invitation names only a public network", async () => {
    const guest = await t.newPerson();
    const REGISTERED =
      'mutation($input: RegisterForGatheringInput!) { registerForGathering(input: $input) { representingNetworkIds membersOnlyNetworkCount } }';
    const input = { gatheringId: w.gathering.id, invitationCode: w.invitationCode, representingNetworkIds: [w.hidden.id] };
    // The guest is not in it, so sees it only as a count, even on their own registration.
    expect(await guest.client.data(REGISTERED, { input })).toEqual({
      registerForGathering: { representingNetworkIds: [], membersOnlyNetworkCount: 1 },
    });
    const EMAIL = 'mutation($input: InviteByEmailInput!) { inviteByEmail(input: $input) { sent } }';
    const to = `guest-${w.hidden.id.slice(0, 8)}@example.org`;
    await t.app.get(RolesService).grant(w.faith.id, 'gathering', w.gathering.id, 'convener');
    await w.faith.client.data(EMAIL, { input: { gatheringId: w.gathering.id, emails: to, networkId: w.hidden.id } });
    const mail = (await t.outbox()).find((m) => m.to.includes(to))!;
    expect(mail.text).toContain('invites you to');
    expect(mail.text).not.toContain(w.hidden.name);
  });

  it('conveners outside a members-only network see that someone represents "a members-only network", never which', async () => {
    const faithAsConvener = async () => {
      await t.app.get(RolesService).grant(w.faith.id, 'gathering', w.gathering.id, 'convener');
      return w.faith.client;
    };
    const of = async (client: typeof w.cora.client) => {
      const { gatheringRegistrations } = await client.data<{ gatheringRegistrations: { personId: string }[] }>(REGISTRATIONS, {
        id: w.gathering.id,
      });
      return gatheringRegistrations.find((r) => r.personId === w.mo.id);
    };
    expect(await of(w.cora.client)).toEqual({
      personId: w.mo.id,
      representingNetworkIds: [],
      representingNetworks: [],
      membersOnlyNetworkCount: 1,
    });
    const cosv = await csv(t, `/api/gatherings/${w.gathering.id}/registrations.csv`, w.cora.client.cookieHeader);
    expect(cosv).toContain('a members-only network');
    expect(cosv).not.toContain(w.hidden.name);
    // A convener who is in it sees it by name.
    const inside = await faithAsConvener();
    expect(await of(inside)).toEqual({
      personId: w.mo.id,
      representingNetworkIds: [w.hidden.id],
      representingNetworks: [{ name: w.hidden.name }],
      membersOnlyNetworkCount: 0,
    });
    expect(await csv(t, `/api/gatherings/${w.gathering.id}/registrations.csv`, w.faith.client.cookieHeader)).toContain(w.hidden.name);
  });
});
