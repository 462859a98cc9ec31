import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/access/access.decorators.js';
import { MailerService } from '../../common/mail/mailer.service.js';
import { SETTINGS_PATH } from './notification-emails.service.js';
import { NotificationPreferencesService, type UnsubscribeTarget } from './notification-preferences.service.js';
import { NotificationsError, notificationsError } from './notifications.errors.js';
import { cy } from './templates/cy.js';
import { en } from './templates/en.js';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The links in every notification email that turn its email off without signing in. Mail programs
 * POST to them (RFC 8058 one-click); a person who opens one gets a page that asks first, since link
 * checkers open links too. The token is signed: it names one person and what to turn off.
 */
@Controller('api/notifications/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly preferences: NotificationPreferencesService,
    private readonly mailer: MailerService,
  ) {}

  @Public()
  @Get(':token')
  async ask(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const target = await this.preferences.target(token);
    if (!target) return this.invalid(res);
    const { page, kindNames } = target.templates;
    const question = target.scope === 'digest' ? page.askDigest : page.askKind(kindNames[target.scope]);
    this.page(
      res,
      200,
      target,
      `<p>${escape(question)}</p><form method="post"><button type="submit">${escape(page.button)}</button></form>`,
    );
  }

  @Public()
  @Post(':token')
  async unsubscribe(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const target = await this.preferences.target(token);
    if (!target) return this.invalid(res);
    await this.preferences.unsubscribe(target);
    const { page, kindNames } = target.templates;
    this.page(res, 200, target, `<p>${escape(target.scope === 'digest' ? page.doneDigest : page.doneKind(kindNames[target.scope]))}</p>`);
  }

  private invalid(res: Response): void {
    // Whose link it was is unknown: both languages.
    const { message } = notificationsError(NotificationsError.UnsubscribeLinkInvalid);
    this.page(res, 404, { locale: 'en', templates: en }, `<p>${escape(message)}</p><p lang="cy">${escape(cy.page.invalid)}</p>`);
  }

  private page(res: Response, status: number, target: Pick<UnsubscribeTarget, 'locale' | 'templates'>, body: string): void {
    const { page } = target.templates;
    const lang = target.locale.startsWith('cy') ? 'cy' : 'en';
    res
      .status(status)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
          `<meta name="robots" content="noindex"><title>${escape(page.title)} · Weave</title></head>` +
          `<body><main><h1>${escape(page.title)}</h1>${body}<p><a href="${escape(this.mailer.link(SETTINGS_PATH))}">${escape(page.settings)}</a></p></main></body></html>`,
      );
  }
}
