import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { AppError } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AccountsError, accountsError } from './accounts.errors.js';

const HOUR = 60 * 60;
const seconds = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));
const tooMany = (res: RateLimiterRes): AppError => accountsError(AccountsError.TooManySignInAttempts, seconds(res));
const tooManyMails = (res: RateLimiterRes): AppError => accountsError(AccountsError.TooManyEmailRequests, seconds(res));

/**
 * Limits on guessing passwords and on asking Weave to send mail, shaped so
 * that nobody can use them to lock someone else out (OWASP's advice on
 * account lockout):
 *
 * - each attempt takes a point from its IP (per minute), atomically, so a burst of
 *   guesses sent at once is cut off like one sent slowly; a right password gives
 *   its point back, so a venue's whole room signing in through its one address
 *   (an open-space day of 150 people behind the hall's Wi-Fi) is never held back;
 * - failures count against the pair address + IP: a stranger who guesses
 *   wrong blocks only their own IP for that address, never its owner;
 * - failures also count against the address from anywhere, with a looser
 *   hourly limit against guessing from many IPs: when it is used up only IPs
 *   that have signed in to the account before may still try, and a password
 *   reset (which signs in by itself) is always open;
 * - sign-up, password reset and new verification links send mail, limited
 *   per IP and per address (the same whether or not the address has an account).
 *
 * Counters live in PostgreSQL so every API process shares them; the
 * `rate_limits` table is made by a migration. rate-limiter-flexible reads and
 * writes it itself (through TypeORM's pool), the one access to an accounts
 * table outside AccountsRepository; the repository only clears spent counters.
 */
@Injectable()
export class SignInLimiter {
  private readonly perIp: RateLimiterPostgres;
  private readonly perAddressAndIp: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;
  /** Address + IP pairs that have signed in (a remembered fact, not a count). */
  private readonly knownIps: RateLimiterPostgres;
  private readonly mailPerIp: RateLimiterPostgres;
  private readonly mailPerAddress: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    const limiter = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterPostgres({
        storeClient: dataSource,
        storeType: 'typeorm',
        tableName: 'rate_limits',
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix,
        points,
        duration,
      });
    const limits = config.signInLimit;
    this.perIp = limiter('sign-in-ip', limits.perIpPerMinute, 60);
    this.perAddressAndIp = limiter('sign-in-email-ip', limits.perEmailPerFifteenMinutes, 15 * 60);
    this.perAddress = limiter('sign-in-email', limits.perEmailPerHour, HOUR);
    this.knownIps = limiter('sign-in-known', 1, 90 * 24 * HOUR);
    this.mailPerIp = limiter('mail-ip', limits.mailPerIpPerHour, HOUR);
    this.mailPerAddress = limiter('mail-email', limits.mailPerEmailPerHour, HOUR);
  }

  /** Counts a sign-in attempt from `ip` and refuses it when a limit is used up (a right password gives it back: `rightPassword`). */
  async attempt(ip: string, email: string): Promise<void> {
    await this.perIp.consume(ip).catch(rethrow(tooMany));
    const address = email.toLowerCase();
    const pair = await this.perAddressAndIp.get(`${address} ${ip}`);
    if (pair && pair.remainingPoints <= 0) throw tooMany(pair);
    const everywhere = await this.perAddress.get(address);
    if (everywhere && everywhere.remainingPoints <= 0 && !(await this.knownIps.get(`${address} ${ip}`))) throw tooMany(everywhere);
  }

  async failed(ip: string, email: string): Promise<void> {
    const address = email.toLowerCase();
    await Promise.all([this.perAddressAndIp.penalty(`${address} ${ip}`, 1), this.perAddress.penalty(address, 1)]);
  }

  /** A right password, after `attempt`: its point goes back to the IP, then as `succeeded`. */
  async rightPassword(ip: string, email: string): Promise<void> {
    await Promise.all([this.perIp.reward(ip, 1), this.succeeded(ip, email)]);
  }

  /** Signed in from `ip` (a right password, or a reset): its failures are forgiven and the IP is remembered for the address. */
  async succeeded(ip: string, email: string): Promise<void> {
    const address = email.toLowerCase();
    await Promise.all([this.perAddressAndIp.delete(`${address} ${ip}`), this.knownIps.set(`${address} ${ip}`, 1, 90 * 24 * HOUR)]);
  }

  /** Counts a request that sends mail to `email` (sign-up, reset, a new verification link). */
  async mailRequest(ip: string, email: string): Promise<void> {
    await this.mailPerIp.consume(ip).catch(rethrow(tooManyMails));
    await this.mailPerAddress.consume(email.toLowerCase()).catch(rethrow(tooManyMails));
  }
}

const rethrow =
  (toError: (res: RateLimiterRes) => AppError) =>
  (error: unknown): never => {
    throw error instanceof RateLimiterRes ? toError(error) : error;
  };
