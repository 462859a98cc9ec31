import type { ApolloServerPlugin } from '@apollo/server';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../../database/pg-errors.js';

/**
 * While the database is out of reach (stopped, restarting, connection cut) every answer that needs it is
 * HTTP 503 with the code SERVICE_UNAVAILABLE and a Retry-After header, on GraphQL and REST alike. Which
 * errors mean that is decided in one place, `isDatabaseUnavailable` (database/pg-errors.ts).
 */
export const RETRY_AFTER_SECONDS = 5;
export const SERVICE_UNAVAILABLE_MESSAGE = 'Weave cannot reach its database just now. Please try again in a few seconds.';

/** The error list of a JSON answer, shaped as every other error answer. */
export const serviceUnavailableBody = () => ({
  errors: [{ message: SERVICE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }],
});

/** Answers a REST request 503 when `error` means the database is away; false (nothing sent) otherwise. */
export function answeredServiceUnavailable(error: unknown, res: Response): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  res.status(503).setHeader('Retry-After', String(RETRY_AFTER_SECONDS)).json(serviceUnavailableBody());
  return true;
}

/**
 * Runs the GraphQL context's own database work (who is signed in): when the database is away the whole
 * request fails before execution, so the error carries its HTTP status and header for Apollo.
 */
export async function orServiceUnavailable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    throw new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
      originalError: error as Error,
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
      },
    });
  }
}

/** An operation whose resolvers met an absent database answers 503 with Retry-After rather than 200. */
export const serviceUnavailablePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (!errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      },
    };
  },
};
