#!/usr/bin/env node
// Regenerates what is generated and fails if the committed copy differs:
// the GraphQL SDL the API emits, and the web app's typed documents.
// (Entities against migrations is checked by apps/api schema.int-spec.ts in npm test.)
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
