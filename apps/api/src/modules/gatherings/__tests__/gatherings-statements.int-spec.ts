import { QueryCounter } from '../../../database/query-counter.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { RegistrationStatus } from '../gathering.enums.js';

// Every list the gatherings module answers takes the same statements for a
// few items as for many: related data comes through per-request loaders or
// joins, never one query per item.

const MY_GATHERINGS = `query { myGatherings {
  id title placesLeft viewerIsConvener convenedBy { id name } pendingCoConveners { id name }
  viewerRegistration { id status personName waitlistPosition representingNetworks { id name } membersOnlyNetworkCount }
} }`;
const REGISTRATIONS = `query($id: UUID!) { gatheringRegistrations(gatheringId: $id) {
  id personName status waitlistPosition accessNeeds representingNetworks { id name } membersOnlyNetworkCount
} }`;
const INVITATIONS = `query($id: UUID!) { myInvitations(gatheringId: $id) { id code url networkName issuedByName gatheringTitle isExpired } }`;
const DELEGATE_PLACES = `query($id: UUID!) { delegatePlaces(gatheringId: $id) { places delegates network { id name } delegatePeople { displayName } } }`;
const PARTICIPANTS = `query($id: UUID!, $first: Int) { gatheringParticipants(gatheringId: $id, first: $first) {
  totalCount edges { node { personId displayName networks { id name } membersOnlyNetworkCount } }
} }`;
const CO_CONVENING = `query { myCoConveningInvitations { gathering { id title } network { id name } } }`;

describe('gatherings: statements per list do not grow with its length', () => {
  const counter = new QueryCounter();
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ queryLogger: counter });
  });
  afterAll(() => t.close());

  /** A convener of `n` gatherings, each convened by their network and waiting on a co-convener, registered at each for another network. */
  async function convenerOf(n: number): Promise<{ person: TestPerson; gatheringIds: string[] }> {
    const person = await t.newPerson();
    const own = await t.newNetwork(person);
    const other = await t.newNetwork(person);
    const gatheringIds: string[] = [];
    for (let i = 0; i < n; i++) {
      const g = await t.build.gathering(person, { networkIds: [own.id], capacity: 40 });
      await t.build.coConvenerInvitation(g, await t.newNetwork(await t.newPerson()));
      await t.build.registration(person, g);
      await t.dataSource.query(`UPDATE registrations SET representing_network_ids = $1 WHERE person_id = $2 AND gathering_id = $3`, [
        [other.id],
        person.id,
        g.id,
      ]);
      gatheringIds.push(g.id);
    }
    return { person, gatheringIds };
  }

  /** A gathering with `n` registrations, each for a network of its own, some waiting. */
  async function gatheringWith(n: number): Promise<{ convener: TestPerson; gatheringId: string }> {
    const convener = await t.newPerson();
    const g = await t.build.gathering(convener, { networkIds: [(await t.newNetwork(convener)).id], capacity: n });
    for (let i = 0; i < n; i++) {
      const person = await t.newPerson();
      const network = await t.newNetwork(person);
      const { id } = await t.build.registration(person, g, i % 3 === 2 ? RegistrationStatus.WAITLISTED : RegistrationStatus.REGISTERED);
      await t.dataSource.query(`UPDATE registrations SET representing_network_ids = $1, delegate_for_network_id = $2 WHERE id = $3`, [
        [network.id],
        network.id,
        id,
      ]);
      await t.build.delegatePlaces(g, network, 2);
      await t.dataSource.query(`INSERT INTO gathering_invitations (gathering_id, code, issued_by_id, network_id) VALUES ($1, $2, $3, $4)`, [
        g.id,
        `code-${n}-${i}-${Math.random().toString(36).slice(2)}`,
        convener.id,
        network.id,
      ]);
    }
    return { convener, gatheringId: g.id };
  }

  const statements = async (person: TestPerson, query: string, variables: Record<string, unknown> = {}) => {
    await person.client.data(query, variables); // warm: the first request of a session reads it once
    return (await counter.around(() => person.client.data(query, variables))).statements;
  };

  it('myGatherings, with each gathering’s conveners, co-conveners and the viewer’s registration', async () => {
    const few = await convenerOf(2);
    const many = await convenerOf(10);
    const fewCount = await statements(few.person, MY_GATHERINGS);
    const manyCount = await statements(many.person, MY_GATHERINGS);
    const { myGatherings } = await many.person.client.data<{ myGatherings: { viewerRegistration: { representingNetworks: unknown[] } }[] }>(
      MY_GATHERINGS,
    );
    expect(myGatherings).toHaveLength(10);
    expect(myGatherings.every((g) => g.viewerRegistration.representingNetworks.length === 1)).toBe(true);
    expect({ few: fewCount, many: manyCount }).toEqual({ few: fewCount, many: fewCount });
  });

  it.each([
    ['gatheringRegistrations', REGISTRATIONS],
    ['myInvitations', INVITATIONS],
    ['delegatePlaces', DELEGATE_PLACES],
  ])('%s', async (_name, query) => {
    const few = await gatheringWith(2);
    const many = await gatheringWith(10);
    const fewCount = await statements(few.convener, query, { id: few.gatheringId });
    const manyCount = await statements(many.convener, query, { id: many.gatheringId });
    expect({ few: fewCount, many: manyCount }).toEqual({ few: fewCount, many: fewCount });
  });

  it('gatheringParticipants, by page size', async () => {
    const { convener, gatheringId } = await gatheringWith(10);
    const fewCount = await statements(convener, PARTICIPANTS, { id: gatheringId, first: 2 });
    const manyCount = await statements(convener, PARTICIPANTS, { id: gatheringId, first: 10 });
    const { gatheringParticipants } = await convener.client.data<{ gatheringParticipants: { edges: { node: { networks: unknown[] } }[] } }>(
      PARTICIPANTS,
      { id: gatheringId, first: 10 },
    );
    expect(gatheringParticipants.edges.length).toBeGreaterThan(2);
    expect(gatheringParticipants.edges.every((e) => e.node.networks.length === 1)).toBe(true);
    expect({ few: fewCount, many: manyCount }).toEqual({ few: fewCount, many: fewCount });
  });

  it('myCoConveningInvitations', async () => {
    const invitedTo = async (n: number) => {
      const facilitator = await t.newPerson();
      const network = await t.newNetwork(facilitator);
      for (let i = 0; i < n; i++) await t.build.coConvenerInvitation(await t.build.gathering(await t.newPerson()), network);
      return facilitator;
    };
    const fewCount = await statements(await invitedTo(2), CO_CONVENING);
    const manyCount = await statements(await invitedTo(10), CO_CONVENING);
    expect({ few: fewCount, many: manyCount }).toEqual({ few: fewCount, many: fewCount });
  });
});
