import { Injectable } from '@nestjs/common';
import { expressionBuilder, sql, type Expression, type ExpressionWrapper, type SqlBool } from 'kysely';
import type { ScopeType } from '../../common/access/access.decorators.js';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import type { DB } from '../../database/db.generated.js';

/** A value, or a column of the outer query (e.g. `eb.ref('g.id')`). */
export type IdOrRef = string | Expression<string>;

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

export interface RoleAssignmentRow {
  id: string;
  personId: string;
  scopeType: string;
  scopeId: string;
  role: string;
  startedAt: Date;
  endedAt: Date | null;
}

/** All SQL on role_assignments. */
@Injectable()
export class RolesRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  async holdsAny(personId: string, scope: ScopeType, scopeId: string, roles: readonly string[]): Promise<boolean> {
    const row = await this.db.selectNoFrom(holdsRole(scope, scopeId, personId, roles).as('held')).executeTakeFirstOrThrow();
    return row.held === true;
  }

  async grant(personId: string, scope: ScopeType, scopeId: string, role: string, db: Executor = this.db): Promise<void> {
    await db
      .insertInto('roleAssignments')
      .values({ personId, scopeType: scope, scopeId, role })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async end(personId: string, scope: ScopeType, scopeId: string, role: string, db: Executor = this.db): Promise<boolean> {
    const ended = await db
      .updateTable('roleAssignments')
      .set({ endedAt: sql<Date>`now()` })
      .where('personId', '=', personId)
      .where('scopeType', '=', scope)
      .where('scopeId', '=', scopeId)
      .where('role', '=', role)
      .where('endedAt', 'is', null)
      .executeTakeFirst();
    return ended.numUpdatedRows > 0n;
  }

  history(scope: ScopeType, scopeId: string): Promise<RoleAssignmentRow[]> {
    return this.db
      .selectFrom('roleAssignments')
      .select(['id', 'personId', 'scopeType', 'scopeId', 'role', 'startedAt', 'endedAt'])
      .where('scopeType', '=', scope)
      .where('scopeId', '=', scopeId)
      .orderBy('startedAt')
      .orderBy('id')
      .execute();
  }
}
