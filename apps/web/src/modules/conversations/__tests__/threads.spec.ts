import type { PostFieldsFragment } from '../../../gql/graphql';
import { mergePosts, threadsOf } from '../utils/threads';

const post = (seq: number, parentSeq: number | null = null, body = `Post ${seq}`): PostFieldsFragment => ({
  id: `p${seq}`,
  seq,
  parentId: parentSeq === null ? null : `p${parentSeq}`,
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

describe('threads', () => {
  it('puts replies under their parents, in order, and starts a thread for a reply whose parent is not shown', () => {
    const threads = threadsOf([post(4, 1), post(1), post(2), post(3, 1), post(5, 3), post(7, 6)]);
    expect(threads.map((t) => t.post.seq)).toEqual([1, 2, 7]);
    expect(threads[0].replies.map((t) => t.post.seq)).toEqual([3, 4]);
    expect(threads[0].replies[0].replies.map((t) => t.post.seq)).toEqual([5]);
  });

  it('merges live posts: new ones join in order, a changed one replaces its older copy', () => {
    const merged = mergePosts([post(1), post(3)], [post(2), post(3, null, 'edited')]);
    expect(merged.map((p) => [p.seq, p.body])).toEqual([
      [1, 'Post 1'],
      [2, 'Post 2'],
      [3, 'edited'],
    ]);
  });
});
