import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../../database/pg-errors.js';
import { AppError, ERROR_CODES, type ErrorCode } from './app-error.js';
import { SERVICE_UNAVAILABLE_MESSAGE } from './service-unavailable.js';
import { CommonError } from './common.errors.js';

export const INTERNAL_MESSAGE = 'Something went wrong on our side. Please try again; if it keeps happening, let us know.';

const statusCodes: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'BAD_USER_INPUT',
  429: 'TOO_MANY_REQUESTS',
};

// Errors GraphQL itself raises before any resolver runs: malformed or invalid
// documents (including the depth, alias and cost limits) and bad variables.
const requestCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function isKnownCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

/**
 * The last word on what a client sees: a code from ERROR_CODES, a message for
 * a person, and never a stack trace, SQL or driver message.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logUnexpected: (error: unknown) => void,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (isDatabaseUnavailable(original)) {
    return { message: SERVICE_UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }

  if (original instanceof AppError) {
    // `http` sets the status of an answer refused before execution; it is not for the client.
    const { http: _status, ...extensions } = original.extensions;
    return { ...base, message: original.message, extensions };
  }
  if (original instanceof HttpException) {
    const code = statusCodes[original.getStatus()];
    if (code) return { ...base, message: original.message, extensions: { code } };
  }
  // A GraphQLError with no underlying error comes from GraphQL's own parsing,
  // validation or variable coercion; its message speaks about the request.
  // Its reason is one our scalars give (InvalidId); otherwise the request itself is at fault.
  if (original instanceof GraphQLError && !original.originalError) {
    const given = original.extensions?.code;
    const code = isKnownCode(given) && given !== 'INTERNAL_SERVER_ERROR' ? given : undefined;
    if (code || given === undefined || requestCodes.has(String(given))) {
      const reason = original.extensions?.reason ?? (code && code !== 'BAD_USER_INPUT' ? undefined : CommonError.InvalidRequest);
      return { ...base, extensions: { code: code ?? 'BAD_USER_INPUT', ...(reason ? { reason } : {}) } };
    }
  }
  logUnexpected(original);
  return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
