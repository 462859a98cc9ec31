import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, MoreThan, type DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { hashPassword } from './password.js';
import { PersonEntity } from './person.entity.js';
import { SignInLinkEntity } from './sign-in-link.entity.js';

const LIFETIME_MS = 72 * 60 * 60 * 1000;
const hash = (token: string) => createHash('sha256').update(token).digest();

/** One-time sign-in links: the way in for people invited by email before they have an account. */
@Injectable()
export class SignInLinksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(email: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.dataSource
      .getRepository(SignInLinkEntity)
      .insert({ tokenHash: hash(token), email, expiresAt: new Date(Date.now() + LIFETIME_MS) });
    return token;
  }

  /**
   * Uses a link once: returns the person with that email, creating their
   * account if they have none (they can set a password later from their account).
   */
  async consume(token: string): Promise<PersonEntity> {
    return this.dataSource.transaction(async (manager) => {
      const used = await manager
        .getRepository(SignInLinkEntity)
        .createQueryBuilder()
        .update()
        .set({ usedAt: () => 'now()' })
        .where({ tokenHash: hash(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) })
        .returning(['email'])
        .execute();
      const email = (used.raw as { email: string }[])[0]?.email;
      if (!email)
        throw new AppError(
          'UNAUTHENTICATED',
          'This sign-in link has expired or has been used already. Ask for a new invitation, or sign in with your password.',
        );
      const people = manager.getRepository(PersonEntity);
      const existing = await people.findOneBy({ email });
      if (existing) return existing;
      await people
        .createQueryBuilder()
        .insert()
        .values({ email, displayName: email.split('@')[0], passwordHash: await hashPassword(randomBytes(32).toString('base64url')) })
        .orIgnore()
        .execute();
      return people.findOneByOrFail({ email });
    });
  }
}
