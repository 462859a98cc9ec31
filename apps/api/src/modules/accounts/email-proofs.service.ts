import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { MailerService } from '../../common/mail/mailer.service.js';
import { letterTo, mailTemplatesFor } from '../../common/mail/templates/index.js';
import { AccountsRepository } from './accounts.repository.js';
import { AccountsError, accountsError } from './accounts.errors.js';
import { EmailTokenPurpose } from './email-token.entity.js';
import type { Executor } from '../../database/database.js';

const HOUR_MS = 60 * 60 * 1000;
const LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  [EmailTokenPurpose.VERIFY_EMAIL]: 48 * HOUR_MS,
  [EmailTokenPurpose.RESET_PASSWORD]: HOUR_MS,
};
const hash = (token: string) => createHash('sha256').update(token).digest();

/** Who a link is for. */
export interface Addressee {
  id: string;
  email: string;
  displayName: string;
  /** Their language (people.locale): the email is written in it. Account emails have no unsubscribe: they are about the account's security. */
  locale: string;
}

/**
 * Links mailed to a person's address that prove they receive mail there:
 * to verify the address, or to set a new password. Each is single-use and
 * expiring; only a hash of its token is stored; it proves only the address it
 * was sent to, and only while that is still the person's address.
 */
@Injectable()
export class EmailProofsService {
  constructor(
    private readonly repository: AccountsRepository,
    private readonly mailer: MailerService,
  ) {}

  /** `next`: where in Weave they were going (a path, checked by the input); the link brings them back there. */
  async sendVerification(person: Addressee, next?: string): Promise<void> {
    const token = await this.issue(person, EmailTokenPurpose.VERIFY_EMAIL);
    const t = mailTemplatesFor(person.locale);
    const url = this.mailer.link(`/verify-email?${new URLSearchParams({ token, ...(next ? { next } : {}) })}`);
    await this.mailer.send(letterTo(person, t, t.verifyEmail({ name: person.displayName, url })));
  }

  async sendPasswordReset(person: Addressee): Promise<void> {
    const token = await this.issue(person, EmailTokenPurpose.RESET_PASSWORD);
    const t = mailTemplatesFor(person.locale);
    await this.mailer.send(
      letterTo(person, t, t.passwordReset({ name: person.displayName, url: this.mailer.link(`/reset-password?token=${token}`) })),
    );
  }

  /** Sign-up with an address that has an account: its owner hears of it (the stranger is told nothing). */
  async sendSignUpAttempt(person: Addressee, next?: string): Promise<void> {
    const t = mailTemplatesFor(person.locale);
    await this.mailer.send(
      letterTo(
        person,
        t,
        t.signUpAttempt({
          name: person.displayName,
          signInUrl: this.mailer.link(next ? `/sign-in?${new URLSearchParams({ next })}` : '/sign-in'),
          forgotUrl: this.mailer.link('/forgot-password'),
        }),
      ),
    );
  }

  /** The person and address a live link is for, without using it up. */
  async peek(token: string, purpose: EmailTokenPurpose): Promise<{ personId: string; email: string }> {
    const found = token.length <= 100 ? await this.repository.emailToken(hash(token), purpose) : undefined;
    if (!found) throw accountsError(AccountsError.EmailLinkSpent);
    return found;
  }

  /**
   * Uses a link up and records that its person has proved the address it was
   * sent to (a password reset proves it too). Exactly one of two racing uses wins.
   */
  async use(token: string, purpose: EmailTokenPurpose, db: Executor): Promise<{ personId: string; email: string }> {
    const used = token.length <= 100 ? await this.repository.useEmailToken(hash(token), purpose, db) : undefined;
    if (!used) throw accountsError(AccountsError.EmailLinkSpent);
    await this.repository.markEmailProved(used.personId, used.email, db);
    return used;
  }

  private async issue(person: Addressee, purpose: EmailTokenPurpose): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.repository.insertEmailToken({
      tokenHash: hash(token),
      purpose,
      personId: person.id,
      email: person.email,
      expiresAt: new Date(Date.now() + LIFETIME_MS[purpose]),
    });
    return token;
  }
}
