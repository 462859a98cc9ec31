import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '../../common/pagination/connection.model.js';
import { AccountsRepository } from './accounts.repository.js';
import { AccountsError, accountsError } from './accounts.errors.js';
import { EmailProofsService } from './email-proofs.service.js';
import { EmailTokenPurpose } from './email-token.entity.js';
import type { ChangePasswordInput } from './dtos/change-password.input.js';
import type { PeopleArgs } from './dtos/people.args.js';
import type { SignUpInput } from './dtos/sign-up.input.js';
import type { UpdateProfileInput } from './dtos/update-profile.input.js';
import { dummyHash, hashPassword, verifyPassword } from './password.js';
import type { Person } from './person.js';

/** Accounts: who people are, their profiles and passwords. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly repository: AccountsRepository,
    private readonly proofs: EmailProofsService,
  ) {}

  /**
   * Makes an account whose address is not proved yet and mails it a link to
   * prove it. When the address has an account already, nothing changes and its
   * owner is told by email instead: the caller cannot tell which happened.
   */
  async signUp(input: SignUpInput): Promise<void> {
    // Hashed either way, so both cases take as long.
    const passwordHash = await hashPassword(input.password);
    const made = await this.repository.insertPersonUnlessTaken({
      email: input.email,
      passwordHash,
      displayName: input.displayName,
      ...(input.locale ? { locale: input.locale } : {}),
    });
    if (made) return this.proofs.sendVerification(made, input.next);
    const owner = await this.repository.personByEmail(input.email);
    if (owner) await this.proofs.sendSignUpAttempt(owner, input.next);
  }

  /**
   * An account whose address counts as proved without a link: for the
   * operator's admin command and the demo's people, never for a request.
   */
  async createProved(input: SignUpInput): Promise<Person> {
    const passwordHash = await hashPassword(input.password);
    const made = await this.repository.insertPersonUnlessTaken({
      email: input.email,
      displayName: input.displayName,
      passwordHash,
      emailVerifiedAt: new Date(),
    });
    if (!made) throw new Error(`There is an account for ${input.email} already.`);
    return made;
  }

  /**
   * Many accounts with one password, proved, hashed once and written in one statement: for the demo's
   * crowd (an argon2 hash per person would add seconds to the first start). Returns their ids in order.
   */
  async createManyProved(people: { email: string; displayName: string }[], password: string): Promise<string[]> {
    const passwordHash = await hashPassword(password);
    const emailVerifiedAt = new Date();
    return this.repository.insertPeople(people.map((person) => ({ ...person, passwordHash, emailVerifiedAt })));
  }

  /** Mails a new link to prove the person's address, unless it is proved already. */
  async resendVerification(id: string): Promise<void> {
    const person = await this.get(id);
    if (!person.emailVerifiedAt) await this.proofs.sendVerification(person);
  }

  /** Uses a verification link: the person it was sent to has proved that address. */
  async verifyEmail(token: string): Promise<Person> {
    const { personId } = await this.repository.transaction((trx) => this.proofs.use(token, EmailTokenPurpose.VERIFY_EMAIL, trx));
    return this.get(personId);
  }

  /** Mails a link to set a new password when the address has an account; the same (nothing) either way. */
  async requestPasswordReset(email: string): Promise<void> {
    const person = await this.repository.personByEmail(email);
    if (person) await this.proofs.sendPasswordReset(person);
  }

  /**
   * Uses a reset link: sets the new password, records the address as proved
   * (the link reached it) and ends every session of the person, in one transaction.
   */
  async resetPassword(token: string, newPassword: string): Promise<Person> {
    const passwordHash = await hashPassword(newPassword);
    const { personId } = await this.repository.transaction(async (trx) => {
      const used = await this.proofs.use(token, EmailTokenPurpose.RESET_PASSWORD, trx);
      await this.repository.updatePerson(used.personId, { passwordHash }, trx);
      await this.repository.deleteSessionsOf(used.personId, trx);
      return used;
    });
    return this.get(personId);
  }

  /** A first password, for an account made through a sign-in link (one with a password changes it instead). */
  async setPassword(id: string, newPassword: string): Promise<void> {
    if (!(await this.repository.setPasswordIfNone(id, await hashPassword(newPassword))))
      throw accountsError(AccountsError.PasswordAlreadySet);
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
    // No account, or one made through a sign-in link without a password yet: the same answer, as slowly.
    const ok = (await verifyPassword(found?.passwordHash ?? (await dummyHash()), password)) && !!found?.passwordHash;
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
    if (!found?.passwordHash || !(await verifyPassword(found.passwordHash, input.currentPassword)))
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
