import { DB_TOKEN, type Db } from '../../../database/database.js';
import { QueryCounter } from '../../../database/query-counter.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { CONVERSATIONS, gatheringWith, POSTS, REACT, start } from './conversations-fixture.js';

// A page of posts (and of conversations) takes the same number of statements
// whatever its size: authors, mentions and reactions come in the page's own statement.

describe('conversations: statements per page', () => {
  const counter = new QueryCounter();
  let t: TestApp;
  let ana: TestPerson;
  let conversationId: string;
  let gatheringId: string;

  beforeAll(async () => {
    t = await createTestApp({ queryLogger: counter });
    const connor = await t.newPerson();
    ana = await t.newPerson();
    gatheringId = (await gatheringWith(t, connor, [ana])).id;
    conversationId = (await start(ana, { gatheringId, title: 'Counted' })).id;
    // 60 posts, replies, mentions and reactions, written directly: the page reads them all.
    const db = t.app.get<Db>(DB_TOKEN);
    const [root] = await db.selectFrom('posts').select('id').where('conversationId', '=', conversationId).execute();
    const rows = Array.from({ length: 60 }, (_, i) => ({
      conversationId,
      seq: i + 2,
      parentId: root.id,
      authorId: connor.id,
      body: `Post ${i}`,
    }));
    const inserted = await db.insertInto('posts').values(rows).returning('id').execute();
    await db.updateTable('conversations').set({ lastSeq: 61, postCount: 61 }).where('id', '=', conversationId).execute();
    await db
      .insertInto('postMentions')
      .values(inserted.map((p) => ({ postId: p.id, personId: ana.id })))
      .execute();
    for (const p of inserted.slice(0, 30)) await ana.client.data(REACT, { input: { postId: p.id, reaction: 'THANKS', on: true } });
    for (let i = 0; i < 30; i++) await start(ana, { gatheringId, title: `Conversation ${i}` });
  }, 120_000);
  afterAll(() => t.close());

  it('a page of 5 posts and a page of 50 take the same statements', async () => {
    const small = await counter.around(() => ana.client.data(POSTS, { id: conversationId, first: 5 }));
    const large = await counter.around(() => ana.client.data<{ posts: { edges: unknown[] } }>(POSTS, { id: conversationId, first: 50 }));
    expect((large.result as { posts: { edges: unknown[] } }).posts.edges).toHaveLength(50);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeLessThanOrEqual(4);
  });

  it('a page of 2 conversations and a page of 25 take the same statements', async () => {
    const small = await counter.around(() => ana.client.data(CONVERSATIONS, { gatheringId, first: 2 }));
    const large = await counter.around(() => ana.client.data(CONVERSATIONS, { gatheringId, first: 25 }));
    expect(large.statements).toBe(small.statements);
  });
});
