import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { GqlSubscriptionServiceOptions, SubscriptionConfig } from '@nestjs/graphql';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { RequestContext, Viewer } from '../access/request-context.js';
import { publicAnswerCachePlugins, type PublicAnswers } from './public-answer-cache.js';
import { CommonError, commonError } from '../errors/common.errors.js';
import { formatError } from '../errors/format-error.js';
import { orServiceUnavailable, serviceUnavailablePlugin } from '../errors/service-unavailable.js';
import { subscribeSharingEvents } from './shared-events.js';

export const GRAPHQL_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 5000, maxTokens: 2000, maxDirectives: 20 };

interface Options {
  isProduction: boolean;
  logger: Logger;
  viewerFor: (req: IncomingMessage) => Promise<Viewer | null>;
  /** Who sent a websocket's upgrade request, under TRUST_PROXY (common/http/client-address.ts). */
  clientAddress: (req: IncomingMessage) => string;
  /** Signed-out answers shared by everyone until their version moves. */
  publicAnswers: PublicAnswers | null;
}

type Plugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * Subscriptions run over the websocket (graphql-ws); over HTTP, Apollo would
 * execute one as a query and fail on the stream it returns. Refuse it instead.
 */
export const subscriptionsOverWebsocketOnly: Plugin = {
  requestDidStart: async () => ({
    didResolveOperation: async ({ operation }) => {
      if (operation?.operation !== 'subscription') return;
      const error = commonError(CommonError.UseWebsocket);
      error.extensions.http = { status: 400 };
      throw error;
    },
  }),
};

/** graphql-ws at /graphql; events the same for every subscriber are executed once (see shared-events). */
const subscriptionOptions: SubscriptionConfig & Pick<GqlSubscriptionServiceOptions, 'subscribe'> = {
  'graphql-ws': { path: '/graphql' },
  subscribe: subscribeSharingEvents as GqlSubscriptionServiceOptions['subscribe'],
};

type HttpContext = { req: Request; res: Response };
type WsContext = { extra?: { request?: IncomingMessage } };

/** Apollo settings: limits, CSRF prevention, error policy and the request context. */
export function graphqlOptions({ isProduction, logger, viewerFor, clientAddress, publicAnswers }: Options): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: true },
    // The token limit is GraphQL's own parse option (parseOptions below): armor's
    // parses a second time in a hook Apollo treats as a crash, so every syntax error was a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // Suggestions ("did you mean …?") only help people exploring the schema.
    blockFieldSuggestion: { enabled: isProduction },
  });
  const protection = armor.protect();

  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: !isProduction,
    introspection: !isProduction,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    logger: logger.child({ component: 'apollo' }),
    // graphql-armor's types come from Apollo's CommonJS build; the objects are the same.
    plugins: [
      ...(protection.plugins as NonNullable<ApolloDriverConfig['plugins']>),
      subscriptionsOverWebsocketOnly,
      // No HTTP caching of GraphQL answers here; skipping the per-field cache hints saves time on large responses.
      ApolloServerPluginCacheControlDisabled(),
      serviceUnavailablePlugin,
      ...((publicAnswers ? publicAnswerCachePlugins(publicAnswers) : []) as NonNullable<ApolloDriverConfig['plugins']>),
    ],
    validationRules: [...protection.validationRules],
    // Nest would turn every answer carrying data back to 200; an absent database must stay 503 (serviceUnavailablePlugin).
    preserveHttpStatusForExecutionErrors: false,
    // A syntax error, or a document over the token limit, is a 400 with BAD_USER_INPUT (see formatError).
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    subscriptions: subscriptionOptions,
    formatError: (formatted, error) =>
      formatError(formatted, error, (unexpected) => logger.error({ err: unexpected }, 'unexpected error in a GraphQL operation')),
    context: async (ctx: HttpContext | WsContext): Promise<RequestContext> => {
      if ('req' in ctx && ctx.req) {
        const viewer = await orServiceUnavailable(() => viewerFor(ctx.req));
        return { req: ctx.req, res: ctx.res, viewer, ip: ctx.req.ip ?? 'unknown' };
      }
      const request = (ctx as WsContext).extra?.request;
      if (!request) throw new Error('GraphQL context without a request');
      // Behind a proxy the socket is the proxy's: the client is found as Express finds it for HTTP.
      return { req: request, viewer: await viewerFor(request), ip: clientAddress(request) };
    },
  };
}
