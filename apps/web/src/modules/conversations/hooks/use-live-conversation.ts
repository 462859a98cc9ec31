import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ConversationFieldsFragment, ConversationQuery as ConversationQueryResult, PostFieldsFragment } from '../../../gql/graphql';
import { ConversationQuery } from '../graphql/conversation.query';
import { ConversationUpdatesSubscription } from '../graphql/conversation-updates.subscription';
import { MarkConversationReadMutation } from '../graphql/mark-conversation-read.mutation';
import { PostsQuery } from '../graphql/posts.query';
import { mergePosts } from '../utils/threads';

export const PAGE_SIZE = 30;

interface State {
  conversation: ConversationFieldsFragment | null;
  posts: PostFieldsFragment[];
  page: { hasNextPage: boolean; endCursor: string | null };
  /** What the reader had read when the page opened. */
  readBefore: number | null;
}

type Action =
  | { type: 'first'; data: ConversationQueryResult }
  | { type: 'live'; conversation: ConversationFieldsFragment; posts: PostFieldsFragment[] }
  | { type: 'more'; posts: PostFieldsFragment[]; page: State['page'] }
  | { type: 'posts'; posts: PostFieldsFragment[] }
  | { type: 'conversation'; conversation: ConversationFieldsFragment };

const EMPTY: State = { conversation: null, posts: [], page: { hasNextPage: false, endCursor: null }, readBefore: null };

export function conversationReducer(state: State, action: Action): State {
  switch (action.type) {
    case 'first':
      return {
        conversation: action.data.conversation,
        posts: action.data.posts.edges.map((edge) => edge.node),
        page: action.data.posts.pageInfo,
        readBefore: state.readBefore ?? action.data.conversation.viewerLastReadSeq,
      };
    case 'live': {
      // New posts join once every earlier page is shown; until then "Load more" brings them, in order.
      const posts = action.posts.filter((post) => !state.page.hasNextPage || state.posts.some((shown) => shown.id === post.id));
      return { ...state, conversation: action.conversation, posts: mergePosts(state.posts, posts) };
    }
    case 'more':
      return { ...state, posts: mergePosts(state.posts, action.posts), page: action.page };
    case 'posts':
      return { ...state, posts: mergePosts(state.posts, action.posts) };
    case 'conversation':
      return { ...state, conversation: action.conversation };
  }
}

/**
 * A conversation kept live: the first page, more pages on request, then each new or changed post
 * as conversationUpdates sends it. What the reader had read when the page opened is kept, to mark
 * what is new; the marker on the server moves on to the last post shown.
 */
export function useLiveConversation(conversationId: string) {
  const client = useApolloClient();
  const query = useQuery(ConversationQuery, { variables: { id: conversationId, first: PAGE_SIZE }, fetchPolicy: 'no-cache' });
  const [state, dispatch] = useReducer(conversationReducer, EMPTY);
  const { conversation, posts, page, readBefore } = state;
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>();
  const [markRead] = useMutation(MarkConversationReadMutation);
  const marked = useRef(0);

  useEffect(() => {
    if (query.data) dispatch({ type: 'first', data: query.data });
  }, [query.data]);

  useSubscription(ConversationUpdatesSubscription, {
    variables: { conversationId },
    fetchPolicy: 'no-cache',
    skip: !query.data,
    onData: ({ data }) => {
      const update = data.data?.conversationUpdates;
      if (!update) return;
      dispatch({ type: 'live', conversation: update.conversation, posts: update.posts });
    },
  });

  // Everything shown counts as read.
  const lastShown = posts.at(-1)?.seq ?? 0;
  useEffect(() => {
    if (lastShown > marked.current && conversation && lastShown > conversation.viewerLastReadSeq) {
      marked.current = lastShown;
      void markRead({ variables: { input: { conversationId, seq: lastShown } } }).catch(() => undefined);
    }
  }, [lastShown, conversation, conversationId, markRead]);

  const loadMore = useCallback(async () => {
    if (!page.endCursor) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const result = await client.query({
        query: PostsQuery,
        variables: { id: conversationId, first: PAGE_SIZE, after: page.endCursor },
        fetchPolicy: 'no-cache',
      });
      if (result.data) {
        dispatch({ type: 'more', posts: result.data.posts.edges.map((edge) => edge.node), page: result.data.posts.pageInfo });
      }
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  }, [client, conversationId, page.endCursor]);

  /** A post this person just wrote or changed, shown at once (the live update brings the same). */
  const showPost = useCallback((post: PostFieldsFragment) => dispatch({ type: 'posts', posts: [post] }), []);
  const setConversation = useCallback(
    (changed: ConversationFieldsFragment) => dispatch({ type: 'conversation', conversation: changed }),
    [],
  );

  return {
    conversation,
    posts,
    readBefore: readBefore ?? 0,
    hasMore: page.hasNextPage,
    loadMore,
    loadingMore,
    moreError,
    showPost,
    setConversation,
    loading: query.loading && !query.data,
    error: query.error,
    refetch: query.refetch,
  };
}
