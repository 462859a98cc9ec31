import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends email through SMTP when SMTP_URL is set. Otherwise each message is
 * written to the log and, as an .eml file, to the outbox folder (OUTBOX_DIR),
 * so nothing is lost in development and demos.
 */
@Injectable()
export class MailerService {
  private readonly logger = new Logger(MailerService.name);
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.mail.smtpUrl
      ? nodemailer.createTransport(config.mail.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true });
  }

  async send(mail: Mail): Promise<void> {
    try {
      const info = await this.transport.sendMail({ from: this.config.mail.from, ...mail });
      if (!this.config.mail.smtpUrl) {
        await mkdir(this.config.mail.outboxDir, { recursive: true });
        const file = path.join(
          this.config.mail.outboxDir,
          `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`,
        );
        await writeFile(file, info.message as Buffer);
        this.logger.log(`email to ${mail.to} ("${mail.subject}") written to ${file}`);
      }
    } catch (error) {
      // Email is a courtesy: a failure is logged, never undoes what the person did.
      this.logger.error(`could not send email to ${mail.to}: ${String(error)}`);
    }
  }

  /** A link into the web app. */
  link(pathname: string): string {
    return `${this.config.publicUrl}${pathname}`;
  }
}
