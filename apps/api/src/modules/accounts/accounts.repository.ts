import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import { Prepared } from '../../database/prepared.js';
import type { Viewer } from '../../common/access/request-context.js';
import type { EmailTokenPurpose } from './email-token.entity.js';
import type { Person, PersonContact } from './person.js';
import { emailProved } from './accounts.fragments.js';
import { SqlSnapshot } from '../../database/sql-snapshot.js';

/** The columns of a person anyone may be shown (by the rules of PersonModel): never the password hash or the calendar token. */
const PERSON = ['id', 'email', 'displayName', 'pronouns', 'bio', 'locale', 'isPlatformAdmin', 'createdAt'] as const;

export interface PeoplePageQuery {
  search?: string;
  /** Keyset after this (created_at truncated to milliseconds, id), newest first. */
  after?: { createdAt: string; id: string };
  limit: number;
}

/** All SQL on people, sessions, sign_in_links, email_tokens and the housekeeping of rate_limits (rate-limiter-flexible reads and writes its counters itself). */
@Injectable()
export class AccountsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  transaction<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  /** Inserts unless the email is taken (then undefined). */
  insertPersonUnlessTaken(
    person: { email: string; passwordHash: string | null; displayName: string; emailVerifiedAt?: Date | null; locale?: string },
    db: Executor = this.db,
  ): Promise<Person | undefined> {
    return db
      .insertInto('people')
      .values(person)
      .onConflict((oc) => oc.column('email').doNothing())
      .returning(PERSON)
      .executeTakeFirst();
  }

  /** Many people in one statement (the demo's crowd); returns their ids in the order given. */
  async insertPeople(people: { email: string; passwordHash: string; displayName: string; emailVerifiedAt: Date }[]): Promise<string[]> {
    if (people.length === 0) return [];
    const rows = await this.db.insertInto('people').values(people).returning(['id', 'email']).execute();
    const byEmail = new Map(rows.map((row) => [row.email, row.id]));
    return people.map((person) => byEmail.get(person.email)!);
  }

  async anyone(): Promise<boolean> {
    return (await this.db.selectFrom('people').select('id').limit(1).executeTakeFirst()) !== undefined;
  }

  /** The person with what only they (and admins) see of their account: whether the address is proved, whether there is a password. */
  person(id: string): Promise<Person | undefined> {
    return this.db
      .selectFrom('people')
      .select([...PERSON, 'emailVerifiedAt', sql<boolean>`password_hash IS NOT NULL`.as('hasPassword')])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  personByEmail(email: string, db: Executor = this.db): Promise<Person | undefined> {
    return db.selectFrom('people').select(PERSON).where('email', '=', email).executeTakeFirst();
  }

  /** The person and their password hash (null when they have none yet), by email or id. */
  credentials(by: { email: string } | { id: string }): Promise<(Person & { passwordHash: string | null }) | undefined> {
    const query = this.db.selectFrom('people').select([...PERSON, 'passwordHash']);
    return ('email' in by ? query.where('email', '=', by.email) : query.where('id', '=', by.id)).executeTakeFirst();
  }

  async updatePerson(
    id: string,
    changes: Partial<{
      displayName: string;
      pronouns: string | null;
      bio: string | null;
      locale: string;
      passwordHash: string | null;
      isPlatformAdmin: boolean;
    }>,
    db: Executor = this.db,
  ): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    await db
      .updateTable('people')
      .set({ ...changes, updatedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
  }

  /** Sets a first password; false when the person has one already. */
  async setPasswordIfNone(id: string, passwordHash: string): Promise<boolean> {
    const row = await this.db
      .updateTable('people')
      .set({ passwordHash, updatedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .where('passwordHash', 'is', null)
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  async setCalendarTokenHash(personId: string, tokenHash: Buffer | null): Promise<void> {
    await this.db
      .updateTable('people')
      .set({ calendarTokenHash: tokenHash, updatedAt: sql<Date>`now()` })
      .where('id', '=', personId)
      .execute();
  }

  personByCalendarTokenHash(tokenHash: Buffer): Promise<{ id: string; displayName: string } | undefined> {
    return this.db.selectFrom('people').select(['id', 'displayName']).where('calendarTokenHash', '=', tokenHash).executeTakeFirst();
  }

  contacts(ids: readonly string[], db: Executor = this.db): Promise<PersonContact[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('people')
      .select(['id', 'email', 'displayName', 'locale'])
      .where('id', 'in', [...new Set(ids)])
      .execute();
  }

  /** People who have proved an email among `emails` (compared case-insensitively, as citext does). */
  withProvedEmails(emails: readonly string[]): Promise<PersonContact[]> {
    if (emails.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('people')
      .select(['id', 'email', 'displayName', 'locale'])
      .where('email', 'in', [...emails])
      .where(emailProved('people'))
      .execute();
  }

  private search(search: string | undefined) {
    let query = this.db.selectFrom('people as p');
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where((eb) => eb.or([eb('p.displayName', 'ilike', pattern), eb('p.email', 'ilike', pattern)]));
    }
    return query;
  }

  async page(args: PeoplePageQuery): Promise<{ rows: Person[]; totalCount: number }> {
    const { total } = await this.search(args.search)
      .select((eb) => eb.fn.countAll<string>().as('total'))
      .executeTakeFirstOrThrow();
    // Cursors carry milliseconds, so order by the same truncated time.
    const createdMs = sql<Date>`date_trunc('milliseconds', ${sql.ref('p.createdAt')})`;
    let query = this.search(args.search).select(PERSON.map((column) => `p.${column}` as const));
    if (args.after) {
      const { createdAt, id } = args.after;
      query = query.where(sql<boolean>`(${createdMs}, ${sql.ref('p.id')}) < (${createdAt}::timestamptz, ${id}::uuid)`);
    }
    const rows = await query.orderBy(createdMs, 'desc').orderBy('p.id', 'desc').limit(args.limit).execute();
    return { rows, totalCount: Number(total) };
  }

  async insertSession(session: { personId: string; tokenHash: Buffer; expiresAt: Date; userAgent: string | null }): Promise<string> {
    return (await this.db.insertInto('sessions').values(session).returning('id').executeTakeFirstOrThrow()).id;
  }

  /** The viewer a session token stands for. Every signed-in request asks this: one statement, built once (see Prepared). */
  @SqlSnapshot({ params: [Buffer.alloc(32)] })
  async viewerFor(tokenHash: Buffer): Promise<Viewer | null> {
    const [row] = await this.viewerQuery.execute(this.db, tokenHash);
    return row ?? null;
  }

  private readonly viewerQuery = new Prepared(1, (tokenHash: Buffer) =>
    this.db
      .selectFrom('sessions as s')
      .innerJoin('people as p', 'p.id', 's.personId')
      .select(['s.id as sessionId', 's.personId', 'p.isPlatformAdmin'])
      .where('s.tokenHash', '=', tokenHash)
      .where('s.expiresAt', '>', sql<Date>`now()`),
  );

  async deleteSession(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  async deleteSessionsOf(personId: string, db: Executor = this.db): Promise<void> {
    await db.deleteFrom('sessions').where('personId', '=', personId).execute();
  }

  async deleteSessionsExcept(personId: string, keepSessionId: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('personId', '=', personId).where('id', '<>', keepSessionId).execute();
  }

  async insertSignInLink(link: { tokenHash: Buffer; email: string; expiresAt: Date }): Promise<void> {
    await this.db.insertInto('signInLinks').values(link).execute();
  }

  /** Marks an unused, unexpired link used; returns its email, or undefined when there is no such link. */
  async useSignInLink(tokenHash: Buffer, db: Executor): Promise<string | undefined> {
    const used = await db
      .updateTable('signInLinks')
      .set({ usedAt: sql<Date>`now()` })
      .where('tokenHash', '=', tokenHash)
      .where('usedAt', 'is', null)
      .where('expiresAt', '>', new Date())
      .returning('email')
      .executeTakeFirst();
    return used?.email;
  }

  async insertEmailToken(token: {
    tokenHash: Buffer;
    purpose: EmailTokenPurpose;
    personId: string;
    email: string;
    expiresAt: Date;
  }): Promise<void> {
    await this.db.insertInto('emailTokens').values(token).execute();
  }

  /** The unused, unexpired token's person and address, while the address is still the person's (nothing is marked). */
  emailToken(tokenHash: Buffer, purpose: EmailTokenPurpose): Promise<{ personId: string; email: string } | undefined> {
    return this.liveTokens(this.db, tokenHash, purpose).select(['t.personId', 't.email']).executeTakeFirst();
  }

  /**
   * Marks the token used if it is unused, unexpired and its address is still
   * its person's, in one statement: of two requests racing with one token,
   * exactly one gets the person back.
   */
  async useEmailToken(
    tokenHash: Buffer,
    purpose: EmailTokenPurpose,
    db: Executor,
  ): Promise<{ personId: string; email: string } | undefined> {
    return db
      .updateTable('emailTokens')
      .set({ usedAt: sql<Date>`now()` })
      .where('id', '=', this.liveTokens(this.db, tokenHash, purpose).select('t.id'))
      .where('usedAt', 'is', null)
      .returning(['personId', 'email'])
      .executeTakeFirst();
  }

  private liveTokens(db: Pick<Executor, 'selectFrom'>, tokenHash: Buffer, purpose: EmailTokenPurpose) {
    return db
      .selectFrom('emailTokens as t')
      .innerJoin('people as owner', (join) => join.onRef('owner.id', '=', 't.personId').onRef('owner.email', '=', 't.email'))
      .where('t.tokenHash', '=', tokenHash)
      .where('t.purpose', '=', purpose)
      .where('t.usedAt', 'is', null)
      .where('t.expiresAt', '>', sql<Date>`now()`);
  }

  async emailProvedAt(personId: string, db: Executor = this.db): Promise<Date | null> {
    const row = await db.selectFrom('people').select('emailVerifiedAt').where('id', '=', personId).executeTakeFirst();
    return row?.emailVerifiedAt ?? null;
  }

  /** Records that the person has proved `email` (still their address), keeping the first time. */
  async markEmailProved(personId: string, email: string, db: Executor = this.db): Promise<void> {
    await db
      .updateTable('people')
      .set({ emailVerifiedAt: sql<Date>`coalesce(email_verified_at, now())`, updatedAt: sql<Date>`now()` })
      .where('id', '=', personId)
      .where('email', '=', email)
      .execute();
  }

  /** Deletes what has expired; returns how many of each. */
  async purgeExpired(): Promise<{ sessions: number; signInLinks: number; emailTokens: number; rateLimits: number }> {
    const aDayAgo = sql<Date>`now() - interval '1 day'`;
    const [sessions, signInLinks, emailTokens, rateLimits] = await Promise.all([
      this.db.deleteFrom('sessions').where('expiresAt', '<', aDayAgo).executeTakeFirst(),
      this.db
        .deleteFrom('signInLinks')
        .where((eb) => eb(eb.fn.coalesce('usedAt', 'expiresAt'), '<', aDayAgo))
        .executeTakeFirst(),
      this.db
        .deleteFrom('emailTokens')
        .where((eb) => eb(eb.fn.coalesce('usedAt', 'expiresAt'), '<', aDayAgo))
        .executeTakeFirst(),
      // rate-limiter-flexible's layout: `expire` in epoch milliseconds.
      this.db
        .deleteFrom('rateLimits')
        .where('expire', '<', sql<string>`(extract(epoch FROM now() - interval '1 hour') * 1000)::bigint`)
        .executeTakeFirst(),
    ]);
    return {
      sessions: Number(sessions.numDeletedRows),
      signInLinks: Number(signInLinks.numDeletedRows),
      emailTokens: Number(emailTokens.numDeletedRows),
      rateLimits: Number(rateLimits.numDeletedRows),
    };
  }
}
