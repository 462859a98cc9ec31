import { Injectable } from '@nestjs/common';
import { sql, type Transaction } from 'kysely';
import type { Viewer } from '../../../common/access/request-context.js';
import { InjectDb, type Db, type Executor } from '../../../database/database.js';
import type { DB } from '../../../database/db.generated.js';
import type { LifecycleStage, NetworkKind } from '../network.enums.js';
import { roleAssignmentsIn } from '../../roles/roles.fragments.js';
import { NetworkRole } from '../network.enums.js';
import { visibleNetworkRow, visibleNetworkRowTo } from '../networks.fragments.js';
import { MembershipStatus, TieType } from './network-membership.entity.js';

// Every change to the membership graph takes this lock, so two edges that
// would together make a loop cannot both pass the check at the same moment.
const GRAPH_LOCK = 7_360_222;
/** A tie that is proposed or in force. */
export const OPEN = [MembershipStatus.INVITED, MembershipStatus.REQUESTED, MembershipStatus.ACTIVE];

export interface TieRow {
  id: string;
  memberId: string;
  parentId: string;
  status: MembershipStatus;
}

interface SideRow {
  id: string;
  slug: string;
  name: string;
  kind: NetworkKind;
  lifecycleStage: LifecycleStage;
}

export interface MembershipRow {
  id: string;
  tieType: TieType;
  status: MembershipStatus;
  since: string | null;
  until: string | null;
  createdAt: Date;
  member: SideRow;
  parent: SideRow;
}

export type CoalitionRow = SideRow & { origin: string; depth: number };

