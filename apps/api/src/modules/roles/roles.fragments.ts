import { expressionBuilder, type ExpressionWrapper, type SqlBool } from 'kysely';
import type { ScopeType } from '../../common/access/access.decorators.js';
import type { IdOrRef } from '../../database/database.js';
import type { DB } from '../../database/db.generated.js';

// SQL fragments other modules build into their own queries: the roles
// module's public face onto role_assignments.

const eb = expressionBuilder<DB>();

/**
 * "`person` now holds one of `roles` (all roles when omitted) in `scope` `scopeId`",
 * for other modules' queries: the one place that says what a current role is.
 */
export function holdsRole(
  scope: ScopeType,
  scopeId: IdOrRef,
  person: IdOrRef,
  roles?: readonly string[],
): ExpressionWrapper<DB, never, SqlBool> {
  let held = eb
    .selectFrom('roleAssignments as heldRole')
    .select(eb.lit(1).as('held'))
    .where('heldRole.scopeType', '=', scope)
    .where('heldRole.scopeId', '=', scopeId)
    .where('heldRole.personId', '=', person)
    .where('heldRole.endedAt', 'is', null);
  if (roles) held = held.where('heldRole.role', 'in', [...roles]);
  return eb.exists(held);
}

/** The scopes of `scope` type in which `person` now holds any role (a subquery for `IN`). */
export function scopesHeldBy(scope: ScopeType, person: IdOrRef) {
  return eb
    .selectFrom('roleAssignments as heldScope')
    .select('heldScope.scopeId')
    .where('heldScope.scopeType', '=', scope)
    .where('heldScope.personId', '=', person)
    .where('heldScope.endedAt', 'is', null);
}

/**
 * The role assignments in `scope` (only the current ones when `current`), as a
 * derived table for other modules' reads: `selectFrom(roleAssignmentsIn(…).as('r'))`
 * with id, personId, scopeId, role, startedAt, endedAt.
 */
export function roleAssignmentsIn(scope: ScopeType, { current }: { current: boolean }) {
  const all = eb
    .selectFrom('roleAssignments as assigned')
    .select(['assigned.id', 'assigned.personId', 'assigned.scopeId', 'assigned.role', 'assigned.startedAt', 'assigned.endedAt'])
    .where('assigned.scopeType', '=', scope);
  return current ? all.where('assigned.endedAt', 'is', null) : all;
}
