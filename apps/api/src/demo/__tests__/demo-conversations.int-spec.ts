import { createLogger } from '../../common/logging/logger.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../demo-seed.js';

describe('demo conversations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoIfEmpty(t.app, createLogger('silent'));
  }, 300_000);
  afterAll(() => t.close());

  it('the past workshop has the convener’s seeded questions, one with replies in several threads, and notifications waiting', async () => {
    const connor = t.client();
    await connor.data('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: 'connor@demo.weave.test', password: DEMO_PASSWORD },
    });
    const list = await connor.data<{
      conversations: { edges: { node: { id: string; title: string; gathering: { name: string } | null } }[] };
    }>('{ conversations(first: 20) { edges { node { id title gathering { name } } } } }');
    const exit = list.conversations.edges.find((e) => e.node.title === 'How can the convener exit?')!.node;
    expect(exit.gathering?.name).toBe('Community Connectors Workshop');
    const page = await connor.data<{ posts: { edges: { node: { id: string; parentId: string | null } }[] } }>(
      'query($id: UUID!) { posts(conversationId: $id, first: 50) { edges { node { id parentId } } } }',
      { id: exit.id },
    );
    const posts = page.posts.edges.map((e) => e.node);
    const root = posts[0];
    const threads = posts.filter((p) => p.parentId === root.id);
    expect(threads.length).toBeGreaterThanOrEqual(3);
    expect(posts.some((p) => p.parentId !== null && p.parentId !== root.id)).toBe(true);
    const waiting = await t.dataSource.query(
      `SELECT n.kind FROM notifications n JOIN people p ON p.id = n.recipient_id WHERE p.email = 'connor@demo.weave.test'`,
    );
    expect(waiting.map((n: { kind: string }) => n.kind)).toEqual(expect.arrayContaining(['reply', 'mention']));
  });
});
