import { Injectable } from '@nestjs/common';
import type { Executor } from '../../database/database.js';
import { AccountsRepository } from './accounts.repository.js';
import type { PersonContact } from './person.js';

/**
 * What other modules may know about people, without reading the people table:
 * how to write to them, and the calendar feed token they keep on their account.
 * (For names inside another module's query, use displayNameOf from accounts.fragments.)
 */
export type { Person, PersonContact } from './person.js';

@Injectable()
export class PeopleService {
  constructor(private readonly repository: AccountsRepository) {}

  /** Email, display name and locale of each person (in no particular order; unknown ids are left out). */
  /** With `db`, read in that transaction (a caller holding a lock must not wait for a second connection). */
  contacts(ids: readonly string[], db?: Executor): Promise<PersonContact[]> {
    return this.repository.contacts(ids, db);
  }

  /** The people who have proved an email among these (case-insensitive): the only ones who hold them. */
  withProvedEmails(emails: readonly string[]): Promise<PersonContact[]> {
    return this.repository.withProvedEmails(emails);
  }

  setCalendarTokenHash(personId: string, tokenHash: Buffer | null): Promise<void> {
    return this.repository.setCalendarTokenHash(personId, tokenHash);
  }

  /** The person whose calendar feed token hashes to this, if any. */
  async byCalendarTokenHash(tokenHash: Buffer): Promise<{ id: string; displayName: string } | null> {
    return (await this.repository.personByCalendarTokenHash(tokenHash)) ?? null;
  }
}
