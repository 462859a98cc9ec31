import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../../common/access/request-context.js';
import { conflict } from '../../../common/errors/app-error.js';
import { groupByKeys } from '../../../common/graphql/request-loader.js';
import { RolesService } from '../../roles/roles.service.js';
import type { EndMembershipInput } from './dtos/end-membership.input.js';
import type { ProposeMembershipInput } from './dtos/propose-membership.input.js';
import type { RespondToMembershipInput } from './dtos/respond-to-membership.input.js';
import { MembershipStatus, NetworkMembershipEntity } from './network-membership.entity.js';
import { NetworkSummary } from '../network-summary.model.js';
import type { CoalitionMembership } from './coalition-membership.model.js';
import type { NetworkMembershipModel } from './network-membership.model.js';
import { LifecycleStage, NetworkRole } from '../network.enums.js';
import { NetworksError, networksError } from '../networks.errors.js';
import { NetworksService } from '../directory/networks.service.js';
import { visibleNetworkCondition } from '../network-visibility.js';

// Every change to the membership graph takes this lock, so two edges that
// would together make a loop cannot both pass the check at the same moment.
const GRAPH_LOCK = 7_360_222;
const OPEN = [MembershipStatus.INVITED, MembershipStatus.REQUESTED, MembershipStatus.ACTIVE];

type MembershipRow = NetworkMembershipEntity & { member: NetworkSummaryRow; parent: NetworkSummaryRow };
type NetworkSummaryRow = { id: string; slug: string; name: string; kind: NetworkSummary['kind']; lifecycleStage: LifecycleStage };

