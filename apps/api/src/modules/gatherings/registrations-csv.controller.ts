import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../common/access/access.decorators.js';
import { csvFile } from '../../common/csv/csv.js';
import { ParseIdPipe } from '../../common/ids.js';
import { SessionsService } from '../accounts/sessions.service.js';
import { unauthenticated } from '../../common/errors/app-error.js';
import { RolesService } from '../roles/roles.service.js';
import { GatheringRole } from './gathering.enums.js';
import { GatheringsError, gatheringsError } from './gatherings.errors.js';
import { RegistrationsService } from './registrations.service.js';

// A file, so plain HTTP; @Public for the GraphQL-only access guard, checked here.
@Controller('api/gatherings')
export class RegistrationsCsvController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly roles: RolesService,
    private readonly registrations: RegistrationsService,
  ) {}

  /** Registrations in arrival order, for conveners (access needs only where shared). UTF-8 with a BOM. */
  @Public()
  @Get(':id/registrations.csv')
  async export(@Param('id', ParseIdPipe) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const viewer = await this.sessions.viewerForRequest(req);
    if (!viewer) {
      const error = unauthenticated();
      res.status(401).json({ errors: [{ message: error.message, extensions: error.extensions }] });
      return;
    }
    if (!(await this.roles.holdsAny(viewer.personId, 'gathering', id, [GatheringRole.CONVENER]))) {
      const error = gatheringsError(GatheringsError.NotFound);
      res.status(404).json({ errors: [{ message: error.message, extensions: error.extensions }] });
      return;
    }
    const rows = await this.registrations.exportRows(id, viewer);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="registrations-${new Date().toISOString().slice(0, 10)}.csv"`);
    res.send(csvFile(rows));
  }
}
