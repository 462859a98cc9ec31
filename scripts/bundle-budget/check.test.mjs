// The budget check itself: it must fail when a route's JavaScript is over its budget.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const check = path.join(import.meta.dirname, 'check.mjs');
const webDist = path.resolve(import.meta.dirname, '../../apps/web/dist');

function run(config, dist, web) {
  const folder = mkdtempSync(path.join(tmpdir(), 'bundle-budget-'));
  const configFile = path.join(folder, 'budget.json');
  writeFileSync(configFile, JSON.stringify(config));
  const options = ['--config', configFile, '--dist', dist, ...(web ? ['--web', web] : [])];
  const { status, stdout, stderr } = spawnSync(process.execPath, [check, ...options], { encoding: 'utf8' });
  return { status, output: stdout + stderr };
}

/** A built app in miniature: an entry importing a shared chunk, and a lazy page importing the same chunk and its own. */
function fakeBuild() {
  const dist = mkdtempSync(path.join(tmpdir(), 'bundle-dist-'));
  mkdirSync(path.join(dist, '.vite'));
  mkdirSync(path.join(dist, 'assets'));
  const random = (size) => Array.from({ length: size }, () => Math.random().toString(36).slice(2)).join('');
  const files = {
    'assets/index.js': random(2000),
    'assets/shared.js': random(2000),
    'assets/Page.js': random(2000),
    'assets/lib.js': random(2000),
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dist, file), text);
  const manifest = {
    'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['src/Page.tsx'] },
    '_shared.js': { file: 'assets/shared.js' },
    '_lib.js': { file: 'assets/lib.js' },
    'src/Page.tsx': { file: 'assets/Page.js', isDynamicEntry: true, imports: ['_shared.js', '_lib.js', 'index.html'] },
  };
  writeFileSync(path.join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
  return dist;
}

test('passes, and prints each route with its figure and budget, when every route is within budget', () => {
  const { status, output } = run({ routes: { page: { page: 'src/Page.tsx', budgetKb: 1000 } } }, fakeBuild());
  assert.equal(status, 0, output);
  // Four files of ~20 KB of random text each: the entry, the shared chunk, the page and its library, counted once each.
  assert.match(output, /^page\s+\d+\.\d KB\s+1000 KB\s+4\s+ok$/m);
});

test('fails, naming the route, when a route is over its budget', () => {
  const { status, output } = run({ routes: { page: { page: 'src/Page.tsx', budgetKb: 10 } } }, fakeBuild());
  assert.equal(status, 1, output);
  assert.match(output, /^page\s+\d+\.\d KB\s+10 KB\s+4\s+OVER$/m);
  assert.match(output, /page: \d+\.\d KB of JavaScript \(gzip\) on a first visit, over its budget of 10 KB/);
});

test('fails when a route names a page the build does not have', () => {
  const { status, output } = run({ routes: { gone: { page: 'src/Gone.tsx', budgetKb: 1000 } } }, fakeBuild());
  assert.equal(status, 1, output);
  assert.match(output, /gone: src\/Gone\.tsx is not a chunk of the build/);
});

test('counts the English messages a feature page declares it loads with it, and fails for a page that declares none', () => {
  const dist = fakeBuild();
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  writeFileSync(path.join(dist, 'assets/demo-messages.js'), 'x'.repeat(100));
  manifest['src/modules/demo/pages/DemoPage.tsx'] = { ...manifest['src/Page.tsx'] };
  manifest['src/i18n/locales/en/demo.ts'] = { file: 'assets/demo-messages.js', isDynamicEntry: true };
  writeFileSync(path.join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
  const web = mkdtempSync(path.join(tmpdir(), 'bundle-web-'));
  mkdirSync(path.join(web, 'src/modules/demo'), { recursive: true });
  const routes = { routes: { demo: { page: 'src/modules/demo/pages/DemoPage.tsx', budgetKb: 1000 } } };
  assert.match(run(routes, dist, web).output, /No lazyPage\(\(\) => import\('\.\/pages\/DemoPage'\)/);
  writeFileSync(path.join(web, 'src/modules/demo/index.ts'), "lazyPage(() => import('./pages/DemoPage'), 'DemoPage', ['demo']);");
  const { status, output } = run(routes, dist, web);
  assert.equal(status, 0, output);
  // The four files of the page, and its messages.
  assert.match(output, /^demo\s+\d+\.\d KB\s+1000 KB\s+5\s+ok$/m);
});

test("counts a file as the API sends it: the build's .gz beside it where there is one", () => {
  const dist = fakeBuild();
  const budget = { routes: { page: { page: 'src/Page.tsx', budgetKb: 1000 } } };
  const before = Number(/^page\s+(\d+\.\d) KB/m.exec(run(budget, dist).output)[1]);
  // The page's library compressed to 1 KB: the route counts 1 KB for it, not its ~20 KB.
  writeFileSync(path.join(dist, 'assets/lib.js.gz'), 'x'.repeat(1024));
  const libKb = readFileSync(path.join(dist, 'assets/lib.js')).length / 1024;
  const after = Number(/^page\s+(\d+\.\d) KB/m.exec(run(budget, dist).output)[1]);
  assert.ok(Math.abs(before - after - (libKb - 1)) < 0.2, `${before} KB -> ${after} KB`);
});

test('counts what a route fetches by itself once shown (thenLoads), and fails when that is not a chunk', () => {
  const dist = fakeBuild();
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  writeFileSync(path.join(dist, 'assets/socket.js'), 'x'.repeat(100));
  manifest['src/socket.ts'] = { file: 'assets/socket.js', isDynamicEntry: true, imports: ['_shared.js'] };
  writeFileSync(path.join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
  const { status, output } = run({ routes: { page: { page: 'src/Page.tsx', budgetKb: 1000, thenLoads: ['src/socket.ts'] } } }, dist);
  assert.equal(status, 0, output);
  // The page's four files and the socket's one (its shared chunk counted once).
  assert.match(output, /^page\s+\d+\.\d KB\s+1000 KB\s+5\s+ok$/m);
  const gone = run({ routes: { page: { page: 'src/Page.tsx', budgetKb: 1000, thenLoads: ['src/gone.ts'] } } }, dist);
  assert.equal(gone.status, 1, gone.output);
  assert.match(gone.output, /page: src\/gone\.ts is not a chunk of the build/);
});

test(
  'fails on the real build when the room page is given a tiny budget',
  { skip: !existsSync(path.join(webDist, '.vite/manifest.json')) && 'no web build' },
  () => {
    const page = 'src/modules/open-space/pages/RoomPage.tsx';
    const { status, output } = run({ routes: { gatheringRoom: { page, budgetKb: 1 } } }, webDist);
    assert.equal(status, 1, output);
    assert.match(output, /^gatheringRoom\s+\d+\.\d KB\s+1 KB\s+\d+\s+OVER$/m);
  },
);
