import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql } from 'kysely';
import pgListen, { type Subscriber } from 'pg-listen';
import type { DataSource } from 'typeorm';
import type { Executor } from '../../database/database.js';
import type { Channel, ChannelPayloads } from './channels.js';

type Handler = (payload: unknown) => void;

/** PostgreSQL limits a NOTIFY payload to 8,000 bytes; ours carry ids and versions only. */
export const MAX_PAYLOAD_BYTES = 1000;
/** How the notification connection shows in pg_stat_activity. */
export const EVENTS_APPLICATION_NAME = 'weave-events';

/**
 * Events shared by every API process through PostgreSQL LISTEN/NOTIFY, on one
 * dedicated connection that reconnects by itself (pg-listen). Publishing inside
 * a transaction delivers the event only if, and when, it commits.
 *
 * Notifications sent while the connection was down are lost, so whoever keeps
 * state from them registers a resync, called after every (re)connection.
 */
@Injectable()
export class PgEvents implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PgEvents.name);
  private readonly subscriber: Subscriber;
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly resyncs = new Set<() => void>();
  private connected = false;
  private closed = false;

  constructor(@InjectDataSource() dataSource: DataSource) {
    // pg-listen is CommonJS with an `exports.default`.
    this.subscriber = pgListen.default(
      { connectionString: (dataSource.options as { url: string }).url, application_name: EVENTS_APPLICATION_NAME },
      // Keep trying for ever, a little slower each time (at most every 2 s, so events resume soon after the database).
      {
        paranoidChecking: 10_000,
        retryTimeout: Number.POSITIVE_INFINITY,
        retryInterval: (attempt: number) => Math.min(2000, 100 * 2 ** attempt),
      },
    );
    this.subscriber.events.on('notification', ({ channel, payload }) => {
      for (const handler of this.handlers.get(channel) ?? []) handler(payload);
    });
    this.subscriber.events.on('reconnect', (attempt) => {
      if (this.connected) this.logger.warn('lost the PostgreSQL notification connection; reconnecting');
      this.connected = false;
      if (attempt % 10 === 0) this.logger.warn(`still reconnecting to PostgreSQL for notifications (attempt ${attempt})`);
    });
    this.subscriber.events.on('connected', () => {
      // pg-listen goes on reconnecting after close(); a connection made after it is closed again.
      if (this.closed) return void this.subscriber.close();
      if (!this.connected) this.logger.log('listening to PostgreSQL notifications');
      this.connected = true;
      for (const resync of this.resyncs) resync();
    });
    this.subscriber.events.on('error', (error) => this.logger.error(`PostgreSQL notifications: ${error.message}`));
  }

  /** True while notifications are being received; state kept from them is trustworthy only then. */
  get isConnected(): boolean {
    return this.connected;
  }

  async onModuleInit(): Promise<void> {
    await this.subscriber.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.connected = false;
    this.closed = true;
    await this.subscriber.close();
  }

  /** Calls `handler` with each payload published on `channel`, from any process. Returns a stop function. */
  async listen<C extends Channel>(channel: C, handler: (payload: ChannelPayloads[C]) => void): Promise<() => void> {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      await this.subscriber.listenTo(channel);
    }
    // What arrives on a channel is its payload type: channels.int-spec.ts checks the SQL that sends it.
    const handle = handler as Handler;
    set.add(handle);
    return () => set.delete(handle);
  }

  /** Calls `resync` after every (re)connection, when events may have been missed. */
  onResync(resync: () => void): () => void {
    this.resyncs.add(resync);
    return () => this.resyncs.delete(resync);
  }
}

/** Publishes to every listening process through Kysely; within `db`'s transaction, on commit. */
export async function notify<C extends Channel>(db: Executor, channel: C, payload: ChannelPayloads[C]): Promise<void> {
  await sql`SELECT pg_notify(${channel}, ${payloadText(channel, payload)})`.execute(db);
}

/** Publishes several payloads on one channel in one statement (e.g. a long list of people, in chunks that fit). */
export async function notifyEach<C extends Channel>(db: Executor, channel: C, payloads: readonly ChannelPayloads[C][]): Promise<void> {
  if (payloads.length === 0) return;
  const texts = payloads.map((payload) => payloadText(channel, payload));
  await sql`SELECT pg_notify(${channel}, payload) FROM unnest(${texts}::text[]) AS payload`.execute(db);
}

function payloadText(channel: Channel, payload: unknown): string {
  const text = JSON.stringify(payload);
  if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) throw new Error(`event payload on ${channel} is over ${MAX_PAYLOAD_BYTES} bytes`);
  return text;
}
