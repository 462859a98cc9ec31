import { Injectable, Logger } from '@nestjs/common';
import { JobsService } from '../../common/jobs/jobs.service.js';
import { AccountsRepository } from './accounts.repository.js';

/** The scheduled job that clears what has expired: hourly, run by one of the API processes. */
export const ACCOUNTS_HOUSEKEEPING_JOB = 'accounts-housekeeping';

/**
 * Expired sessions, used or expired sign-in links and spent sign-in rate-limit
 * counters are of no use to anyone: they are deleted a day after they end
 * (an hour for rate-limit counters), so the tables do not grow for ever.
 */
@Injectable()
export class AccountsHousekeeping {
  private readonly logger = new Logger(AccountsHousekeeping.name);

  constructor(
    private readonly repository: AccountsRepository,
    jobs: JobsService,
  ) {
    jobs.schedule(ACCOUNTS_HOUSEKEEPING_JOB, '0 * * * *', async () => {
      this.logger.log({ deleted: await this.purge() }, 'cleared expired sign-in data');
    });
  }

  /** Deletes what has expired; returns how many of each. */
  purge(): Promise<{ sessions: number; signInLinks: number; emailTokens: number; rateLimits: number }> {
    return this.repository.purgeExpired();
  }
}
