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
import { formatError } from '../errors/format-error.js';
import { orServiceUnavailable, serviceUnavailablePlugin } from '../errors/service-unavailable.js';
import { subscribeSharingEvents } from './shared-events.js';

export const GRAPHQL_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 5000, maxTokens: 2000, maxDirectives: 20 };

interface Options {
  isProduction: boolean;
  logger: Logger;
  viewerFor: (req: IncomingMessage) => Promise<Viewer | null>;
  /** Signed-out answers shared by everyone until their version moves. */
  publicAnswers: PublicAnswers | null;
}

type ArmorPlugin = ReturnType<ApolloArmor['protect']>['plugins'][number];

/**
 * graphql-armor reports its token limit through `unexpectedErrorProcessingRequest`,
 * but it rethrows every unexpected error there as a validation error carrying the
 * original message (a driver's SQL, say). Only its own GraphQL errors may pass;
 * anything else stays an internal error, logged and hidden by formatError.
 */
export function onlyOwnErrorsAsValidation(plugin: ArmorPlugin): ArmorPlugin {
  const convert = plugin.unexpectedErrorProcessingRequest;
  if (!convert) return plugin;
  return {
    ...plugin,
    unexpectedErrorProcessingRequest: async (event) => {
      // By name: graphql-armor throws the CommonJS build's GraphQLError.
      if (event.error.name === 'GraphQLError') await convert.call(plugin, event);
    },
  };
}

/** graphql-ws at /graphql; events the same for every subscriber are executed once (see shared-events). */
const subscriptionOptions: SubscriptionConfig & Pick<GqlSubscriptionServiceOptions, 'subscribe'> = {
  'graphql-ws': { path: '/graphql' },
  subscribe: subscribeSharingEvents as GqlSubscriptionServiceOptions['subscribe'],
};

type HttpContext = { req: Request; res: Response };
type WsContext = { extra?: { request?: IncomingMessage } };

/** Apollo settings: limits, CSRF prevention, error policy and the request context. */
export function graphqlOptions({ isProduction, logger, viewerFor, publicAnswers }: Options): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: true },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
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
      ...(protection.plugins.map(onlyOwnErrorsAsValidation) as NonNullable<ApolloDriverConfig['plugins']>),
      // No HTTP caching of GraphQL answers here; skipping the per-field cache hints saves time on large responses.
      ApolloServerPluginCacheControlDisabled(),
      serviceUnavailablePlugin,
      ...((publicAnswers ? publicAnswerCachePlugins(publicAnswers) : []) as NonNullable<ApolloDriverConfig['plugins']>),
    ],
    validationRules: [...protection.validationRules],
    // Nest would turn every answer carrying data back to 200; an absent database must stay 503 (serviceUnavailablePlugin).
    preserveHttpStatusForExecutionErrors: false,
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
      return { req: request, viewer: await viewerFor(request), ip: request.socket.remoteAddress ?? 'unknown' };
    },
  };
}
