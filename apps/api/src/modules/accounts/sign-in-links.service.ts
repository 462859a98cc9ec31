import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccountsRepository } from './accounts.repository.js';
import { AccountsError, accountsError } from './accounts.errors.js';
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
   * Uses a link once; whoever holds it has proved the address. Returns the
   * person with that email, making their account (proved, with no password
   * until they set one) if there is none. An account made with the address
   * but never proved may be a stranger's, made before its owner arrived: the
   * owner takes it over — its password is cleared and its sessions ended, so
   * whoever typed the address at sign-up is shut out.
   */
  async consume(token: string): Promise<Person> {
    return this.repository.transaction(async (trx) => {
      const email = token.length <= 100 ? await this.repository.useSignInLink(hash(token), trx) : undefined;
      if (!email) throw accountsError(AccountsError.SignInLinkSpent);
      const made = await this.repository.insertPersonUnlessTaken(
        { email, displayName: email.split('@')[0], passwordHash: null, emailVerifiedAt: new Date() },
        trx,
      );
      if (made) return made;
      const existing = (await this.repository.personByEmail(email, trx))!;
      const proved = await this.repository.emailProvedAt(existing.id, trx);
      if (!proved) {
        await this.repository.updatePerson(existing.id, { passwordHash: null }, trx);
        await this.repository.deleteSessionsOf(existing.id, trx);
        await this.repository.markEmailProved(existing.id, existing.email, trx);
      }
      return existing;
    });
  }
}
