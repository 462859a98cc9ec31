// npm run sql:snapshots: rewrites the committed SQL of every @SqlSnapshot
// repository method (modules/**/<name>.repository.sql) from the built API.
import 'reflect-metadata';
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../config/app-config.js';
import { renderSnapshots } from '../database/sql-snapshot.js';

const built = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../modules');
const source = path.join(projectRoot, 'apps', 'api', 'src', 'modules');
const rendered = await renderSnapshots(built, '.js');
for (const stale of (await readdir(source, { recursive: true })).filter((f) => f.endsWith('.repository.sql') && !rendered.has(f)))
  await rm(path.join(source, stale));
for (const [file, text] of rendered) await writeFile(path.join(source, file), text);
console.log(`Wrote ${rendered.size} SQL snapshot file(s).`);
