import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../access/request-context.js';

/** Answers that are the same for everyone signed out, until a version moves. */
export interface PublicAnswers {
  /** Query fields whose whole signed-out answer may be shared (with any sub-selection). */
  rootFields: ReadonlySet<string>;
  /** Moves whenever any of those answers may change. */
  version(): Promise<string>;
  /** Called after every mutation through this process: the next version() must not be older than its writes. */
  invalidate(): void;
}

type Context = GraphQLRequestContext<RequestContext>;

function onlyPublicFields(operation: OperationDefinitionNode | undefined, rootFields: ReadonlySet<string>): boolean {
  if (operation?.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && (rootFields.has(s.name.value) || s.name.value === '__typename') && !s.directives?.length,
  );
}

/**
 * Whole-response caching of signed-out queries that ask only for public fields,
 * with Apollo's response-cache plugin: the key holds the query, its variables
 * and the current version, so a change anywhere shows on the next request.
 * Everything else (signed in, mutations, other fields) runs as usual.
 */
export function publicAnswerCachePlugins(answers: PublicAnswers): ApolloServerPlugin<RequestContext>[] {
  const eligible = new WeakMap<object, boolean>();
  const isEligible = (ctx: Context): boolean => {
    let answer = eligible.get(ctx.request);
    if (answer === undefined) {
      answer = ctx.contextValue.viewer === null && onlyPublicFields(ctx.operation, answers.rootFields);
      eligible.set(ctx.request, answer);
    }
    return answer;
  };
  const policy: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async executionDidStart(ctx) {
          // Cache hints are off for speed; the version in the key does the invalidating.
          if (isEligible(ctx)) ctx.overallCachePolicy.replace({ maxAge: 24 * 60 * 60, scope: 'PUBLIC' });
        },
        async willSendResponse(ctx) {
          // Runs once the mutation's transactions have committed, before its answer leaves.
          if (ctx.operation?.operation === 'mutation') answers.invalidate();
        },
      };
    },
  };
  const responses = ApolloServerPluginResponseCache<RequestContext>({
    sessionId: async () => null,
    extraCacheKeyData: async (ctx) => (isEligible(ctx) ? answers.version() : null),
    shouldReadFromCache: async (ctx) => isEligible(ctx),
    shouldWriteToCache: async (ctx) => isEligible(ctx),
  });
  return [policy, responses];
}
