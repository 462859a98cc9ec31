import { DB_TOKEN, type Db } from '../../../database/database.js';
import type { TestApp, TestPerson } from '../../../test/test-app.js';

// What the conversations tests share: their operations, and fixtures written straight into the database.

export const POST_FIELDS = `id seq parentId body isQuestion replyCount editedAt deletedAt author { id displayName }
  hidden { reason } mentionedPeople { id displayName } mentionedNetworks { id name } reactions { reaction count mine }`;
export const CONVERSATION_FIELDS = `id kind title lockedAt postCount lastSeq viewerFollows viewerModerates viewerLastReadSeq unreadCount
  gathering { id name } session { id name } network { id name }`;

export const START = `mutation($input: StartConversationInput!) { startConversation(input: $input) { ${CONVERSATION_FIELDS} } }`;
export const CONVERSATION = `query($id: UUID!) { conversation(id: $id) { ${CONVERSATION_FIELDS} } }`;
export const CONVERSATIONS = `query($gatheringId: UUID, $networkId: UUID, $following: Boolean, $first: Int, $after: String) {
  conversations(gatheringId: $gatheringId, networkId: $networkId, following: $following, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title unreadCount } } } }`;
export const POSTS = `query($id: UUID!, $first: Int, $after: String) { posts(conversationId: $id, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ${POST_FIELDS} } } } }`;
export const ADD = `mutation($input: AddPostInput!) { addPost(input: $input) { ${POST_FIELDS} } }`;
export const EDIT = `mutation($input: EditPostInput!) { editPost(input: $input) { ${POST_FIELDS} } }`;
export const DELETE = `mutation($input: PostIdInput!) { deletePost(input: $input) { ${POST_FIELDS} } }`;
export const HIDE = `mutation($input: HidePostInput!) { hidePost(input: $input) { ${POST_FIELDS} } }`;
export const REACT = `mutation($input: ReactInput!) { reactToPost(input: $input) { ${POST_FIELDS} } }`;
export const HISTORY = `query($id: UUID!) { postHistory(postId: $id) { body writtenAt editedAt } }`;
export const LOCK = `mutation($input: SetConversationLockedInput!) { setConversationLocked(input: $input) { id lockedAt } }`;
export const FOLLOW = `mutation($input: FollowConversationInput!) { followConversation(input: $input) { id viewerFollows } }`;
export const READ = `mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) { id viewerLastReadSeq unreadCount } }`;
export const INVITE = `mutation($input: ConversationIdInput!) { createConversationInvitation(input: $input) { code conversationTitle } }`;
export const JOIN = `mutation($code: String!) { joinConversation(code: $code) { id viewerFollows } }`;
export const SEED = `mutation($input: SeedConversationsInput!) { seedConversations(input: $input) { id title isSeeded } }`;
export const MENTIONABLES = `query($id: UUID!, $search: String) { mentionables(conversationId: $id, search: $search) { people { id displayName } networks { id name } } }`;

export type Post = {
  id: string;
  seq: number;
  parentId: string | null;
  body: string | null;
  replyCount: number;
  editedAt: string | null;
  deletedAt: string | null;
  author: { id: string; displayName: string } | null;
  hidden: { reason: string } | null;
  mentionedPeople: { id: string }[];
  mentionedNetworks: { id: string; name: string }[];
  reactions: { reaction: string; count: number; mine: boolean }[];
};
export type Conversation = {
  id: string;
  kind: string;
  title: string;
  lockedAt: string | null;
  postCount: number;
  lastSeq: number;
  viewerFollows: boolean;
  viewerModerates: boolean;
  viewerLastReadSeq: number;
  unreadCount: number;
  gathering: { id: string; name: string } | null;
  session: { id: string; name: string } | null;
  network: { id: string; name: string } | null;
};

export async function start(person: TestPerson, input: Record<string, unknown>): Promise<Conversation> {
  return (await person.client.data<{ startConversation: Conversation }>(START, { input: { body: 'Where next?', ...input } }))
    .startConversation;
}

export async function post(person: TestPerson, input: Record<string, unknown>): Promise<Post> {
  return (await person.client.data<{ addPost: Post }>(ADD, { input })).addPost;
}

export async function posts(person: TestPerson, conversationId: string, first = 50): Promise<Post[]> {
  const page = await person.client.data<{ posts: { edges: { node: Post }[] } }>(POSTS, { id: conversationId, first });
  return page.posts.edges.map((e) => e.node);
}

/** A current role, as accepting an invitation leaves it. */
export async function grantRole(t: TestApp, person: Pick<TestPerson, 'id'>, scope: 'network' | 'gathering', scopeId: string, role: string) {
  await t.app.get<Db>(DB_TOKEN).insertInto('roleAssignments').values({ personId: person.id, scopeType: scope, scopeId, role }).execute();
}

/** The notifications stored about post `postId`: who was told, and how. */
export async function noticesOf(t: TestApp, postId: string): Promise<{ recipientId: string; kind: string }[]> {
  return t.app
    .get<Db>(DB_TOKEN)
    .selectFrom('notifications')
    .select(['recipientId', 'kind'])
    .where('eventKey', '=', `post:${postId}`)
    .execute();
}

/** A gathering convened by `convener` with `participants` registered. */
export async function gatheringWith(t: TestApp, convener: TestPerson, participants: TestPerson[], options: { status?: string } = {}) {
  const gathering = await t.build.gathering(convener, options as never);
  for (const person of participants) await t.build.registration(person, gathering);
  return gathering;
}
