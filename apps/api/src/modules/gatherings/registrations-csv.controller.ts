import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import type { Request, Response } from 'express';
import { Public } from '../../common/access/access.decorators.js';
// eslint-disable-next-line boundaries/dependencies -- issue 10: another module's internals; its owner is moving this behind a public export
import { readSessionToken } from '../accounts/session-cookie.js';
import { SessionsService } from '../accounts/sessions.service.js';
import { RolesService } from '../roles/roles.service.js';
import { GatheringRole } from './gathering.enums.js';
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
  async export(@Param('id', ParseUUIDPipe) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const viewer = await this.sessions.viewerFor(readSessionToken(req));
    if (!viewer) {
      res.status(401).json({ errors: [{ message: 'Please sign in to do that.', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    if (!(await this.roles.holdsAny(viewer.personId, 'gathering', id, [GatheringRole.CONVENER]))) {
      res.status(404).json({ errors: [{ message: 'We could not find that gathering.', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    const rows = await this.registrations.exportRows(id);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="registrations-${new Date().toISOString().slice(0, 10)}.csv"`);
    res.send('\ufeff' + stringify(rows, { header: true }));
  }
}
