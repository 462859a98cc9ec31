import type { Logger as TypeOrmLogger } from 'typeorm';

/** A TypeORM logger that only counts statements, for tests that guard against N+1. */
export class QueryCounter implements TypeOrmLogger {
  count = 0;

  /** `counts`: which statements to count (all by default). */
  constructor(private readonly counts: (query: string) => boolean = () => true) {}

  logQuery(query: string): void {
    if (this.counts(query)) this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}

  /** Statements run while `work` runs. */
  async around<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const before = this.count;
    const result = await work();
    return { result, statements: this.count - before };
  }
}
