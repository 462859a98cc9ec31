import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QueryRunner } from 'typeorm';
import { OpenSpaceMove1795500000000 } from '../../migrations/1795500000000-open-space-move.js';
import { functionSql } from '../function-sql.js';

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = readdirSync(folder).filter((name) => name.endsWith('.sql'));

describe('database functions in versioned SQL files', () => {
  it('names each file <function>.v<n>.sql, each the whole CREATE OR REPLACE of that function', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const [, name] = file.match(/^([a-z_]+)\.v\d+\.sql$/) ?? [];
      expect(name).toBeDefined();
      expect(functionSql(file.replace(/\.sql$/, '') as `${string}.v${number}`)).toMatch(
        new RegExp(`^CREATE OR REPLACE FUNCTION ${name}\\(`, 'm'),
      );
    }
  });

  it('has the room-move migration run its version 1', async () => {
    const sent: string[] = [];
    const runner = { query: async (sql: string) => void sent.push(sql) } as unknown as QueryRunner;
    await new OpenSpaceMove1795500000000().up(runner);
    expect(sent).toEqual([functionSql('open_space_move.v1')]);
  });

  it('says where a missing file was looked for', () => {
    expect(() => functionSql('no_such_function.v1')).toThrow(/no_such_function\.v1\.sql.*npm run build/);
  });
});
