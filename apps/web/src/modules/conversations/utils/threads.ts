import type { PostFieldsFragment } from '../../../gql/graphql';

/** Posts by number, each once: a newer copy of a post (edited, reacted to, deleted) replaces the older. */
export function mergePosts(shown: readonly PostFieldsFragment[], incoming: readonly PostFieldsFragment[]): PostFieldsFragment[] {
  const byId = new Map(shown.map((post) => [post.id, post]));
  for (const post of incoming) byId.set(post.id, post);
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

export interface Thread {
  post: PostFieldsFragment;
  replies: Thread[];
}

/**
 * The posts as threads: replies under their parent, in order. Pages load in order, so a parent
 * is always loaded before its replies; a reply whose parent is not shown starts its own thread.
 */
export function threadsOf(posts: readonly PostFieldsFragment[]): Thread[] {
  const threads = new Map<string, Thread>(posts.map((post) => [post.id, { post, replies: [] }]));
  const top: Thread[] = [];
  for (const post of [...posts].sort((a, b) => a.seq - b.seq)) {
    const thread = threads.get(post.id)!;
    const parent = post.parentId ? threads.get(post.parentId) : undefined;
    if (parent) parent.replies.push(thread);
    else top.push(thread);
  }
  return top;
}
