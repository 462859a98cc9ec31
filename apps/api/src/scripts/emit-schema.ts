// npm run schema: writes apps/api/schema.graphql from the code-first types,
// with no database. CI regenerates it and fails if the committed file differs.
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { featureModules } from '../app.module.js';
import { collectResolvers } from '../common/graphql/collect-resolvers.js';
import { projectRoot } from '../config/app-config.js';

const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
await app.init();
const schema = await app.get(GraphQLSchemaFactory).create(collectResolvers(featureModules));
const target = path.join(projectRoot, 'apps', 'api', 'schema.graphql');
await writeFile(target, printSchema(lexicographicSortSchema(schema)) + '\n');
await app.close();
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
