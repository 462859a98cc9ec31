import { QueryFailedError } from 'typeorm';

/** True for PostgreSQL's unique_violation (23505), optionally on one constraint: through TypeORM, or pg's own error (Kysely). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  if (typeof driverError !== 'object' || driverError === null) return false;
  const { code, constraint: violated } = driverError as { code?: unknown; constraint?: unknown };
  return code === '23505' && (!constraint || violated === constraint);
}
