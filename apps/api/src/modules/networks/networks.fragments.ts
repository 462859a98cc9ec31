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
 * queries that hold only an id.
 */
export function visibleNetworkRow(alias: string, viewer: Viewer | null): Expression<SqlBool> {
  if (viewer?.isPlatformAdmin) return sql<SqlBool>`true`;
  const isPublic = sql<SqlBool>`${sql.ref(`${alias}.visibility`)} = ${sql.lit(NetworkVisibility.PUBLIC)}`;
  if (!viewer) return isPublic;
  return eb.or([isPublic, holdsRole('network', sql.ref<string>(`${alias}.id`), viewer.personId)]);
}

/** "The viewer may see network `network`" (an id, or a column of the outer query); false when it does not exist. */
export function visibleNetwork(network: IdOrRef, viewer: Viewer | null): ExpressionWrapper<DB, never, SqlBool> {
  return eb.exists(
    eb.selectFrom('networks as seen').select(eb.lit(1).as('seen')).where('seen.id', '=', network).where(visibleNetworkRow('seen', viewer)),
  );
}

/**
 * Networks as other modules show them (a derived table to join: `.innerJoin(networkSummaries().as('n'), …)`):
 * id, slug, name, kind, isClosed, and the region and sectors they work in.
 * No visibility rule: add {@link visibleNetworkRow} where the viewer matters.
 */
export function networkSummaries() {
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
    ]);
}

/** A network's name (an id, or a column of the outer query) — a scalar subquery for a select list. */
export function networkNameOf(network: Expression<string | null>) {
  return eb.selectFrom('networks as namedOne').select('namedOne.name').where('namedOne.id', '=', network);
}

/** Every active tie (parentId, memberId): a derived table to join, e.g. the members of the networks convening a gathering. */
export function activeTies() {
  return eb
    .selectFrom('networkMemberships as activeTie')
    .select(['activeTie.parentId', 'activeTie.memberId'])
    .where('activeTie.status', '=', MembershipStatus.ACTIVE);
}

/** The names of networks `ids` (an array column or value), by name, joined with "; " — a scalar subquery for a select list. */
export function networkNamesOf(ids: Expression<string[]> | readonly string[]) {
  const list = Array.isArray(ids) ? sql<string[]>`${[...ids]}::uuid[]` : (ids as Expression<string[]>);
  return eb
    .selectFrom('networks as named')
    .select(sql<string | null>`string_agg(${sql.ref('named.name')}, '; ' ORDER BY ${sql.ref('named.name')})`.as('names'))
    .where(sql<SqlBool>`${sql.ref('named.id')} = ANY(${list})`);
}
