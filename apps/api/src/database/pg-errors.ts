import { QueryFailedError } from 'typeorm';

/**
 * True for PostgreSQL's unique_violation (23505), optionally on one constraint:
 * from TypeORM (a QueryFailedError wrapping pg's error) or from Kysely (pg's own error).
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError: unknown = error instanceof QueryFailedError ? error.driverError : error;
  if (typeof driverError !== 'object' || driverError === null) return false;
  const { code, constraint: violated } = driverError as { code?: unknown; constraint?: unknown };
  return code === '23505' && (!constraint || violated === constraint);
}
