// Proves the module-boundary rule (boundaries/dependencies in eslint.config.js) fails on a
// deliberate cross-module import: lints lint-fixtures/, where each file named forbidden-* must be
// reported and every other file must pass. Run by `npm run lint`.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(root, 'lint-fixtures');

// `eslint .` ignores the fixtures; here they are linted on purpose.
const eslint = new ESLint({ cwd: root, ignorePatterns: ['!lint-fixtures/**'] });
const results = await eslint.lintFiles([fixtures]);
const reported = new Map(
  results.map((result) => [
    path.relative(fixtures, result.filePath),
    result.messages.filter((message) => message.ruleId === 'boundaries/dependencies'),
  ]),
);

test('the fixtures are linted', () => {
  assert.ok(reported.size >= 20, `only ${reported.size} fixture files were linted`);
  for (const result of results) {
    const other = result.messages.filter((message) => message.ruleId !== 'boundaries/dependencies');
    assert.deepEqual(other, [], `${result.filePath} breaks another rule`);
  }
});

for (const [file, messages] of reported) {
  if (path.basename(file).startsWith('forbidden-')) {
    test(`reports ${file}`, () => assert.equal(messages.length, 1, `expected one boundaries/dependencies error in ${file}`));
  } else {
    test(`allows ${file}`, () =>
      assert.deepEqual(
        messages.map((message) => message.message),
        [],
      ));
  }
}
