import { code, db, registeredFor, times, type SizedList } from '../../test/statement-counts.js';
import type { TestApp, TestNetwork } from '../../test/test-app.js';

// Pages that mix what the viewer may see with what they may not: `n` of each,
// read in one request. The batched loaders must apply the rule the per-item
// path did — members-only networks are counted, never named, to outsiders.

/** A members-only network of someone else's: what the viewer may not see, and the ids and names that must not reach them. */
async function hiddenNetwork(t: TestApp, hidden: string[]): Promise<TestNetwork> {
  const network = await t.newNetwork(await t.newPerson(), { name: `Members only ${code()}`, visibility: 'MEMBERS_ONLY' });
  hidden.push(network.id, network.name, network.slug);
  return network;
}

interface RegistrationRow {
  representingNetworks: unknown[];
  membersOnlyNetworkCount: number;
}

export const MIXED_VISIBILITY_LISTS: SizedList[] = [
  {
    name: 'gatheringRegistrations: half come for members-only networks the convener is not in',
    query: `query($id: UUID!) { gatheringRegistrations(gatheringId: $id) {
      personName representingNetworkIds representingNetworks { id name slug } membersOnlyNetworkCount } }`,
    async build(t, n) {
      const convener = await t.newPerson();
      const gathering = await t.build.gathering(convener);
      const hidden: string[] = [];
      await times(2 * n, async (i) => {
        const person = await t.newPerson();
        const network = i % 2 ? await hiddenNetwork(t, hidden) : await t.newNetwork(person);
        await registeredFor(t, person, gathering, [network.id]);
      });
      return { viewer: convener, variables: { id: gathering.id }, hidden };
    },
    lengths: ({ gatheringRegistrations: rows }: { gatheringRegistrations: RegistrationRow[] }) => [
      rows.filter((r) => r.representingNetworks.length === 1 && r.membersOnlyNetworkCount === 0).length,
      rows.filter((r) => r.representingNetworks.length === 0 && r.membersOnlyNetworkCount === 1).length,
    ],
  },
  {
    name: 'myGatherings: each convened by a public network and a members-only one, the viewer registered for both',
    query: `query { myGatherings { id convenedBy { id name slug } followedUpBy { id }
      viewerRegistration { representingNetworks { id name } membersOnlyNetworkCount } } }`,
    async build(t, n) {
      const viewer = await t.newPerson();
      const hidden: string[] = [];
      await times(n, async () => {
        const convener = await t.newPerson();
        const open = await t.newNetwork(convener);
        const closed = await hiddenNetwork(t, hidden);
        const gathering = await t.build.gathering(convener, { networkIds: [open.id, closed.id] });
        await registeredFor(t, viewer, gathering, [open.id, closed.id]);
      });
      return { viewer, hidden };
    },
    lengths: ({ myGatherings }: { myGatherings: { convenedBy: unknown[]; viewerRegistration: RegistrationRow }[] }) => [
      myGatherings.filter((g) => g.convenedBy.length === 1).length,
      myGatherings.filter(
        (g) => g.viewerRegistration.representingNetworks.length === 1 && g.viewerRegistration.membersOnlyNetworkCount === 1,
      ).length,
    ],
  },
  {
    name: 'notifications: ties with a network the reader may see, and with one they may no longer see',
    query: `query($first: Int) { notifications(first: $first) { edges { node { id facts { title } tie { id member { id name slug } parent { id name } } } } } }`,
    async build(t, n) {
      const viewer = await t.newPerson();
      const network = await t.newNetwork(viewer);
      const hidden: string[] = [];
      await times(2 * n, async (i) => {
        const member = i % 2 ? await hiddenNetwork(t, hidden) : await t.newNetwork(await t.newPerson());
        const tie = await t.build.tie(member, network);
        await db(t)
          .insertInto('notifications')
          .values({ recipientId: viewer.id, kind: 'tie_proposed', subjectType: 'tie', subjectId: tie.id, eventKey: `tie:${tie.id}` })
          .execute();
      });
      return { viewer, variables: { first: 2 * n }, hidden };
    },
    lengths: ({ notifications }: { notifications: { edges: { node: { tie: unknown } }[] } }) => [
      notifications.edges.filter((e) => e.node.tie).length,
      notifications.edges.filter((e) => !e.node.tie).length,
    ],
  },
  {
    name: 'whosMissing: invited networks, half of them members-only ones the convener is not in',
    query: `query($id: UUID!) { whosMissing(gatheringId: $id) { regions networks { id name slug } notComeByNetwork { network { id name } } } }`,
    async build(t, n) {
      const convener = await t.newPerson();
      const gathering = await t.build.gathering(convener);
      const hidden: string[] = [];
      await times(2 * n, async (i) => {
        const network = i % 2 ? await hiddenNetwork(t, hidden) : await t.newNetwork(await t.newPerson());
        await db(t)
          .insertInto('gatheringInvitations')
          .values({ gatheringId: gathering.id, code: code(), issuedById: convener.id, networkId: network.id })
          .execute();
      });
      return { viewer: convener, variables: { id: gathering.id }, hidden };
    },
    lengths: ({ whosMissing }: { whosMissing: { networks: unknown[] } }) => [whosMissing.networks.length],
  },
  {
    name: 'network: its conveners, whom everyone sees, and its members, whom only people in it see, read by someone outside',
    query: `query($slug: String!) { network(slug: $slug) { people { role person { id displayName } } } }`,
    async build(t, n) {
      const network = await t.newNetwork(await t.newPerson());
      const hidden: string[] = [];
      // n people in sight (its facilitator and n - 1 conveners) and n members out of it.
      await times(2 * n - 1, async (i) => {
        const person = await t.newPerson({ displayName: i % 2 ? undefined : `Member ${code()}` });
        if (i % 2 === 0) hidden.push(person.id, person.displayName);
        await db(t)
          .insertInto('roleAssignments')
          .values({ personId: person.id, scopeType: 'network', scopeId: network.id, role: i % 2 ? 'convener' : 'member' })
          .execute();
      });
      return { viewer: await t.newPerson(), variables: { slug: network.slug }, hidden };
    },
    lengths: ({ network }: { network: { people: unknown[] } }) => [network.people.length],
  },
];
