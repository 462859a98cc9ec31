import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../common/access/access.decorators.js';
import { AppError } from '../../common/errors/app-error.js';
import { SessionsService } from '../accounts/sessions.service.js';
import { CalendarError, calendarError } from './calendar.errors.js';
import { CalendarService } from './calendar.service.js';

function sendIcs(res: Response, filename: string, body: string): void {
  res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.send(body);
}

// Files, so plain HTTP. The gathering file follows the gathering's own
// visibility; the feed is reached only with its secret token.
@Controller('api')
export class CalendarController {
  constructor(
    private readonly calendars: CalendarService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @Get('gatherings/:slug.ics')
  async gathering(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const viewer = await this.sessions.viewerForRequest(req);
      const file = await this.calendars.gatheringFile(slug, viewer);
      sendIcs(res, file.filename, file.body);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      res.status(404).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    }
  }

  @Public()
  @Get('calendar/:token.ics')
  async feed(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const body = await this.calendars.feed(token);
    if (!body) throw calendarError(CalendarError.FeedLinkInactive);
    res.setHeader('Cache-Control', 'private, max-age=300');
    sendIcs(res, 'weave.ics', body);
  }
}
