import { expressionBuilder, sql, type Expression, type ExpressionWrapper, type SqlBool } from 'kysely';
import type { Viewer } from '../../common/access/request-context.js';
import type { IdOrRef } from '../../database/database.js';
import type { DB } from '../../database/db.generated.js';
import { holdsRole } from '../roles/roles.fragments.js';
import { LifecycleStage, NetworkVisibility } from './network.enums.js';
import { MembershipStatus } from './ties/network-membership.entity.js';

// SQL fragments other modules build into their own queries: the networks
// module's public face onto networks and network_memberships.

const eb = expressionBuilder<DB>();

/**
 * "The viewer may see the network whose row is `alias`" (its `visibility` and
 * `id` columns in the outer query): public networks, and members-only ones
 * where the viewer holds a current role. Platform admins see all. The one
 * place that says who may see a network; {@link visibleNetwork} wraps it for
 * queries that hold only an id. Every path that shows a network, its name, or a
 * count of networks goes through it (through the fragments below, or the networks
 * module's services), whoever else is involved:
 * - no consent by association: a tie to a public coalition, convening a public
 *   gathering or having delegate places there shows the network to nobody outside it;
 * - representing is not disclosure: when someone registers for a gathering on behalf of a
 *   members-only network, conveners outside it see only that they come on behalf of
 *   "a members-only network" (Registration.membersOnlyNetworkCount, {@link MEMBERS_ONLY_NETWORK}
 *   in the CSV), never which. One member choosing to come is not the network choosing to be
 *   seen, and a name shown once cannot be taken back. Conveners inside it see its name.
 */
export function visibleNetworkRow(alias: string, viewer: Viewer | AudienceViewer | null): Expression<SqlBool> {
  if (viewer?.isPlatformAdmin) return sql<SqlBool>`true`;
  const isPublic = sql<SqlBool>`${sql.ref(`${alias}.visibility`)} = ${sql.lit(NetworkVisibility.PUBLIC)}`;
  if (!viewer) return isPublic;
  if ('hiddenSeen' in viewer) return eb.or([isPublic, sql<SqlBool>`${sql.ref(`${alias}.id`)} = ANY(${viewer.hiddenSeen}::uuid[])`]);
  return eb.or([isPublic, holdsRole('network', sql.ref<string>(`${alias}.id`), viewer.personId)]);
}

/**
 * A viewer as one audience of the directory's kept answers (DirectoryVersionService.audience): the
 * members-only networks they were found to see, read once, stand in for their roles, so an answer
 * kept for that audience can never show more than the audience may see, even if a role changed meanwhile.
 */
export interface AudienceViewer extends Viewer {
  hiddenSeen: readonly string[];
}

/**
 * {@link visibleNetworkRow} for each of a column of people rather than the viewer (choosing whom
 * to tell about something): public networks, and members-only ones where `person` holds a current
 * role. Platform admins are not singled out: they are told only of what they see as members.
 */
export function visibleNetworkRowTo(alias: string, person: Expression<string>): Expression<SqlBool> {
  const isPublic = sql<SqlBool>`${sql.ref(`${alias}.visibility`)} = ${sql.lit(NetworkVisibility.PUBLIC)}`;
  return eb.or([isPublic, holdsRole('network', sql.ref<string>(`${alias}.id`), person)]);
}

/** "The viewer may see network `network`" (an id, or a column of the outer query); false when it does not exist. */
export function visibleNetwork(network: IdOrRef, viewer: Viewer | null): ExpressionWrapper<DB, never, SqlBool> {
  return eb.exists(
    eb.selectFrom('networks as seen').select(eb.lit(1).as('seen')).where('seen.id', '=', network).where(visibleNetworkRow('seen', viewer)),
  );
}

/**
 * Networks the viewer may see, as other modules show them (a derived table to join:
 * `.innerJoin(networkSummaries(viewer).as('n'), …)`): id, slug, name, kind, isClosed, and the
 * region and sectors they work in. Members-only networks the viewer is not in are simply not
 * there, so whatever is built on it (conveners, delegate places, who's missing, names in
 * messages) cannot show them.
 */
export function networkSummaries(viewer: Viewer | null) {
  return eb
    .selectFrom('networks as summary')
    .select([
      'summary.id',
      'summary.slug',
      'summary.name',
      'summary.kind',
      sql<boolean>`${sql.ref('summary.lifecycleStage')} = ${sql.lit(LifecycleStage.CLOSED)}`.as('isClosed'),
      'summary.region',
      'summary.sectors',
      'summary.visibility',
    ])
    .where(visibleNetworkRow('summary', viewer));
}

/** A network's name (an id, or a column of the outer query) if the viewer may see it — a scalar subquery for a select list. */
export function networkNameOf(network: Expression<string | null>, viewer: Viewer | null) {
  return eb
    .selectFrom('networks as namedOne')
    .select('namedOne.name')
    .where('namedOne.id', '=', network)
    .where(visibleNetworkRow('namedOne', viewer));
}

