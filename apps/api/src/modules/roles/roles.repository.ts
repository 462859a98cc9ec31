import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { ScopeType } from '../../common/access/access.decorators.js';
import { SqlSnapshot } from '../../database/sql-snapshot.js';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import { holdsRole } from './roles.fragments.js';

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

  @SqlSnapshot({ params: ['00000000-0000-4000-8000-000000000001', 'network', '00000000-0000-4000-8000-000000000002', ['facilitator']] })
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

  async grantMany(
    assignments: { personId: string; scopeId: string; role: string }[],
    scope: ScopeType,
    db: Executor = this.db,
  ): Promise<void> {
    if (assignments.length === 0) return;
    await db
      .insertInto('roleAssignments')
      .values(assignments.map((a) => ({ ...a, scopeType: scope })))
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
