import { QueryCounter } from '../../../database/query-counter.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { GatheringStatus, RegistrationStatus } from '../../gatherings/gathering.enums.js';

// "People you met" and the proposals take the same statements for a few as for many: the networks,
// the gatherings and the conversations shared come in one statement each for the whole page.

const MET = `query($first: Int) { peopleMet(first: $first) {
  totalCount edges { node { id person { displayName } gathering { title } yourNetworks { name } theirNetworks { name }
    theirMembersOnlyNetworkCount sharedGatherings { title } sharedConversations { title } } }
} }`;
const PROPOSALS = `query { connectionProposals { id awaitsYou person { displayName } gathering { title } theirNetworks { name } } }`;

interface Met {
  peopleMet: { edges: { node: { sharedGatherings: unknown[]; sharedConversations: { title: string }[]; theirNetworks: unknown[] } }[] };
}

describe('relationships: statements do not grow with the page', () => {
  const counter = new QueryCounter();
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ queryLogger: counter });
  });
  afterAll(() => t.close());

  const statements = async (person: TestPerson, query: string, variables: Record<string, unknown> = {}) => {
    await person.client.data(query, variables); // warm: the first request of a session reads it once
    return (await counter.around(() => person.client.data(query, variables))).statements;
  };

  /** Someone who met `n` people at two gatherings (each came for a network), confirmed, each sharing a conversation; and `n` proposals to them. */
  async function hubOf(n: number): Promise<TestPerson> {
    const hub = await t.newPerson();
    const convener = await t.newPerson();
    const past = { startsAt: new Date('2026-10-01T09:00:00Z'), status: GatheringStatus.CLOSED };
    const [g, again] = [await t.build.gathering(convener, past), await t.build.gathering(convener, past)];
    await t.build.registration(hub, g, RegistrationStatus.ATTENDED);
    await t.build.registration(hub, again, RegistrationStatus.ATTENDED);
    const [{ id: conversationId }] = (await t.dataSource.query(
      `INSERT INTO conversations (kind, title, gathering_id, started_by_id) VALUES ('gathering', 'Minibus on Tuesdays', $1, $2) RETURNING id`,
      [g.id, hub.id],
    )) as { id: string }[];
    let seq = 0;
    const post = (author: TestPerson) =>
      t.dataSource.query(`INSERT INTO posts (conversation_id, seq, author_id, body) VALUES ($1, $2, $3, 'Hello')`, [
        conversationId,
        ++seq,
        author.id,
      ]);
    await post(hub);
    for (let i = 0; i < 2 * n; i++) {
      const other = await t.newPerson();
      const network = await t.newNetwork(other);
      const { id } = await t.build.registration(other, g, RegistrationStatus.ATTENDED);
      await t.build.registration(other, again, RegistrationStatus.ATTENDED);
      await t.dataSource.query(`UPDATE registrations SET representing_network_ids = $1 WHERE id = $2`, [[network.id], id]);
      const { sayWeMet } = await other.client.data<{ sayWeMet: { id: string } }>(
        `mutation($input: SayWeMetInput!) { sayWeMet(input: $input) { id } }`,
        { input: { gatheringId: g.id, personId: hub.id } },
      );
      if (i < n) {
        await hub.client.data(`mutation($input: ConnectionIdInput!) { confirmConnection(input: $input) { id } }`, {
          input: { connectionId: sayWeMet.id },
        });
        await post(other);
      }
    }
    return hub;
  }

  it('peopleMet, by page size, with networks, shared gatherings and conversations', async () => {
    const hub = await hubOf(10);
    const few = await statements(hub, MET, { first: 2 });
    const many = await statements(hub, MET, { first: 10 });
    const { peopleMet } = await hub.client.data<Met>(MET, { first: 10 });
    expect(peopleMet.edges).toHaveLength(10);
    expect(
      peopleMet.edges.every(
        (e) =>
          e.node.sharedGatherings.length === 2 &&
          e.node.theirNetworks.length === 1 &&
          e.node.sharedConversations[0]?.title === 'Minibus on Tuesdays',
      ),
    ).toBe(true);
    expect({ few, many }).toEqual({ few, many: few });
  });

  it('connectionProposals', async () => {
    const few = await statements(await hubOf(2), PROPOSALS);
    const many = await statements(await hubOf(8), PROPOSALS);
    expect({ few, many }).toEqual({ few, many: few });
  });
});
