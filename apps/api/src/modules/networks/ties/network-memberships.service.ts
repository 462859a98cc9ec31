import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../../common/access/request-context.js';
import { groupByKeys } from '../../../common/graphql/request-loader.js';
import { RolesService } from '../../roles/roles.service.js';
import { NetworksService } from '../directory/networks.service.js';
import { NetworkRole } from '../network.enums.js';
import { NetworkSummary } from '../network-summary.model.js';
import { NetworksError, networksError } from '../networks.errors.js';
import type { CoalitionMembership } from './coalition-membership.model.js';
import type { EndMembershipInput } from './dtos/end-membership.input.js';
import type { ProposeMembershipInput } from './dtos/propose-membership.input.js';
import type { RespondToMembershipInput } from './dtos/respond-to-membership.input.js';
import { MembershipStatus } from './network-membership.entity.js';
import type { NetworkMembershipModel } from './network-membership.model.js';
import { NetworkMembershipsRepository, type TieRow } from './network-memberships.repository.js';
import type { Executor } from '../../../database/database.js';

/** Ties between networks: a handshake (one side proposes, the other answers), dated, acyclic. */
@Injectable()
export class NetworkMembershipsService {
  constructor(
    private readonly repository: NetworkMembershipsRepository,
    private readonly roles: RolesService,
    private readonly networks: NetworksService,
  ) {}

  private isFacilitator(viewer: Viewer, networkId: string): Promise<boolean> {
    return this.roles.holdsAny(viewer.personId, 'network', networkId, [NetworkRole.FACILITATOR]);
  }

  async propose(input: ProposeMembershipInput, viewer: Viewer): Promise<NetworkMembershipModel> {
    if (input.memberNetworkId === input.parentNetworkId) throw networksError(NetworksError.SelfMembership);
    await this.networks.findVisible({ id: input.memberNetworkId }, viewer);
    await this.networks.findVisible({ id: input.parentNetworkId }, viewer);
    const [forParent, forMember] = await Promise.all([
      this.isFacilitator(viewer, input.parentNetworkId),
      this.isFacilitator(viewer, input.memberNetworkId),
    ]);
    if (!forParent && !forMember) throw networksError(NetworksError.NotFacilitatorOfEither);
    // Facilitating both sides, the handshake is complete at once.
    const status = forParent && forMember ? MembershipStatus.ACTIVE : forParent ? MembershipStatus.INVITED : MembershipStatus.REQUESTED;

    const id = await this.repository.withGraphLock(async (trx) => {
      if (await this.repository.openTieExists(input.memberNetworkId, input.parentNetworkId, trx))
        throw networksError(NetworksError.TieExists);
      await this.refuseLoop(input.memberNetworkId, input.parentNetworkId, trx);
      return this.repository.insert(
        { memberId: input.memberNetworkId, parentId: input.parentNetworkId, tieType: input.tieType, status },
        trx,
      );
    });
    return this.get(id);
  }

  /** CONFLICT naming the loop when `parent` already belongs (through open ties) to `member`. */
  private async refuseLoop(memberId: string, parentId: string, trx: Executor): Promise<void> {
    const path = await this.repository.loopPath(memberId, parentId, trx);
    if (!path) return;
    const rows = await this.repository.names(path, trx);
    const name = (id: string) => `"${rows.find((r) => r.id === id)?.name ?? 'a network'}"`;
    const [first, ...rest] = path;
    const chain = [name(first), ...rest.map((id) => `which belongs to ${name(id)}`)].join(', ');
    throw networksError(NetworksError.MakesLoop, `${name(memberId)} cannot belong to ${name(parentId)}, because ${chain}`);
  }

  async respond(input: RespondToMembershipInput, viewer: Viewer): Promise<NetworkMembershipModel> {
    await this.repository.withGraphLock(async (trx) => {
      const tie = await this.repository.find(input.membershipId, trx);
      if (!tie || !(await this.canSee(tie, viewer))) throw networksError(NetworksError.MembershipNotFound);
      const answering =
        tie.status === MembershipStatus.INVITED ? tie.memberId : tie.status === MembershipStatus.REQUESTED ? tie.parentId : null;
      if (!answering) throw networksError(NetworksError.TieAlreadyAnswered);
      if (!(await this.isFacilitator(viewer, answering))) throw networksError(NetworksError.NotYourAnswer);
      await this.repository.answer(tie.id, input.accept, trx);
    });
    return this.get(input.membershipId);
  }

  /** Either side's facilitator ends a tie (or withdraws a proposal); it stays in history with its end date. */
  async end(input: EndMembershipInput, viewer: Viewer): Promise<NetworkMembershipModel> {
    const tie = await this.repository.find(input.membershipId);
    if (!tie || !(await this.canSee(tie, viewer))) throw networksError(NetworksError.MembershipNotFound);
    if (!(await this.isFacilitator(viewer, tie.memberId)) && !(await this.isFacilitator(viewer, tie.parentId))) {
      throw networksError(NetworksError.NotFacilitatorOfEither);
    }
    if (!(await this.repository.end(tie.id))) throw networksError(NetworksError.TieAlreadyEnded);
    return this.get(tie.id);
  }

  private async canSee(tie: TieRow, viewer: Viewer): Promise<boolean> {
    return (await this.networks.isVisible(tie.memberId, viewer)) && (await this.networks.isVisible(tie.parentId, viewer));
  }

  async get(id: string): Promise<NetworkMembershipModel> {
    const [model] = await this.list({ ids: [id] }, null, true);
    return model;
  }

  /**
   * Ties of networks, both ends visible to the viewer. `includeAll` adds the
   * proposals waiting for an answer and past ties, whoever can see them (for facilitators).
   */
  async list(
    where: { memberIds?: string[]; parentIds?: string[]; ids?: string[] },
    viewer: Viewer | null,
    includeAll = false,
  ): Promise<NetworkMembershipModel[]> {
    const rows = await this.repository.list(where, viewer, includeAll);
    return rows.map((m) => ({
      id: m.id,
      member: NetworkSummary.from(m.member),
      parent: NetworkSummary.from(m.parent),
      tieType: m.tieType,
      status: m.status,
      since: m.since,
      until: m.until,
      createdAt: m.createdAt,
    }));
  }

  /** Proposals touching this network that are waiting for an answer, and ended/declined history (facilitators). */
  async handshakes(networkId: string): Promise<NetworkMembershipModel[]> {
    const ids = await this.repository.idsTouching(networkId);
    if (ids.length === 0) return [];
    return this.list({ ids }, null, true);
  }

  /**
   * Coalitions each network belongs to through active ties, directly or further
   * up, with the shortest depth; one statement for any number of networks.
   */
  async coalitionsOf(networkIds: readonly string[], viewer: Viewer | null): Promise<CoalitionMembership[][]> {
    const rows = await this.repository.coalitionsOf(networkIds, viewer);
    return groupByKeys(networkIds, rows, (r) => r.origin).map((group) =>
      group.map((r) => ({ network: NetworkSummary.from(r), depth: Number(r.depth) })),
    );
  }
}
