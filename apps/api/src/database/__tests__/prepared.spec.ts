import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type CompiledQuery } from 'kysely';
import type { DB } from '../db.generated.js';
import { Prepared, PreparedShapes } from '../prepared.js';

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

  describe('PreparedShapes', () => {
    let built: string[];
    // Filters by person when given one, by any of `roles` when given them; ordered as `shape` says.
    const query = new PreparedShapes((shape: { newestFirst: boolean }, v: { personId?: string; roles?: string[]; limit: number }) => {
      built.push(JSON.stringify(shape));
      return db
        .selectFrom('roleAssignments')
        .select('id')
        .$if(v.personId !== undefined, (q) => q.where('personId', '=', v.personId!))
        .$if(v.roles !== undefined, (q) => q.where('role', '=', (eb) => eb.fn.any(eb.val(v.roles!))))
        .orderBy('id', shape.newestFirst ? 'desc' : 'asc')
        .limit(v.limit);
    });
    beforeEach(() => {
      built = [];
      sent.length = 0;
    });

    it('builds once per shape and which values are given, and runs each with its own values', async () => {
      await query.execute(db, { newestFirst: true }, { personId: 'ana', limit: 5 });
      await query.execute(db, { newestFirst: true }, { personId: 'ben', roles: undefined, limit: 9 });
      await query.execute(db, { newestFirst: true }, { roles: ['convener'], limit: 5 });
      await query.execute(db, { newestFirst: false }, { personId: 'cai', limit: 1 });
      await query.execute(db, { newestFirst: true }, { roles: ['host', 'convener'], limit: 2 });
      expect(built).toEqual(['{"newestFirst":true}', '{"newestFirst":true}', '{"newestFirst":false}']);
      expect(sent.map((q) => q.parameters)).toEqual([
        ['ana', 5],
        ['ben', 9],
        [['convener'], 5],
        ['cai', 1],
        [['host', 'convener'], 2],
      ]);
      // The same text for the same shape; a different one for another.
      expect(sent[1].sql).toBe(sent[0].sql);
      expect(sent[4].sql).toBe(sent[2].sql);
      expect(sent[3].sql).toContain('asc');
      expect(sent[0].sql).toContain('desc');
    });

    it('answers as building afresh each time would', async () => {
      const asks: [{ newestFirst: boolean }, { personId?: string; roles?: string[]; limit: number }][] = [
        [{ newestFirst: false }, { personId: 'dee', roles: ['host'], limit: 3 }],
        [{ newestFirst: false }, { personId: 'eve', roles: ['convener', 'host'], limit: 4 }],
      ];
      for (const [shape, values] of asks) await query.execute(db, shape, values);
      const fresh = asks.map(([shape, values]) =>
        db
          .selectFrom('roleAssignments')
          .select('id')
          .where('personId', '=', values.personId!)
          .where('role', '=', (eb) => eb.fn.any(eb.val(values.roles!)))
          .orderBy('id', shape.newestFirst ? 'desc' : 'asc')
          .limit(values.limit)
          .compile(),
      );
      expect(sent.map((q) => [q.sql, q.parameters])).toEqual(fresh.map((q) => [q.sql, q.parameters]));
    });

    it('refuses a value changed before it is bound, which would run with the stand-in', async () => {
      const lowered = new PreparedShapes((_: null, v: { name: string }) =>
        db.selectFrom('people').select('id').where('email', '=', v.name.toUpperCase()),
      );
      await expect(lowered.execute(db, null, { name: 'ana' })).rejects.toThrow(/does not use its value name|changes a value/);
      const suffixed = new PreparedShapes((_: null, v: { name: string }) =>
        db.selectFrom('people').select('id').where('email', 'like', `${v.name}%`).where('displayName', '=', v.name),
      );
      await expect(suffixed.execute(db, null, { name: 'ana' })).rejects.toThrow(/changes a value before binding it/);
    });
  });
});
