import { Injectable } from '@nestjs/common';
import type { ScopeType } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import type { ScopedRoles } from '../../common/access/scoped-roles.js';
import type { AppError } from '../../common/errors/app-error.js';
import type { Executor } from '../../database/database.js';
import { RolesRepository, type RoleAssignmentRow } from './roles.repository.js';
import { ScopeAccessPolicies, type Denial } from './scope-access-policies.js';

/** Roles people hold in networks and gatherings, with their history. */
@Injectable()
export class RolesService implements ScopedRoles {
  constructor(
    private readonly repository: RolesRepository,
    private readonly policies: ScopeAccessPolicies,
  ) {}

  holdsAny(personId: string, scope: ScopeType, scopeId: string, roles: readonly string[]): Promise<boolean> {
    return this.repository.holdsAny(personId, scope, scopeId, roles);
  }

  /** How `scope` refuses a viewer without the role, e.g. NOT_FOUND for a hidden network (registered by the module owning the scope). */
  registerDenial(scope: ScopeType, denial: Denial): void {
    this.policies.register(scope, denial);
  }

  denial(scope: ScopeType, viewer: Viewer, scopeId: string, fallback: AppError): Promise<AppError> {
    return this.policies.denial(scope, viewer, scopeId, fallback);
  }

  /** Gives a role; giving a role the person already holds changes nothing. Pass `db` to do it inside a transaction. */
  grant(personId: string, scope: ScopeType, scopeId: string, role: string, db?: Executor): Promise<void> {
    return this.repository.grant(personId, scope, scopeId, role, db);
  }

  /** Gives many roles in `scope` in one statement (bulk imports); roles already held stay as they are. */
  grantMany(assignments: { personId: string; scopeId: string; role: string }[], scope: ScopeType, db?: Executor): Promise<void> {
    return this.repository.grantMany(assignments, scope, db);
  }

  /** Ends a current role, keeping it in the history. Returns false if it was not held. */
  end(personId: string, scope: ScopeType, scopeId: string, role: string, db?: Executor): Promise<boolean> {
    return this.repository.end(personId, scope, scopeId, role, db);
  }

  /** Every assignment in a scope, current and past, oldest first. */
  history(scope: ScopeType, scopeId: string): Promise<RoleAssignmentRow[]> {
    return this.repository.history(scope, scopeId);
  }
}
