import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { CompiledQuery } from 'kysely';
import type pg from 'pg';
import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { Executor } from '../../database/database.js';

/** How a kind of job is retried: `retryLimit` more tries, the first after `retryDelaySeconds`, doubling (with jitter) each time. */
export interface RetryPolicy {
  retryLimit: number;
  retryDelaySeconds: number;
}

export type JobHandler<T> = (data: T) => Promise<void>;

/** Emails and most work: 6 tries over about an hour (30 s, 1 min, 2 min, 4 min, 8 min, 16 min, with jitter). */
export const DEFAULT_RETRY: RetryPolicy = { retryLimit: 6, retryDelaySeconds: 30 };

interface Definition {
  handler: JobHandler<unknown>;
  retry: RetryPolicy;
  workers: number;
  forgetWhenDone: boolean;
  cron?: { expression: string; timeZone: string };
}

/** How long `drain` waits, at most, for jobs other workers have taken to finish. */
const DRAIN_ACTIVE_WAIT_MS = 30_000;

/** Where pg-boss keeps its tables, beside the app's own (installed and migrated by pg-boss as the API's database role). */
export const JOBS_SCHEMA = 'pgboss';

/**
 * The job queue, kept in PostgreSQL by pg-boss and shared by every API process: a job queued by one
 * process is run by whichever process takes it first (SELECT … FOR UPDATE SKIP LOCKED), once; a job
 * whose process dies is taken over when its time runs out; a failed job is retried with backoff.
 *
 * Feature modules define their jobs when they are created (`define`, or `schedule` for a recurring
 * one) and queue work with `enqueue`, passing the executor of their act's transaction so the job
 * exists exactly when the act does.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, Definition>();
  /** Event → the jobs that run when it is published (one per subscriber). */
  private readonly subscribers = new Map<string, string[]>();
  /** Handlers running in this process (tests await them through `drain`). */
  private readonly running = new Set<Promise<unknown>>();
  private started = false;
  private readonly pool: pg.Pool;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(getDataSourceToken()) dataSource: DataSource,
  ) {
    const pool = (dataSource.driver as PostgresDriver).master as pg.Pool;
    this.pool = pool;
    this.boss = new PgBoss({
      db: { executeSql: (text: string, values: unknown[]) => onPool(pool, text, values) },
      schema: JOBS_SCHEMA,
      // Lost jobs (their process died) are looked for this often by one of the processes.
      maintenanceIntervalSeconds: config.jobs.maintenanceIntervalSeconds,
      expireInSeconds: config.jobs.timeoutSeconds,
      archiveCompletedAfterSeconds: 60 * 60 * 12,
      deleteAfterDays: 7,
    });
    // pg-boss reports database trouble (e.g. the database restarting) as events; it keeps polling and recovers.
    this.boss.on('error', (error: Error) => this.logger.warn(`job queue: ${error.message}`));
  }

  /** A kind of job and what runs it. Call while the app is being built (a constructor or onModuleInit). */
  define<T>(name: string, handler: JobHandler<T>, options: { retry?: RetryPolicy; workers?: number; forgetWhenDone?: boolean } = {}): void {
    if (this.started) throw new Error(`job ${name} defined after the queue started`);
    if (this.definitions.has(name)) throw new Error(`job ${name} is defined twice`);
    this.definitions.set(name, {
      handler: handler as JobHandler<unknown>,
      retry: options.retry ?? DEFAULT_RETRY,
      workers: options.workers ?? 1,
      // Jobs whose data should not outlive them (an email's text holds sign-in and reset links).
      forgetWhenDone: options.forgetWhenDone ?? false,
    });
  }

  /**
   * A job that runs on a schedule (cron syntax, e.g. `0 * * * *` hourly), once per time across all
   * processes, e.g. `jobs.schedule('accounts-housekeeping', '0 * * * *', () => this.purge())`.
   */
  schedule(name: string, cron: string, handler: JobHandler<void>, options: { timeZone?: string; retry?: RetryPolicy } = {}): void {
    this.define(name, handler, { retry: options.retry ?? { retryLimit: 2, retryDelaySeconds: 60 } });
    this.definitions.get(name)!.cron = { expression: cron, timeZone: options.timeZone ?? 'Europe/London' };
  }

  /**
   * Queues a job. With `db` a transaction, the job is written in it: it runs only if the transaction
   * commits. Returns the job's id.
   */
  async enqueue<T extends object>(
    name: string,
    data: T,
    db?: Executor,
    options: { startAfter?: Date; singletonKey?: string } = {},
  ): Promise<string | null> {
    if (!this.definitions.has(name)) throw new Error(`no job ${name} is defined`);
    return this.boss.send(name, data, { ...options, ...(db ? { db: onExecutor(db) } : {}) });
  }

  /** Queues many jobs of one kind in one statement (in `db`'s transaction when given). */
  async enqueueMany<T extends object>(name: string, data: T[], db?: Executor): Promise<void> {
    if (!this.definitions.has(name)) throw new Error(`no job ${name} is defined`);
    if (data.length === 0) return;
    const retry = this.definitions.get(name)!.retry;
    await this.boss.insert(
      data.map((d) => ({ name, data: d, retryLimit: retry.retryLimit, retryDelay: retry.retryDelaySeconds, retryBackoff: true })),
      db ? { db: onExecutor(db) } : {},
    );
  }

  /**
   * Runs `handler` (as the job `name`, with its own retries) each time `event` is published, e.g.
   * `jobs.subscribe(GATHERING_CLOSED, 'feedback-on-gathering-closed', (e) => this.ask(e))`. The module
   * that publishes never knows its subscribers: a module may react to another's events without the
   * other depending on it. Call while the app is being built, as for `define`.
   */
  subscribe<T>(event: string, name: string, handler: JobHandler<T>, options: { retry?: RetryPolicy } = {}): void {
    this.define(name, handler, options);
    this.subscribers.set(event, [...(this.subscribers.get(event) ?? []), name]);
  }

  /**
   * Announces `event`: one job for each subscriber, in one statement. With `db` a transaction, the jobs
   * are written in it, so nothing is announced for an act that rolls back. (pg-boss's own publish reads
   * its subscription table outside the caller's transaction and ignores a failed send: subscribers are
   * known from the code instead, as every process runs the same code.)
   */
  async publish<T extends object>(event: string, data: T, db?: Executor): Promise<void> {
    const names = this.subscribers.get(event) ?? [];
    if (names.length === 0) return;
    await this.boss.insert(
      names.map((name) => {
        const { retry } = this.definitions.get(name)!;
        return { name, data, retryLimit: retry.retryLimit, retryDelay: retry.retryDelaySeconds, retryBackoff: true };
      }),
      db ? { db: onExecutor(db) } : {},
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const [name, definition] of this.definitions) {
      const queue = {
        name,
        retryLimit: definition.retry.retryLimit,
        retryDelay: definition.retry.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: this.config.jobs.timeoutSeconds,
      };
      // The code's retry policy wins over what an earlier version stored.
      if (await this.boss.getQueue(name)) await this.boss.updateQueue(name, queue);
      else await this.boss.createQueue(name, queue);
      if (definition.cron) await this.boss.schedule(name, definition.cron.expression, {}, { tz: definition.cron.timeZone });
      if (this.config.jobs.work) {
        for (let i = 0; i < definition.workers; i++) {
          await this.boss.work(name, { pollingIntervalSeconds: this.config.jobs.pollingIntervalSeconds }, ([job]) => this.run(name, job));
        }
      }
    }
  }

  /** Stops taking jobs and lets running ones finish (up to 10 s; one cut short is run again elsewhere). */
  async onModuleDestroy(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
    await Promise.allSettled(this.running);
  }

  /**
   * Runs every job that is due now, in this process, and waits for those already running here; returns
   * when none is left (jobs waiting for a retry later are not due). For tests, which read what a job
   * did (an email in the outbox) right after the act that queued it.
   */
  async drain(): Promise<void> {
    // How long to wait for jobs another worker holds (one whose process died stays active until it expires).
    const waitUntil = Date.now() + DRAIN_ACTIVE_WAIT_MS;
    for (;;) {
      await Promise.allSettled(this.running);
      let ran = 0;
      for (const name of this.definitions.keys()) {
        for (const job of await this.boss.fetch<unknown>(name, { batchSize: 20 })) {
          ran++;
          try {
            await this.run(name, job);
            await this.boss.complete(name, job.id);
          } catch (error) {
            await this.boss.fail(name, job.id, { message: (error as Error).message });
          }
        }
      }
      if (ran > 0 || this.running.size > 0) continue;
      // A worker may have taken a job (pg-boss marks it active) and not yet handed it to `run`, or
      // another process may be running one: what an act queued has not happened until they finish.
      if (Date.now() > waitUntil || !(await this.anyActive())) return;
      await sleep(20);
    }
  }

  /** Whether any job of a kind this process knows is being run (here or by another process). */
  private async anyActive(): Promise<boolean> {
    const { rows } = await this.pool.query<{ active: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${JOBS_SCHEMA}.job WHERE state = 'active' AND name = ANY($1)) AS active`,
      [[...this.definitions.keys()]],
    );
    return rows[0].active;
  }

  private run(name: string, job: { id: string; data: unknown }): Promise<void> {
    const definition = this.definitions.get(name)!;
    const work = definition.handler(job.data).then(async () => {
      if (definition.forgetWhenDone) await this.boss.deleteJob(name, job.id);
    });
    this.running.add(work);
    return work
      .catch((error: Error) => {
        this.logger.warn(`job ${name} failed (it will be tried again later if it has tries left): ${error.message}`);
        throw error;
      })
      .finally(() => this.running.delete(work));
  }
}

const listening = new WeakSet<pg.PoolClient>();

/**
 * pg-boss marks a job done or failed without awaiting it (pg-boss 10, manager.js `watch`): with the
 * database away at that moment the rejection would be unhandled and end the process. Those two
 * statements answer "nothing changed" instead; the job stays active until its time is up and is then
 * run again, as for a process that died.
 */
const plans = createRequire(import.meta.url)('pg-boss/src/plans.js') as {
  completeJobs(schema: string): string;
  failJobsById(schema: string): string;
};
const UNAWAITED = new Set([plans.completeJobs(JOBS_SCHEMA), plans.failJobsById(JOBS_SCHEMA)]);

/**
 * pg-boss's statements on the app's pool. Its installation and migrations are several statements in one
 * BEGIN … COMMIT: a connection whose statement failed is discarded, never handed back mid-transaction.
 */
export async function onPool(pool: Pick<pg.Pool, 'connect'>, text: string, values: unknown[] | undefined): Promise<{ rows: unknown[] }> {
  let client: pg.PoolClient | undefined;
  try {
    client = await pool.connect();
    if (!listening.has(client)) {
      listening.add(client);
      client.on('error', () => undefined);
    }
    const result = await client.query(text, values);
    client.release();
    // A multi-statement text answers with one result per statement; pg-boss reads the last.
    return Array.isArray(result) ? (result.at(-1) as pg.QueryResult) : result;
  } catch (error) {
    client?.release(true);
    if (UNAWAITED.has(text)) return { rows: [{ count: 0 }] };
    throw error;
  }
}

/** pg-boss's statements inside a Kysely transaction (or on its connection pool). */
function onExecutor(db: Executor): { executeSql: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> } {
  return { executeSql: async (text, values) => ({ rows: (await db.executeQuery(CompiledQuery.raw(text, values))).rows }) };
}
