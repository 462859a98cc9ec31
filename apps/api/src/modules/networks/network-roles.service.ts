import { dbInTransaction } from '../../database/database.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { groupByKeys } from '../../common/graphql/request-loader.js';
import type { Viewer } from '../../common/access/request-context.js';
import { isUniqueViolation } from '../../database/pg-errors.js';
// eslint-disable-next-line boundaries/dependencies -- issue 10: another module's internals; its owner is moving this behind a public export
import { PersonEntity } from '../accounts/person.entity.js';
import { PersonModel } from '../accounts/person.model.js';
// eslint-disable-next-line boundaries/dependencies -- issue 10: another module's internals; its owner is moving this behind a public export
import { RoleAssignmentEntity } from '../roles/role-assignment.entity.js';
import { RolesService } from '../roles/roles.service.js';
import type {
  HandOverRoleInput,
  InviteToNetworkInput,
  RemoveNetworkRoleInput,
  RespondToNetworkInvitationInput,
} from './dtos/network-roles.input.js';
import { NetworkRole } from './network.enums.js';
import { NetworkRoleHolder, NetworkRoleInvitation } from './network-people.model.js';
import { InvitationStatus, NetworkRoleInvitationEntity } from './network-role-invitation.entity.js';
import { NetworksError, networksError } from './networks.errors.js';

// Roles anyone may see on a public profile; members see every role.
const PUBLIC_ROLES = [NetworkRole.FACILITATOR, NetworkRole.CONVENER];

