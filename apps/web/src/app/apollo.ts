import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { concatMap, from } from 'rxjs';
import { preloadMessages } from '../i18n/i18n';
import { createCache } from './apollo-cache';

const GRAPHQL_PATH = '/graphql';

/** ws(s)://<this host>/graphql, matching the page's own scheme. */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${GRAPHQL_PATH}`;
}

/**
 * The words for the API's refusals (src/i18n/locales/<language>/reasons.ts) are downloaded the first
 * time one comes back, before the page reads it: no first visit pays for them, and no one sees the
 * server's English where the web has words of its own. (A failure to reach the API words itself.)
 */
export const reasonWordsLink = new ApolloLink((operation, forward) =>
  forward(operation).pipe(
    concatMap((result) => (result.errors?.length ? from(preloadMessages(['reasons']).then(() => result)) : [result])),
  ),
);

export function createApolloClient(): ApolloClient {
  // The session lives in an HttpOnly cookie on this origin.
  const httpLink = new HttpLink({ uri: GRAPHQL_PATH, credentials: 'same-origin' });
  // lazy: the socket opens only when the first subscription starts.
  const wsLink = new GraphQLWsLink(createClient({ url: graphqlWsUrl(window.location), lazy: true }));
  const link = ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, wsLink, httpLink);
  return new ApolloClient({ link: ApolloLink.from([reasonWordsLink, link]), cache: createCache() });
}
