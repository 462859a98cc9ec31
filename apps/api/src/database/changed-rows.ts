import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs an UPDATE or DELETE … RETURNING and gives its rows. (TypeORM's query()
 * answers those with [rows, rowCount] rather than the rows, unlike SELECT and INSERT.)
 */
export async function changedRows<T>(runner: EntityManager | DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const result: unknown = await runner.query(sql, params);
  const isPair = Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
  return (isPair ? result[0] : result) as T[];
}
