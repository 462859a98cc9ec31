import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { AccountsRepository } from './accounts.repository.js';

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

  constructor(private readonly repository: AccountsRepository) {}

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
  purge(): Promise<{ sessions: number; signInLinks: number; emailTokens: number; rateLimits: number }> {
    return this.repository.purgeExpired();
  }
}
