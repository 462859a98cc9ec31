import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Each module owns its tables: only its own files name them in SQL, build
// queries on them or use their entities. Everyone else calls what the module
// exports (a predicate, a loader, a method).

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const moduleOf = (file: string): string | null => file.match(/^modules\/([^/]+)\//)?.[1] ?? null;

/** Tables made by migrations without an entity of their own. */
const TABLES_WITHOUT_ENTITY: Record<string, string> = { directory_state: 'networks', rate_limits: 'accounts' };

/**
 * Files that may name every table: the schema itself (entities declare
 * foreign keys), tests (they check what was stored, and their builders write
 * fixtures directly), and the scale seeder, which bulk-writes benchmark
 * fixtures (10,000 networks) as builders do.
 */
const exempt = (file: string) =>
  file.startsWith('database/migrations/') ||
  file.endsWith('.entity.ts') ||
  file === 'database/db.generated.ts' ||
  file === 'database/data-source.ts' ||
  file.startsWith('test/') ||
  file.startsWith('demo/scale/') ||
  file === 'scripts/seed-scale.ts' ||
  /(^|\/)__tests__\//.test(file) ||
  /\.(int-)?spec\.ts$/.test(file);

/**
 * Places that still reach another module's tables, to be moved behind that
 * module's exports (issue 10). The list may only shrink: the test fails on a
 * new reach and on an entry that is no longer true.
 */
const STILL_TO_MOVE: string[] = [];

function sourceFiles(dir = src): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [path.relative(src, full)] : [];
  });
}

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function owners(files: string[]): Map<string, { module: string; entityFile?: string }> {
  const tables = new Map<string, { module: string; entityFile?: string }>(
    Object.entries(TABLES_WITHOUT_ENTITY).map(([table, module]) => [table, { module }]),
  );
  for (const file of files.filter((f) => f.endsWith('.entity.ts'))) {
    const name = readFileSync(path.join(src, file), 'utf8').match(/@Entity\(\{\s*name:\s*'([a-z_]+)'/)?.[1];
    const module = moduleOf(file);
    if (name && module) tables.set(name, { module, entityFile: file });
  }
  return tables;
}

function reaches(text: string, table: string, entityFile?: string): boolean {
  const kysely = new RegExp(
    `\\b(selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto)\\(\\s*['"\`]${camel(table)}\\b`,
  );
  // SQL keywords are written in capitals here, which keeps English prose ("from people") out.
  const raw = new RegExp(`\\b(FROM|JOIN|INTO|UPDATE|TABLE)\\s+"?${table}"?\\b`);
  // Using another module's entity class (an enum from its file is not a table).
  const entity =
    entityFile !== undefined &&
    new RegExp(`import \\{[^}]*\\b[A-Z]\\w*Entity\\b[^}]*\\} from '[^']*/${path.basename(entityFile, '.ts')}\\.js'`).test(text);
  return kysely.test(text) || raw.test(text) || entity;
}

describe('each module owns its tables', () => {
  const files = sourceFiles();
  const tables = owners(files);
  const found = files
    .filter((file) => !exempt(file))
    .flatMap((file) => {
      const text = readFileSync(path.join(src, file), 'utf8');
      return [...tables]
        .filter(([table, owner]) => owner.module !== moduleOf(file) && reaches(text, table, owner.entityFile))
        .map(([table, owner]) => `${file} → ${table} (${owner.module})`);
    })
    .sort();

  it('knows who owns every table the row types list', () => {
    const generated = readFileSync(path.join(src, 'database/db.generated.ts'), 'utf8');
    const listed = [...generated.slice(generated.indexOf('export interface DB {')).matchAll(/^ {2}(\w+): \w+;$/gm)].map((m) => m[1]);
    const unowned = listed.filter((name) => ![...tables.keys()].some((table) => camel(table) === name));
    expect(unowned).toEqual([]);
  });

  it('finds no module reaching into another module’s tables beyond the known list', () => {
    expect(found.filter((reach) => !STILL_TO_MOVE.includes(reach))).toEqual([]);
  });

  it('keeps the known list true (remove entries once they are moved)', () => {
    expect(STILL_TO_MOVE.filter((reach) => !found.includes(reach))).toEqual([]);
  });
});
