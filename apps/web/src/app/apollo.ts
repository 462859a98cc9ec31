import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { concatMap, defer, from, mergeMap } from 'rxjs';
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

/**
 * A link downloaded when the first operation goes through it (once; again after a failed download),
 * so the code behind it is not part of any page's first visit.
 */
export function onDemandLink(load: () => Promise<ApolloLink>): ApolloLink {
  let loading: Promise<ApolloLink> | undefined;
  const loaded = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return new ApolloLink((operation, forward) => defer(loaded).pipe(mergeMap((link) => link.request(operation, forward))));
}

export function createApolloClient(): ApolloClient {
  // The session lives in an HttpOnly cookie on this origin.
  const httpLink = new HttpLink({ uri: GRAPHQL_PATH, credentials: 'same-origin' });
  // The WebSocket's client (graphql-ws) comes with the first subscription, after the page's first render.
  const wsLink = onDemandLink(() =>
    import('./subscription-link').then((module) => module.createSubscriptionLink(graphqlWsUrl(window.location))),
  );
  const link = ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, wsLink, httpLink);
  return new ApolloClient({ link: ApolloLink.from([reasonWordsLink, link]), cache: createCache() });
}
