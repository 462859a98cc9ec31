import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccountsRepository } from './accounts.repository.js';
import { AccountsError, accountsError } from './accounts.errors.js';
import { hashPassword } from './password.js';
import type { Person } from './person.js';

const LIFETIME_MS = 72 * 60 * 60 * 1000;
const hash = (token: string) => createHash('sha256').update(token).digest();

/** One-time sign-in links: the way in for people invited by email before they have an account. */
@Injectable()
export class SignInLinksService {
  constructor(private readonly repository: AccountsRepository) {}

  async create(email: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.repository.insertSignInLink({ tokenHash: hash(token), email, expiresAt: new Date(Date.now() + LIFETIME_MS) });
    return token;
  }

  /**
   * Uses a link once: returns the person with that email, creating their
   * account if they have none (they can set a password later from their account).
   */
  async consume(token: string): Promise<Person> {
    return this.repository.transaction(async (trx) => {
      const email = await this.repository.useSignInLink(hash(token), trx);
      if (!email) throw accountsError(AccountsError.SignInLinkSpent);
      const existing = await this.repository.personByEmail(email, trx);
      if (existing) return existing;
      const made = await this.repository.insertPersonUnlessTaken(
        { email, displayName: email.split('@')[0], passwordHash: await hashPassword(randomBytes(32).toString('base64url')) },
        trx,
      );
      return made ?? (await this.repository.personByEmail(email, trx))!;
    });
  }
}
