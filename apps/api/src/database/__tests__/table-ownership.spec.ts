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

/** Files that may name every table: the schema itself (entities declare foreign keys), and tests, which check what was stored. */
const exempt = (file: string) =>
  file.startsWith('database/migrations/') ||
  file.endsWith('.entity.ts') ||
  file === 'database/db.generated.ts' ||
  file === 'database/data-source.ts' ||
  file.startsWith('test/') ||
  /(^|\/)__tests__\//.test(file) ||
  /\.(int-)?spec\.ts$/.test(file);

/**
 * Places that still reach another module's tables, to be moved behind that
 * module's exports (issue 10). The list may only shrink: the test fails on a
 * new reach and on an entry that is no longer true.
 */
const STILL_TO_MOVE: string[] = [
  'demo/demo-gatherings.ts → networks (networks)',
  'demo/demo-gatherings.ts → registrations (gatherings)',
  'demo/demo-seed.ts → people (accounts)',
  'demo/scale/scale-seeder.ts → network_memberships (networks)',
  'demo/scale/scale-seeder.ts → networks (networks)',
  'demo/scale/scale-seeder.ts → people (accounts)',
  'demo/scale/scale-seeder.ts → role_assignments (roles)',
  'modules/calendar/calendar.service.ts → people (accounts)',
  'modules/gatherings/delegates.service.ts → networks (networks)',
  'modules/gatherings/delegates.service.ts → people (accounts)',
  'modules/gatherings/delegates.service.ts → role_assignments (roles)',
  'modules/gatherings/gatherings.service.ts → networks (networks)',
  'modules/gatherings/gatherings.service.ts → people (accounts)',
  'modules/gatherings/gatherings.service.ts → role_assignments (roles)',
  'modules/gatherings/invitations.service.ts → people (accounts)',
  'modules/gatherings/registrations.service.ts → networks (networks)',
  'modules/gatherings/registrations.service.ts → people (accounts)',
  'modules/gatherings/whos-missing.service.ts → network_memberships (networks)',
  'modules/gatherings/whos-missing.service.ts → networks (networks)',
  'modules/networks/csv/network-import.service.ts → role_assignments (roles)',
  'modules/networks/network-claims.service.ts → role_assignments (roles)',
  'modules/networks/network-roles.service.ts → people (accounts)',
  'modules/networks/network-roles.service.ts → role_assignments (roles)',
  'modules/networks/network-visibility.ts → role_assignments (roles)',
  'modules/networks/networks.service.ts → role_assignments (roles)',
  // The room-entry check and a session's lookup read the gathering's status in the same statement
  // (joining a room is the busiest request); they wait for a gatherings fragment for it.
  'modules/open-space/rooms.repository.ts → gatherings (gatherings)',
  'modules/open-space/sessions.repository.ts → gatherings (gatherings)',
  'scripts/admin.ts → people (accounts)',
  'scripts/seed-scale.ts → networks (networks)',
];

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
