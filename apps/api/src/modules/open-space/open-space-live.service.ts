import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { EventEmitter } from 'node:events';
import { CHANNELS, type LiveEvent } from '../../common/events/channels.js';
import { liveStream, watchTopic } from '../../common/events/live-stream.js';
import { notify, PgEvents } from '../../common/events/pg-events.service.js';
import type { Executor } from '../../database/database.js';

/** What a local subscriber is told: reload everything, or these things changed. */
export type LiveSignal = { resync: true } | { resync?: false; sessionIds: string[]; noteIds: string[]; actionIds: string[] };

/** One listener per subscriber: hundreds on a busy wall are expected, not a leak. */
function unlimitedEmitter(): EventEmitter {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return emitter;
}

/**
 * Every subscriber gets a message per fan-out, so under load changes are sent
 * in batches: the first after a quiet spell within FIRST_FLUSH_MS, then at most
 * one per FLUSH_INTERVAL_MS — or per BUSY_FLUSH_INTERVAL_MS while batches carry
 * BUSY_BATCH changes or more (a thousand subscribers × hundreds of moves a
 * second would otherwise be hundreds of thousands of messages; on a busy wall
 * two fresh batches a second is plenty for people and leaves the process free
 * for the moves themselves).
 */
const FIRST_FLUSH_MS = 5;
const FLUSH_INTERVAL_MS = 250;
const BUSY_FLUSH_INTERVAL_MS = 500;
const BUSY_BATCH = 10;

export const wallTopic = (gatheringId: string) => `wall:${gatheringId}`;
export const roomTopic = (gatheringId: string, sessionId: string) => `room:${gatheringId}:${sessionId}`;

/**
 * Fans open-space events out to this process's subscribers. Every process
 * hears every event through LISTEN/NOTIFY (the single-process case takes the
 * same path); events arriving together are gathered (see FLUSH_INTERVAL_MS),
 * so a subscriber gets one message per burst, not one per event. After the
 * notification connection comes back, every subscriber reloads a snapshot.
 */
@Injectable()
export class OpenSpaceLive implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(OpenSpaceLive.name);
  private readonly local = new PubSub<Record<string, LiveSignal>>({ eventEmitter: unlimitedEmitter() });
  private readonly watchers = new Map<string, number>();
  private pending = new Map<string, Extract<LiveSignal, { resync?: false }>>();
  private timer: NodeJS.Timeout | null = null;
  private lastFlush = 0;
  private lastBatchSize = 0;
  private readonly loads = new WeakMap<LiveSignal, Promise<unknown>>();
  private stopListening: (() => void) | null = null;

  constructor(private readonly events: PgEvents) {}

  async onModuleInit(): Promise<void> {
    this.stopListening = await this.events.listen(CHANNELS.live, (event) => this.receive(event));
    this.events.onResync(() => {
      for (const topic of this.watchers.keys()) void this.local.publish(topic, { resync: true });
    });
  }

  onModuleDestroy(): void {
    this.stopListening?.();
    if (this.timer) clearTimeout(this.timer);
  }

  /** Announces a change; inside `db`'s transaction it goes out on commit. */
  publish(event: LiveEvent, db: Executor): Promise<void> {
    return notify(db, CHANNELS.live, event);
  }

  /**
   * A subscription's stream: `first` (already loaded, e.g. a snapshot), then
   * `update(signal)` for each signal on `topic`. Watching starts before `first`
   * is loaded, so nothing falls between. Closing it (the client unsubscribes
   * or disconnects) ends it at once, even while it waits for the next signal,
   * and calls `onClose`.
   */
  stream<T>(
    topic: string,
    first: () => Promise<T>,
    update: (signal: LiveSignal) => Promise<T>,
    onClose?: () => void,
  ): AsyncIterableIterator<T> {
    return liveStream(this.watch(topic), first, update, onClose);
  }

  /** Signals for one topic until the iterator is returned. */
  private watch(topic: string): AsyncIterableIterator<LiveSignal> {
    return watchTopic<LiveSignal>(this.local, this.watchers, topic);
  }

  /**
   * What a signal needs loaded, loaded once for all of this process's
   * subscribers of its topic (they all receive the same signal object).
   */
  shared<T>(signal: LiveSignal, load: () => Promise<T>): Promise<T> {
    let loading = this.loads.get(signal) as Promise<T> | undefined;
    if (!loading) {
      loading = load();
      this.loads.set(signal, loading);
    }
    return loading;
  }

  private receive(event: LiveEvent): void {
    if (event.k === 'gathering') return this.resyncGathering(event.g);
    const topics: string[] = [];
    if (event.k === 'grid' || event.k === 'session') topics.push(wallTopic(event.g));
    if (event.s && event.k !== 'grid') topics.push(roomTopic(event.g, event.s));
    for (const topic of topics) {
      if (!this.watchers.has(topic)) continue;
      if (event.k === 'grid') {
        void this.local.publish(topic, { resync: true });
        continue;
      }
      const signal = this.pending.get(topic) ?? { sessionIds: [], noteIds: [], actionIds: [] };
      if (event.k === 'session' && event.s && !signal.sessionIds.includes(event.s)) signal.sessionIds.push(event.s);
      if (event.k === 'note' && event.id) signal.noteIds.push(event.id);
      if (event.k === 'action' && event.id) signal.actionIds.push(event.id);
      this.pending.set(topic, signal);
    }
    if (this.pending.size > 0 && !this.timer) {
      // Quiet: out in a few milliseconds. Busy: at most one fan-out per interval, carrying everything since the last.
      const interval = this.lastBatchSize >= BUSY_BATCH ? BUSY_FLUSH_INTERVAL_MS : FLUSH_INTERVAL_MS;
      const wait = Math.max(FIRST_FLUSH_MS, this.lastFlush + interval - Date.now());
      this.timer = setTimeout(() => this.flush(), wait);
    }
  }

  /** The gathering opened or closed: its wall and every room of it watched here reload, showing the new status. */
  private resyncGathering(gatheringId: string): void {
    const rooms = roomTopic(gatheringId, '');
    for (const topic of this.watchers.keys()) {
      if (topic === wallTopic(gatheringId) || topic.startsWith(rooms)) void this.local.publish(topic, { resync: true });
    }
  }

  private flush(): void {
    this.timer = null;
    this.lastFlush = Date.now();
    const batch = this.pending;
    this.pending = new Map();
    this.lastBatchSize = Math.max(
      0,
      ...[...batch.values()].map((signal) => signal.sessionIds.length + signal.noteIds.length + signal.actionIds.length),
    );
    for (const [topic, signal] of batch) {
      this.local.publish(topic, signal).catch((error: Error) => this.logger.error(`live fan-out failed: ${error.message}`));
    }
  }
}
