import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { Public } from '../../../common/access/access.decorators.js';
import { ParseIdPipe } from '../../../common/ids.js';
import type { Viewer } from '../../../common/access/request-context.js';
import { AppError, unauthenticated } from '../../../common/errors/app-error.js';
import { SessionsService } from '../../accounts/sessions.service.js';
import { RolesService } from '../../roles/roles.service.js';
import { NetworkRole, NetworkSort } from '../network.enums.js';
import { NetworksService } from '../directory/networks.service.js';
import { NetworksError, networksError } from '../networks.errors.js';
import { languageFromQuery } from '../../../common/locales.js';
import { directoryArgsFromQuery } from './directory-query.js';
import { NetworkExportService } from './network-export.service.js';
import { NetworkImportService } from './network-import.service.js';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

// Plain HTTP for files (CSV in and out). These routes are @Public for the
// access guard, which only judges GraphQL; each handler checks who is asking.
// Uploads must be sent as text/csv, which a cross-site form cannot do.
@Controller('api/networks')
export class NetworksCsvController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly roles: RolesService,
    private readonly networks: NetworksService,
    private readonly exporter: NetworkExportService,
    private readonly importer: NetworkImportService,
  ) {}

  @Public()
  @Get('export.csv')
  async export(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, unknown>): Promise<void> {
    await this.respond(res, async () => {
      const viewer = await this.sessions.viewerForRequest(req);
      const args = directoryArgsFromQuery(query);
      const language = languageFromQuery(query);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="weave-networks-${new Date().toISOString().slice(0, 10)}.csv"`);
      await this.exporter.write(
        res,
        { ...args, sort: args.sort ?? NetworkSort.NAME },
        viewer,
        `${req.protocol}://${req.get('host')}`,
        language,
      );
    });
  }

  @Public()
  @HttpCode(200)
  @Post(':id/import/preview')
  async preview(@Req() req: Request, @Res() res: Response, @Param('id', ParseIdPipe) id: string, @Body() body: unknown): Promise<void> {
    await this.respond(res, async () => {
      await this.facilitator(req, id);
      res.json(this.importer.preview(this.csvBody(req, body)));
    });
  }

  @Public()
  @HttpCode(200)
  @Post(':id/import')
  async import(@Req() req: Request, @Res() res: Response, @Param('id', ParseIdPipe) id: string, @Body() body: unknown): Promise<void> {
    await this.respond(res, async () => {
      const viewer = await this.facilitator(req, id);
      const csv = this.csvBody(req, body);
      if (req.accepts(['application/json', 'application/x-ndjson']) !== 'application/x-ndjson') {
        res.json(await this.importer.import(csv, id, viewer));
        return;
      }
      // Progress for large files: one JSON line per batch, then the result.
      // Problems found before the first row is written still answer as errors.
      const line = (value: unknown) => res.write(JSON.stringify(value) + '\n');
      const result = await this.importer.import(csv, id, viewer, (done, total) => {
        if (!res.headersSent) res.status(200).setHeader('Content-Type', 'application/x-ndjson');
        line({ done, total });
      });
      line(result);
      res.end();
    });
  }

  private csvBody(req: Request, body: unknown): string {
    if (!req.is('text/csv') || typeof body !== 'string') throw networksError(NetworksError.CsvNotText);
    return body;
  }

  /** The viewer, who must facilitate the (visible) network. */
  private async facilitator(req: Request, networkId: string): Promise<Viewer> {
    const viewer = await this.sessions.viewerForRequest(req);
    if (!viewer) throw unauthenticated();
    await this.networks.findVisible({ id: networkId }, viewer);
    if (!(await this.roles.holdsAny(viewer.personId, 'network', networkId, [NetworkRole.FACILITATOR]))) {
      throw networksError(NetworksError.NotImportFacilitator);
    }
    return viewer;
  }

  /** Errors answer in the same shape as GraphQL errors, with a status to match. */
  private async respond(res: Response, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof AppError) && !(error instanceof GraphQLError)) throw error;
      if (res.headersSent) {
        res.end(JSON.stringify({ errors: [{ message: error.message, extensions: error.extensions }] }) + '\n');
        return;
      }
      const code = String(error.extensions.code);
      res.status(STATUS[code] ?? 400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    }
  }
}
