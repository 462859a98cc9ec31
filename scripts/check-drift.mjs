#!/usr/bin/env node
// Regenerates what is generated and fails if the committed copy differs:
// the GraphQL SDL the API emits, and the web app's typed documents.
// The database's row types (kysely-codegen) are checked against a freshly
// migrated database; entities against migrations by apps/api schema.int-spec.ts.
import { execSync } from 'node:child_process';

const run = (command) => execSync(command, { stdio: 'inherit' });
const generated = ['apps/api/schema.graphql', 'apps/web/src/gql'];

run('npm run schema --silent --workspace @weave/api');
run('npm run codegen --silent --workspace @weave/web');

const changed = execSync(`git status --porcelain -- ${generated.join(' ')}`, { encoding: 'utf8' }).trim();
if (changed) {
  console.error(`\nGenerated files differ from what is committed:\n${changed}\n`);
  execSync(`git --no-pager diff --stat -- ${generated.join(' ')}`, { stdio: 'inherit' });
  console.error('\nRun `npm run codegen` and commit the result.');
  process.exit(1);
}
console.log('Schema and generated GraphQL documents match what is committed.');
run('npm run db:types --silent --workspace @weave/api -- --verify');
