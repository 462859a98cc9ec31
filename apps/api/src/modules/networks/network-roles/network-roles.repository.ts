import { Injectable } from '@nestjs/common';
import { sql, type Transaction } from 'kysely';
import { InjectDb, type Db, type Executor } from '../../../database/database.js';
import type { DB } from '../../../database/db.generated.js';
import type { Person } from '../../accounts/people.service.js';
import { displayNameOf, personProfiles, personWithProvedEmail, provedEmailOf } from '../../accounts/accounts.fragments.js';
import { holdsRole, roleAssignmentsIn } from '../../roles/roles.fragments.js';
import type { NetworkRole } from '../network.enums.js';
import { InvitationStatus } from './network-role-invitation.entity.js';
import type { NetworkRoleInvitation } from './network-role-invitation.model.js';

export interface RoleHolderRow {
  scopeId: string;
  personId: string;
  role: NetworkRole;
  startedAt: Date;
  endedAt: Date | null;
  /** The person's public profile columns, as PersonModel.from reads them. */
  person: Person;
}

/** All SQL on network_role_invitations, and the role checks that need a network's lock. */
@Injectable()
export class NetworkRolesRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  transaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  /** Serialises role changes of one network, so "at least one facilitator" holds under concurrency. */
  async lockNetwork(networkId: string, db: Executor): Promise<void> {
    await db.selectFrom('networks').select('id').where('id', '=', networkId).forUpdate().execute();
  }

  /** The person who has proved this address (nobody else holds it). */
  async personIdByEmail(email: string): Promise<string | undefined> {
    const row = await this.db.selectNoFrom(personWithProvedEmail(email).as('id')).executeTakeFirst();
    return row?.id ?? undefined;
  }

  async insertInvitation(
    invitation: { networkId: string; email: string; role: NetworkRole; invitedById: string },
    db: Executor = this.db,
  ): Promise<string> {
    const row = await db.insertInto('networkRoleInvitations').values(invitation).returning('id').executeTakeFirstOrThrow();
    return row.id;
  }

  /** A network's name and slug (for telling someone they are invited to it). */
  networkName(networkId: string, db: Executor): Promise<{ name: string; slug: string }> {
    return db.selectFrom('networks').select(['name', 'slug']).where('id', '=', networkId).executeTakeFirstOrThrow();
  }

  /** One invitation by id (any status), or the pending ones of a network or addressed to a person, oldest first. */
  invitations(where: { id?: string; networkIds?: readonly string[]; viewerId?: string }): Promise<NetworkRoleInvitation[]> {
    let query = this.db
      .selectFrom('networkRoleInvitations as i')
      .innerJoin('networks as n', 'n.id', 'i.networkId')
      .select([
        'i.id',
        'i.networkId',
        'n.name as networkName',
        'n.slug as networkSlug',
        'i.email',
        'i.role',
        'i.status',
        'i.createdAt',
        (eb) => displayNameOf(eb.ref('i.invitedById').$notNull()).as('invitedByName'),
      ])
      .orderBy('i.createdAt');
    if (where.id) query = query.where('i.id', '=', where.id);
    else query = query.where('i.status', '=', InvitationStatus.PENDING);
    if (where.networkIds) query = query.where('i.networkId', 'in', [...where.networkIds]);
    // Addressed to the viewer only once they have proved that address.
    if (where.viewerId) query = query.where('i.email', '=', provedEmailOf(where.viewerId));
    return query.$castTo<NetworkRoleInvitation>().execute();
  }

  /** A pending invitation addressed to the person (an address they have proved), locked until the transaction ends. */
  lockPendingFor(
    invitationId: string,
    personId: string,
    db: Executor,
  ): Promise<{ id: string; networkId: string; role: NetworkRole } | undefined> {
    return db
      .selectFrom('networkRoleInvitations')
      .select(['id', 'networkId', 'role'])
      .where('id', '=', invitationId)
      .where('status', '=', InvitationStatus.PENDING)
      .where('email', '=', provedEmailOf(personId))
      .forUpdate()
      .$castTo<{ id: string; networkId: string; role: NetworkRole }>()
      .executeTakeFirst();
  }

  async answer(invitationId: string, status: InvitationStatus, db: Executor): Promise<void> {
    await db
      .updateTable('networkRoleInvitations')
      .set({ status, respondedAt: sql<Date>`now()` })
      .where('id', '=', invitationId)
      .execute();
  }

  async currentCount(networkId: string, role: NetworkRole, db: Executor): Promise<number> {
    const row = await db
      .selectFrom(roleAssignmentsIn('network', { current: true }).as('r'))
      .select(sql<number>`count(*)::int`.as('count'))
      .where('r.scopeId', '=', networkId)
      .where('r.role', '=', role)
      .executeTakeFirstOrThrow();
    return row.count;
  }

  /** For a hand-over: does the giver hold the role, the receiver any role, the receiver this role already. */
  async handOverFacts(networkId: string, role: NetworkRole, fromId: string, toId: string, db: Executor) {
    return db
      .selectNoFrom([
        holdsRole('network', networkId, fromId, [role]).as('giverHolds'),
        holdsRole('network', networkId, toId).as('receiverInside'),
        holdsRole('network', networkId, toId, [role]).as('receiverHolds'),
      ])
      .executeTakeFirstOrThrow();
  }

  /** Every role assignment of these networks, current and past, with the person, oldest first. */
  async holders(networkIds: readonly string[]): Promise<RoleHolderRow[]> {
    const rows = await this.db
      .selectFrom(roleAssignmentsIn('network', { current: false }).as('r'))
      .innerJoin(personProfiles().as('p'), 'p.id', 'r.personId')
      .select([
        'r.scopeId',
        'r.personId',
        'r.role',
        'r.startedAt',
        'r.endedAt',
        'p.displayName',
        'p.pronouns',
        'p.bio',
        'p.locale',
        'p.email',
        'p.isPlatformAdmin',
        'p.createdAt',
      ])
      .where('r.scopeId', 'in', [...networkIds])
      .orderBy('r.startedAt')
      .orderBy('r.id')
      .execute();
    return rows.map(({ scopeId, personId, role, startedAt, endedAt, ...person }) => ({
      scopeId,
      personId,
      role: role as NetworkRole,
      startedAt,
      endedAt,
      person: { id: personId, ...person },
    }));
  }
}
