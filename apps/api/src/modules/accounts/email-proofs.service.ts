import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { MailerService } from '../../common/mail/mailer.service.js';
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

  async sendVerification(person: Addressee): Promise<void> {
    const token = await this.issue(person, EmailTokenPurpose.VERIFY_EMAIL);
    await this.mailer.send({
      to: person.email,
      subject: 'Confirm your email address for Weave',
      text:
        `Hello ${person.displayName},\n\nTo confirm that this is your email address, open this link (it works once, for 48 hours):\n` +
        `${this.mailer.link(`/verify-email?token=${token}`)}\n\n` +
        `If you did not make an account on Weave, ignore this email: nobody can use this address on Weave without it.\n`,
    });
  }

  async sendPasswordReset(person: Addressee): Promise<void> {
    const token = await this.issue(person, EmailTokenPurpose.RESET_PASSWORD);
    await this.mailer.send({
      to: person.email,
      subject: 'Set a new password for Weave',
      text:
        `Hello ${person.displayName},\n\nSomeone (we hope you) asked to set a new password for your Weave account. ` +
        `Open this link to choose one (it works once, for 1 hour):\n${this.mailer.link(`/reset-password?token=${token}`)}\n\n` +
        `If it was not you, ignore this email: your password stays as it is.\n`,
    });
  }

  /** Sign-up with an address that has an account: its owner hears of it (the stranger is told nothing). */
  async sendSignUpAttempt(person: Addressee): Promise<void> {
    await this.mailer.send({
      to: person.email,
      subject: 'Someone tried to sign up to Weave with your address',
      text:
        `Hello ${person.displayName},\n\nSomeone tried to make a Weave account with this email address, which already has one.\n\n` +
        `If it was you, sign in: ${this.mailer.link('/sign-in')}\n` +
        `or, if you have forgotten your password, set a new one: ${this.mailer.link('/forgot-password')}\n\n` +
        `If it was not you, you need do nothing: your account is unchanged.\n`,
    });
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
