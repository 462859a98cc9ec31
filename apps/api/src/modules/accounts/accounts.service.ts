import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { Brackets, type Repository } from 'typeorm';
import { badUserInput } from '../../common/errors/app-error.js';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '../../common/pagination/connection.model.js';
import { isUniqueViolation } from '../../database/pg-errors.js';
import { AccountsError, accountsError } from './accounts.errors.js';
import type { ChangePasswordInput } from './dtos/change-password.input.js';
import type { PeopleArgs } from './dtos/people.args.js';
import type { SignUpInput } from './dtos/sign-up.input.js';
import type { UpdateProfileInput } from './dtos/update-profile.input.js';
import { dummyHash, hashPassword, verifyPassword } from './password.js';
import { PersonEntity } from './person.entity.js';

@Injectable()
export class AccountsService {
  constructor(@InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>) {}

  async signUp(input: SignUpInput): Promise<PersonEntity> {
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.people.save(this.people.create({ email: input.email, passwordHash, displayName: input.displayName }));
    } catch (error) {
      if (isUniqueViolation(error)) throw accountsError(AccountsError.EmailTaken);
      throw error;
    }
  }

  /** The person whose email and password these are; the same error whichever is wrong. */
  async verifyCredentials(email: string, password: string): Promise<PersonEntity> {
    const person = await this.people.findOneBy({ email });
    const ok = await verifyPassword(person?.passwordHash ?? (await dummyHash()), password);
    if (!person || !ok) throw accountsError(AccountsError.InvalidCredentials);
    return person;
  }

  async get(id: string): Promise<PersonEntity> {
    return this.people.findOneByOrFail({ id });
  }

  async updateProfile(id: string, input: UpdateProfileInput): Promise<PersonEntity> {
    const changes: Partial<PersonEntity> = {};
    if (input.displayName !== undefined) changes.displayName = input.displayName;
    if (input.pronouns !== undefined) changes.pronouns = input.pronouns || null;
    if (input.bio !== undefined) changes.bio = input.bio || null;
    if (input.locale !== undefined) changes.locale = input.locale;
    if (Object.keys(changes).length > 0) await this.people.update({ id }, changes);
    return this.get(id);
  }

  async changePassword(id: string, input: ChangePasswordInput): Promise<void> {
    const person = await this.get(id);
    if (!(await verifyPassword(person.passwordHash, input.currentPassword))) throw accountsError(AccountsError.WrongCurrentPassword);
    if (input.currentPassword === input.newPassword) throw accountsError(AccountsError.SamePassword);
    await this.people.update({ id }, { passwordHash: await hashPassword(input.newPassword) });
  }

  /** Everyone, newest first, for platform admins. */
  async list(args: PeopleArgs): Promise<Connection<PersonEntity>> {
    const query = this.people.createQueryBuilder('p');
    const search = args.search?.trim();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.where(
        new Brackets((q) => q.where('p.display_name ILIKE :pattern', { pattern }).orWhere('p.email ILIKE :pattern', { pattern })),
      );
    }
    const totalCount = await query.clone().getCount();
    // Cursors carry milliseconds, so order by the same truncated time.
    const createdMs = "date_trunc('milliseconds', p.created_at)";
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2);
      if (!isUUID(id) || Number.isNaN(Date.parse(String(createdAt)))) throw badUserInput({ after: 'This cursor is not one we gave out.' });
      query.andWhere(`(${createdMs}, p.id) < (:createdAt, :id)`, { createdAt, id });
    }
    const rows = await query
      .orderBy(createdMs, 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(args.first + 1)
      .getMany();
    return toConnection(
      rows,
      args.first,
      totalCount,
      (p) => encodeCursor([p.createdAt.toISOString(), p.id]),
      (p) => p,
    );
  }
}
