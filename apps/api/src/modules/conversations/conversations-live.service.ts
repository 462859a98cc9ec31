import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { EventEmitter } from 'node:events';
import { CHANNELS, type ConversationEvent } from '../../common/events/channels.js';
import { END_OF_STREAM, liveStream, watchTopic } from '../../common/events/live-stream.js';
import { notify, PgEvents } from '../../common/events/pg-events.service.js';
import type { Executor } from '../../database/database.js';

/** What a subscriber is told: reload (events may have been missed), or these posts are new or changed. */
export type ConversationSignal = { resync: true } | { resync?: false; postIds: string[] };

/** Posts arriving together go out together: at most one message per conversation per FLUSH_MS. */
const FLUSH_MS = 50;

const topicOf = (conversationId: string) => `conversation:${conversationId}`;

/**
 * Fans conversation events out to this process's subscribers, as the open
 * space's live service does: every process hears every event through
 * LISTEN/NOTIFY (one process takes the same path); events arriving together
 * are gathered; after the notification connection comes back every
 * subscriber is told to reload.
 */
@Injectable()
export class ConversationsLive implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ConversationsLive.name);
  private readonly local: PubSub<Record<string, ConversationSignal>>;
  private readonly watchers = new Map<string, number>();
  private pending = new Map<string, Set<string>>();
  private timer: NodeJS.Timeout | null = null;
  private stopListening: (() => void) | null = null;

  constructor(private readonly events: PgEvents) {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0); // one listener per subscriber: no limit on participants
    this.local = new PubSub({ eventEmitter: emitter });
  }

  async onModuleInit(): Promise<void> {
    this.stopListening = await this.events.listen(CHANNELS.conversations, (event) => this.receive(event));
    this.events.onResync(() => {
      for (const topic of this.watchers.keys()) void this.local.publish(topic, { resync: true });
    });
  }

  onModuleDestroy(): void {
    this.stopListening?.();
    if (this.timer) clearTimeout(this.timer);
  }

  /** Announces a change; inside `db`'s transaction it goes out on commit. */
  publish(event: ConversationEvent, db: Executor): Promise<void> {
    return notify(db, CHANNELS.conversations, event);
  }

  /** `first`, then `update(signal)` for each change to the conversation, until the subscriber goes or `update` ends it (END_OF_STREAM). */
  stream<T>(
    conversationId: string,
    first: () => Promise<T>,
    update: (signal: ConversationSignal) => Promise<T | typeof END_OF_STREAM>,
  ): AsyncIterableIterator<T> {
    return liveStream(this.watch(topicOf(conversationId)), first, update);
  }

  private watch(topic: string): AsyncIterableIterator<ConversationSignal> {
    return watchTopic<ConversationSignal>(this.local, this.watchers, topic);
  }

  private receive(event: ConversationEvent): void {
    const topic = topicOf(event.c);
    if (!this.watchers.has(topic)) return;
    const postIds = this.pending.get(topic) ?? new Set<string>();
    if (event.p) postIds.add(event.p);
    this.pending.set(topic, postIds);
    this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  private flush(): void {
    this.timer = null;
    const batch = this.pending;
    this.pending = new Map();
    for (const [topic, postIds] of batch) {
      this.local
        .publish(topic, { postIds: [...postIds] })
        .catch((error: Error) => this.logger.error(`conversation fan-out failed: ${error.message}`));
    }
  }
}
