import { DB_TOKEN, type Db } from '../../../database/database.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { FOLLOW, gatheringWith, noticesOf, post, posts, start } from './conversations-fixture.js';

// 200 people reply to one conversation at once, through two API processes on
// one real PostgreSQL: every post is stored once, numbered in one order with
// no gap, the counts are right, and each follower is told of each post once.

const PEOPLE = 200;

describe('conversations under concurrency', () => {
  let a: TestApp;
  let b: TestApp;
  let ana: TestPerson;
  let followers: TestPerson[];
  let crowd: TestPerson[];
  let conversationId: string;

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ shareDatabaseWith: a });
    const connor = await a.newPerson();
    ana = await a.newPerson();
    followers = await Promise.all(Array.from({ length: 3 }, () => a.newPerson()));
    crowd = [];
    for (let i = 0; i < PEOPLE; i += 20) crowd.push(...(await Promise.all(Array.from({ length: 20 }, () => a.newPerson()))));
    const gathering = await gatheringWith(a, connor, [ana, ...followers]);
    const db = a.app.get<Db>(DB_TOKEN);
    await db
      .insertInto('registrations')
      .values(crowd.map((person) => ({ gatheringId: gathering.id, personId: person.id, status: 'registered' })))
      .execute();
    conversationId = (await start(ana, { gatheringId: gathering.id, title: 'Everyone at once' })).id;
    for (const follower of followers) await follower.client.data(FOLLOW, { input: { conversationId, follow: true } });
  }, 180_000);
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('200 replies at once: each stored once, in one gapless order, counted, and each follower told of each once', async () => {
    const [root] = await posts(ana, conversationId, 1);
    const replies = await Promise.all(
      crowd.map((person, i) => {
        // Half the crowd talks to the other process, as behind a load balancer.
        if (i % 2 === 0) return post(person, { conversationId, parentId: root.id, body: `Reply ${i}` });
        const viaB = b.client();
        viaB.useCookies(person.client.cookieHeader);
        return post({ ...person, client: viaB }, { conversationId, parentId: root.id, body: `Reply ${i}` });
      }),
    );
    expect(new Set(replies.map((r) => r.id)).size).toBe(PEOPLE);
    const seqs = replies.map((r) => r.seq).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: PEOPLE }, (_, i) => i + 2));

    const db = a.app.get<Db>(DB_TOKEN);
    const stored = await db
      .selectFrom('posts')
      .select(['id', 'seq', 'body'])
      .where('conversationId', '=', conversationId)
      .orderBy('seq')
      .execute();
    expect(stored).toHaveLength(PEOPLE + 1);
    expect(new Set(stored.map((p) => p.body)).size).toBe(PEOPLE + 1);
    const conversation = await db
      .selectFrom('conversations')
      .select(['postCount', 'lastSeq'])
      .where('id', '=', conversationId)
      .executeTakeFirstOrThrow();
    expect(conversation).toEqual({ postCount: PEOPLE + 1, lastSeq: PEOPLE + 1 });
    const parent = await db.selectFrom('posts').select('replyCount').where('id', '=', root.id).executeTakeFirstOrThrow();
    expect(parent.replyCount).toBe(PEOPLE);

    for (const reply of replies) {
      const notices = await noticesOf(a, reply.id);
      const recipients = notices.map((n) => n.recipientId);
      expect(new Set(recipients).size).toBe(recipients.length);
      expect(notices).toContainEqual({ recipientId: ana.id, kind: 'reply' });
      for (const follower of followers) expect(notices).toContainEqual({ recipientId: follower.id, kind: 'conversation_post' });
    }
    const perFollower = await db
      .selectFrom('notifications')
      .select(['recipientId', db.fn.countAll<string>().as('count')])
      .where(
        'recipientId',
        'in',
        followers.map((f) => f.id),
      )
      .where('subjectType', '=', 'post')
      .groupBy('recipientId')
      .execute();
    expect(perFollower.map((r) => Number(r.count))).toEqual(followers.map(() => PEOPLE));
  });
});
