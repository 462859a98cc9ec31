import { QueryCounter } from '../../database/query-counter.js';
import { createTestApp, type TestApp, type TestPerson } from '../../test/test-app.js';

// The lists outside gatherings and open space (which have their own
// statement tests): a person's networks and invitations, and the platform
// admin's claims, people and audit trail take the same statements for a few
// items as for many.

const MY_NETWORKS = `query { myNetworks {
  id name memberCount viewerRoles coalitions { network { name } depth } memberNetworks { member { name } }
  people { role person { displayName } } pendingInvitations { email } handshakes { member { name } } lifecycleHistory { stage }
} }`;
const MY_NETWORK_INVITATIONS = `query { myNetworkInvitations { id networkName networkSlug invitedByName role } }`;
const CLAIMS = `query { pendingNetworkClaims { id claimantName claimantEmail network { id name } } }`;
const PEOPLE = `query($first: Int!) { people(first: $first) { totalCount edges { node { id displayName email } } } }`;
const AUDIT = `query($first: Int) { auditEvents(first: $first) { totalCount edges { node { action actor { displayName } } } } }`;

describe('lists: statements do not grow with their length', () => {
  const counter = new QueryCounter();
  let t: TestApp;
  let admin: TestPerson;

  beforeAll(async () => {
    t = await createTestApp({ queryLogger: counter });
    admin = await t.newAdmin();
  });
  afterAll(() => t.close());

  const statements = async (person: TestPerson, query: string, variables: Record<string, unknown> = {}) => {
    await person.client.data(query, variables); // the first request of a session reads it once
    return (await counter.around(() => person.client.data(query, variables))).statements;
  };

  /** A facilitator of `n` networks, each in a coalition, with a member, another role holder and an invitation out. */
  async function facilitatorOf(n: number): Promise<TestPerson> {
    const person = await t.newPerson();
    const coalition = await t.newNetwork(person, { kind: 'COALITION' });
    for (let i = 0; i < n; i++) {
      const network = await t.newNetwork(person);
      await t.build.tie(network, coalition);
      await t.build.tie(await t.newNetwork(await t.newPerson()), network);
      await t.dataSource.query(
        `INSERT INTO network_role_invitations (network_id, email, role, invited_by_id) VALUES ($1, $2, 'convener', $3)`,
        [network.id, `invitee-${n}-${i}-${Date.now()}@example.org`, person.id],
      );
    }
    return person;
  }

  /** Someone invited to a role in `n` networks. */
  async function invitedTo(n: number): Promise<TestPerson> {
    const person = await t.newPerson();
    for (let i = 0; i < n; i++) {
      const inviter = await t.newPerson();
      const network = await t.newNetwork(inviter);
      await t.dataSource.query(
        `INSERT INTO network_role_invitations (network_id, email, role, invited_by_id) VALUES ($1, $2, 'convener', $3)`,
        [network.id, person.email, inviter.id],
      );
    }
    return person;
  }

  const same = (few: number, many: number) => expect({ few, many }).toEqual({ few, many: few });

  it('myNetworks, with every field a profile card shows', async () => {
    same(await statements(await facilitatorOf(2), MY_NETWORKS), await statements(await facilitatorOf(10), MY_NETWORKS));
  });

  it('myNetworkInvitations', async () => {
    same(await statements(await invitedTo(2), MY_NETWORK_INVITATIONS), await statements(await invitedTo(10), MY_NETWORK_INVITATIONS));
  });

  it('pendingNetworkClaims', async () => {
    const claims = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const network = await t.newNetwork(await t.newPerson());
        await t.dataSource.query(`INSERT INTO network_claims (network_id, person_id, message) VALUES ($1, $2, 'It is ours')`, [
          network.id,
          (await t.newPerson()).id,
        ]);
      }
    };
    await claims(2);
    const few = await statements(admin, CLAIMS);
    await claims(8);
    const many = await statements(admin, CLAIMS);
    const { pendingNetworkClaims } = await admin.client.data<{ pendingNetworkClaims: unknown[] }>(CLAIMS);
    expect(pendingNetworkClaims.length).toBeGreaterThanOrEqual(10);
    same(few, many);
  });

  it('people and the audit trail, by page size', async () => {
    for (let i = 0; i < 10; i++) await t.newPerson();
    same(await statements(admin, PEOPLE, { first: 2 }), await statements(admin, PEOPLE, { first: 10 }));
    await facilitatorOf(1);
    await t.dataSource.query(
      `INSERT INTO audit_events (actor_id, action, subject_type, subject_id) SELECT $1, 'network_closed', 'network', gen_random_uuid() FROM generate_series(1, 12)`,
      [admin.id],
    );
    same(await statements(admin, AUDIT, { first: 2 }), await statements(admin, AUDIT, { first: 10 }));
  });
});
