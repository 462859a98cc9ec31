import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** How often every API process clears what has expired (each DELETE is cheap and safe to repeat). */
const EVERY_MS = 60 * 60 * 1000;

/**
 * Expired sessions, used or expired sign-in links and spent sign-in rate-limit
 * counters are of no use to anyone: they are deleted a day after they end
 * (an hour for rate-limit counters), so the tables do not grow for ever.
 */
@Injectable()
export class AccountsHousekeeping implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AccountsHousekeeping.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.timer = setInterval(() => {
      void this.purge().catch((error: Error) => this.logger.warn(`clearing expired sign-in data failed: ${error.message}`));
    }, EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Deletes what has expired; returns how many of each. */
  async purge(): Promise<{ sessions: number; signInLinks: number; rateLimits: number }> {
    const [sessions, signInLinks, rateLimits] = await Promise.all([
      this.deleted(`DELETE FROM sessions WHERE expires_at < now() - interval '1 day'`),
      this.deleted(`DELETE FROM sign_in_links WHERE coalesce(used_at, expires_at) < now() - interval '1 day'`),
      // rate-limiter-flexible's layout: `expire` in epoch milliseconds.
      this.deleted(`DELETE FROM rate_limits WHERE expire < (extract(epoch FROM now() - interval '1 hour') * 1000)::bigint`),
    ]);
    return { sessions, signInLinks, rateLimits };
  }

  private async deleted(statement: string): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `WITH gone AS (${statement} RETURNING 1) SELECT count(*)::int AS n FROM gone`,
    );
    return n;
  }
}
