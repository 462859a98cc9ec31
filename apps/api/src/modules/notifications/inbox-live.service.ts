import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { EventEmitter } from 'node:events';
import { CHANNELS, type InboxEvent } from '../../common/events/channels.js';
import { notifyEach, PgEvents } from '../../common/events/pg-events.service.js';
import type { Executor } from '../../database/database.js';

/** Person ids per message: 20 × 39 bytes stays well inside a NOTIFY payload. */
const PEOPLE_PER_EVENT = 20;

const inboxTopic = (personId: string) => `inbox:${personId}`;

/**
 * Tells each signed-in person's open pages that their inbox changed, in every
 * API process: changes are published on the inbox channel (inside the act's
 * transaction, so they go out on commit) and each process signals its own
 * subscribers. After the notification connection comes back, every subscriber
 * is signalled, since changes may have been missed.
 */
@Injectable()
export class InboxLive implements OnModuleInit, OnModuleDestroy {
  private readonly local = new PubSub<Record<string, true>>({ eventEmitter: unlimitedEmitter() });
  private readonly watchers = new Map<string, number>();
  private stopListening: (() => void) | null = null;
  private stopResync: (() => void) | null = null;

  constructor(private readonly events: PgEvents) {}

  async onModuleInit(): Promise<void> {
    this.stopListening = await this.events.listen(CHANNELS.inbox, (event) => this.receive(event));
    this.stopResync = this.events.onResync(() => {
      for (const personId of this.watchers.keys()) void this.local.publish(inboxTopic(personId), true);
    });
  }

  onModuleDestroy(): void {
    this.stopListening?.();
    this.stopResync?.();
  }

  /** Announces that these people's inboxes changed; inside `db`'s transaction it goes out on commit. */
  async publish(personIds: readonly string[], db: Executor): Promise<void> {
    const people = [...new Set(personIds)];
    const events: InboxEvent[] = [];
    for (let i = 0; i < people.length; i += PEOPLE_PER_EVENT) events.push({ p: people.slice(i, i + PEOPLE_PER_EVENT) });
    await notifyEach(db, CHANNELS.inbox, events);
  }

  /**
   * A person's stream: `load()` at once, then again whenever their inbox
   * changes. Closing it ends it at once, even while it waits.
   */
  stream<T>(personId: string, load: () => Promise<T>): AsyncIterableIterator<T> {
    this.watchers.set(personId, (this.watchers.get(personId) ?? 0) + 1);
    const signals = this.local.asyncIterableIterator<true>(inboxTopic(personId));
    let sentFirst = false;
    let closed = false;
    const close = async (): Promise<IteratorResult<T>> => {
      if (!closed) {
        closed = true;
        const left = (this.watchers.get(personId) ?? 1) - 1;
        if (left > 0) this.watchers.set(personId, left);
        else this.watchers.delete(personId);
        await signals.return?.();
      }
      return { done: true, value: undefined };
    };
    return {
      async next(): Promise<IteratorResult<T>> {
        if (closed) return { done: true, value: undefined };
        if (sentFirst) {
          const signal = await signals.next();
          if (signal.done || closed) return close();
        }
        sentFirst = true;
        return { done: false, value: await load() };
      },
      return: close,
      async throw(error: unknown): Promise<IteratorResult<T>> {
        await close();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  private receive(event: InboxEvent): void {
    for (const personId of event.p) {
      if (this.watchers.has(personId)) void this.local.publish(inboxTopic(personId), true);
    }
  }
}

/** One listener per open page: many are expected, not a leak. */
function unlimitedEmitter(): EventEmitter {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return emitter;
}
