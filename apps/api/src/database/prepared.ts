import type { Compilable, CompiledQuery } from 'kysely';
import type { Executor } from './database.js';

/**
 * A query built and compiled once, then run with new values: for the hottest
 * paths (joining a room), where building and compiling a Kysely query every
 * time costs more CPU than running it. `build` is given a stand-in for each
 * value, and each stand-in is swapped for the real value in the compiled
 * parameters (values the query holds itself, such as a role's name, stay).
 * Each value must reach the query as a parameter, not shape it.
 */
export class Prepared<A extends unknown[], R> {
  private compiled: { query: CompiledQuery<R>; standIns: string[] } | null = null;

  constructor(
    private readonly arity: A['length'],
    private readonly build: (...values: A) => Compilable<R>,
  ) {}

  async execute(db: Executor, ...values: A): Promise<R[]> {
    this.compiled ??= this.compile();
    const { query, standIns } = this.compiled;
    const parameters = query.parameters.map((parameter) => {
      const i = typeof parameter === 'string' ? standIns.indexOf(parameter) : -1;
      return i >= 0 ? values[i] : parameter;
    });
    return (await db.executeQuery<R>({ ...query, parameters })).rows;
  }

  private compile(): { query: CompiledQuery<R>; standIns: string[] } {
    const standIns = Array.from({ length: this.arity }, (_, i) => `\u0000prepared value ${i}`);
    const query = this.build(...(standIns as A)).compile();
    for (const standIn of standIns) {
      if (!query.parameters.includes(standIn)) throw new Error(`a prepared query does not use its value ${standIns.indexOf(standIn)}`);
    }
    return { query, standIns };
  }
}
