import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import { Prepared } from '../../database/prepared.js';
import type { Viewer } from '../../common/access/request-context.js';
import type { Person, PersonContact } from './person.js';
import { SqlSnapshot } from '../../database/sql-snapshot.js';

/** The columns of a person anyone may be shown (by the rules of PersonModel): never the password hash or the calendar token. */
const PERSON = ['id', 'email', 'displayName', 'pronouns', 'bio', 'locale', 'isPlatformAdmin', 'createdAt'] as const;

export interface PeoplePageQuery {
  search?: string;
  /** Keyset after this (created_at truncated to milliseconds, id), newest first. */
  after?: { createdAt: string; id: string };
  limit: number;
}

/** All SQL on people, sessions, sign_in_links and the housekeeping of rate_limits (rate-limiter-flexible reads and writes its counters itself). */
@Injectable()
export class AccountsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  transaction<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  /** Inserts unless the email is taken (then undefined). */
  insertPersonUnlessTaken(
    person: { email: string; passwordHash: string; displayName: string },
    db: Executor = this.db,
  ): Promise<Person | undefined> {
    return db
      .insertInto('people')
      .values(person)
      .onConflict((oc) => oc.column('email').doNothing())
      .returning(PERSON)
      .executeTakeFirst();
  }

  /** Inserts; a taken email fails with PostgreSQL's unique_violation. */
  createPerson(person: { email: string; passwordHash: string; displayName: string }): Promise<Person> {
    return this.db.insertInto('people').values(person).returning(PERSON).executeTakeFirstOrThrow();
  }

  async anyone(): Promise<boolean> {
    return (await this.db.selectFrom('people').select('id').limit(1).executeTakeFirst()) !== undefined;
  }

  person(id: string): Promise<Person | undefined> {
    return this.db.selectFrom('people').select(PERSON).where('id', '=', id).executeTakeFirst();
  }

  personByEmail(email: string, db: Executor = this.db): Promise<Person | undefined> {
    return db.selectFrom('people').select(PERSON).where('email', '=', email).executeTakeFirst();
  }

  /** The person and their password hash, by email or id. */
  credentials(by: { email: string } | { id: string }): Promise<(Person & { passwordHash: string }) | undefined> {
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
      passwordHash: string;
      isPlatformAdmin: boolean;
    }>,
  ): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    await this.db
      .updateTable('people')
      .set({ ...changes, updatedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
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

  contacts(ids: readonly string[]): Promise<PersonContact[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('people')
      .select(['id', 'email', 'displayName', 'locale'])
      .where('id', 'in', [...new Set(ids)])
      .execute();
  }

  /** People whose email is one of `emails` (compared case-insensitively, as citext does). */
  withEmails(emails: readonly string[]): Promise<PersonContact[]> {
    if (emails.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('people')
      .select(['id', 'email', 'displayName', 'locale'])
      .where('email', 'in', [...emails])
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

  /** Deletes what has expired; returns how many of each. */
  async purgeExpired(): Promise<{ sessions: number; signInLinks: number; rateLimits: number }> {
    const aDayAgo = sql<Date>`now() - interval '1 day'`;
    const [sessions, signInLinks, rateLimits] = await Promise.all([
      this.db.deleteFrom('sessions').where('expiresAt', '<', aDayAgo).executeTakeFirst(),
      this.db
        .deleteFrom('signInLinks')
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
      rateLimits: Number(rateLimits.numDeletedRows),
    };
  }
}
