import { Injectable } from '@nestjs/common';
import { JobsService } from '../../common/jobs/jobs.service.js';
import { MailerService, type Mail } from '../../common/mail/mailer.service.js';
import type { Executor } from '../../database/database.js';
import { NotificationDeliveryRepository, type NotificationToEmail } from './notification-delivery.repository.js';
import { NotificationDelivery, NotificationKind } from './notification.enums.js';
import { templatesFor, type EmailTemplates } from './templates/index.js';
import { signUnsubscribe, type UnsubscribeScope } from './unsubscribe-token.js';

export const NOTIFICATION_EMAIL_JOB = 'notification-email';
export const DIGEST_JOB = 'notification-digest';
export const DIGEST_PERSON_JOB = 'notification-digest-person';
/** Where people choose what they hear of (the web app's page). */
export const SETTINGS_PATH = '/account/notifications';

/**
 * Notifications by email, in the recipient's language, each with a one-click unsubscribe: at once (a
 * job per notification, queued in the act's transaction) or in one digest a day (a scheduled job that
 * queues one per person). A notification is emailed once at most: its row is locked while it is sent
 * and marked emailed in the same transaction.
 */
@Injectable()
export class NotificationEmailsService {
  constructor(
    private readonly repository: NotificationDeliveryRepository,
    private readonly mailer: MailerService,
    private readonly jobs: JobsService,
  ) {
    jobs.define<{ notificationId: string }>(NOTIFICATION_EMAIL_JOB, ({ notificationId }) => this.sendAtOnce(notificationId));
    jobs.define<{ personId: string }>(DIGEST_PERSON_JOB, ({ personId }) => this.sendDigest(personId));
    // 07:00 in the UK, every day.
    jobs.schedule(DIGEST_JOB, '0 7 * * *', async () => void (await this.queueDigests()), { timeZone: 'Europe/London' });
  }

  /** Queues an email for each new notification whose recipient wants it at once (in the act's transaction). */
  async queue(told: readonly { id: string; delivery: NotificationDelivery }[], trx: Executor): Promise<void> {
    const now = told.filter((n) => n.delivery === NotificationDelivery.EMAIL).map((n) => ({ notificationId: n.id }));
    await this.jobs.enqueueMany(NOTIFICATION_EMAIL_JOB, now, trx);
  }

  /** The scheduled digest: one job per person with something waiting. */
  async queueDigests(): Promise<number> {
    const people = await this.repository.digestRecipients();
    await this.jobs.enqueueMany(
      DIGEST_PERSON_JOB,
      people.map((personId) => ({ personId })),
    );
    return people.length;
  }

  async sendAtOnce(notificationId: string): Promise<void> {
    await this.repository.transaction(async (trx) => {
      const n = await this.repository.lockToEmail(notificationId, trx);
      // Gone, emailed already, or its person has since chosen otherwise (a digest picks it up then).
      if (!n || n.delivery !== NotificationDelivery.EMAIL) return;
      const t = templatesFor(n.locale);
      const unsubscribe = await this.unsubscribeUrl(n.recipientId, n.kind);
      const line = this.line(t, n);
      await this.mailer.deliver(
        this.mail(
          n,
          line,
          [
            t.greeting(n.displayName),
            '',
            `${line}.`,
            '',
            t.open(this.linkOf(n)),
            '',
            '-- ',
            t.unsubscribeKind(t.kindNames[n.kind], unsubscribe),
            t.settings(this.mailer.link(SETTINGS_PATH)),
          ],
          unsubscribe,
        ),
      );
      await this.repository.markEmailed([n.id], trx);
    });
  }

  /** One email with every notification waiting for this person's digest, one line each; nothing when none is. */
  async sendDigest(personId: string): Promise<void> {
    await this.repository.transaction(async (trx) => {
      const items = await this.repository.lockDigest(personId, trx);
      if (items.length === 0) return;
      const first = items[0];
      const t = templatesFor(first.locale);
      const unsubscribe = await this.unsubscribeUrl(personId, 'digest');
      const lines = items.map((n) => `- ${this.line(t, n)}: ${this.linkOf(n)}`);
      await this.mailer.deliver(
        this.mail(
          first,
          t.digestSubject(items.length),
          [
            t.greeting(first.displayName),
            '',
            t.digestIntro,
            '',
            ...lines,
            '',
            '-- ',
            t.unsubscribeDigest(unsubscribe),
            t.settings(this.mailer.link(SETTINGS_PATH)),
          ],
          unsubscribe,
        ),
      );
      await this.repository.markEmailed(
        items.map((n) => n.id),
        trx,
      );
    });
  }

  private mail(to: NotificationToEmail, subject: string, body: string[], unsubscribe: string): Mail {
    return {
      to: to.email,
      subject,
      text: `${body.join('\n')}\n`,
      // RFC 8058 one-click unsubscribe: mail programs POST to the link; a person opening it gets a page that asks first.
      headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    };
  }

  private line(t: EmailTemplates, n: NotificationToEmail): string {
    return t.kinds[n.kind]({ actor: n.actorName ?? t.someone, title: titleOf(n) || t.untitled });
  }

  /** The page it is about (see pathOf), else the home page. */
  private linkOf(n: NotificationToEmail): string {
    const path = pathOf(n);
    return this.mailer.link(path && path.startsWith('/') && !path.startsWith('//') ? path : '/');
  }

  async unsubscribeUrl(personId: string, scope: UnsubscribeScope | NotificationKind): Promise<string> {
    return this.mailer.link(`/api/notifications/unsubscribe/${signUnsubscribe(await this.repository.secret(), personId, scope)}`);
  }
}

/** What a notification is about, in a few words, from the facts its module stored. */
function titleOf({ data }: Pick<NotificationToEmail, 'data'>): string | undefined {
  return data.title || data.gatheringTitle || data.conversationTitle || data.what || data.networkName || data.otherNetworkName;
}

/** The web page a notification is about, from the facts its module stored (the inbox links the same way). */
function pathOf({ kind, data }: Pick<NotificationToEmail, 'kind' | 'data'>): string | undefined {
  const segment = (value: string) => encodeURIComponent(value);
  if (data.path) return data.path;
  if (data.conversationId) return `/conversations/${segment(data.conversationId)}`;
  if (kind === NotificationKind.ACTION_GIVEN || kind === NotificationKind.ACTION_DUE_SOON) return '/my/actions';
  if (kind === NotificationKind.HARVEST_PUBLISHED && data.gatheringSlug) return `/gatherings/${segment(data.gatheringSlug)}/harvest`;
  const gathering = data.slug || data.gatheringSlug;
  if (gathering) return `/gatherings/${segment(gathering)}`;
  if (data.networkSlug) return `/networks/${segment(data.networkSlug)}`;
  return undefined;
}
