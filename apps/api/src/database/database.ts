import { Inject, Module, type DynamicModule } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { CamelCasePlugin, Kysely, type Expression, PostgresDialect, type KyselyConfig, type PostgresPool, type Transaction } from 'kysely';
import type pg from 'pg';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type { DB } from './db.generated.js';

/**
 * The one way modules reach their tables: Kysely, typed by the row types
 * kysely-codegen reads from the migrated schema (db.generated.ts, checked by
 * `npm run check:drift`). Columns are snake_case in SQL and camelCase here.
 * TypeORM keeps the entities and migrations.
 */
export type Db = Kysely<DB>;
/** A Kysely handle that may be inside a transaction: pass it on to keep work in one transaction. */
export type Executor = Kysely<DB> | Transaction<DB>;

/** A value, or a column of the outer query (e.g. `eb.ref('g.id')`), for fragments modules export. */
export type IdOrRef = string | Expression<string>;

/** The injection token of {@link Db} (tests get it with `app.get(DB_TOKEN)`). */
export const DB_TOKEN = Symbol('Db');
/** Injects the application's {@link Db}. */
export const InjectDb = (): ParameterDecorator => Inject(DB_TOKEN);

/** snake_case in SQL, camelCase in TypeScript; jsonb documents keep their own keys. */
export const dbPlugins = () => [new CamelCasePlugin({ maintainNestedObjectKeys: true })];

function config(pool: PostgresPool, queryLogger?: TypeOrmLogger): KyselyConfig {
  return {
    dialect: new PostgresDialect({ pool }),
    plugins: dbPlugins(),
    // Tests count statements through the same logger that sees TypeORM's.
    log: queryLogger ? (event) => event.level === 'query' && queryLogger.logQuery(event.query.sql, [...event.query.parameters]) : undefined,
  };
}

const listening = new WeakSet<pg.PoolClient>();

/**
 * pg's pool listens for errors only on idle clients: a borrowed client whose connection is cut between
 * two statements (the database restarting, say) would raise an 'error' event nobody hears, which ends
 * the process. The statement in flight gets the error anyway and the pool discards the broken client
 * when it is released, so the event itself needs no more than a listener.
 */
function survivesLostConnections(client: pg.PoolClient): pg.PoolClient {
  if (!listening.has(client)) {
    listening.add(client);
    client.on('error', () => undefined);
  }
  return client;
}

const queryLoggers = new WeakMap<DataSource, TypeOrmLogger>();
const poolsListening = new WeakSet<pg.Pool>();

/** Kysely on TypeORM's connection pool: one pool, one set of connections, whichever API a module uses. */
export function createDb(dataSource: DataSource, queryLogger?: TypeOrmLogger): Db {
  if (queryLogger) queryLoggers.set(dataSource, queryLogger);
  const pool = (dataSource.driver as PostgresDriver).master as pg.Pool;
  // Every connection the pool opens, whoever borrows it (Kysely, TypeORM's query runners, the job
  // queue), has a listener: a connection cut while borrowed must not end the process.
  if (!poolsListening.has(pool)) {
    poolsListening.add(pool);
    pool.on('connect', (client) => void survivesLostConnections(client));
  }
  // The pool is TypeORM's to close; destroying this handle must not end it.
  const shared: PostgresPool = { connect: () => pool.connect().then(survivesLostConnections), end: async () => undefined };
  return new Kysely<DB>(config(shared, queryLogger));
}

/** Provides {@link Db} to every module. */
@Module({})
export class DatabaseModule {
  static forRoot(queryLogger?: TypeOrmLogger): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [
        { provide: DB_TOKEN, inject: [getDataSourceToken()], useFactory: (dataSource: DataSource) => createDb(dataSource, queryLogger) },
      ],
      exports: [DB_TOKEN],
    };
  }
}
