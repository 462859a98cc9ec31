import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';

/**
 * The link subscriptions go over: a WebSocket (graphql-ws). Imported by apollo.ts only when the first
 * subscription starts, so no page downloads the socket's client before its first render.
 */
export function createSubscriptionLink(url: string): GraphQLWsLink {
  // lazy: the socket opens only when the first subscription starts.
  return new GraphQLWsLink(createClient({ url, lazy: true }));
}