/** Ties between networks: a handshake (one side proposes, the other answers), dated, acyclic. */
@Injectable()
export class NetworkMembershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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

    const id = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [GRAPH_LOCK]);
      const open = await manager.getRepository(NetworkMembershipEntity).existsBy([
        { memberId: input.memberNetworkId, parentId: input.parentNetworkId, status: OPEN[0] },
        { memberId: input.memberNetworkId, parentId: input.parentNetworkId, status: OPEN[1] },
        { memberId: input.memberNetworkId, parentId: input.parentNetworkId, status: OPEN[2] },
      ]);
      if (open) throw networksError(NetworksError.TieExists);
      await this.refuseCycle(manager, input.memberNetworkId, input.parentNetworkId);
      const inserted = await manager
        .getRepository(NetworkMembershipEntity)
        .createQueryBuilder()
        .insert()
        .values({
          memberId: input.memberNetworkId,
          parentId: input.parentNetworkId,
          tieType: input.tieType,
          status,
          since: status === MembershipStatus.ACTIVE ? () => 'CURRENT_DATE' : undefined,
        })
        .returning('id')
        .execute();
      return (inserted.raw as { id: string }[])[0].id;
    });
    return this.get(id);
  }

  /** CONFLICT naming the loop when `parent` already belongs (through open ties) to `member`. */
  private async refuseCycle(manager: EntityManager, memberId: string, parentId: string): Promise<void> {
    const [found]: { path: string[] }[] = await manager.query(
      `WITH RECURSIVE up(id, path) AS (
         SELECT $1::uuid, ARRAY[$1::uuid]
         UNION ALL
         SELECT m.parent_id, up.path || m.parent_id
           FROM network_memberships m JOIN up ON m.member_id = up.id
          WHERE m.status IN ('invited', 'requested', 'active') AND NOT m.parent_id = ANY(up.path)
       )
       SELECT path FROM up WHERE id = $2 LIMIT 1`,
      [parentId, memberId],
    );
    if (!found) return;
    const rows: { id: string; name: string }[] = await manager.query('SELECT id, name FROM networks WHERE id = ANY($1::uuid[])', [
      found.path,
    ]);
    const name = (id: string) => `"${rows.find((r) => r.id === id)?.name ?? 'a network'}"`;
    const [first, ...rest] = found.path;
    const chain = [name(first), ...rest.map((id) => `which belongs to ${name(id)}`)].join(', ');
    throw conflict(`That would make a loop: ${name(memberId)} cannot belong to ${name(parentId)}, because ${chain}.`);
  }

  async respond(input: RespondToMembershipInput, viewer: Viewer): Promise<NetworkMembershipModel> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [GRAPH_LOCK]);
      const tie = await manager.getRepository(NetworkMembershipEntity).findOneBy({ id: input.membershipId });
      if (!tie || !(await this.canSee(tie, viewer))) throw networksError(NetworksError.MembershipNotFound);
      const answering =
        tie.status === MembershipStatus.INVITED ? tie.memberId : tie.status === MembershipStatus.REQUESTED ? tie.parentId : null;
      if (!answering) throw conflict('This tie has already been answered.');
      if (!(await this.isFacilitator(viewer, answering))) throw networksError(NetworksError.NotYourAnswer);
      await manager
        .getRepository(NetworkMembershipEntity)
        .update(
          { id: tie.id },
          input.accept ? { status: MembershipStatus.ACTIVE, since: () => 'CURRENT_DATE' } : { status: MembershipStatus.DECLINED },
        );
    });
    return this.get(input.membershipId);
  }

  /** Either side's facilitator ends a tie (or withdraws a proposal); it stays in history with its end date. */
  async end(input: EndMembershipInput, viewer: Viewer): Promise<NetworkMembershipModel> {
    const tie = await this.dataSource.getRepository(NetworkMembershipEntity).findOneBy({ id: input.membershipId });
    if (!tie || !(await this.canSee(tie, viewer))) throw networksError(NetworksError.MembershipNotFound);
    if (!(await this.isFacilitator(viewer, tie.memberId)) && !(await this.isFacilitator(viewer, tie.parentId))) {
      throw networksError(NetworksError.NotFacilitatorOfEither);
    }
    const result = await this.dataSource
      .getRepository(NetworkMembershipEntity)
      .createQueryBuilder()
      .update()
      .set({ status: MembershipStatus.ENDED, until: () => 'CURRENT_DATE' })
      .where('id = :id AND status IN (:...open)', { id: tie.id, open: OPEN })
      .execute();
    if (!result.affected) throw conflict('This tie has already ended.');
    return this.get(tie.id);
  }

  private async canSee(tie: NetworkMembershipEntity, viewer: Viewer): Promise<boolean> {
    return (await this.networks.isVisible(tie.memberId, viewer)) && (await this.networks.isVisible(tie.parentId, viewer));
  }

  async get(id: string): Promise<NetworkMembershipModel> {
    const [model] = await this.list({ ids: [id] }, null, true);
    return model;
  }

  /**
   * Ties of networks, both ends visible to the viewer. `pending` adds the
   * proposals waiting for an answer (for facilitators).
   */
  async list(
    where: { memberIds?: string[]; parentIds?: string[]; ids?: string[] },
    viewer: Viewer | null,
    includeAll = false,
  ): Promise<NetworkMembershipModel[]> {
    const member = visibleNetworkCondition('member', viewer);
    const parent = visibleNetworkCondition('parent', viewer);
    const query = this.dataSource
      .getRepository(NetworkMembershipEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.member', 'member')
      .innerJoinAndSelect('m.parent', 'parent')
      .orderBy('m.created_at', 'ASC');
    if (!includeAll)
      query
        .where(member.sql, member.params)
        .andWhere(parent.sql, parent.params)
        .andWhere('m.status = :active', { active: MembershipStatus.ACTIVE });
    if (where.ids) query.andWhere('m.id IN (:...ids)', { ids: where.ids });
    if (where.memberIds) query.andWhere('m.member_id IN (:...memberIds)', { memberIds: where.memberIds });
    if (where.parentIds) query.andWhere('m.parent_id IN (:...parentIds)', { parentIds: where.parentIds });
    const rows = (await query.getMany()) as MembershipRow[];
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
    const rows = await this.dataSource.query(
      `SELECT id FROM network_memberships WHERE (member_id = $1 OR parent_id = $1) ORDER BY created_at`,
      [networkId],
    );
    if (rows.length === 0) return [];
    return this.list({ ids: rows.map((r: { id: string }) => r.id) }, null, true);
  }

  /**
   * Coalitions each network belongs to through active ties, directly or further
   * up, with the shortest depth; one statement for any number of networks.
   */
  async coalitionsOf(networkIds: readonly string[], viewer: Viewer | null): Promise<CoalitionMembership[][]> {
    const visible = visibleNetworkCondition('n', viewer);
    const [sql, params] = this.dataSource
      .createQueryBuilder()
      .select('up.origin', 'origin')
      .addSelect('n.id', 'id')
      .addSelect('n.slug', 'slug')
      .addSelect('n.name', 'name')
      .addSelect('n.kind', 'kind')
      .addSelect('n.lifecycle_stage', 'lifecycleStage')
      .addSelect('min(up.depth)', 'depth')
      .from('up', 'up')
      .innerJoin('networks', 'n', 'n.id = up.id')
      .where(visible.sql, visible.params)
      .groupBy('up.origin')
      .addGroupBy('n.id')
      .orderBy('min(up.depth)', 'ASC')
      .addOrderBy('n.name', 'ASC')
      .getQueryAndParameters();
    const rows: (NetworkSummaryRow & { origin: string; depth: number })[] = await this.dataSource.query(
      `WITH RECURSIVE up(origin, id, depth, path) AS (
         SELECT m.member_id, m.parent_id, 1, ARRAY[m.member_id, m.parent_id]
           FROM network_memberships m WHERE m.member_id = ANY($${params.length + 1}::uuid[]) AND m.status = 'active'
         UNION ALL
         SELECT up.origin, m.parent_id, up.depth + 1, up.path || m.parent_id FROM network_memberships m JOIN up ON m.member_id = up.id
          WHERE m.status = 'active' AND NOT m.parent_id = ANY(up.path) AND up.depth < 10
       ) ${sql}`,
      [...params, networkIds],
    );
    return groupByKeys(networkIds, rows, (r) => r.origin).map((group) =>
      group.map((r) => ({ network: NetworkSummary.from(r), depth: Number(r.depth) })),
    );
  }
}
