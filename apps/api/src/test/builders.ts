import slugify from '@sindresorhus/slugify';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { DB_TOKEN, type Db } from '../database/database.js';
import { hashPassword } from '../modules/accounts/password.js';
import { SESSION_COOKIE } from '../modules/accounts/session-cookie.js';
import { SessionsService } from '../modules/accounts/sessions.service.js';
import {
  CheckInMethod,
  GatheringFormat,
  GatheringRole,
  GatheringStatus,
  RegistrationMode,
  RegistrationStatus,
} from '../modules/gatherings/gathering.enums.js';
import { DirectoryVersionService } from '../modules/networks/directory/directory-version.service.js';
import { networkSlug } from '../modules/networks/directory/network-slug.js';
import { normaliseThemes } from '../modules/networks/directory/networks.service.js';
import {
  LifecycleStage,
  NetworkKind,
  NetworkRole,
  NetworkScope,
  NetworkVisibility,
  Region,
  Sector,
} from '../modules/networks/network.enums.js';
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

/** What a test may choose about a person it makes. */
export type PersonOverrides = Partial<Pick<TestPerson, 'email' | 'displayName' | 'password'>> & { verified?: boolean };

export interface TestNetwork {
  id: string;
  slug: string;
  name: string;
}

/** A network as a test describes it, in the GraphQL names (as RegisterNetworkInput takes it). */
export interface NetworkFixture {
  name?: string;
  kind?: keyof typeof NetworkKind;
  purpose?: string;
  values?: string;
  description?: string;
  themes?: string[];
  sectors?: (keyof typeof Sector)[];
  area?: { placeName?: string; region?: keyof typeof Region; latitude?: number; longitude?: number };
  scope?: keyof typeof NetworkScope;
  lifecycleStage?: keyof typeof LifecycleStage;
  visibility?: keyof typeof NetworkVisibility;
  website?: string;
  contact?: string;
}

/** A gathering as a test describes it: the convening networks and any columns that matter to the test. */
export interface GatheringFixture {
  networkIds?: string[];
  title?: string;
  purpose?: string;
  status?: GatheringStatus;
  format?: GatheringFormat;
  registrationMode?: RegistrationMode;
  capacity?: number | null;
  venue?: string;
  onlineUrl?: string;
  startsAt?: Date;
  endsAt?: Date;
  timeZone?: string;
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

