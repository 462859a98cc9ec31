import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { createApp } from '../app.factory.js';
import { JobsService } from '../common/jobs/jobs.service.js';
import { createLogger } from '../common/logging/logger.js';
import { loadConfig, type AppConfig } from '../config/app-config.js';
import { Builders, type NetworkFixture, type PersonOverrides, type TestNetwork, type TestPerson } from './builders.js';
import { GraphQLClient } from './graphql-client.js';
import { createTestDatabase } from './test-database.js';

export {
  TEST_PASSWORD,
  type GatheringFixture,
  type NetworkFixture,
  type TestGathering,
  type TestNetwork,
  type TestPerson,
} from './builders.js';

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  databaseUrl: string;
  dataSource: DataSource;
  /** Emails "sent" so far (the outbox folder), oldest first, once every job due has run (see `drainJobs`). */
  outbox(): Promise<{ to: string; subject: string; text: string; headers: (name: string) => string }[]>;
  /** The outbox folder (shared by the apps of one database). */
  outboxDir: string;
  /** Runs every queued job that is due (emails, notifications) and waits for those running: what an act queued has then happened. */
  drainJobs(): Promise<void>;
  /** A signed-out client with its own cookie jar (and headers sent with every request). */
  client(headers?: Record<string, string>): GraphQLClient;
  /** Fixtures written straight into the database (people, gatherings, registrations, sessions). */
  build: Builders;
  /** A new person, signed in (a fixture: sign-up itself is tested in accounts). */
  newPerson(overrides?: PersonOverrides): Promise<TestPerson>;
  newAdmin(): Promise<TestPerson>;
  /** A network with `owner` as its facilitator (a fixture: registering is tested in networks). */
  newNetwork(owner: Pick<TestPerson, 'id'>, fixture?: NetworkFixture): Promise<TestNetwork>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  config?: Partial<AppConfig>;
  extraModules?: Type[];
  queryLogger?: TypeOrmLogger;
  /** Run a second API instance on another app's database (as several processes would). */
  shareDatabaseWith?: TestApp;
  /** Run on this database (e.g. on a PostgreSQL server of the test's own), migrating it as the API does. */
  databaseUrl?: string;
}

/** Undoes RFC 2047 encoded words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`) in a header. */
function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?UTF-8\?([QB])\?(.*?)\?=/gi, (_, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

/** The whole API over HTTP on 127.0.0.1, on a database of its own. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const given = options.databaseUrl ?? options.shareDatabaseWith?.databaseUrl;
  const database = given ? { url: given, drop: async () => undefined } : await createTestDatabase();
  const outboxDir = options.shareDatabaseWith?.outboxDir ?? (await mkdtemp(path.join(os.tmpdir(), 'weave-outbox-')));
  const base = loadConfig({ NODE_ENV: 'test' });
  // A test that counts statements runs jobs only when it drains them: a worker's job would be counted in a measured request.
  const jobs = options.queryLogger ? { ...base.jobs, work: false } : base.jobs;
  const config: AppConfig = { ...base, webDistDir: '/nonexistent', mail: { ...base.mail, outboxDir }, jobs, ...options.config };
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

  const build = new Builders(app, baseUrl);
  const drainJobs = () => app.get(JobsService).drain();

  return {
    app,
    baseUrl,
    databaseUrl: database.url,
    dataSource,
    client: (headers) => new GraphQLClient(baseUrl, headers),
    outboxDir,
    drainJobs,
    outbox: async () => {
      await drainJobs();
      const files = (await readdir(outboxDir)).sort();
      return Promise.all(
        files.map(async (file) => {
          const raw = await readFile(path.join(outboxDir, file), 'utf8');
          // Headers: long ones are folded onto several lines, and non-ASCII words are MIME-encoded.
          const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
          const header = (name: string) => decodeWords(head.match(new RegExp(`^${name}: (.*)$`, 'mi'))?.[1].trim() ?? '');
          // Bodies are quoted-printable: undo soft line breaks and =XX bytes.
          const body = raw
            .split(/\r?\n\r?\n/)
            .slice(1)
            .join('\n\n')
            .replace(/=\r?\n/g, '');
          const bytes = Buffer.from(
            body.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          );
          return { to: header('To'), subject: header('Subject'), text: bytes.toString('utf8'), headers: header };
        }),
      );
    },
    build,
    newPerson: (overrides) => build.person(overrides),
    newAdmin: () => build.person({ isPlatformAdmin: true }),
    newNetwork: (owner, fixture) => build.network(owner, fixture),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
