import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../../common/access/access.decorators.js';
import { CommonError, commonError } from '../../../common/errors/common.errors.js';
import { SessionsService } from '../../accounts/sessions.service.js';
import { languageFromQuery, type Locale } from '../../../common/locales.js';
import { directoryArgsFromQuery } from '../csv/directory-query.js';
import { graphFile, isGraphFormat, type GraphFormat } from './graph-export.js';
import { MAX_GRAPH_DEPTH } from './network-graph.args.js';
import type { NetworkGraph } from './network-graph.model.js';
import { NetworkGraphService } from './network-graph.service.js';

const DEPTH_MESSAGE = `Ask for 1 to ${MAX_GRAPH_DEPTH} ties out from the network.`;

/** `depth` from a query string: 2 when absent, else a whole number from 1 to MAX_GRAPH_DEPTH. */
function depthOf(value: unknown): number {
  if (value === undefined || value === '') return 2;
  const depth = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(depth >= 1 && depth <= MAX_GRAPH_DEPTH)) throw commonError(CommonError.InvalidInput, { fields: { depth: DEPTH_MESSAGE } });
  return depth;
}

function formatOf(value: string): GraphFormat {
  if (!isGraphFormat(value)) throw commonError(CommonError.RouteNotFound);
  return value;
}

// Files, so plain HTTP; @Public for the GraphQL-only access guard. The same graphs as the `directoryGraph`
// and `networkGraph` queries (NetworkGraphService), so the same visibility: a members-only network appears
// only to its people and platform admins. Errors are thrown and answered by the app's exception filter.
// Served from here rather than written in the browser so that a link (with the directory's filters)
// gives the same file to a script, a spreadsheet or a person, and large maps are not rebuilt client-side.
@Controller('api/networks')
export class NetworkGraphExportController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly graphs: NetworkGraphService,
  ) {}

  /** `/api/networks/graph.{csv|gexf|graphml}?search=…&themes=…&lang=cy`: the directory's map, with the directory's filters. */
  @Public()
  @Get('graph.:format')
  async directory(
    @Param('format') format: string,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const file = formatOf(format);
    const locale = languageFromQuery(query);
    const { search, filter } = directoryArgsFromQuery(query);
    const graph = await this.graphs.directory({ search, filter }, await this.sessions.viewerForRequest(req));
    this.send(req, res, graph, file, locale, 'weave-map');
  }

  /** `/api/networks/:slug/graph.{csv|gexf|graphml}?depth=2&lang=cy`: one network's neighbourhood, as its profile shows it. */
  @Public()
  @Get(':slug/graph.:format')
  async neighbourhood(
    @Param('slug') slug: string,
    @Param('format') format: string,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const file = formatOf(format);
    if (slug.length > 200) throw commonError(CommonError.RouteNotFound);
    const locale = languageFromQuery(query);
    const graph = await this.graphs.neighbourhood(slug, depthOf(query.depth), await this.sessions.viewerForRequest(req));
    this.send(req, res, graph, file, locale, `weave-${slug}-neighbourhood`);
  }

  private send(req: Request, res: Response, graph: NetworkGraph, format: GraphFormat, locale: Locale, name: string): void {
    const { body, contentType } = graphFile(graph, format, locale, `${req.protocol}://${req.get('host')}`);
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.${format}"`);
    res.send(body);
  }
}
