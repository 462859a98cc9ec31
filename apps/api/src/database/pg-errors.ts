import { QueryFailedError } from 'typeorm';

/** True for PostgreSQL's unique_violation (23505), optionally on one constraint: from TypeORM (QueryFailedError) or Kysely (pg's own error). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error instanceof QueryFailedError ? error.driverError : error) as { code?: unknown; constraint?: unknown } | null;
  if (typeof driverError !== 'object' || driverError === null) return false;
  return driverError.code === '23505' && (!constraint || driverError.constraint === constraint);
}
