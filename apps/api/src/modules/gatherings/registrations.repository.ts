import { Injectable } from '@nestjs/common';
import { sql, type ExpressionBuilder, type Insertable } from 'kysely';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import type { Viewer } from '../../common/access/request-context.js';
import type { DB, Registrations } from '../../database/db.generated.js';
import { displayNameOf, emailOf, localeOf, personProfiles } from '../accounts/accounts.fragments.js';
import { CheckInMethod, RegistrationStatus } from './gathering.enums.js';
import { takesPart, WITH_A_PLACE } from './gatherings.fragments.js';
import type { Registration } from './gathering.js';
import { networkNamesOf } from '../networks/networks.fragments.js';

type Status = { status: RegistrationStatus };

export interface ParticipantRow {
  personId: string;
  displayName: string;
  representingNetworkIds: string[];
  sortName: string;
}

export interface NamedRegistration {
  personName: string;
  position: number | null;
  checkIn: { method: CheckInMethod; checkedInAt: Date } | null;
}

/** All SQL on registrations (places are counted on the gathering's row, under its lock: GatheringsRepository). */
@Injectable()
export class RegistrationsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** Inserts; a second active registration of a person fails with unique_violation (registrations_active_unique). */
  insert(trx: Executor, registration: Insertable<Registrations>): Promise<Registration> {
    return trx.insertInto('registrations').values(registration).returningAll().$narrowType<Status>().executeTakeFirstOrThrow();
  }

  /** The person's registration for the gathering that is not cancelled. */
  active(gatheringId: string, personId: string, db: Executor = this.db): Promise<Registration | undefined> {
    return db
      .selectFrom('registrations')
      .selectAll()
      .$narrowType<Status>()
      .where('gatheringId', '=', gatheringId)
      .where('personId', '=', personId)
      .where('status', '<>', RegistrationStatus.CANCELLED)
      .executeTakeFirst();
  }

  /** The viewer's registrations (not cancelled) for these gatherings. */
  activeOf(personId: string, gatheringIds: readonly string[]): Promise<Registration[]> {
    if (gatheringIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('registrations')
      .selectAll()
      .$narrowType<Status>()
      .where('personId', '=', personId)
      .where('gatheringId', 'in', [...gatheringIds])
      .where('status', '<>', RegistrationStatus.CANCELLED)
      .execute();
  }

  /** A registration with this status, if there is one. */
  withStatus(trx: Executor, id: string, gatheringId: string, status: RegistrationStatus): Promise<Registration | undefined> {
    return trx
      .selectFrom('registrations')
      .selectAll()
      .$narrowType<Status>()
      .where('id', '=', id)
      .where('gatheringId', '=', gatheringId)
      .where('status', '=', status)
      .executeTakeFirst();
  }

  /** The first on the waiting list (by arrival). */
  nextWaiting(trx: Executor, gatheringId: string): Promise<Registration | undefined> {
    return trx
      .selectFrom('registrations')
      .selectAll()
      .$narrowType<Status>()
      .where('gatheringId', '=', gatheringId)
      .where('status', '=', RegistrationStatus.WAITLISTED)
      .orderBy('arrival', 'asc')
      .limit(1)
      .executeTakeFirst();
  }

  async setStatus(trx: Executor, id: string, status: RegistrationStatus): Promise<void> {
    await trx
      .updateTable('registrations')
      .set({ status, updatedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
  }

  /**
   * Registrations for a gathering in arrival order, optionally with one status: ATTENDED are the
   * REGISTERED who checked in, and REGISTERED then means those who have not (yet).
   */
  list(gatheringId: string, status?: RegistrationStatus): Promise<Registration[]> {
    let query = this.db.selectFrom('registrations as r').selectAll('r').$narrowType<Status>().where('r.gatheringId', '=', gatheringId);
    const came = (eb: ExpressionBuilder<DB & { r: Registrations }, 'r'>) =>
      eb.exists(eb.selectFrom('checkIns as c').select('c.personId').whereRef('c.registrationId', '=', 'r.id'));
    if (status === RegistrationStatus.ATTENDED) query = query.where('r.status', '=', RegistrationStatus.REGISTERED).where(came);
    else if (status === RegistrationStatus.REGISTERED)
      query = query.where('r.status', '=', RegistrationStatus.REGISTERED).where((eb) => eb.not(came(eb)));
    else if (status) query = query.where('r.status', '=', status);
    return query.orderBy('r.arrival', 'asc').execute();
  }

  /** People with a place at the gathering, and how many of them checked in (one statement). */
  attendanceCounts(gatheringId: string): Promise<{ registered: number; came: number }> {
    return this.db
      .selectFrom('registrations as r')
      .leftJoin('checkIns as c', 'c.registrationId', 'r.id')
      .select([sql<number>`count(*)::int`.as('registered'), sql<number>`count(c.person_id)::int`.as('came')])
      .where('r.gatheringId', '=', gatheringId)
      .where('r.status', '=', RegistrationStatus.REGISTERED)
      .executeTakeFirstOrThrow();
  }

  /** The people whose registrations for the gathering have one of these statuses. */
  async personIdsWith(gatheringId: string, statuses: readonly RegistrationStatus[], db: Executor): Promise<string[]> {
    const rows = await db
      .selectFrom('registrations')
      .select('personId')
      .where('gatheringId', '=', gatheringId)
      .where('status', 'in', [...statuses])
      .execute();
    return rows.map((r) => r.personId);
  }

  /** Whom to write to: the people with one of these statuses at a gathering, in arrival order. */
  contactsWith(
    gatheringId: string,
    statuses: readonly RegistrationStatus[],
  ): Promise<{ id: string; email: string; displayName: string; locale: string }[]> {
    return this.db
      .selectFrom('registrations as r')
      .select((eb) => [
        'r.personId as id',
        sql<string>`(${emailOf(eb.ref('r.personId'))})`.as('email'),
        sql<string>`(${displayNameOf(eb.ref('r.personId'))})`.as('displayName'),
        sql<string>`(${localeOf(eb.ref('r.personId'))})`.as('locale'),
      ])
      .where('r.gatheringId', '=', gatheringId)
      .where('r.status', 'in', [...statuses])
      .orderBy('r.arrival')
      .execute();
  }

  /**
   * Whom announcing a follow-up invites: the people it names (a breakout carried
   * on), or else everyone with a place at the gathering it follows; each with
   * the network of the invitation they came to that gathering through, so the
   * follow-up's cascade continues from the same networks.
   */
  followUpInvitees(
    followUp: { id: string; followUpOfId: string },
    db: Executor = this.db,
  ): Promise<{ id: string; email: string; displayName: string; locale: string; networkId: string | null }[]> {
    const named = db.selectFrom('followUpInvitees').select('personId').where('gatheringId', '=', followUp.id);
    const everyone = db
      .selectFrom('registrations')
      .select('personId')
      .where('gatheringId', '=', followUp.followUpOfId)
      .where('status', 'in', [...WITH_A_PLACE])
      .where((eb) => eb.not(eb.exists(named)));
    return db
      .selectFrom(named.union(everyone).as('x'))
      .leftJoin('registrations as r', (join) =>
        join
          .onRef('r.personId', '=', 'x.personId')
          .on('r.gatheringId', '=', followUp.followUpOfId)
          .on('r.status', 'in', [...WITH_A_PLACE]),
      )
      .leftJoin('gatheringInvitations as i', 'i.id', 'r.invitationId')
      .select((eb) => [
        'x.personId as id',
        sql<string>`(${emailOf(eb.ref('x.personId'))})`.as('email'),
        sql<string>`(${displayNameOf(eb.ref('x.personId'))})`.as('displayName'),
        sql<string>`(${localeOf(eb.ref('x.personId'))})`.as('locale'),
        'i.networkId',
      ])
      .orderBy('x.personId')
      .execute();
  }

  /** Of these people, those registered (not cancelled) for the gathering. */
  async registeredAmong(gatheringId: string, personIds: readonly string[]): Promise<Set<string>> {
    if (personIds.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('registrations')
      .select('personId')
      .where('gatheringId', '=', gatheringId)
      .where('personId', 'in', [...personIds])
      .where('status', '<>', RegistrationStatus.CANCELLED)
      .execute();
    return new Set(rows.map((r) => r.personId));
  }

  /** Whether the person takes part in the gathering (a place, or convening it). */
  async takesPart(gatheringId: string, personId: string): Promise<boolean> {
    const row = await this.db.selectNoFrom(takesPart(gatheringId, personId).as('takesPart')).executeTakeFirstOrThrow();
    return Boolean(row.takesPart);
  }

  private withAPlace(gatheringId: string, search: string | undefined) {
    let query = this.db
      .selectFrom('registrations as r')
      .innerJoin(personProfiles().as('p'), 'p.id', 'r.personId')
      .where('r.gatheringId', '=', gatheringId)
      .where('r.status', 'in', [...WITH_A_PLACE]);
    if (search) query = query.where('p.displayName', 'ilike', `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    return query;
  }

  /**
   * A page of the people with a place at a gathering (registered or attended), by name (case aside) then id,
   * after a (lower-cased name, id) cursor; with how many match. Two statements whatever the page size.
   */
  async participantsPage(args: {
    gatheringId: string;
    search?: string;
    after?: { sortName: string; personId: string };
    limit: number;
  }): Promise<{ rows: ParticipantRow[]; totalCount: number }> {
    const { total } = await this.withAPlace(args.gatheringId, args.search)
      .select((eb) => eb.fn.countAll<string>().as('total'))
      .executeTakeFirstOrThrow();
    // By name as people read it (case aside), then id: the cursor carries both.
    const sortName = sql<string>`lower(${sql.ref('p.displayName')})`;
    let query = this.withAPlace(args.gatheringId, args.search).select([
      'r.personId',
      'p.displayName',
      'r.representingNetworkIds',
      sortName.as('sortName'),
    ]);
    if (args.after) {
      const { sortName: name, personId } = args.after;
      query = query.where(sql<boolean>`(${sortName}, ${sql.ref('r.personId')}) > (${name}, ${personId}::uuid)`);
    }
    const rows = await query.orderBy(sortName).orderBy('r.personId').limit(args.limit).execute();
    return { rows, totalCount: Number(total) };
  }

  /** Each registration's person's name, its place in the waiting list while waitlisted, and its check-in, in one statement. */
  async namesPositionsAndCheckIns(ids: readonly string[]): Promise<Map<string, NamedRegistration>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('registrations as r')
      .leftJoin('checkIns as c', 'c.registrationId', 'r.id')
      .select((eb) => [
        'r.id',
        displayNameOf(eb.ref('r.personId')).as('personName'),
        eb
          .case()
          .when('r.status', '=', RegistrationStatus.WAITLISTED)
          .then(
            eb
              .selectFrom('registrations as w')
              .select(sql<number>`count(*)::int`.as('n'))
              .whereRef('w.gatheringId', '=', 'r.gatheringId')
              .where('w.status', '=', RegistrationStatus.WAITLISTED)
              .whereRef('w.arrival', '<=', 'r.arrival'),
          )
          .end()
          .as('position'),
        sql<CheckInMethod | null>`${sql.ref('c.method')}`.as('method'),
        'c.checkedInAt',
      ])
      .where('r.id', 'in', [...ids])
      .execute();
    return new Map(
      rows.map((r) => [
        r.id,
        {
          personName: r.personName ?? '',
          position: r.position,
          checkIn: r.method && r.checkedInAt ? { method: r.method, checkedInAt: r.checkedInAt } : null,
        },
      ]),
    );
  }

  /** One row per registration in arrival order, with name, email, the names of the networks represented (as the viewer may see them) and the check-in. */
  exportRows(gatheringId: string, viewer: Viewer, db: Executor = this.db) {
    return db
      .selectFrom('registrations as r')
      .leftJoin('checkIns as c', 'c.registrationId', 'r.id')
      .select((eb) => [
        sql<CheckInMethod | null>`${sql.ref('c.method')}`.as('checkInMethod'),
        'c.checkedInAt',
        displayNameOf(eb.ref('r.personId')).as('name'),
        emailOf(eb.ref('r.personId')).as('email'),
        'r.status',
        'r.createdAt',
        networkNamesOf(eb.ref('r.representingNetworkIds'), viewer).as('networks'),
        eb.case().when('r.shareAccessNeeds', '=', true).then(eb.ref('r.accessNeeds')).end().as('access'),
      ])
      .where('r.gatheringId', '=', gatheringId)
      .orderBy('r.arrival')
      .execute();
  }

  /** Registrations (not cancelled) with the invitation they came through and the networks they represent. */
  throughInvitations(gatheringId: string): Promise<{ invitationId: string | null; representingNetworkIds: string[] }[]> {
    return this.db
      .selectFrom('registrations')
      .select(['invitationId', 'representingNetworkIds'])
      .where('gatheringId', '=', gatheringId)
      .where('status', '<>', RegistrationStatus.CANCELLED)
      .execute();
  }

  /** Delegates (not cancelled) filling a network's places. */
  async delegateCount(trx: Executor, gatheringId: string, networkId: string): Promise<number> {
    const { n } = await trx
      .selectFrom('registrations')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('gatheringId', '=', gatheringId)
      .where('delegateForNetworkId', '=', networkId)
      .where('status', '<>', RegistrationStatus.CANCELLED)
      .executeTakeFirstOrThrow();
    return n;
  }

  /** The delegates of every network at a gathering, in arrival order, by name. */
  delegates(gatheringId: string): Promise<{ networkId: string; id: string; name: string }[]> {
    return this.db
      .selectFrom('registrations as r')
      .select((eb) => [
        sql<string>`${sql.ref('r.delegateForNetworkId')}`.as('networkId'),
        'r.personId as id',
        sql<string>`(${displayNameOf(eb.ref('r.personId'))})`.as('name'),
      ])
      .where('r.gatheringId', '=', gatheringId)
      .where('r.delegateForNetworkId', 'is not', null)
      .where('r.status', '<>', RegistrationStatus.CANCELLED)
      .orderBy('r.arrival')
      .execute();
  }
}