/** Who holds which role in a network: invitations, leaving, removal and hand-over. */
@Injectable()
export class NetworkRolesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly roles: RolesService,
  ) {}

  /** Serialises role changes of one network, so "at least one facilitator" holds under concurrency. */
  private async lockNetwork(manager: EntityManager, networkId: string): Promise<void> {
    await manager.query('SELECT id FROM networks WHERE id = $1 FOR UPDATE', [networkId]);
  }

  async invite(input: InviteToNetworkInput, viewer: Viewer): Promise<NetworkRoleInvitation> {
    const holder = await this.dataSource.getRepository(PersonEntity).findOneBy({ email: input.email });
    if (holder && (await this.roles.holdsAny(holder.id, 'network', input.networkId, [input.role])))
      throw networksError(NetworksError.AlreadyHoldsRole);
    try {
      const saved = await this.dataSource
        .getRepository(NetworkRoleInvitationEntity)
        .save({ networkId: input.networkId, email: input.email, role: input.role, invitedById: viewer.personId });
      return (await this.invitations({ id: saved.id }))[0];
    } catch (error) {
      if (isUniqueViolation(error)) throw networksError(NetworksError.InvitationPending);
      throw error;
    }
  }

  /** Pending invitations addressed to the viewer's email. */
  async mine(viewer: Viewer): Promise<NetworkRoleInvitation[]> {
    return this.invitations({ viewerId: viewer.personId });
  }

  /** Pending invitations of a network, for its facilitators. */
  async pendingFor(networkId: string): Promise<NetworkRoleInvitation[]> {
    return this.invitations({ networkId });
  }

  private async invitations(where: { id?: string; networkId?: string; viewerId?: string }): Promise<NetworkRoleInvitation[]> {
    const query = this.dataSource
      .getRepository(NetworkRoleInvitationEntity)
      .createQueryBuilder('i')
      .innerJoinAndSelect('i.network', 'n')
      .leftJoinAndSelect('i.invitedBy', 'by')
      .orderBy('i.created_at', 'ASC');
    if (where.id) query.andWhere('i.id = :id', { id: where.id });
    else query.andWhere('i.status = :pending', { pending: InvitationStatus.PENDING });
    if (where.networkId) query.andWhere('i.network_id = :networkId', { networkId: where.networkId });
    if (where.viewerId) query.andWhere('i.email = (SELECT email FROM people WHERE id = :viewerId)', { viewerId: where.viewerId });
    const rows = await query.getMany();
    return rows.map((i) => ({
      id: i.id,
      networkId: i.networkId,
      networkName: i.network!.name,
      networkSlug: i.network!.slug,
      email: i.email,
      role: i.role,
      status: i.status,
      invitedByName: i.invitedBy?.displayName ?? null,
      createdAt: i.createdAt,
    }));
  }

  async respond(input: RespondToNetworkInvitationInput, viewer: Viewer): Promise<NetworkRoleInvitation> {
    await this.dataSource.transaction(async (manager) => {
      const [invitation]: NetworkRoleInvitationEntity[] = await manager.query(
        `SELECT i.id, i.network_id AS "networkId", i.role FROM network_role_invitations i
          WHERE i.id = $1 AND i.status = 'pending' AND i.email = (SELECT email FROM people WHERE id = $2) FOR UPDATE`,
        [input.invitationId, viewer.personId],
      );
      if (!invitation) throw networksError(NetworksError.InvitationNotFound);
      if (input.accept) await this.roles.grant(viewer.personId, 'network', invitation.networkId, invitation.role, dbInTransaction(manager));
      await manager
        .getRepository(NetworkRoleInvitationEntity)
        .update(
          { id: invitation.id },
          { status: input.accept ? InvitationStatus.ACCEPTED : InvitationStatus.DECLINED, respondedAt: () => 'now()' },
        );
    });
    return (await this.invitations({ id: input.invitationId }))[0];
  }

  /** Ends someone's role (a facilitator removing them, or they leave); never the last facilitator. */
  async remove(input: RemoveNetworkRoleInput, viewer: Viewer): Promise<void> {
    const self = input.personId === viewer.personId;
    if (!self && !(await this.roles.holdsAny(viewer.personId, 'network', input.networkId, [NetworkRole.FACILITATOR]))) {
      throw networksError(NetworksError.NotYourRole);
    }
    await this.dataSource.transaction(async (manager) => {
      await this.lockNetwork(manager, input.networkId);
      if (input.role === NetworkRole.FACILITATOR && (await this.currentCount(manager, input.networkId, NetworkRole.FACILITATOR)) <= 1) {
        const holds = await this.roles.holdsAny(input.personId, 'network', input.networkId, [NetworkRole.FACILITATOR]);
        if (holds) throw networksError(NetworksError.LastFacilitator);
      }
      if (!(await this.roles.end(input.personId, 'network', input.networkId, input.role, dbInTransaction(manager))))
        throw networksError(NetworksError.RoleNotHeld);
    });
  }

  /** The viewer hands their role on to someone in the network, in one step; history keeps both. */
  async handOver(input: HandOverRoleInput, viewer: Viewer): Promise<void> {
    if (input.toPersonId === viewer.personId) throw networksError(NetworksError.HandOverToSelf);
    await this.dataSource.transaction(async (manager) => {
      await this.lockNetwork(manager, input.networkId);
      const current = manager.getRepository(RoleAssignmentEntity);
      const base = { scopeType: 'network', scopeId: input.networkId, endedAt: IsNull() };
      if (!(await current.existsBy({ ...base, personId: viewer.personId, role: input.role })))
        throw networksError(NetworksError.NotYourRole);
      if (!(await current.existsBy({ ...base, personId: input.toPersonId }))) throw networksError(NetworksError.HandOverToOutsider);
      if (await current.existsBy({ ...base, personId: input.toPersonId, role: input.role }))
        throw networksError(NetworksError.AlreadyHoldsRole);
      await this.roles.end(viewer.personId, 'network', input.networkId, input.role, dbInTransaction(manager));
      await this.roles.grant(input.toPersonId, 'network', input.networkId, input.role, dbInTransaction(manager));
    });
  }

  private async currentCount(manager: EntityManager, networkId: string, role: NetworkRole): Promise<number> {
    return manager.getRepository(RoleAssignmentEntity).countBy({ scopeType: 'network', scopeId: networkId, role, endedAt: IsNull() });
  }

  /**
   * Role holders of each network, in two statements for any number of networks.
   * Everyone sees current facilitators and conveners; people inside a network
   * (and admins) see every role, and its history when asked.
   */
  async holders(networkIds: readonly string[], viewer: Viewer | null, includePast: boolean): Promise<NetworkRoleHolder[][]> {
    const rows = await this.dataSource.getRepository(RoleAssignmentEntity).find({
      where: { scopeType: 'network', scopeId: In([...networkIds]) },
      relations: { person: true },
      order: { startedAt: 'ASC', id: 'ASC' },
    });
    // The viewer's own current roles are among these rows: no second statement needed.
    const insideOf = new Set(
      viewer?.isPlatformAdmin
        ? networkIds
        : rows.filter((r) => r.personId === viewer?.personId && r.endedAt === null).map((r) => r.scopeId),
    );
    const shown = rows.filter((r) =>
      insideOf.has(r.scopeId) ? includePast || r.endedAt === null : r.endedAt === null && PUBLIC_ROLES.includes(r.role as NetworkRole),
    );
    return groupByKeys(networkIds, shown, (r) => r.scopeId).map((group) =>
      group.map((r) => ({
        person: PersonModel.from(r.person!, viewer),
        role: r.role as NetworkRole,
        since: r.startedAt,
        until: r.endedAt,
      })),
    );
  }
}
