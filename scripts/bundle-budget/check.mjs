#!/usr/bin/env node
// The web app's JavaScript budget, per route: what a first visit to the route downloads (the HTML's
// entry script and its imports, which index.html modulepreloads, plus the route's page chunk and its
// imports, plus the English messages of the namespaces the page loads with it, plus the chunks the
// route's `thenLoads` names: what the page fetches by itself once shown), as the API sends it to a
// browser that takes gzip, must stay within the route's budget in apps/web/bundle-budget.json.
// Reads the build's manifest (vite `build.manifest`), so run it after `npm run build`.
// Usage: node scripts/bundle-budget/check.mjs [--config file] [--dist folder] [--web folder]
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    config: { type: 'string', default: path.join(root, 'apps/web/bundle-budget.json') },
    dist: { type: 'string', default: path.join(root, 'apps/web/dist') },
    // The web app's sources, where each feature declares its pages' messages.
    web: { type: 'string', default: path.join(root, 'apps/web') },
  },
});

const config = JSON.parse(readFileSync(args.config, 'utf8'));
const manifestFile = path.join(args.dist, '.vite/manifest.json');
let manifest;
try {
  manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
} catch {
  console.error(`No build manifest at ${manifestFile}: build the web app first (npm run build --workspace @weave/web).`);
  process.exit(1);
}

const gzipBytes = new Map();
/** A file's size as the API sends it to a browser that takes gzip: the build's .gz beside it, else the file itself. */
function gzipSizeOf(file) {
  if (!gzipBytes.has(file)) {
    const gzipped = path.join(args.dist, `${file}.gz`);
    gzipBytes.set(file, existsSync(gzipped) ? statSync(gzipped).size : statSync(path.join(args.dist, file)).size);
  }
  return gzipBytes.get(file);
}

/** The JavaScript files a chunk needs before it runs: itself and its static imports, transitively. */
function staticClosure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  if (chunk.file.endsWith('.js') && !files.has(chunk.file)) {
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) staticClosure(imported, files);
  }
  return files;
}

/**
 * The namespaces a page's messages are in, as its feature declares them next to the page:
 * `lazyPage(() => import('./pages/RoomPage'), 'RoomPage', ['open-space'])` in src/modules/<feature>/index.ts
 * (a page outside src/modules/<feature>/pages/ brings no feature's messages).
 */
function pageMessages(page) {
  if (!/^src\/modules\/[^/]+\/pages\//.test(page)) return [];
  const indexFile = path.join(args.web, path.dirname(path.dirname(page)), 'index.ts');
  const source = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : '';
  const pageImport = `./pages/${path.basename(page, path.extname(page))}`;
  const declaration = new RegExp(`lazyPage\\(\\s*\\(\\) => import\\('${pageImport}'\\),\\s*'\\w+',\\s*\\[([^\\]]*)\\]`);
  const match = declaration.exec(source);
  if (!match) throw new Error(`No lazyPage(() => import('${pageImport}'), …, [namespaces]) in ${indexFile}`);
  return [...match[1].matchAll(/'([\w-]+)'/g)].map(([, namespace]) => `src/i18n/locales/en/${namespace}.ts`);
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const rows = [];
const problems = [];
for (const [route, { page, budgetKb, targetKb, thenLoads = [] }] of Object.entries(config.routes)) {
  const missing = [page, ...thenLoads].find((key) => !manifest[key]);
  if (missing) {
    problems.push(`${route}: ${missing} is not a chunk of the build (renamed, or no longer loaded lazily?)`);
    continue;
  }
  const files = staticClosure(page, staticClosure(entryKey));
  for (const messages of pageMessages(page)) staticClosure(messages, files);
  // What the page fetches by itself once it shows (graphql-ws for a live page), before anyone clicks.
  for (const key of thenLoads) staticClosure(key, files);
  const bytes = [...files].reduce((sum, file) => sum + gzipSizeOf(file), 0);
  const over = bytes > budgetKb * 1024;
  const verdict = over ? 'OVER' : targetKb && bytes > targetKb * 1024 ? `ok (target ${targetKb} KB)` : 'ok';
  rows.push([route, `${kb(bytes)} KB`, `${budgetKb} KB`, String(files.size), verdict]);
  if (over) problems.push(`${route}: ${kb(bytes)} KB of JavaScript (gzip) on a first visit, over its budget of ${budgetKb} KB`);
}

const header = ['route', 'JS gzip', 'budget', 'files', ''];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
const align = (cell, i) => (i === 0 || i === header.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]));
for (const row of [header, ...rows]) console.log(row.map(align).join('  ').trimEnd());
console.log(`(shared by every route: ${kb([...staticClosure(entryKey)].reduce((sum, file) => sum + gzipSizeOf(file), 0))} KB)`);

if (problems.length > 0) {
  console.error(`\nJavaScript budget exceeded:\n  ${problems.join('\n  ')}`);
  console.error('Load what the route does not need at once lazily, or raise its budget in apps/web/bundle-budget.json with a reason.');
  process.exit(1);
}
console.log('Every route is within its JavaScript budget.');
