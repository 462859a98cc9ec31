#!/usr/bin/env node
// Part of the API's build: copies the SQL files under src/ (the database
// functions migrations load, src/database/functions) to the same place under
// dist/, beside the compiled code that reads them.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.join(root, 'src');
const to = path.join(root, 'dist');

for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.sql')) continue;
  const source = path.join(entry.parentPath, entry.name);
  const target = path.join(to, path.relative(from, source));
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(source, target);
}
