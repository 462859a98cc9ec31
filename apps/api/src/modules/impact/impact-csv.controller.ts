import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../common/access/access.decorators.js';
import { csvFile } from '../../common/csv/csv.js';
import { AppError } from '../../common/errors/app-error.js';
import { httpStatusOf } from '../../common/errors/common.errors.js';
import { SessionsService } from '../accounts/sessions.service.js';
import { IMPACT_CSV_COLUMNS, impactCsvRows } from './impact-csv.js';
import { ImpactService } from './impact.service.js';
import type { ImpactModel } from './models/impact.model.js';

const KINDS = ['gatherings', 'networks', 'coalitions'] as const;
type Kind = (typeof KINDS)[number];

/** `from`/`until` query strings as dates (undefined when absent; an invalid date is refused by the service's rules). */
const dateOf = (value: unknown): Date | null => (typeof value === 'string' && value !== '' ? new Date(value) : null);

// A file, so plain HTTP; @Public for the GraphQL-only access guard. The same answer as the GraphQL
// queries (ImpactService): full for facilitators and conveners, published measures for everyone else.
@Controller('api/impact')
export class ImpactCsvController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly impact: ImpactService,
  ) {}

  /** `/api/impact/{gatherings|networks|coalitions}/:slug.csv[?from=…&until=…]`: UTF-8 with a BOM. */
  @Public()
  @Get(':kind/:file')
  async export(
    @Param('kind') kind: string,
    @Param('file') file: string,
    @Query('from') from: unknown,
    @Query('until') until: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const slug = file.endsWith('.csv') ? file.slice(0, -4) : '';
      if (!KINDS.includes(kind as Kind) || !slug || slug.length > 200) {
        res.status(404).json({ errors: [{ message: 'There is no such file.', extensions: { code: 'NOT_FOUND' } }] });
        return;
      }
      const viewer = await this.sessions.viewerForRequest(req);
      const args = { slug, from: dateOf(from), until: dateOf(until) };
      if ([args.from, args.until].some((d) => d && Number.isNaN(d.getTime()))) {
        res.status(400).json({ errors: [{ message: 'Give the range as dates.', extensions: { code: 'BAD_USER_INPUT' } }] });
        return;
      }
      const impact: ImpactModel =
        kind === 'gatherings' ? await this.impact.gathering(args, viewer) : await this.impact.network(args, kind === 'coalitions', viewer);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="impact-${impact.slug}-${new Date().toISOString().slice(0, 10)}.csv"`);
      res.send(csvFile(impactCsvRows(impact), IMPACT_CSV_COLUMNS));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      res.status(httpStatusOf(error)).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    }
  }
}
