import { GraphQLError } from 'graphql';

/** The codes a client can see, and nothing else. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  /** The database is out of reach for a moment (HTTP 503 with Retry-After); trying again shortly will do. */
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field name → a message a person can act on, shown next to that field. */
export type FieldErrors = Record<string, string>;

/**
 * An error meant for the client: its message is written for a person and its
 * code tells the client what kind of problem it is. Anything else thrown
 * inside a resolver is logged and reported as INTERNAL_SERVER_ERROR.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: { fields?: FieldErrors; [key: string]: unknown } = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badUserInput = (fields: FieldErrors, message = 'Some of the details need another look.') =>
  new AppError('BAD_USER_INPUT', message, { fields });

export const unauthenticated = (message = 'Please sign in to do that.') => new AppError('UNAUTHENTICATED', message);

export const forbidden = (message = 'You do not have permission to do that.') => new AppError('FORBIDDEN', message);

export const notFound = (what: string) => new AppError('NOT_FOUND', `We could not find that ${what}.`);

export const conflict = (message: string, fields?: FieldErrors) => new AppError('CONFLICT', message, fields ? { fields } : {});

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
