import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '../../common/pagination/connection.model.js';
import { isUniqueViolation } from '../../database/pg-errors.js';
import { AccountsRepository } from './accounts.repository.js';
import { AccountsError, accountsError } from './accounts.errors.js';
import type { ChangePasswordInput } from './dtos/change-password.input.js';
import type { PeopleArgs } from './dtos/people.args.js';
import type { SignUpInput } from './dtos/sign-up.input.js';
import type { UpdateProfileInput } from './dtos/update-profile.input.js';
import { dummyHash, hashPassword, verifyPassword } from './password.js';
import type { Person } from './person.js';

/** Accounts: who people are, their profiles and passwords. */
@Injectable()
export class AccountsService {
  constructor(private readonly repository: AccountsRepository) {}

  async signUp(input: SignUpInput): Promise<Person> {
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.repository.createPerson({ email: input.email, passwordHash, displayName: input.displayName });
    } catch (error) {
      if (isUniqueViolation(error)) throw accountsError(AccountsError.EmailTaken);
      throw error;
    }
  }

  /** Whether anyone has an account yet (the demo loads only into an empty database). */
  hasAnyone(): Promise<boolean> {
    return this.repository.anyone();
  }

  byEmail(email: string): Promise<Person | undefined> {
    return this.repository.personByEmail(email);
  }

  /** Makes someone a platform admin, or stops them being one (the admin command; the demo's admin). */
  async setPlatformAdmin(id: string, isPlatformAdmin: boolean): Promise<void> {
    await this.repository.updatePerson(id, { isPlatformAdmin });
  }

  /** The person whose email and password these are; the same error whichever is wrong. */
  async verifyCredentials(email: string, password: string): Promise<Person> {
    const found = await this.repository.credentials({ email });
    const ok = await verifyPassword(found?.passwordHash ?? (await dummyHash()), password);
    if (!found || !ok) throw accountsError(AccountsError.InvalidCredentials);
    const { passwordHash: _, ...person } = found;
    return person;
  }

  async get(id: string): Promise<Person> {
    const person = await this.repository.person(id);
    if (!person) throw new Error(`No person ${id}.`);
    return person;
  }

  async updateProfile(id: string, input: UpdateProfileInput): Promise<Person> {
    await this.repository.updatePerson(id, {
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.pronouns !== undefined ? { pronouns: input.pronouns || null } : {}),
      ...(input.bio !== undefined ? { bio: input.bio || null } : {}),
      ...(input.locale !== undefined ? { locale: input.locale } : {}),
    });
    return this.get(id);
  }

  async changePassword(id: string, input: ChangePasswordInput): Promise<void> {
    const found = await this.repository.credentials({ id });
    if (!found || !(await verifyPassword(found.passwordHash, input.currentPassword)))
      throw accountsError(AccountsError.WrongCurrentPassword);
    if (input.currentPassword === input.newPassword) throw accountsError(AccountsError.SamePassword);
    await this.repository.updatePerson(id, { passwordHash: await hashPassword(input.newPassword) });
  }

  /** Everyone, newest first, for platform admins. */
  async list(args: PeopleArgs): Promise<Connection<Person>> {
    let after: { createdAt: string; id: string } | undefined;
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2);
      if (!isUUID(id) || Number.isNaN(Date.parse(String(createdAt)))) throw accountsError(AccountsError.BadCursor);
      after = { createdAt: String(createdAt), id: String(id) };
    }
    const { rows, totalCount } = await this.repository.page({ search: args.search?.trim() || undefined, after, limit: args.first + 1 });
    return toConnection(
      rows,
      args.first,
      totalCount,
      (p) => encodeCursor([p.createdAt.toISOString(), p.id]),
      (p) => p,
    );
  }
}
