import { dbInTransaction } from '../../database/database.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, Not, type DataSource } from 'typeorm';
import type { Viewer } from '../../common/access/request-context.js';
import { isUniqueViolation } from '../../database/pg-errors.js';
// eslint-disable-next-line boundaries/dependencies -- issue 10: another module's internals; its owner is moving this behind a public export
import { RoleAssignmentEntity } from '../roles/role-assignment.entity.js';
import { RolesService } from '../roles/roles.service.js';
import type { ClaimNetworkInput, DecideNetworkClaimInput, ListNetworkInput } from './dtos/claims.input.js';
import { ClaimStatus, NetworkClaimEntity } from './network-claim.entity.js';
import { TieType } from './network-membership.entity.js';
import type { NetworkClaimModel } from './network-claim.model.js';
import { NetworkEntity } from './network.entity.js';
import { NetworkSummary } from './network-membership.model.js';
import { NetworkRole } from './network.enums.js';
import { NetworkMembershipsService } from './network-memberships.service.js';
import { NetworksError, networksError } from './networks.errors.js';
import { NetworksService } from './networks.service.js';

/** Listings of networks not on Weave yet, and how their own people claim them. */
@Injectable()
export class NetworkClaimsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly networks: NetworksService,
    private readonly memberships: NetworkMembershipsService,
    private readonly roles: RolesService,
  ) {}

  async list(input: ListNetworkInput, viewer: Viewer): Promise<NetworkEntity> {
    if (
      input.memberOfNetworkId &&
      !(await this.roles.holdsAny(viewer.personId, 'network', input.memberOfNetworkId, [NetworkRole.FACILITATOR]))
    ) {
      throw networksError(NetworksError.NotFacilitatorOfEither);
    }
    const network = await this.networks.register(input, viewer, { claimed: false });
    if (input.memberOfNetworkId) {
      await this.memberships.propose(
        { memberNetworkId: network.id, parentNetworkId: input.memberOfNetworkId, tieType: TieType.MEMBER },
        viewer,
      );
    }
    return network;
  }

  async claim(input: ClaimNetworkInput, viewer: Viewer): Promise<NetworkClaimModel> {
    const network = await this.networks.findVisible({ id: input.networkId }, viewer);
    if (network.isClaimed) throw networksError(NetworksError.AlreadyClaimed);
    try {
      const saved = await this.dataSource
        .getRepository(NetworkClaimEntity)
        .save({ networkId: network.id, personId: viewer.personId, message: input.message });
      return (await this.pending(saved.id))[0];
    } catch (error) {
      if (isUniqueViolation(error)) throw networksError(NetworksError.ClaimPending);
      throw error;
    }
  }

  /** Pending claims, oldest first (platform admins). */
  async pending(id?: string): Promise<NetworkClaimModel[]> {
    const rows = await this.dataSource.getRepository(NetworkClaimEntity).find({
      where: id ? { id } : { status: ClaimStatus.PENDING },
      relations: { network: true, person: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map((c) => ({
      id: c.id,
      network: NetworkSummary.from(c.network!),
      claimantName: c.person!.displayName,
      claimantEmail: c.person!.email,
      message: c.message,
      status: c.status,
      createdAt: c.createdAt,
    }));
  }

  /**
   * Approving hands the listing over: the claimant becomes facilitator, whoever
   * kept the listing steps down (kept in history), and other claims are declined.
   */
  async decide(input: DecideNetworkClaimInput, viewer: Viewer): Promise<NetworkClaimModel> {
    await this.dataSource.transaction(async (manager) => {
      const claim = await manager
        .getRepository(NetworkClaimEntity)
        .findOne({ where: { id: input.claimId, status: ClaimStatus.PENDING }, lock: { mode: 'pessimistic_write' } });
      if (!claim) throw networksError(NetworksError.ClaimNotFound);
      const decided = { decidedById: viewer.personId, decidedAt: () => 'now()' };
      if (!input.approve) {
        await manager.getRepository(NetworkClaimEntity).update({ id: claim.id }, { status: ClaimStatus.DECLINED, ...decided });
        return;
      }
      await manager.query('SELECT id FROM networks WHERE id = $1 FOR UPDATE', [claim.networkId]);
      await manager.getRepository(RoleAssignmentEntity).update(
        {
          scopeType: 'network',
          scopeId: claim.networkId,
          role: NetworkRole.FACILITATOR,
          endedAt: IsNull(),
          personId: Not(claim.personId),
        },
        { endedAt: () => 'now()' },
      );
      await this.roles.grant(claim.personId, 'network', claim.networkId, NetworkRole.FACILITATOR, dbInTransaction(manager));
      await manager.getRepository(NetworkEntity).update({ id: claim.networkId }, { isClaimed: true });
      await manager.getRepository(NetworkClaimEntity).update({ id: claim.id }, { status: ClaimStatus.APPROVED, ...decided });
      await manager
        .getRepository(NetworkClaimEntity)
        .update({ networkId: claim.networkId, status: ClaimStatus.PENDING }, { status: ClaimStatus.DECLINED, ...decided });
    });
    return (await this.pending(input.claimId))[0];
  }
}
