import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { Executor } from '../../database/database.js';
import { JobsService } from '../jobs/jobs.service.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

interface QueuedMail extends Mail {
  queuedAt?: string;
}

/** The job that sends one email. */
export const EMAIL_JOB = 'email';

/**
 * Email goes through the job queue: `send` queues it (in the act's transaction when given one) and a
 * job delivers it, through SMTP when SMTP_URL is set, otherwise to the log and, as an .eml file, to the
 * outbox folder (OUTBOX_DIR), so nothing is lost in development and demos. A failure to deliver is
 * retried with backoff and never undoes what the person did; an act that rolls back sends nothing.
 */
@Injectable()
export class MailerService {
  private readonly logger = new Logger(MailerService.name);
  private readonly transport: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {
    this.transport = config.mail.smtpUrl
      ? nodemailer.createTransport(config.mail.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true });
    jobs.define<QueuedMail>(EMAIL_JOB, (mail) => this.deliver(mail), { workers: 2, forgetWhenDone: true });
  }

  /** Queues an email; with `db`, in that transaction (it is sent only if the transaction commits). */
  async send(mail: Mail, db?: Executor): Promise<void> {
    await this.jobs.enqueue<QueuedMail>(EMAIL_JOB, { ...mail, queuedAt: new Date().toISOString() }, db);
  }

  /** Sends now (the email job; throws when it cannot, so the job is tried again later). */
  async deliver({ queuedAt, ...mail }: QueuedMail): Promise<void> {
    const info = await this.transport.sendMail({ from: this.config.mail.from, ...mail });
    if (!this.config.mail.smtpUrl) {
      await mkdir(this.config.mail.outboxDir, { recursive: true });
      const file = path.join(
        this.config.mail.outboxDir,
        // Named by when it was queued, so the folder lists mail in the order it was written.
        `${(queuedAt ?? new Date().toISOString()).replace(/[:.]/g, '-')}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`,
      );
      await writeFile(file, info.message as Buffer);
      this.logger.log(`email to ${mail.to} ("${mail.subject}") written to ${file}`);
    }
  }

  /** A link into the web app. */
  link(pathname: string): string {
    return `${this.config.publicUrl}${pathname}`;
  }
}
