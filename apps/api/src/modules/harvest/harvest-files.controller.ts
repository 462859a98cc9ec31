import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../common/access/access.decorators.js';
import { ParseIdPipe } from '../../common/ids.js';
import { SessionsService } from '../accounts/sessions.service.js';
import { HarvestsService, type HarvestFile } from './harvests.service.js';

function send(res: Response, type: string, file: HarvestFile): void {
  res.setHeader('Content-Type', `${type}; charset=utf-8`);
  res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.send(file.body);
}

// Files, so plain HTTP; @Public for the GraphQL-only access guard. The
// published harvest's own rule decides (signed out included, when its
// conveners chose everyone); anything else is 404 HarvestNotFound.
@Controller('api/gatherings')
export class HarvestFilesController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly harvests: HarvestsService,
  ) {}

  /** The published harvest as Markdown. */
  @Public()
  @Get(':id/harvest.md')
  async markdown(@Param('id', ParseIdPipe) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const viewer = await this.sessions.viewerForRequest(req);
    send(res, 'text/markdown', await this.harvests.markdown(id, viewer));
  }

  /** The published harvest's actions as CSV (UTF-8 with a BOM). */
  @Public()
  @Get(':id/harvest-actions.csv')
  async actionsCsv(@Param('id', ParseIdPipe) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const viewer = await this.sessions.viewerForRequest(req);
    send(res, 'text/csv', await this.harvests.actionsCsv(id, viewer));
  }
}
