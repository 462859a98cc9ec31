import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { AddressInfo } from 'node:net';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { createApp } from '../app.factory.js';
import { createLogger } from '../common/logging/logger.js';
import { loadConfig, type AppConfig } from '../config/app-config.js';
import { PersonEntity } from '../modules/accounts/person.entity.js';
import { GraphQLClient } from './graphql-client.js';
import { createTestDatabase } from './test-database.js';

export const TEST_PASSWORD = 'correct horse battery';

let sequence = 0;

export interface TestPerson {
  id: string;
  email: string;
  password: string;
  displayName: string;
  /** Signed in as this person. */
  client: GraphQLClient;
}

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  databaseUrl: string;
  dataSource: DataSource;
  /** A signed-out client with its own cookie jar (and headers sent with every request). */
  client(headers?: Record<string, string>): GraphQLClient;
  /** Signs a new person up through the API; returns them signed in. */
  newPerson(overrides?: Partial<Pick<TestPerson, 'email' | 'displayName' | 'password'>>): Promise<TestPerson>;
  newAdmin(): Promise<TestPerson>;
  /** Registers a network through the API as `owner` (who becomes its facilitator). */
  newNetwork(owner: TestPerson, input?: Record<string, unknown>): Promise<{ id: string; slug: string; name: string }>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  config?: Partial<AppConfig>;
  extraModules?: Type[];
  queryLogger?: TypeOrmLogger;
  /** Run a second API instance on another app's database (as several processes would). */
  shareDatabaseWith?: TestApp;
}

/** The whole API over HTTP on 127.0.0.1, on a database of its own. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.shareDatabaseWith
    ? { url: options.shareDatabaseWith.databaseUrl, drop: async () => undefined }
    : await createTestDatabase();
  const config: AppConfig = { ...loadConfig({ NODE_ENV: 'test' }), webDistDir: '/nonexistent', ...options.config };
  const app = await createApp({
    config,
    databaseUrl: database.url,
    logger: createLogger(config.logLevel),
    extraModules: options.extraModules,
    queryLogger: options.queryLogger,
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataSource = app.get<DataSource>(getDataSourceToken());

  const newPerson: TestApp['newPerson'] = async (overrides = {}) => {
    sequence += 1;
    const person = {
      email: overrides.email ?? `person${sequence}-${Date.now()}@example.org`,
      password: overrides.password ?? TEST_PASSWORD,
      displayName: overrides.displayName ?? `Person ${sequence}`,
    };
    const client = new GraphQLClient(baseUrl);
    const { signUp } = await client.data<{ signUp: { id: string } }>('mutation($input: SignUpInput!) { signUp(input: $input) { id } }', {
      input: person,
    });
    return { ...person, id: signUp.id, client };
  };

  return {
    app,
    baseUrl,
    databaseUrl: database.url,
    dataSource,
    client: (headers) => new GraphQLClient(baseUrl, headers),
    newPerson,
    newAdmin: async () => {
      const admin = await newPerson();
      await dataSource.getRepository(PersonEntity).update({ id: admin.id }, { isPlatformAdmin: true });
      return admin;
    },
    newNetwork: async (owner, input = {}) => {
      sequence += 1;
      const { registerNetwork } = await owner.client.data<{ registerNetwork: { id: string; slug: string; name: string } }>(
        'mutation($input: RegisterNetworkInput!) { registerNetwork(input: $input) { id slug name } }',
        { input: { name: `Network ${sequence}`, kind: 'NETWORK', ...input } },
      );
      return registerNetwork;
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
