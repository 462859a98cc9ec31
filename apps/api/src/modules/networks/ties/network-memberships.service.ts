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
import { NotificationKind, NotificationSubject } from '../../notifications/notification.enums.js';
import { NotificationsService } from '../../notifications/notifications.service.js';

/** Ties between networks: a handshake (one side proposes, the other answers), dated, acyclic. */
@Injectable()
export class NetworkMembershipsService {
  constructor(
    private readonly repository: NetworkMembershipsRepository,
    private readonly roles: RolesService,
    private readonly networks: NetworksService,
    private readonly notifications: NotificationsService,
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
      await this.refuseLoop(input.memberNetworkId, input.parentNetworkId, viewer, trx);
      const tieId = await this.repository.insert(
        { memberId: input.memberNetworkId, parentId: input.parentNetworkId, tieType: input.tieType, status },
        trx,
      );
      const tie = { id: tieId, memberId: input.memberNetworkId, parentId: input.parentNetworkId, status };
      if (status !== MembershipStatus.ACTIVE) await this.tellAskedSide(tie, viewer, trx);
      return tieId;
    });
    return this.get(id, viewer);
  }

  /**
   * CONFLICT when `parent` already belongs (through open ties) to `member`, naming the
   * networks on the loop when the viewer may see every one of them, else only the two asked about.
   */
  private async refuseLoop(memberId: string, parentId: string, viewer: Viewer, trx: Executor): Promise<void> {
    const path = await this.repository.loopPath(memberId, parentId, trx);
    if (!path) return;
    const rows = await this.repository.names([...new Set([memberId, ...path])], viewer, trx);
    const name = (id: string) => `"${rows.find((r) => r.id === id)?.name ?? 'a network'}"`;
    const [first, ...rest] = path;
    const chain = path.every((id) => rows.some((r) => r.id === id))
      ? [name(first), ...rest.map((id) => `which belongs to ${name(id)}`)].join(', ')
      : `${name(parentId)} already belongs to it through other networks`;
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
      await this.tellProposerSide(tie, answering, input.accept, viewer, trx);
    });
    return this.get(input.membershipId, viewer);
  }

  /** The facilitators of the network asked are told of a proposal (in its transaction), and can answer it from their inbox. */
  private async tellAskedSide(tie: TieRow, viewer: Viewer, trx: Executor): Promise<void> {
    const asked = tie.status === MembershipStatus.INVITED ? tie.memberId : tie.parentId;
    await this.tell(tie, asked, NotificationKind.TIE_PROPOSED, `tie-proposed:${tie.id}`, {}, viewer, trx);
  }

  /** The facilitators of the network that proposed are told the answer. */
  private async tellProposerSide(tie: TieRow, answering: string, accept: boolean, viewer: Viewer, trx: Executor): Promise<void> {
    const proposer = answering === tie.memberId ? tie.parentId : tie.memberId;
    const answer = accept ? 'ACCEPTED' : 'DECLINED';
    await this.tell(tie, proposer, NotificationKind.TIE_ANSWERED, `tie-answered:${tie.id}`, { answer }, viewer, trx);
  }

  /** Tells the facilitators of `side` who may see both networks about `tie`; the facts name their side and the other. */
  private async tell(
    tie: TieRow,
    side: string,
    kind: NotificationKind,
    eventKey: string,
    facts: Record<string, string>,
    viewer: Viewer,
    trx: Executor,
  ): Promise<void> {
    const other = side === tie.memberId ? tie.parentId : tie.memberId;
    const { recipientIds, names } = await this.repository.facilitatorsToTell(side, other, trx);
    if (recipientIds.length === 0) return;
    await this.notifications.notify(
      {
        kind,
        recipientIds,
        actorId: viewer.personId,
        subject: { type: NotificationSubject.TIE, id: tie.id },
        eventKey,
        data: {
          ...facts,
          networkName: names.get(side)?.name ?? '',
          networkSlug: names.get(side)?.slug ?? '',
          otherNetworkName: names.get(other)?.name ?? '',
          otherNetworkSlug: names.get(other)?.slug ?? '',
          side: side === tie.memberId ? 'MEMBER' : 'PARENT',
        },
      },
      trx,
    );
  }

  /** Either side's facilitator ends a tie (or withdraws a proposal); it stays in history with its end date. */
  async end(input: EndMembershipInput, viewer: Viewer): Promise<NetworkMembershipModel> {
    const tie = await this.repository.find(input.membershipId);
    if (!tie || !(await this.canSee(tie, viewer))) throw networksError(NetworksError.MembershipNotFound);
    if (!(await this.isFacilitator(viewer, tie.memberId)) && !(await this.isFacilitator(viewer, tie.parentId))) {
      throw networksError(NetworksError.NotFacilitatorOfEither);
    }
    if (!(await this.repository.end(tie.id))) throw networksError(NetworksError.TieAlreadyEnded);
    return this.get(tie.id, viewer);
  }

  private async canSee(tie: TieRow, viewer: Viewer): Promise<boolean> {
    return (await this.networks.isVisible(tie.memberId, viewer)) && (await this.networks.isVisible(tie.parentId, viewer));
  }

  /** A tie the viewer has just been allowed to act on (so may see both ends). */
  async get(id: string, viewer: Viewer): Promise<NetworkMembershipModel> {
    const [model] = await this.list({ ids: [id] }, viewer, true);
    return model;
  }

  /**
   * Ties of networks, both ends visible to the viewer. `includeAll` adds the
   * proposals waiting for an answer and past ties (for facilitators).
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

  /**
   * Proposals touching this network that are waiting for an answer, and ended/declined history (facilitators),
   * with other networks the viewer may see: a members-only network's ties stay within it.
   */
  async handshakes(networkIds: readonly string[], viewer: Viewer): Promise<NetworkMembershipModel[][]> {
    const ids = await this.repository.idsTouching(networkIds);
    const ties = ids.length === 0 ? [] : await this.list({ ids }, viewer, true);
    return networkIds.map((id) => ties.filter((t) => t.member.id === id || t.parent.id === id));
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