/** All SQL on network_memberships (and the networks at either end of a tie). */
@Injectable()
export class NetworkMembershipsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** Runs `work` in a transaction holding the membership graph's lock. */
  withGraphLock<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${GRAPH_LOCK})`.execute(trx);
      return work(trx);
    });
  }

  async openTieExists(memberId: string, parentId: string, db: Executor): Promise<boolean> {
    const row = await db
      .selectFrom('networkMemberships')
      .select('id')
      .where('memberId', '=', memberId)
      .where('parentId', '=', parentId)
      .where('status', 'in', OPEN)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The chain from `parent` up to `member` through open ties, if `parent` already belongs to `member`. */
  async loopPath(memberId: string, parentId: string, db: Executor): Promise<string[] | undefined> {
    const { rows } = await sql<{ path: string[] }>`WITH RECURSIVE up(id, path) AS (
         SELECT ${parentId}::uuid, ARRAY[${parentId}::uuid]
         UNION ALL
         SELECT m.parent_id, up.path || m.parent_id
           FROM network_memberships m JOIN up ON m.member_id = up.id
          WHERE m.status IN ('invited', 'requested', 'active') AND NOT m.parent_id = ANY(up.path)
       )
       SELECT path FROM up WHERE id = ${memberId} LIMIT 1`.execute(db);
    return rows[0]?.path;
  }

  /** The names of those of `networkIds` that the viewer may see. */
  names(networkIds: string[], viewer: Viewer, db: Executor): Promise<{ id: string; name: string }[]> {
    return db
      .selectFrom('networks as n')
      .select(['n.id', 'n.name'])
      .where('n.id', 'in', networkIds)
      .where(visibleNetworkRow('n', viewer))
      .execute();
  }

  async insert(tie: { memberId: string; parentId: string; tieType: TieType; status: MembershipStatus }, db: Executor): Promise<string> {
    const row = await db
      .insertInto('networkMemberships')
      .values({ ...tie, since: tie.status === MembershipStatus.ACTIVE ? sql<Date>`CURRENT_DATE` : undefined })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Makes each of `memberIds` an active member of `parentId` from today (bulk imports of new networks). */
  async insertActiveMembers(memberIds: string[], parentId: string, db: Executor): Promise<void> {
    if (memberIds.length === 0) return;
    await db
      .insertInto('networkMemberships')
      .values(
        memberIds.map((memberId) => ({
          memberId,
          parentId,
          tieType: TieType.MEMBER,
          status: MembershipStatus.ACTIVE,
          since: sql<Date>`CURRENT_DATE`,
        })),
      )
      .execute();
  }

  /**
   * Whom to tell about a tie between `networkId` (their side) and `otherId`: the current
   * facilitators of `networkId` who may also see `otherId` (a members-only network's name reaches
   * nobody outside it), with both networks' names and slugs.
   */
  async facilitatorsToTell(
    networkId: string,
    otherId: string,
    db: Executor,
  ): Promise<{ recipientIds: string[]; names: Map<string, { name: string; slug: string }> }> {
    const people = await db
      .selectFrom(roleAssignmentsIn('network', { current: true }).as('r'))
      .innerJoin('networks as other', (join) => join.on('other.id', '=', otherId))
      .select('r.personId')
      .where('r.scopeId', '=', networkId)
      .where('r.role', '=', NetworkRole.FACILITATOR)
      .where(visibleNetworkRowTo('other', sql.ref<string>('r.personId')))
      .execute();
    const networks = await db.selectFrom('networks').select(['id', 'name', 'slug']).where('id', 'in', [networkId, otherId]).execute();
    return { recipientIds: people.map((p) => p.personId), names: new Map(networks.map((n) => [n.id, n])) };
  }

  find(id: string, db: Executor = this.db): Promise<TieRow | undefined> {
    return db
      .selectFrom('networkMemberships')
      .select(['id', 'memberId', 'parentId', 'status'])
      .where('id', '=', id)
      .$castTo<TieRow>()
      .executeTakeFirst();
  }

  async answer(id: string, accept: boolean, db: Executor): Promise<void> {
    await db
      .updateTable('networkMemberships')
      .set(accept ? { status: MembershipStatus.ACTIVE, since: sql<Date>`CURRENT_DATE` } : { status: MembershipStatus.DECLINED })
      .where('id', '=', id)
      .execute();
  }

  /** Ends an open tie today; false when it was not open. */
  async end(id: string): Promise<boolean> {
    const result = await this.db
      .updateTable('networkMemberships')
      .set({ status: MembershipStatus.ENDED, until: sql<Date>`CURRENT_DATE` })
      .where('id', '=', id)
      .where('status', 'in', OPEN)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Ties with both ends visible to the viewer; unless `includeAll`, only active ones. */
  async list(
    where: { memberIds?: string[]; parentIds?: string[]; ids?: string[] },
    viewer: Viewer | null,
    includeAll: boolean,
  ): Promise<MembershipRow[]> {
    let query = this.db
      .selectFrom('networkMemberships as m')
      .innerJoin('networks as member', 'member.id', 'm.memberId')
      .innerJoin('networks as parent', 'parent.id', 'm.parentId')
      .select([
        'm.id',
        'm.tieType',
        'm.status',
        'm.createdAt',
        sql<string | null>`m.since::text`.as('since'),
        sql<string | null>`m.until::text`.as('until'),
        'member.id as memberId',
        'member.slug as memberSlug',
        'member.name as memberName',
        'member.kind as memberKind',
        'member.lifecycleStage as memberStage',
        'parent.id as parentId',
        'parent.slug as parentSlug',
        'parent.name as parentName',
        'parent.kind as parentKind',
        'parent.lifecycleStage as parentStage',
      ])
      .orderBy('m.createdAt')
      .where(visibleNetworkRow('member', viewer))
      .where(visibleNetworkRow('parent', viewer));
    if (!includeAll) query = query.where('m.status', '=', MembershipStatus.ACTIVE);
    if (where.ids) query = query.where('m.id', 'in', where.ids);
    if (where.memberIds) query = query.where('m.memberId', 'in', where.memberIds);
    if (where.parentIds) query = query.where('m.parentId', 'in', where.parentIds);
    const rows = await query.execute();
    return rows.map((r) => ({
      id: r.id,
      tieType: r.tieType as TieType,
      status: r.status as MembershipStatus,
      since: r.since,
      until: r.until,
      createdAt: r.createdAt,
      member: {
        id: r.memberId,
        slug: r.memberSlug,
        name: r.memberName,
        kind: r.memberKind as NetworkKind,
        lifecycleStage: r.memberStage as LifecycleStage,
      },
      parent: {
        id: r.parentId,
        slug: r.parentSlug,
        name: r.parentName,
        kind: r.parentKind as NetworkKind,
        lifecycleStage: r.parentStage as LifecycleStage,
      },
    }));
  }

  /** Every tie proposed to or by this network, oldest first. */
  async idsTouching(networkIds: readonly string[]): Promise<string[]> {
    if (networkIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('networkMemberships')
      .select('id')
      .where((eb) => eb.or([eb('memberId', 'in', [...networkIds]), eb('parentId', 'in', [...networkIds])]))
      .orderBy('createdAt')
      .execute();
    return rows.map((r) => r.id);
  }

  /** Coalitions each network belongs to through active ties, with the shortest depth, that the viewer may see, reached only through networks the viewer may see. */
  async coalitionsOf(networkIds: readonly string[], viewer: Viewer | null): Promise<CoalitionRow[]> {
    const { rows } = await sql<CoalitionRow>`WITH RECURSIVE up(origin, id, depth, path) AS (
         SELECT m.member_id, m.parent_id, 1, ARRAY[m.member_id, m.parent_id]
           FROM network_memberships m WHERE m.member_id = ANY(${[...networkIds]}::uuid[]) AND m.status = 'active'
         UNION ALL
         SELECT up.origin, m.parent_id, up.depth + 1, up.path || m.parent_id
           FROM network_memberships m JOIN up ON m.member_id = up.id JOIN networks via ON via.id = up.id
          WHERE m.status = 'active' AND NOT m.parent_id = ANY(up.path) AND up.depth < 10 AND ${visibleNetworkRow('via', viewer)}
       )
       SELECT up.origin AS origin, n.id AS id, n.slug AS slug, n.name AS name, n.kind AS kind,
              n.lifecycle_stage AS lifecycle_stage, min(up.depth) AS depth
         FROM up up INNER JOIN networks n ON n.id = up.id
        WHERE ${visibleNetworkRow('n', viewer)}
        GROUP BY up.origin, n.id
        ORDER BY min(up.depth) ASC, n.name ASC`.execute(this.db);
    return rows;
  }
}
