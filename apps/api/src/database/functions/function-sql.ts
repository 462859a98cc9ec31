import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Database functions live in versioned SQL files beside this one,
 * `<function>.v<n>.sql`, each the function's whole `CREATE OR REPLACE` text;
 * the highest version of each is the function as it is now. A migration loads
 * the version it introduces and never a later one, so replaying history gives
 * the same database; changing a function is a new version file and a new
 * migration that loads it.
 *
 * The files are read beside the running code: src/ under ts-jest, dist/ once
 * built (the build copies them there: scripts/copy-sql.mjs).
 */
export function functionSql(file: `${string}.v${number}`): string {
  const url = new URL(`./${file}.sql`, import.meta.url);
  try {
    return readFileSync(url, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the database function ${fileURLToPath(url)} (the API's build copies it there: npm run build)`, {
      cause: error,
    });
  }
}