/** The network a claim is for (a claim's id, or a column of the outer query) — a scalar subquery. */
export function claimedNetworkOf(claim: IdOrRef) {
  return eb.selectFrom('networkClaims as claimed').select('claimed.networkId').where('claimed.id', '=', claim).$asScalar();
}

/** Every active tie (parentId, memberId): a derived table to join, e.g. the members of the networks convening a gathering. */
export function activeTies() {
  return eb
    .selectFrom('networkMemberships as activeTie')
    .select(['activeTie.parentId', 'activeTie.memberId'])
    .where('activeTie.status', '=', MembershipStatus.ACTIVE);
}

/** How a network the viewer may not see is written where a list names networks (e.g. a CSV column). */
export const MEMBERS_ONLY_NETWORK = 'a members-only network';

/**
 * The names of networks `ids` (an array column or value) joined with "; ": those the viewer may
 * see by name, then one {@link MEMBERS_ONLY_NETWORK} for each the viewer may not — a scalar
 * subquery for a select list.
 */
export function networkNamesOf(ids: Expression<string[]> | readonly string[], viewer: Viewer | null) {
  const list = Array.isArray(ids) ? sql<string[]>`${[...ids]}::uuid[]` : (ids as Expression<string[]>);
  const seen = visibleNetworkRow('named', viewer);
  return eb
    .selectFrom('networks as named')
    .select(
      sql<string | null>`string_agg(CASE WHEN ${seen} THEN ${sql.ref('named.name')} ELSE ${MEMBERS_ONLY_NETWORK} END, '; '
        ORDER BY (${seen}) DESC, ${sql.ref('named.name')})`.as('names'),
    )
    .where(sql<SqlBool>`${sql.ref('named.id')} = ANY(${list})`);
}

/** How many networks belong to network `parent` now (an id, or a column of the outer query) that the viewer may see — a scalar subquery. */
export function visibleMemberCount(parent: IdOrRef, viewer: Viewer | null) {
  return eb
    .selectFrom('networkMemberships as counted')
    .innerJoin('networks as countedMember', 'countedMember.id', 'counted.memberId')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('counted.parentId', '=', parent)
    .where('counted.status', '=', MembershipStatus.ACTIVE)
    .where(visibleNetworkRow('countedMember', viewer));
}

/**
 * {@link visibleMemberCount} of every network with members, at once (a derived table of parentId, count):
 * cheaper than one count per network when counting most of the directory.
 */
export function visibleMemberCounts(viewer: Viewer | null) {
  return eb
    .selectFrom('networkMemberships as counted')
    .innerJoin('networks as countedMember', 'countedMember.id', 'counted.memberId')
    .select(['counted.parentId', sql<number>`count(*)::int`.as('count')])
    .where('counted.status', '=', MembershipStatus.ACTIVE)
    .where(visibleNetworkRow('countedMember', viewer))
    .groupBy('counted.parentId');
}

/**
 * Every active tie with when it was made (id, parentId, memberId, madeAt: its `since` date when given, else
 * when it was recorded): a derived table, e.g. the map before and after.
 */
export function datedTies() {
  return eb
    .selectFrom('networkMemberships as datedTie')
    .select([
      'datedTie.id',
      'datedTie.parentId',
      'datedTie.memberId',
      sql<Date>`coalesce(${sql.ref('datedTie.since')}, ${sql.ref('datedTie.createdAt')})`.as('madeAt'),
    ])
    .where('datedTie.status', '=', MembershipStatus.ACTIVE);
}

/**
 * The sectors of the networks `ids` (an array column of the outer query) that the viewer may see, without
 * repeats — a scalar subquery (text[], empty when none).
 */
export function sectorsOf(ids: Expression<string[]>, viewer: Viewer | null) {
  return sql<string[]>`(SELECT coalesce(array_agg(DISTINCT s.sector), '{}') FROM networks AS sectored
    CROSS JOIN LATERAL unnest(sectored.sectors) AS s(sector)
    WHERE sectored.id = ANY(${ids}) AND ${visibleNetworkRow('sectored', viewer)})`;
}

/**
 * `coalitionId` and every network that belongs to it now, directly or through member coalitions — a
 * subquery of `id`. Who may see them is the caller's rule.
 */
export function coalitionAndMembers(coalitionId: string) {
  // UNION, not UNION ALL: each network once, however many paths lead to it (a dense coalition has
  // very many), which also ends the recursion.
  return sql<{ id: string }>`
    WITH RECURSIVE inside AS (
      SELECT ${coalitionId}::uuid AS id
      UNION
      SELECT m.member_id FROM network_memberships m JOIN inside ON m.parent_id = inside.id WHERE m.status = ${MembershipStatus.ACTIVE}
    )
    SELECT id FROM inside`;
}
