import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Piscina } from 'piscina';
import type { GraphMetrics } from './graph-metrics.js';
import type { BetweennessTask, MetricsTask } from './graph-work.worker.js';

// The worker beside this file: graph-work.worker.js in dist, graph-work.worker.ts under Jest.
const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), `graph-work.worker${path.extname(fileURLToPath(import.meta.url))}`);

/**
 * The map's measures (betweenness, clusters) in worker threads, so one answer's half second of graph work
 * does not stall every other request on the process, and the impact view's "before" and "after" estimates
 * run side by side. Threads start when first needed and end after ten minutes idle.
 */
@Injectable()
export class GraphWorkPool implements OnModuleDestroy {
  private readonly pool = new Piscina({
    filename: WORKER,
    minThreads: 0,
    maxThreads: Math.max(1, Math.min(2, availableParallelism())),
    idleTimeout: 10 * 60_000,
  });

  /** Betweenness of the map `ids` with ties `ends` (graph-metrics.ts `betweennessOf`). */
  betweenness(task: BetweennessTask): Promise<{ values: Float64Array; estimated: boolean }> {
    return this.pool.run(task, { name: 'betweenness' });
  }

  /** Degree, betweenness, bridges and clusters (graph-metrics.ts `computeGraphMetrics`). */
  metrics(task: MetricsTask): Promise<GraphMetrics> {
    return this.pool.run(task, { name: 'metrics' });
  }

  onModuleDestroy(): Promise<void> {
    return this.pool.destroy();
  }
}