  /**
   * A person with an account and a signed-in client. They have proved their
   * email address unless `verified: false` (someone who typed an address at
   * sign-up and has not yet opened the link mailed to it).
   */
  async person(overrides: PersonOverrides & { isPlatformAdmin?: boolean } = {}) {
    const n = unique();
    const password = overrides.password ?? TEST_PASSWORD;
    const hash = password === TEST_PASSWORD ? await (passwordHash ??= hashPassword(TEST_PASSWORD)) : await hashPassword(password);
    const email = overrides.email ?? `person${n}@example.org`;
    const displayName = overrides.displayName ?? `Person ${n.split('-')[0]}`;
    const { id } = await this.db
      .insertInto('people')
      .values({
        email,
        displayName,
        passwordHash: hash,
        isPlatformAdmin: overrides.isPlatformAdmin ?? false,
        emailVerifiedAt: overrides.verified === false ? null : new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { token } = await this.app.get(SessionsService).start(id, 'test builder');
    const client = new GraphQLClient(this.baseUrl);
    client.useCookies(`${SESSION_COOKIE}=${token}`);
    return { id, email, password, displayName, client } satisfies TestPerson;
  }

  /**
   * A network registered by `owner`, who holds the facilitator role, with its
   * first lifecycle stage recorded, as registerNetwork makes it (registering
   * itself, the slug and the input's rules, is tested in networks).
   */
  async network(owner: Pick<TestPerson, 'id'>, fixture: NetworkFixture = {}): Promise<TestNetwork> {
    const n = unique();
    const name = fixture.name ?? `Network ${n.split('-')[0]}`;
    const base = slugify(name) || 'network';
    const network = await this.db.transaction().execute(async (trx) => {
      // The slug registering gives (readable unless taken or members-only).
      const taken = await trx.selectFrom('networks').select('id').where('slug', '=', base).executeTakeFirst();
      const row = await trx
        .insertInto('networks')
        .values({
          name,
          slug: networkSlug(base, new Set(taken ? [base] : []), fixture.visibility === 'MEMBERS_ONLY'),
          kind: NetworkKind[fixture.kind ?? 'NETWORK'],
          purpose: fixture.purpose,
          values: fixture.values,
          description: fixture.description,
          themes: fixture.themes && normaliseThemes(fixture.themes),
          sectors: fixture.sectors && [...new Set(fixture.sectors.map((s) => Sector[s]))],
          placeName: fixture.area?.placeName ?? null,
          region: fixture.area?.region ? Region[fixture.area.region] : null,
          latitude: fixture.area?.latitude ?? null,
          longitude: fixture.area?.longitude ?? null,
          scope: NetworkScope[fixture.scope ?? 'LOCAL'],
          lifecycleStage: LifecycleStage[fixture.lifecycleStage ?? 'FORMING'],
          visibility: NetworkVisibility[fixture.visibility ?? 'PUBLIC'],
          website: fixture.website ?? null,
          contact: fixture.contact ?? null,
          isClaimed: true,
        })
        .returning(['id', 'slug', 'name', 'lifecycleStage'])
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('roleAssignments')
        .values({ personId: owner.id, scopeType: 'network', scopeId: row.id, role: NetworkRole.FACILITATOR })
        .execute();
      await trx
        .insertInto('networkLifecycleEvents')
        .values({ networkId: row.id, stage: row.lifecycleStage, changedById: owner.id })
        .execute();
      return { id: row.id, slug: row.slug, name: row.name };
    });
    // As after a mutation: this process reads the directory's version afresh rather than wait for the notification.
    this.app.get(DirectoryVersionService).invalidate();
    return network;
  }

  /**
   * A gathering convened by `networkIds` with `convener` holding the convener
   * role, as createGathering makes it; published unless said otherwise.
   */
  async gathering(convener: Pick<TestPerson, 'id'>, options: GatheringFixture = {}): Promise<TestGathering> {
    const n = unique();
    const title = options.title ?? `Gathering ${n.split('-')[0]}`;
    const startsAt = options.startsAt ?? new Date('2027-09-01T09:00:00Z');
    return this.db.transaction().execute(async (trx) => {
      const gathering = await trx
        .insertInto('gatherings')
        .values({
          slug: `gathering-${n}`,
          title,
          purpose: options.purpose,
          format: options.format ?? GatheringFormat.IN_PERSON,
          registrationMode: options.registrationMode,
          startsAt,
          endsAt: options.endsAt ?? new Date(startsAt.getTime() + 3 * 3600_000),
          timeZone: options.timeZone ?? 'Europe/London',
          capacity: options.capacity ?? null,
          venue: options.venue ?? null,
          onlineUrl: options.onlineUrl ?? null,
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

  /** `person`'s registration, with a place unless said otherwise (counted against the capacity as registering does); ATTENDED: a place and a check-in. */
  async registration(
    person: Pick<TestPerson, 'id'>,
    gathering: Pick<TestGathering, 'id'>,
    status: RegistrationStatus = RegistrationStatus.REGISTERED,
  ): Promise<{ id: string }> {
    // ATTENDED is never stored: a place and a check-in (by a convener), as ticking someone in leaves it.
    const came = status === RegistrationStatus.ATTENDED;
    return this.db.transaction().execute(async (trx) => {
      const registration = await trx
        .insertInto('registrations')
        .values({ gatheringId: gathering.id, personId: person.id, status: came ? RegistrationStatus.REGISTERED : status })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (came)
        await trx
          .insertInto('checkIns')
          .values({ gatheringId: gathering.id, personId: person.id, registrationId: registration.id, method: CheckInMethod.CONVENER })
          .execute();
      if (status === RegistrationStatus.REGISTERED || came)
        await trx
          .updateTable('gatherings')
          .set((eb) => ({ registeredCount: eb('registeredCount', '+', 1) }))
          .where('id', '=', gathering.id)
          .execute();
      return registration;
    });
  }

  /** An active tie: `member` belongs to `parent` (as a handshake between their facilitators leaves it). */
  async tie(member: Pick<TestNetwork, 'id'>, parent: Pick<TestNetwork, 'id'>): Promise<{ id: string }> {
    const tie = await this.db
      .insertInto('networkMemberships')
      .values({ memberId: member.id, parentId: parent.id, status: 'active', since: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    // As after a mutation (see network()).
    this.app.get(DirectoryVersionService).invalidate();
    return tie;
  }

  /** `network` invited to co-convene `gathering`, not yet answered (as inviteCoConvener leaves it). */
  async coConvenerInvitation(gathering: Pick<TestGathering, 'id'>, network: Pick<TestNetwork, 'id'>): Promise<void> {
    await this.db.insertInto('gatheringConveners').values({ gatheringId: gathering.id, networkId: network.id, accepted: false }).execute();
  }

  /** `places` delegate places for `network` at `gathering` (as setDelegatePlaces leaves them). */
  async delegatePlaces(gathering: Pick<TestGathering, 'id'>, network: Pick<TestNetwork, 'id'>, places: number): Promise<void> {
    await this.db.insertInto('gatheringDelegatePlaces').values({ gatheringId: gathering.id, networkId: network.id, places }).execute();
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
