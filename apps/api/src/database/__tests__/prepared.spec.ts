import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type CompiledQuery } from 'kysely';
import type { DB } from '../db.generated.js';
import { Prepared } from '../prepared.js';

describe('Prepared', () => {
  const sent: CompiledQuery[] = [];
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (kysely) => new PostgresIntrospector(kysely),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => void sent.push(event.query),
  });

  it('builds once and runs with each call’s values, keeping the values the query holds itself', async () => {
    let built = 0;
    const query = new Prepared(2, (personId: string, ids: string[]) => {
      built += 1;
      return db
        .selectFrom('roleAssignments')
        .select('id')
        .where('personId', '=', personId)
        .where('role', '=', 'convener')
        .where((eb) => eb('scopeId', '=', eb.fn.any(eb.val(ids))));
    });
    await query.execute(db, 'ana', ['g1', 'g2']);
    await query.execute(db, 'ben', ['g3']);
    expect(built).toBe(1);
    expect(sent.map((q) => q.parameters)).toEqual([
      ['ana', 'convener', ['g1', 'g2']],
      ['ben', 'convener', ['g3']],
    ]);
    expect(sent[0].sql).toBe(sent[1].sql);
  });

  it('refuses a query that leaves one of its values out', async () => {
    const query = new Prepared(1, (_unused: string) => db.selectFrom('roleAssignments').select('id'));
    await expect(query.execute(db, 'ana')).rejects.toThrow(/does not use its value 0/);
  });
});
