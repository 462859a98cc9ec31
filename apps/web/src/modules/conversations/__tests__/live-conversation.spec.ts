import type { ConversationFieldsFragment, ConversationQuery, PostFieldsFragment } from '../../../gql/graphql';
import { conversationReducer } from '../hooks/use-live-conversation';

const post = (seq: number, body = `Post ${seq}`): PostFieldsFragment => ({
  id: `p${seq}`,
  seq,
  parentId: null,
  body,
  isQuestion: false,
  replyCount: 0,
  createdAt: '2026-12-06T10:00:00.000Z',
  editedAt: null,
  deletedAt: null,
  author: null,
  hidden: null,
  mentionedPeople: [],
  mentionedNetworks: [],
  reactions: [],
});
const conversation = (lastSeq: number, viewerLastReadSeq = 0) => ({ id: 'c', lastSeq, viewerLastReadSeq }) as ConversationFieldsFragment;
const first = (posts: PostFieldsFragment[], hasNextPage: boolean, read = 0) =>
  conversationReducer(
    { conversation: null, posts: [], page: { hasNextPage: false, endCursor: null }, readBefore: null },
    {
      type: 'first',
      data: {
        conversation: conversation(posts.length, read),
        posts: { totalCount: 0, pageInfo: { hasNextPage, endCursor: 'x' }, edges: posts.map((node) => ({ node })) },
      } as unknown as ConversationQuery,
    },
  );

describe('a live conversation', () => {
  it('keeps what the reader had read when the page opened, as later reads move the marker on', () => {
    const opened = first([post(1), post(2)], false, 1);
    const again = conversationReducer(opened, {
      type: 'first',
      data: {
        conversation: conversation(2, 2),
        posts: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
      } as unknown as ConversationQuery,
    });
    expect(again.readBefore).toBe(1);
  });

  it('adds a live post at the end once every page is shown, and updates a post already shown', () => {
    const opened = first([post(1), post(2)], false);
    const live = conversationReducer(opened, { type: 'live', conversation: conversation(3), posts: [post(3), post(1, 'edited')] });
    expect(live.posts.map((p) => [p.seq, p.body])).toEqual([
      [1, 'edited'],
      [2, 'Post 2'],
      [3, 'Post 3'],
    ]);
  });

  it('while earlier pages are still to load, a new post waits for "Load more" (so posts stay in order)', () => {
    const opened = first([post(1), post(2)], true);
    const live = conversationReducer(opened, { type: 'live', conversation: conversation(40), posts: [post(40), post(2, 'edited')] });
    expect(live.posts.map((p) => [p.seq, p.body])).toEqual([
      [1, 'Post 1'],
      [2, 'edited'],
    ]);
    expect(live.conversation?.lastSeq).toBe(40);
  });
});
