import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../../common/access/request-context.js';
import { isUniqueViolation } from '../../../database/pg-errors.js';
import { AuditAction, AuditSubject } from '../../audit/audit.enums.js';
import { AuditService } from '../../audit/audit.service.js';
import { RolesService } from '../../roles/roles.service.js';
import { NetworksService } from '../directory/networks.service.js';
import type { NetworkModel } from '../directory/network.model.js';
import { NetworkRole } from '../network.enums.js';
import { NetworkSummary } from '../network-summary.model.js';
import { NetworksError, networksError } from '../networks.errors.js';
import { TieType } from '../ties/network-membership.entity.js';
import { NetworkMembershipsService } from '../ties/network-memberships.service.js';
import type { ClaimNetworkInput } from './dtos/claim-network.input.js';
import type { DecideNetworkClaimInput } from './dtos/decide-network-claim.input.js';
import type { ListNetworkInput } from './dtos/list-network.input.js';
import { ClaimStatus } from './network-claim.entity.js';
import type { NetworkClaimModel } from './network-claim.model.js';
import { NetworkClaimsRepository } from './network-claims.repository.js';

/** Listings of networks not on Weave yet, and how their own people claim them. */
@Injectable()
export class NetworkClaimsService {
  constructor(
    private readonly repository: NetworkClaimsRepository,
    private readonly networks: NetworksService,
    private readonly memberships: NetworkMembershipsService,
    private readonly roles: RolesService,
    private readonly audit: AuditService,
  ) {}

  async list(input: ListNetworkInput, viewer: Viewer): Promise<NetworkModel> {
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
      const id = await this.repository.insert({ networkId: network.id, personId: viewer.personId, message: input.message });
      return (await this.pending(id))[0];
    } catch (error) {
      if (isUniqueViolation(error)) throw networksError(NetworksError.ClaimPending);
      throw error;
    }
  }

  /** Pending claims, oldest first (platform admins); or one claim by id. */
  async pending(id?: string): Promise<NetworkClaimModel[]> {
    const rows = await this.repository.list(id);
    return rows.map((c) => ({
      id: c.id,
      network: NetworkSummary.from({ id: c.networkId, slug: c.slug, name: c.name, kind: c.kind, lifecycleStage: c.lifecycleStage }),
      claimantName: c.claimantName,
      claimantEmail: c.claimantEmail,
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
    await this.repository.transaction(async (trx) => {
      const claim = await this.repository.lockPending(input.claimId, trx);
      if (!claim) throw networksError(NetworksError.ClaimNotFound);
      const detail = { approved: input.approve, networkId: claim.networkId, claimantId: claim.personId };
      await this.audit.record(
        viewer,
        { action: AuditAction.CLAIM_DECIDED, subjectType: AuditSubject.CLAIM, subjectId: claim.id, detail },
        trx,
      );
      if (!input.approve) {
        await this.repository.decide(claim.id, ClaimStatus.DECLINED, viewer.personId, trx);
        return;
      }
      await this.repository.lockNetwork(claim.networkId, trx);
      for (const keeper of await this.repository.otherFacilitators(claim.networkId, claim.personId, trx)) {
        await this.roles.end(keeper, 'network', claim.networkId, NetworkRole.FACILITATOR, trx);
      }
      await this.roles.grant(claim.personId, 'network', claim.networkId, NetworkRole.FACILITATOR, trx);
      await this.repository.markClaimed(claim.networkId, trx);
      await this.repository.decide(claim.id, ClaimStatus.APPROVED, viewer.personId, trx);
      await this.repository.declinePending(claim.networkId, viewer.personId, trx);
    });
    return (await this.pending(input.claimId))[0];
  }
}
