import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CamelCasePlugin,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
} from 'kysely';
import type { Viewer } from '../../../../common/access/request-context.js';
import type { DB } from '../../../../database/db.generated.js';
import { LifecycleStage, NetworkSort, Sector } from '../../network.enums.js';
import { DirectorySearchRepository } from '../directory-search.repository.js';

// The directory's statements are its hot path: their SQL is committed in
// queries/directory-search.sql, so a change to it shows in review. After a
// deliberate change: UPDATE_SQL=1 npx jest directory-search.sql.

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../queries/directory-search.sql');

// Compiles as the application's Db does (database.ts): PostgreSQL, camelCase in TypeScript.
const db = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
  plugins: [new CamelCasePlugin({ maintainNestedObjectKeys: true })],
});
const directory = new DirectorySearchRepository(db);

const member: Viewer = { personId: '00000000-0000-4000-8000-000000000001', sessionId: 'sql', isPlatformAdmin: false };
const searched = {
  search: 'food bank',
  filter: { themes: ['Food'], sectors: [Sector.VOLUNTARY_SECTOR], lifecycleStages: [LifecycleStage.ACTIVE] },
};

const statements: [string, CompiledQuery][] = [
  ['page: signed out, by name, first 21', directory.pageQuery({ sort: NetworkSort.NAME }, null, 0, 21).compile()],
  [
    'page: signed in, searched and filtered, by relevance',
    directory.pageQuery({ ...searched, sort: NetworkSort.RELEVANCE }, member, 20, 21).compile(),
  ],
  ['page: by size', directory.pageQuery({ sort: NetworkSort.SIZE }, null, 0, 21).compile()],
  ['facets: signed out', directory.facetsQuery({}, null).compile(db)],
  ['facets: signed in, searched and filtered', directory.facetsQuery(searched, member).compile(db)],
];

const written = statements
  .map(([name, query]) => `-- ${name}\n${query.sql};\n-- parameters: ${JSON.stringify(query.parameters)}\n`)
  .join('\n');

describe('the directory SQL', () => {
  it('is the SQL committed in queries/directory-search.sql', () => {
    if (process.env.UPDATE_SQL) writeFileSync(file, written);
    expect(written).toBe(readFileSync(file, 'utf8'));
  });
});
