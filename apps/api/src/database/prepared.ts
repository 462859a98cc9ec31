import type { Compilable, CompiledQuery, RawBuilder } from 'kysely';
import type { Executor } from './database.js';

const STAND_IN = '\u0000prepared value ';

/** A query compiled with stand-ins, and which stand-in is which value. */
interface Compiled<R> {
  query: CompiledQuery<R>;
  standIns: string[];
}

/**
 * Compiles the query `build` makes from `standIns`, refusing one that leaves a value out or
 * changes one before binding it (a stand-in trimmed, lowercased or spread into an array would
 * no longer be swapped, and the query would run with the stand-in).
 */
function compileWith<R>(standIns: string[], compile: () => CompiledQuery<R>, describe: (i: number) => string): Compiled<R> {
  const query = compile();
  for (const [i, standIn] of standIns.entries()) {
    if (!query.parameters.includes(standIn)) throw new Error(`a prepared query does not use its value ${describe(i)}`);
  }
  const altered = query.parameters.find((p) =>
    Array.isArray(p)
      ? p.some((e) => typeof e === 'string' && e.includes(STAND_IN))
      : typeof p === 'string' && p.includes(STAND_IN) && !standIns.includes(p),
  );
  if (altered !== undefined)
    throw new Error(`a prepared query changes a value before binding it (${JSON.stringify(altered)}): bind values as they are`);
  return { query, standIns };
}

/** Runs a compiled query with `values` in place of its stand-ins (values the query holds itself stay). */
async function runWith<R>(db: Executor, { query, standIns }: Compiled<R>, values: readonly unknown[]): Promise<R[]> {
  const parameters = query.parameters.map((parameter) => {
    const i = typeof parameter === 'string' ? standIns.indexOf(parameter) : -1;
    return i >= 0 ? values[i] : parameter;
  });
  return (await db.executeQuery<R>({ ...query, parameters })).rows;
}

/**
 * A query built and compiled once, then run with new values: for the hottest
 * paths (joining a room), where building and compiling a Kysely query every
 * time costs more CPU than running it. `build` is given a stand-in for each
 * value, and each stand-in is swapped for the real value in the compiled
 * parameters (values the query holds itself, such as a role's name, stay).
 * Each value must reach the query as a parameter, as it is, not shape it.
 */
export class Prepared<A extends unknown[], R> {
  private compiled: Compiled<R> | null = null;

  constructor(
    private readonly arity: A['length'],
    private readonly build: (...values: A) => Compilable<R>,
  ) {}

  async execute(db: Executor, ...values: A): Promise<R[]> {
    if (!this.compiled) {
      const standIns = Array.from({ length: this.arity }, (_, i) => `${STAND_IN}${i}`);
      this.compiled = compileWith(standIns, () => this.build(...(standIns as A)).compile(), String);
    }
    return runWith(db, this.compiled, values);
  }
}

/**
 * {@link Prepared} for a query that takes a few shapes (a search or none, which filters, which
 * sort, whose eyes): built and compiled once per shape. `shape` must decide everything that
 * changes the statement's text; `values` (by name; an undefined one is left out, and its stand-in
 * is undefined too) reach it only as parameters.
 */
export class PreparedShapes<S, V extends object, R> {
  private readonly shapes = new Map<string, Compiled<R>>();

  constructor(
    private readonly build: (shape: S, standIns: V) => Compilable<R> | RawBuilder<R>,
    // Shapes are few (a product of a handful of choices); past this many, a new one is compiled each time and not kept.
    private readonly maxShapes = 1000,
  ) {}

  async execute(db: Executor, shape: S, values: V): Promise<R[]> {
    const byName = values as Record<string, unknown>;
    const names = Object.keys(byName)
      .filter((name) => byName[name] !== undefined)
      .sort();
    const key = JSON.stringify([shape, names]);
    let compiled = this.shapes.get(key);
    if (!compiled) {
      const standIns = names.map((name) => `${STAND_IN}${name}`);
      const standInValues = Object.fromEntries(names.map((name, i) => [name, standIns[i]])) as unknown as V;
      const compile = () => {
        const query = this.build(shape, standInValues);
        return 'isRawBuilder' in query ? query.compile(db) : query.compile();
      };
      compiled = compileWith(standIns, compile, (i) => names[i]);
      if (this.shapes.size < this.maxShapes) this.shapes.set(key, compiled);
    }
    return runWith(
      db,
      compiled,
      names.map((name) => byName[name]),
    );
  }
}
