import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { createCache } from './apollo-cache';

const GRAPHQL_PATH = '/graphql';

/** ws(s)://<this host>/graphql, matching the page's own scheme. */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${GRAPHQL_PATH}`;
}

export function createApolloClient(): ApolloClient {
  // The session lives in an HttpOnly cookie on this origin.
  const httpLink = new HttpLink({ uri: GRAPHQL_PATH, credentials: 'same-origin' });
  // lazy: the socket opens only when the first subscription starts.
  const wsLink = new GraphQLWsLink(createClient({ url: graphqlWsUrl(window.location), lazy: true }));
  const link = ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, wsLink, httpLink);
  return new ApolloClient({ link, cache: createCache() });
}
