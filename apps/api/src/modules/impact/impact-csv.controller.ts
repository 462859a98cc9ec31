import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../common/access/access.decorators.js';
import { csvFile } from '../../common/csv/csv.js';
import { CommonError, commonError } from '../../common/errors/common.errors.js';
import { languageFromQuery } from '../../common/locales.js';
import { SessionsService } from '../accounts/sessions.service.js';
import { impactCsvColumns, impactCsvRows } from './impact-csv.js';
import { ImpactService } from './impact.service.js';
import type { ImpactModel } from './models/impact.model.js';

const KINDS = ['gatherings', 'networks', 'coalitions'] as const;
type Kind = (typeof KINDS)[number];

/** A `from`/`until` query string as a date: null when absent; anything but a date is BAD_USER_INPUT. */
function dateOf(field: 'from' | 'until', value: unknown): Date | null {
  if (value === undefined || value === '') return null;
  const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
  const message = 'Give the range as dates, such as 2026-01-01.';
  if (Number.isNaN(date.getTime())) throw commonError(CommonError.InvalidInput, { fields: { [field]: message }, message });
  return date;
}

// A file, so plain HTTP; @Public for the GraphQL-only access guard. The same answer as the GraphQL
// queries (ImpactService): full for facilitators and conveners, published measures for everyone else.
// Errors are thrown and answered by the app's exception filter, in the same shape as GraphQL's.
@Controller('api/impact')
export class ImpactCsvController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly impact: ImpactService,
  ) {}

  /** `/api/impact/{gatherings|networks|coalitions}/:slug.csv[?from=…&until=…&lang=en|cy]`: UTF-8 with a BOM. */
  @Public()
  @Get(':kind/:file')
  async export(
    @Param('kind') kind: string,
    @Param('file') file: string,
    @Query('from') from: unknown,
    @Query('until') until: unknown,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const slug = file.endsWith('.csv') ? file.slice(0, -4) : '';
    if (!KINDS.includes(kind as Kind) || !slug || slug.length > 200) throw commonError(CommonError.RouteNotFound);
    const args = { slug, from: dateOf('from', from), until: dateOf('until', until) };
    const language = languageFromQuery(query);
    const viewer = await this.sessions.viewerForRequest(req);
    const impact: ImpactModel =
      kind === 'gatherings' ? await this.impact.gathering(args, viewer) : await this.impact.network(args, kind === 'coalitions', viewer);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="impact-${impact.slug}-${new Date().toISOString().slice(0, 10)}.csv"`);
    res.send(csvFile(impactCsvRows(impact, language), impactCsvColumns(language)));
  }
}
