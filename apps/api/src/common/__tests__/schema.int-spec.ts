import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { projectRoot } from '../../config/app-config.js';
import { schemaDrift } from '../../database/schema-drift.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

describe('schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('the committed schema.graphql is the schema the running API serves (run `npm run schema` after changing it)', async () => {
    const committed = await readFile(path.join(projectRoot, 'apps/api/schema.graphql'), 'utf8');
    const served = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    expect(served).toBe(committed);
  });

  it('entities and migrations agree: a generated migration would be empty (run `npm run migration:generate -- <name>`)', async () => {
    expect(await schemaDrift(t.dataSource)).toEqual({ up: [], down: [] });
  });
});
