import { createLogger } from '../../common/logging/logger.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../demo-seed.js';

// The demo's inboxes: the directory's settled history read, and fresh things waiting to be answered.

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { id } }';
const INBOX = `query { unreadNotificationCount notifications(first: 50) { edges { node { kind read facts { networkName otherNetworkName title }
  tie { status } } } } }`;

type Inbox = {
  unreadNotificationCount: number;
  notifications: {
    edges: { node: { kind: string; read: boolean; facts: Record<string, string | null>; tie: { status: string } | null } }[];
  };
};

describe('demo notifications', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoIfEmpty(t.app, createLogger('silent'));
  }, 300_000);
  afterAll(() => t.close());

  const inboxOf = async (email: string) => {
    const client = t.client();
    await client.data(SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
    const inbox = await client.data<Inbox>(INBOX);
    return { count: inbox.unreadNotificationCount, unread: inbox.notifications.edges.map((e) => e.node).filter((n) => !n.read) };
  };

  it('leaves Faith a tie proposal to answer from her inbox', async () => {
    const faith = await inboxOf('faith@demo.weave.test');
    expect(faith.unread).toContainEqual(
      expect.objectContaining({
        kind: 'TIE_PROPOSED',
        facts: expect.objectContaining({ networkName: 'Weaving Together UK', otherNetworkName: 'Southside Tenants Union' }),
        tie: { status: 'REQUESTED' },
      }),
    );
    expect(faith.count).toBe(faith.unread.length);
  });

  it('leaves Connor a proposal and Priya an invitation and her registrations; the settled history is read', async () => {
    const connor = await inboxOf('connor@demo.weave.test');
    expect(connor.unread).toContainEqual(
      expect.objectContaining({ kind: 'TIE_PROPOSED', facts: expect.objectContaining({ otherNetworkName: 'Cynon Valley Together' }) }),
    );
    expect(connor.unread.filter((n) => n.kind === 'TIE_ANSWERED')).toEqual([]);
    const priya = await inboxOf('priya@demo.weave.test');
    expect(priya.unread.map((n) => n.kind)).toEqual(expect.arrayContaining(['ROLE_INVITATION', 'REGISTRATION_CONFIRMED']));
  });
});
