// Every reason the API can put in extensions.reason (the enums in its features' *.errors.ts and in
// common/errors/common.errors.ts, for the shared machinery: access, validation, the edge) has
// words in the web (reasons.<Reason> in locales/en/reasons.ts; the web's locale test holds Welsh to the same keys).
// Run by `npm run lint`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const errorLists = ['apps/api/src/modules', 'apps/api/src/common/errors'].flatMap((folder) =>
  readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.errors.ts'))
    .map((file) => path.join(root, folder, file)),
);

const apiReasons = errorLists.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^\s+\w+ = '(\w+)',$/gm)].map((match) => match[1]));

// The keys of reasons.ts's top-level `reasons: { ... }` block.
const english = readFileSync(path.join(root, 'apps/web/src/i18n/locales/en/reasons.ts'), 'utf8');
const block = english.slice(english.indexOf('\n  reasons: {'), english.indexOf('\n  },', english.indexOf('\n  reasons: {')));
const worded = new Set([...block.matchAll(/^ {4}(\w+):/gm)].map((match) => match[1]));

test('finds the API’s reasons and the web’s words', () => {
  assert.ok(apiReasons.includes('RoomFull') && apiReasons.includes('EmailLinkSpent'), 'no reasons found in the API');
  assert.ok(apiReasons.includes('SignInRequired') && apiReasons.includes('InvalidId'), 'no reasons found in common/errors');
  assert.ok(worded.has('RoomFull') && worded.has('SignInRequired'), 'no reasons block found in locales/en/reasons.ts');
});

test('the web words every reason the API names', () => {
  assert.deepEqual(
    [...new Set(apiReasons)].filter((reason) => !worded.has(reason)),
    [],
  );
});
