import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { sql } from 'kysely';
import { Public } from '../../common/access/access.decorators.js';
import { RETRY_AFTER_SECONDS } from '../../common/errors/service-unavailable.js';
import { InjectDb, type Db } from '../../database/database.js';

const TIMEOUT_MS = 2000;

@Controller('health')
export class HealthController {
  constructor(@InjectDb() private readonly db: Db) {}

  /** 200 when the database answers within two seconds, 503 (with Retry-After) otherwise. */
  @Public()
  @Get()
  async check(@Res() res: Response): Promise<void> {
    const up = await Promise.race([
      sql`SELECT 1`.execute(this.db).then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => setTimeout(resolve, TIMEOUT_MS, false).unref()),
    ]);
    if (!up) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res
      .status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .json({ status: up ? 'ok' : 'unavailable', database: up ? 'up' : 'down' });
  }
}
