// One Node version, said the same way everywhere: package.json engines.node (root and every
// workspace) is what the installed dependencies need, no looser; .nvmrc's major satisfies it; the
// README and the Dockerfile name that major. Run by `npm run lint`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file) => readFileSync(path.join(root, file), 'utf8');
const readJson = (file) => JSON.parse(read(file));

const engines = readJson('package.json').engines?.node;
const major = read('.nvmrc').trim();

/** Every package.json under node_modules (nested ones too), with its name, version and engines.node. */
function installedEngines(folder = path.join(root, 'node_modules'), found = []) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === '.bin') continue;
    const dir = path.join(folder, entry.name);
    if (entry.name.startsWith('@')) {
      installedEngines(dir, found);
      continue;
    }
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (typeof pkg.engines?.node === 'string') found.push({ name: `${pkg.name}@${pkg.version}`, range: pkg.engines.node });
    } catch {
      // not a package (or no package.json): nothing to check
    }
    try {
      installedEngines(path.join(dir, 'node_modules'), found);
    } catch {
      // no nested node_modules
    }
  }
  return found;
}

test('every workspace declares the root’s engines.node', () => {
  assert.ok(semver.validRange(engines), `package.json engines.node is not a range: ${engines}`);
  for (const workspace of ['apps/api', 'apps/web', 'apps/web-e2e']) {
    assert.equal(readJson(`${workspace}/package.json`).engines?.node, engines, `${workspace}/package.json engines.node`);
  }
});

test('engines.node is no looser than what the installed dependencies need', () => {
  const dependencies = installedEngines();
  assert.ok(dependencies.length > 100, 'found too few installed packages: run npm ci first');
  // The lowest Node each branch of the range allows must run every dependency.
  for (const branch of new semver.Range(engines).set) {
    const lowest = semver.minVersion(new semver.Range(branch.map((comparator) => comparator.value).join(' ')));
    const refusing = dependencies.filter(({ range }) => !semver.satisfies(lowest, range)).map(({ name, range }) => `${name} (${range})`);
    assert.deepEqual(refusing, [], `engines.node allows Node ${lowest}, which these dependencies refuse`);
  }
});

test('.nvmrc, the README and the Dockerfile name the same Node', () => {
  assert.match(major, /^\d+$/, '.nvmrc holds a major version');
  assert.ok(semver.intersects(`${major}.x`, engines), `.nvmrc's Node ${major} does not satisfy engines.node ${engines}`);
  assert.match(read('README.md'), new RegExp(`Node\\.js ${major}\\b`), `the README names Node.js ${major}`);
  for (const from of read('Dockerfile').matchAll(/^FROM node:(\S+)/gm))
    assert.match(from[1], new RegExp(`^${major}\\b`), `Dockerfile FROM node:${from[1]}`);
});
