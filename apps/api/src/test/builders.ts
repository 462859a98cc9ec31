import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { DB_TOKEN, type Db } from '../database/database.js';
import { hashPassword } from '../modules/accounts/password.js';
import { SESSION_COOKIE } from '../modules/accounts/session-cookie.js';
import { SessionsService } from '../modules/accounts/sessions.service.js';
import { GatheringRole, GatheringStatus, RegistrationStatus } from '../modules/gatherings/gathering.enums.js';
import { GraphQLClient } from './graphql-client.js';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestPerson {
  id: string;
  email: string;
  password: string;
  displayName: string;
  /** Signed in as this person. */
  client: GraphQLClient;
}

export interface TestGathering {
  id: string;
  slug: string;
  title: string;
}

let sequence = 0;
const unique = () => `${++sequence}-${randomBytes(3).toString('hex')}`;

// One argon2 hash per test process: hashing is the slow part of a real sign-up.
let passwordHash: Promise<string> | undefined;

/**
 * Test fixtures written straight into the database, in the shape the
 * modules write them, so tests set up in milliseconds and each makes its
 * own data. What a fixture stands for (a sign-up, a new gathering) is
 * tested through the API in its own module's tests.
 */
export class Builders {
  private readonly db: Db;

  constructor(
    private readonly app: NestExpressApplication,
    private readonly baseUrl: string,
  ) {
    this.db = app.get<Db>(DB_TOKEN);
  }

  /** A person with an account and a signed-in client. */
  async person(overrides: Partial<Pick<TestPerson, 'email' | 'displayName' | 'password'>> & { isPlatformAdmin?: boolean } = {}) {
    const n = unique();
    const password = overrides.password ?? TEST_PASSWORD;
    const hash = password === TEST_PASSWORD ? await (passwordHash ??= hashPassword(TEST_PASSWORD)) : await hashPassword(password);
    const email = overrides.email ?? `person${n}@example.org`;
    const displayName = overrides.displayName ?? `Person ${n.split('-')[0]}`;
    const { id } = await this.db
      .insertInto('people')
      .values({ email, displayName, passwordHash: hash, isPlatformAdmin: overrides.isPlatformAdmin ?? false })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { token } = await this.app.get(SessionsService).start(id, 'test builder');
    const client = new GraphQLClient(this.baseUrl);
    client.useCookies(`${SESSION_COOKIE}=${token}`);
    return { id, email, password, displayName, client } satisfies TestPerson;
  }

  /**
   * A gathering convened by `networkIds` with `convener` holding the convener
   * role, as createGathering makes it; published unless said otherwise.
   */
  async gathering(
    convener: Pick<TestPerson, 'id'>,
    options: {
      networkIds?: string[];
      title?: string;
      status?: GatheringStatus;
      capacity?: number | null;
      startsAt?: Date;
      endsAt?: Date;
    } = {},
  ): Promise<TestGathering> {
    const n = unique();
    const title = options.title ?? `Gathering ${n.split('-')[0]}`;
    const startsAt = options.startsAt ?? new Date('2027-09-01T09:00:00Z');
    return this.db.transaction().execute(async (trx) => {
      const gathering = await trx
        .insertInto('gatherings')
        .values({
          slug: `gathering-${n}`,
          title,
          format: 'in_person',
          startsAt,
          endsAt: options.endsAt ?? new Date(startsAt.getTime() + 3 * 3600_000),
          timeZone: 'Europe/London',
          capacity: options.capacity ?? null,
          status: options.status ?? GatheringStatus.PUBLISHED,
          createdById: convener.id,
        })
        .returning(['id', 'slug', 'title'])
        .executeTakeFirstOrThrow();
      if (options.networkIds?.length)
        await trx
          .insertInto('gatheringConveners')
          .values(options.networkIds.map((networkId) => ({ gatheringId: gathering.id, networkId })))
          .execute();
      await trx
        .insertInto('roleAssignments')
        .values({ personId: convener.id, scopeType: 'gathering', scopeId: gathering.id, role: GatheringRole.CONVENER })
        .execute();
      return gathering;
    });
  }

  /** `person`'s registration, with a place unless said otherwise (counted against the capacity as registering does). */
  async registration(
    person: Pick<TestPerson, 'id'>,
    gathering: Pick<TestGathering, 'id'>,
    status: RegistrationStatus = RegistrationStatus.REGISTERED,
  ): Promise<{ id: string }> {
    return this.db.transaction().execute(async (trx) => {
      const registration = await trx
        .insertInto('registrations')
        .values({ gatheringId: gathering.id, personId: person.id, status })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (status === RegistrationStatus.REGISTERED)
        await trx
          .updateTable('gatherings')
          .set((eb) => ({ registeredCount: eb('registeredCount', '+', 1) }))
          .where('id', '=', gathering.id)
          .execute();
      return registration;
    });
  }

  /** A proposed session of `gathering` hosted by `host`, not on the wall. */
  async session(
    host: Pick<TestPerson, 'id'>,
    gathering: Pick<TestGathering, 'id'>,
    title = `Session ${unique()}`,
  ): Promise<{ id: string }> {
    return this.db
      .insertInto('agendaSessions')
      .values({ gatheringId: gathering.id, hostId: host.id, title })
      .returning('id')
      .executeTakeFirstOrThrow();
  }
}
