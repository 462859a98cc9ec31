import { liveSubscription } from '../../../test/live-client.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import {
  ADD,
  CONVERSATION,
  DELETE,
  EDIT,
  FOLLOW,
  gatheringWith,
  HISTORY,
  MENTIONABLES,
  noticesOf,
  post,
  posts,
  REACT,
  READ,
  start,
  type Conversation,
  type Post,
} from './conversations-fixture.js';

// Posts: threads, edits with history, deletion, reactions, following and unread
// markers, who is told of a post (once each), and posts arriving live.

const UPDATES = `subscription($id: UUID!) { conversationUpdates(conversationId: $id) {
  conversation { id lastSeq } posts { id seq body parentId author { displayName } } } }`;
type Updates = {
  conversationUpdates: { conversation: { lastSeq: number }; posts: { id: string; body: string | null; parentId: string | null }[] };
};

describe('posts in a conversation', () => {
  let t: TestApp;
  let connor: TestPerson;
  let ana: TestPerson;
  let ben: TestPerson;
  let cai: TestPerson;
  let gatheringId: string;
  let conversation: Conversation;
  let opening: Post;

  beforeAll(async () => {
    t = await createTestApp();
    [connor, ana, ben, cai] = await Promise.all([t.newPerson(), t.newPerson(), t.newPerson(), t.newPerson()]);
    gatheringId = (await gatheringWith(t, connor, [ana, ben, cai])).id;
    conversation = await start(ana, { gatheringId, title: 'After the day', body: 'What did we learn?', isQuestion: true });
    [opening] = await posts(ana, conversation.id);
  });
  afterAll(() => t.close());

  it('replies make threads: each names its parent, the parent counts them, posts are numbered in order', async () => {
    const first = await post(ben, { conversationId: conversation.id, parentId: opening.id, body: 'That we need each other' });
    const second = await post(cai, { conversationId: conversation.id, parentId: first.id, body: 'Agreed' });
    expect([first.parentId, second.parentId]).toEqual([opening.id, first.id]);
    expect(second.seq).toBe(first.seq + 1);
    const all = await posts(ana, conversation.id);
    expect(all.find((p) => p.id === opening.id)!.replyCount).toBe(1);
    expect(all.map((p) => p.seq)).toEqual([...all.map((p) => p.seq)].sort((a, b) => a - b));
  });

  it('a reply to a post of another conversation is NOT_FOUND', async () => {
    const other = await start(ana, { gatheringId, title: 'Elsewhere' });
    const error = await ben.client.error(ADD, { input: { conversationId: other.id, parentId: opening.id, body: 'x' } });
    expect(error).toMatchObject({ code: 'NOT_FOUND', extensions: { reason: 'PostNotFound' } });
  });

  it('the author edits, and the history says what it said before; editing someone else’s post is refused', async () => {
    const mine = await post(ben, { conversationId: conversation.id, body: 'First words' });
    const edited = (await ben.client.data<{ editPost: Post }>(EDIT, { input: { postId: mine.id, body: 'Better words' } })).editPost;
    expect(edited).toMatchObject({ body: 'Better words', editedAt: expect.any(String) });
    await ben.client.data(EDIT, { input: { postId: mine.id, body: 'Best words' } });
    const history = await cai.client.data<{ postHistory: { body: string }[] }>(HISTORY, { id: mine.id });
    expect(history.postHistory.map((h) => h.body)).toEqual(['First words', 'Better words']);
    for (const person of [cai, connor]) {
      const error = await person.client.error(EDIT, { input: { postId: mine.id, body: 'Not mine' } });
      expect(error).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'NotPostAuthor' } });
    }
    const outsider = await t.newPerson();
    expect((await outsider.client.error(HISTORY, { id: mine.id })).code).toBe('NOT_FOUND');
  });

  it('the author deletes: a "deleted" mark keeps the thread, the words and history go; replying to it is refused, and so is deleting someone else’s', async () => {
    const doomed = await post(ben, { conversationId: conversation.id, body: 'Regrettable' });
    const reply = await post(cai, { conversationId: conversation.id, parentId: doomed.id, body: 'Hmm' });
    await ben.client.data(EDIT, { input: { postId: doomed.id, body: 'Still regrettable' } });
    expect((await cai.client.error(DELETE, { input: { postId: doomed.id } })).extensions?.reason).toBe('NotPostAuthor');
    const deleted = (await ben.client.data<{ deletePost: Post }>(DELETE, { input: { postId: doomed.id } })).deletePost;
    expect(deleted).toMatchObject({ body: null, deletedAt: expect.any(String), author: { id: ben.id } });
    expect((await cai.client.data<{ postHistory: unknown[] }>(HISTORY, { id: doomed.id })).postHistory).toEqual([]);
    const thread = await posts(cai, conversation.id);
    expect(thread.find((p) => p.id === reply.id)!.parentId).toBe(doomed.id);
    const refused = await cai.client.error(ADD, { input: { conversationId: conversation.id, parentId: doomed.id, body: 'Again' } });
    expect(refused).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'ReplyToDeleted' } });
    expect((await ben.client.error(EDIT, { input: { postId: doomed.id, body: 'Back' } })).extensions?.reason).toBe('PostDeleted');
  });

  it('reactions: a few, each once per person, and taken back', async () => {
    const react = (person: TestPerson, reaction: string, on: boolean) =>
      person.client.data<{ reactToPost: Post }>(REACT, { input: { postId: opening.id, reaction, on } });
    await react(ben, 'THANKS', true);
    await react(ben, 'THANKS', true);
    await react(ben, 'IDEA', true);
    const after = (await react(cai, 'THANKS', true)).reactToPost.reactions;
    expect(after).toEqual([
      { reaction: 'IDEA', count: 1, mine: false },
      { reaction: 'THANKS', count: 2, mine: true },
    ]);
    expect((await react(ben, 'IDEA', false)).reactToPost.reactions).toEqual([{ reaction: 'THANKS', count: 2, mine: true }]);
    expect((await ben.client.error(REACT, { input: { postId: opening.id, reaction: 'ANGRY', on: true } })).code).toBe('BAD_USER_INPUT');
  });

  it('mentions are stored by id and offered by the picker: people in the conversation, networks one may see', async () => {
    const faith = await t.newPerson({ displayName: 'Faith Findable' });
    const network = await t.newNetwork(faith, { name: 'Findable Network' });
    await post(connor, { conversationId: conversation.id, body: 'Hello' });
    const picker = await ana.client.data<{ mentionables: { people: { id: string }[]; networks: { id: string }[] } }>(MENTIONABLES, {
      id: conversation.id,
      search: 'Findable',
    });
    expect(picker.mentionables.networks.map((n) => n.id)).toEqual([network.id]);
    const mention = await post(ana, {
      conversationId: conversation.id,
      body: 'cc',
      mentionedPersonIds: [connor.id],
      mentionedNetworkIds: [network.id],
    });
    expect(mention.mentionedPeople.map((p) => p.id)).toEqual([connor.id]);
    expect(mention.mentionedNetworks).toEqual([{ id: network.id, name: 'Findable Network' }]);
  });

  it('each person is told of a post once: the parent’s author of a reply, the mentioned, and followers', async () => {
    const fresh = await start(ana, { gatheringId, title: 'Notices' }); // ana follows by starting it
    await cai.client.data(FOLLOW, { input: { conversationId: fresh.id, follow: true } });
    const [root] = await posts(ana, fresh.id);
    const reply = await post(ben, { conversationId: fresh.id, parentId: root.id, body: 'Reply', mentionedPersonIds: [ana.id, cai.id] });
    expect((await noticesOf(t, reply.id)).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual(
      [
        { recipientId: cai.id, kind: 'mention' },
        { recipientId: ana.id, kind: 'reply' },
      ].sort((a, b) => a.kind.localeCompare(b.kind)),
    );
    // Unfollowed, cai hears no more; ben, who posted, follows now.
    await cai.client.data(FOLLOW, { input: { conversationId: fresh.id, follow: false } });
    const next = await post(connor, { conversationId: fresh.id, body: 'Next' });
    expect((await noticesOf(t, next.id)).map((n) => [n.recipientId, n.kind]).sort()).toEqual(
      [
        [ana.id, 'conversation_post'],
        [ben.id, 'conversation_post'],
      ].sort(),
    );
  });

  it('unread markers: what came after the last read post, moved forward only', async () => {
    const fresh = await start(ana, { gatheringId, title: 'Unread' });
    await post(ben, { conversationId: fresh.id, body: 'one' });
    await post(ben, { conversationId: fresh.id, body: 'two' });
    const seen = (await cai.client.data<{ conversation: Conversation }>(CONVERSATION, { id: fresh.id })).conversation;
    expect(seen).toMatchObject({ unreadCount: 3, viewerLastReadSeq: 0 });
    const read = await cai.client.data<{ markConversationRead: Conversation }>(READ, { input: { conversationId: fresh.id, seq: 2 } });
    expect(read.markConversationRead).toMatchObject({ viewerLastReadSeq: 2, unreadCount: 1 });
    const back = await cai.client.data<{ markConversationRead: Conversation }>(READ, { input: { conversationId: fresh.id, seq: 1 } });
    expect(back.markConversationRead.viewerLastReadSeq).toBe(2);
    const beyond = await cai.client.data<{ markConversationRead: Conversation }>(READ, { input: { conversationId: fresh.id, seq: 99 } });
    expect(beyond.markConversationRead).toMatchObject({ viewerLastReadSeq: 3, unreadCount: 0 });
    // Posting reads everything up to one's own post.
    expect((await ben.client.data<{ conversation: Conversation }>(CONVERSATION, { id: fresh.id })).conversation.unreadCount).toBe(0);
  });

  it('new posts arrive live on an open page, through another API process', async () => {
    const other = await createTestApp({ shareDatabaseWith: t });
    const live = liveSubscription<Updates>(other, cai.client.cookieHeader, UPDATES, { id: conversation.id });
    try {
      await live.until((u) => u.conversationUpdates.posts.length === 0);
      const reply = await post(ben, { conversationId: conversation.id, parentId: opening.id, body: 'Live words' });
      const update = await live.until((u) => u.conversationUpdates.posts.some((p) => p.id === reply.id));
      expect(update.conversationUpdates.posts.find((p) => p.id === reply.id)).toMatchObject({ body: 'Live words', parentId: opening.id });
      expect(update.conversationUpdates.conversation.lastSeq).toBe(reply.seq);
    } finally {
      await live.close();
      await other.close();
    }
  });

  it('an outsider cannot subscribe', async () => {
    const outsider = await t.newPerson();
    const live = liveSubscription<Updates>(t, outsider.client.cookieHeader, UPDATES, { id: conversation.id });
    try {
      await expect(live.until(() => true, 5000)).rejects.toThrow(/NOT_FOUND/);
    } finally {
      await live.close();
    }
  });

  it('a subscriber who loses access mid-subscription has the subscription completed cleanly, told nothing more', async () => {
    const leaver = await t.newPerson();
    await t.build.registration(leaver, { id: gatheringId });
    const live = liveSubscription<Updates>(t, leaver.client.cookieHeader, UPDATES, { id: conversation.id });
    try {
      await live.until((u) => u.conversationUpdates.posts.length === 0);
      await t.dataSource.query(`UPDATE registrations SET status = 'cancelled' WHERE person_id = $1 AND gathering_id = $2`, [
        leaver.id,
        gatheringId,
      ]);
      await post(ben, { conversationId: conversation.id, body: 'After you left' });
      await live.completed();
      expect(live.errors).toEqual([]);
      expect(JSON.stringify(live.values)).not.toContain('After you left');
    } finally {
      await live.close();
    }
  });
});
