import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { AppError } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AccountsError, accountsError } from './accounts.errors.js';

const tooMany = (res: RateLimiterRes): AppError =>
  accountsError(AccountsError.TooManySignInAttempts, Math.max(1, Math.ceil(res.msBeforeNext / 1000)));

/**
 * Sign-in attempts are limited per IP (every attempt counts) and per email
 * (failures count). Counters live in PostgreSQL so every API process shares
 * them; the `rate_limits` table is made by a migration. rate-limiter-flexible
 * reads and writes it itself (through TypeORM's pool), the one access to an
 * accounts table outside AccountsRepository; the repository only clears
 * spent counters.
 */
@Injectable()
export class SignInLimiter {
  private readonly perIp: RateLimiterPostgres;
  private readonly perEmail: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    const common = {
      storeClient: dataSource,
      storeType: 'typeorm',
      tableName: 'rate_limits',
      tableCreated: true,
      clearExpiredByTimeout: false,
    };
    this.perIp = new RateLimiterPostgres({ ...common, keyPrefix: 'sign-in-ip', points: config.signInLimit.perIpPerMinute, duration: 60 });
    this.perEmail = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'sign-in-email',
      points: config.signInLimit.perEmailPerFifteenMinutes,
      duration: 15 * 60,
    });
  }

  /** Counts an attempt from `ip` and refuses when either limit is used up. */
  async attempt(ip: string, email: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw tooMany(error);
      throw error;
    }
    const used = await this.perEmail.get(email.toLowerCase());
    if (used && used.remainingPoints <= 0) throw tooMany(used);
  }

  async failed(email: string): Promise<void> {
    await this.perEmail.penalty(email.toLowerCase(), 1);
  }

  async succeeded(email: string): Promise<void> {
    await this.perEmail.delete(email.toLowerCase());
  }
}
