import { QueryFailedError } from 'typeorm';

/** True for PostgreSQL's unique_violation (23505), optionally on one constraint: from TypeORM (QueryFailedError) or Kysely (pg's own error). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error instanceof QueryFailedError ? error.driverError : error) as { code?: unknown; constraint?: unknown } | null;
  if (typeof driverError !== 'object' || driverError === null) return false;
  return driverError.code === '23505' && (!constraint || driverError.constraint === constraint);
}

/** True for PostgreSQL's exclusion_violation (23P01) on `constraint`: from TypeORM or Kysely. */
export function isExclusionViolation(error: unknown, constraint: string): boolean {
  const driverError = (error instanceof QueryFailedError ? error.driverError : error) as { code?: unknown; constraint?: unknown } | null;
  return typeof driverError === 'object' && driverError !== null && driverError.code === '23P01' && driverError.constraint === constraint;
}

/**
 * SQLSTATEs meaning "the database cannot serve us just now", not "this statement is wrong":
 * class 08 (connection exception), the server shutting down or starting up (57P01 admin_shutdown,
 * 57P02 crash_shutdown, 57P03 cannot_connect_now, 57P05 idle_session_timeout), and 53300 too_many_connections.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '57P05', '53300']);
/** Socket errors from Node when the server is not there (or went away mid-conversation). */
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** node-postgres raises these without a code when a connection ends or cannot be made in time. */
const UNAVAILABLE_MESSAGES =
  /^(Connection terminated( unexpectedly| due to connection timeout)?|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable|Client was closed and is not queryable)$/;

/**
 * True when `error` says the database is unreachable (down, restarting, or the connection was cut),
 * the one place that decides it: from pg, TypeORM (QueryFailedError) or Kysely, including errors
 * wrapped as `cause`, `originalError` or an AggregateError's `errors`.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { code, message, driverError, cause, originalError, errors } = error as Record<string, unknown>;
  if (typeof code === 'string') {
    if (code.startsWith('08') && code.length === 5) return true;
    if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code)) return true;
  }
  if (code === undefined && typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  const inner = [driverError, cause, originalError, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((e) => e !== error && isDatabaseUnavailable(e, depth + 1));
}
