// npm run migration:generate -- <name>
// Starts a throwaway PostgreSQL (or uses DATABASE_URL), applies every migration,
// and writes a new migration with whatever the entities still need.
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDataSource, runMigrations } from '../database/data-source.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { schemaDrift } from '../database/schema-drift.js';

const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error('Usage: npm run migration:generate -- <what-changed, in kebab-case>');
  process.exit(2);
}

const sourceDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/database/migrations');
const db = process.env.DATABASE_URL
  ? { url: process.env.DATABASE_URL, stop: async () => undefined }
  : await startEmbeddedPostgres({
      dataDir: path.join(os.tmpdir(), `weave-migrate-${process.pid}-${Date.now()}`),
      database: 'weave',
      persistent: false,
      log: console.warn,
    });
const dataSource = await openDataSource(db.url);
try {
  await runMigrations(dataSource);
  const drift = await schemaDrift(dataSource);
  if (drift.up.length === 0) {
    console.log('Entities and migrations agree: there is nothing to generate.');
  } else {
    const timestamp = Date.now();
    const className = name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()) + timestamp;
    const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(\`${q.replace(/`/g, '\\`')}\`);`).join('\n');
    const file = `${timestamp}-${name}`;
    await writeFile(
      path.join(sourceDir, `${file}.ts`),
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${lines(drift.up)}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${lines(drift.down)}\n  }\n}\n`,
    );
    const indexPath = path.join(sourceDir, 'index.ts');
    const index = await readFile(indexPath, 'utf8');
    const listed =
      index
        .match(/= \[([\s\S]*?)\];/)?.[1]
        .split(/[\s,]+/)
        .filter(Boolean) ?? [];
    const updated = index.replace(/= \[[\s\S]*?\];/, `= [\n${[...listed, className].map((c) => `  ${c},`).join('\n')}\n];`);
    await writeFile(indexPath, `import { ${className} } from './${file}.js';\n${updated}`);
    console.log(`Wrote src/database/migrations/${file}.ts and listed it in index.ts. Read it before committing.`);
  }
} finally {
  await dataSource.destroy();
  await db.stop();
}
