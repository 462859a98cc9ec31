import { DB_TOKEN, type Db } from '../../../database/database.js';
import { GatheringStatus, RegistrationStatus } from '../../gatherings/gathering.enums.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import {
  ADD,
  CONVERSATION,
  CONVERSATIONS,
  EDIT,
  gatheringWith,
  grantRole,
  HIDE,
  INVITE,
  JOIN,
  LOCK,
  noticesOf,
  post,
  POSTS,
  posts,
  SEED,
  start,
  START,
  type Conversation,
  type Post,
} from './conversations-fixture.js';

// Who may read, post in and moderate a conversation follows what it is attached to;
// everyone else meets the same NOT_FOUND as for a conversation that does not exist.

const NOWHERE = '00000000-0000-4000-8000-000000000000';

describe('conversations: who may read, post and moderate', () => {
  let t: TestApp;
  let connor: TestPerson; // convenes the gathering
  let ana: TestPerson; // registered
  let ben: TestPerson; // registered
  let olive: TestPerson; // outsider
  let gatheringId: string;

  beforeAll(async () => {
    t = await createTestApp();
    [connor, ana, ben, olive] = await Promise.all([t.newPerson(), t.newPerson(), t.newPerson(), t.newPerson()]);
    gatheringId = (await gatheringWith(t, connor, [ana, ben], { status: GatheringStatus.CLOSED })).id;
  });
  afterAll(() => t.close());

  it('people taking part start a conversation on a closed gathering; outsiders, the waiting list and signed-out callers may not', async () => {
    const conversation = await start(ana, { gatheringId, title: 'Carry on', isQuestion: true });
    expect(conversation).toMatchObject({ kind: 'GATHERING', postCount: 1, lastSeq: 1, viewerFollows: true, viewerModerates: false });
    expect(conversation.gathering?.id).toBe(gatheringId);

    const waiting = await t.newPerson();
    await t.build.registration(waiting, { id: gatheringId }, RegistrationStatus.WAITLISTED);
    for (const person of [olive, waiting]) {
      const error = await person.client.error(START, { input: { gatheringId, title: 'Mine', body: 'Hello' } });
      expect(error).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'NotTakingPart' } });
    }
    expect((await t.client().error(START, { input: { title: 'x', body: 'y' } })).code).toBe('UNAUTHENTICATED');
  });

  it('a draft gathering, a members-only network and unknown ids are all NOT_FOUND to outsiders', async () => {
    const draft = await t.build.gathering(connor, { status: GatheringStatus.DRAFT });
    const faith = await t.newPerson();
    const hidden = await t.newNetwork(faith, { visibility: 'MEMBERS_ONLY' });
    for (const input of [
      { gatheringId: draft.id },
      { networkId: hidden.id },
      { gatheringId: NOWHERE },
      { sessionId: NOWHERE },
      { networkId: NOWHERE },
    ]) {
      const error = await olive.client.error(START, { input: { ...input, title: 'x', body: 'y' } });
      expect(error).toMatchObject({ code: 'NOT_FOUND', extensions: { reason: 'AttachmentNotFound' } });
    }
    // The convener may start one on the draft.
    expect((await start(connor, { gatheringId: draft.id, title: 'Before the day' })).kind).toBe('GATHERING');
  });

  it('refuses two attachments, an empty body and an overlong title', async () => {
    const faith = await t.newPerson();
    const network = await t.newNetwork(faith);
    const two = await connor.client.error(START, { input: { gatheringId, networkId: network.id, title: 'x', body: 'y' } });
    expect(two).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { reason: 'OneAttachment' } });
    expect((await ana.client.error(START, { input: { gatheringId, title: 'x', body: '   ' } })).code).toBe('BAD_USER_INPUT');
    expect((await ana.client.error(START, { input: { gatheringId, title: 'x'.repeat(201), body: 'y' } })).code).toBe('BAD_USER_INPUT');
    expect((await ana.client.error(START, { input: { gatheringId: 'not-an-id', title: 'x', body: 'y' } })).code).toBe('BAD_USER_INPUT');
  });

  it('a session’s conversation carries the breakout on, for the people of its gathering', async () => {
    const session = await t.build.session(ana, { id: gatheringId }, 'Food and belonging');
    const conversation = await start(ana, { sessionId: session.id, title: 'Food, again' });
    expect(conversation).toMatchObject({ kind: 'SESSION', session: { id: session.id, name: 'Food and belonging' } });
    expect(conversation.gathering?.id).toBe(gatheringId);
    await post(ben, { conversationId: conversation.id, body: 'I was there too' });
    expect((await olive.client.error(CONVERSATION, { id: conversation.id })).code).toBe('NOT_FOUND');
  });

  it('an outsider learns nothing: the same NOT_FOUND for reading, posting, a page of posts and a made-up id; lists leave it out', async () => {
    const conversation = await start(ana, { gatheringId, title: 'Only for us' });
    const [first] = await posts(ana, conversation.id);
    const errors = [
      await olive.client.error(CONVERSATION, { id: conversation.id }),
      await olive.client.error(POSTS, { id: conversation.id }),
      await olive.client.error(ADD, { input: { conversationId: conversation.id, body: 'let me in' } }),
      await olive.client.error(ADD, { input: { conversationId: conversation.id, parentId: first.id, body: 'reply' } }),
    ];
    const unknown = await olive.client.error(CONVERSATION, { id: NOWHERE });
    for (const error of errors)
      expect({ code: error.code, message: error.message }).toEqual({ code: unknown.code, message: unknown.message });
    const listed = await olive.client.data<{ conversations: { edges: { node: { id: string } }[] } }>(CONVERSATIONS, { gatheringId });
    expect(listed.conversations.edges).toEqual([]);
    const mine = await ben.client.data<{ conversations: { totalCount: number; edges: { node: { id: string } }[] } }>(CONVERSATIONS, {
      gatheringId,
    });
    expect(mine.conversations.edges.map((e) => e.node.id)).toContain(conversation.id);
  });

  describe('a network’s conversation', () => {
    let faith: TestPerson; // facilitator
    let mo: TestPerson; // member
    let delia: TestPerson; // facilitator of a member network of the coalition
    let networkId: string;
    let conversation: Conversation;

    beforeAll(async () => {
      [faith, mo, delia] = await Promise.all([t.newPerson(), t.newPerson(), t.newPerson()]);
      networkId = (await t.newNetwork(faith, { kind: 'COALITION', visibility: 'MEMBERS_ONLY' })).id;
      await grantRole(t, mo, 'network', networkId, 'member');
      const member = await t.newNetwork(delia);
      await t.build.tie(member, { id: networkId });
      conversation = await start(mo, { networkId, title: 'Coalition matters' });
    });

    it('is for the people of the network and of the networks that belong to it', async () => {
      expect(conversation).toMatchObject({ kind: 'NETWORK', network: { id: networkId } });
      await post(delia, { conversationId: conversation.id, body: 'From a member network' });
      expect((await post(faith, { conversationId: conversation.id, body: 'Welcome' })).body).toBe('Welcome');
      expect((await olive.client.error(CONVERSATION, { id: conversation.id })).code).toBe('NOT_FOUND');
      const listed = await olive.client.data<{ conversations: { edges: unknown[] } }>(CONVERSATIONS, { networkId });
      expect(listed.conversations.edges).toEqual([]);
    });

    it('its facilitators moderate it; members do not', async () => {
      const [, second] = await posts(faith, conversation.id);
      const refused = await mo.client.error(HIDE, { input: { postId: second.id, reason: 'no' } });
      expect(refused).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'NotModerator' } });
      const hidden = await faith.client.data<{ hidePost: { hidden: { reason: string } } }>(HIDE, {
        input: { postId: second.id, reason: 'Off topic' },
      });
      expect(hidden.hidePost.hidden.reason).toBe('Off topic');
    });

    it('a mention of someone who cannot see it tells nobody and shows them nothing; a mention of someone who can, tells them', async () => {
      const mentioned = await post(mo, {
        conversationId: conversation.id,
        body: 'Olive, Faith: thoughts?',
        mentionedPersonIds: [olive.id, faith.id],
      });
      const notices = await noticesOf(t, mentioned.id);
      expect(notices.filter((n) => n.recipientId === olive.id)).toEqual([]);
      expect(notices.filter((n) => n.recipientId === faith.id)).toEqual([{ recipientId: faith.id, kind: 'mention' }]);
      expect((await olive.client.error(CONVERSATION, { id: conversation.id })).code).toBe('NOT_FOUND');
    });

    it('editing changes whom a post mentions: the newly mentioned are told only if they may read it, the removed are removed', async () => {
      const [joy, kit] = [await t.newPerson(), await t.newPerson()];
      await grantRole(t, joy, 'network', networkId, 'member');
      await grantRole(t, kit, 'network', networkId, 'member');
      const written = await post(mo, { conversationId: conversation.id, body: 'Joy?', mentionedPersonIds: [joy.id] });
      const edit = (input: Record<string, unknown>) =>
        mo.client.data<{ editPost: Post }>(EDIT, { input: { postId: written.id, ...input } }).then((d) => d.editPost);

      // Kit (who may read it) and Olive (who may not) are added, Joy taken out.
      const edited = await edit({ body: 'Kit and Olive?', mentionedPersonIds: [kit.id, olive.id] });
      expect(edited.mentionedPeople.map((p) => p.id).sort()).toEqual([kit.id, olive.id].sort());
      const notices = await noticesOf(t, written.id);
      expect(
        notices
          .filter((n) => n.kind === 'mention')
          .map((n) => n.recipientId)
          .sort(),
      ).toEqual([joy.id, kit.id].sort());
      expect((await olive.client.error(CONVERSATION, { id: conversation.id })).code).toBe('NOT_FOUND');
      // Editing again tells nobody twice.
      await edit({ body: 'Kit and Olive, again?', mentionedPersonIds: [kit.id, olive.id] });
      expect(await noticesOf(t, written.id)).toHaveLength(notices.length);

      // New words alone keep the mentions; a network added keeps the people; an empty list removes them.
      expect((await edit({ body: 'Only the words change' })).mentionedPeople.map((p) => p.id).sort()).toEqual([kit.id, olive.id].sort());
      const withNetwork = await edit({ body: 'And the coalition', mentionedNetworkIds: [networkId] });
      expect(withNetwork.mentionedPeople).toHaveLength(2);
      expect(withNetwork.mentionedNetworks.map((n) => n.id)).toEqual([networkId]);
      const none = await edit({ body: 'Nobody in particular', mentionedPersonIds: [], mentionedNetworkIds: [] });
      expect([none.mentionedPeople, none.mentionedNetworks]).toEqual([[], []]);
      const stored = await t.app.get<Db>(DB_TOKEN).selectFrom('postMentions').select('postId').where('postId', '=', written.id).execute();
      expect(stored).toEqual([]);
      // Nobody else may change them.
      expect(
        (await faith.client.error(EDIT, { input: { postId: written.id, body: 'x', mentionedPersonIds: [faith.id] } })).extensions?.reason,
      ).toBe('NotPostAuthor');
    });

    it('a members-only network may be mentioned only by someone who may see it (refused alike with a made-up id)', async () => {
      const open = await start(olive, { title: 'Open to all' });
      const hiddenNetwork = await olive.client.error(ADD, {
        input: { conversationId: open.id, body: 'hi', mentionedNetworkIds: [networkId] },
      });
      const madeUp = await olive.client.error(ADD, { input: { conversationId: open.id, body: 'hi', mentionedNetworkIds: [NOWHERE] } });
      expect(hiddenNetwork).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { reason: 'MentionNotFound' } });
      expect(madeUp.message).toBe(hiddenNetwork.message);
    });

    it('a mentioned network tells its facilitators who may read the conversation', async () => {
      const mentioned = await post(mo, {
        conversationId: conversation.id,
        body: 'Over to the coalition',
        mentionedNetworkIds: [networkId],
      });
      expect(await noticesOf(t, mentioned.id)).toContainEqual({ recipientId: faith.id, kind: 'mention' });
    });
  });

  describe('moderation of a gathering’s conversation', () => {
    let conversation: Conversation;
    beforeAll(async () => {
      conversation = await start(ana, { gatheringId, title: 'To moderate' });
    });

    it('only conveners hide a post, with a reason; the hiding is audited, the words kept for moderators', async () => {
      const target = await post(ben, { conversationId: conversation.id, body: 'Something unkind' });
      for (const person of [ana, ben, olive]) {
        const error = await person.client.error(HIDE, { input: { postId: target.id, reason: 'x' } });
        expect(error.code).toBe(person === olive ? 'NOT_FOUND' : 'FORBIDDEN');
      }
      expect((await connor.client.error(HIDE, { input: { postId: target.id, reason: ' ' } })).code).toBe('BAD_USER_INPUT');
      const hidden = (
        await connor.client.data<{ hidePost: { body: string; hidden: { reason: string } } }>(HIDE, {
          input: { postId: target.id, reason: 'Please keep it kind' },
        })
      ).hidePost;
      expect(hidden).toEqual(expect.objectContaining({ body: 'Something unkind', hidden: { reason: 'Please keep it kind' } }));
      const seenByAna = (await posts(ana, conversation.id)).find((p) => p.id === target.id)!;
      expect(seenByAna).toMatchObject({ body: null, hidden: { reason: 'Please keep it kind' } });
      const audit = await t.app
        .get<Db>(DB_TOKEN)
        .selectFrom('auditEvents')
        .select(['actorId', 'action', 'subjectType', 'detail'])
        .where('subjectId', '=', target.id)
        .execute();
      expect(audit).toEqual([
        {
          actorId: connor.id,
          action: 'post_hidden',
          subjectType: 'post',
          detail: { conversationId: conversation.id, reason: 'Please keep it kind' },
        },
      ]);
    });

    it('only conveners lock it; posting to a locked conversation is refused, reading goes on; unlocking opens it again', async () => {
      for (const person of [ana, ben]) {
        const error = await person.client.error(LOCK, { input: { conversationId: conversation.id, locked: true } });
        expect(error).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'NotModerator' } });
      }
      expect((await olive.client.error(LOCK, { input: { conversationId: conversation.id, locked: true } })).code).toBe('NOT_FOUND');
      await connor.client.data(LOCK, { input: { conversationId: conversation.id, locked: true } });
      const refused = await ana.client.error(ADD, { input: { conversationId: conversation.id, body: 'one more thing' } });
      expect(refused).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'Locked' } });
      expect((await posts(ana, conversation.id)).length).toBeGreaterThan(0);
      await connor.client.data(LOCK, { input: { conversationId: conversation.id, locked: false } });
      expect((await post(ana, { conversationId: conversation.id, body: 'one more thing' })).body).toBe('one more thing');
    });

    it('conveners seed the questions to carry on; participants may not', async () => {
      const seeded = await connor.client.data<{ seedConversations: { title: string; isSeeded: boolean }[] }>(SEED, {
        input: { gatheringId, questions: ['How can the convener exit?', ' Who else should be here? '] },
      });
      expect(seeded.seedConversations).toEqual([
        expect.objectContaining({ title: 'How can the convener exit?', isSeeded: true }),
        expect.objectContaining({ title: 'Who else should be here?', isSeeded: true }),
      ]);
      const refused = await ana.client.error(SEED, { input: { gatheringId, questions: ['Mine?'] } });
      expect(refused).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'ConvenersOnly' } });
      expect((await connor.client.error(SEED, { input: { gatheringId, questions: [] } })).code).toBe('BAD_USER_INPUT');
    });
  });

  describe('invitation links', () => {
    it('let someone who was not at the gathering read and post; an unknown code is NOT_FOUND', async () => {
      const conversation = await start(ana, { gatheringId, title: 'Invite your network' });
      const { code } = (
        await ana.client.data<{ createConversationInvitation: { code: string } }>(INVITE, {
          input: { conversationId: conversation.id },
        })
      ).createConversationInvitation;
      expect((await olive.client.error(INVITE, { input: { conversationId: conversation.id } })).code).toBe('NOT_FOUND');
      const guest = await t.newPerson();
      expect((await guest.client.error(CONVERSATION, { id: conversation.id })).code).toBe('NOT_FOUND');
      const joined = await guest.client.data<{ joinConversation: { viewerFollows: boolean } }>(JOIN, { code });
      expect(joined.joinConversation.viewerFollows).toBe(true);
      expect((await post(guest, { conversationId: conversation.id, body: 'Glad to join' })).body).toBe('Glad to join');
      // The invitation lets them into this conversation only.
      const other = await start(ana, { gatheringId, title: 'Another' });
      expect((await guest.client.error(CONVERSATION, { id: other.id })).code).toBe('NOT_FOUND');
      expect((await guest.client.error(JOIN, { code: 'not-a-code' })).code).toBe('NOT_FOUND');
      expect((await t.client().error(JOIN, { code })).code).toBe('UNAUTHENTICATED');
    });
  });

  it('open conversations are for anyone signed in; platform admins moderate them, nobody else', async () => {
    const open = await start(olive, { title: 'Open question' });
    expect(open.kind).toBe('OPEN');
    const stranger = await t.newPerson();
    const reply = await post(stranger, { conversationId: open.id, body: 'Me too' });
    expect((await olive.client.error(HIDE, { input: { postId: reply.id, reason: 'mine' } })).code).toBe('FORBIDDEN');
    const admin = await t.newAdmin();
    expect(
      (await admin.client.data<{ hidePost: { hidden: unknown } }>(HIDE, { input: { postId: reply.id, reason: 'Spam' } })).hidePost.hidden,
    ).toEqual({
      reason: 'Spam',
    });
  });
});
