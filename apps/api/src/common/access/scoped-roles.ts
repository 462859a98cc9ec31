import type { AppError } from '../errors/app-error.js';
import type { ScopeType } from './access.decorators.js';
import type { Viewer } from './request-context.js';

/**
 * What the access guard needs to know about roles, provided by the roles
 * module (common/ depends on no feature).
 */
export interface ScopedRoles {
  /** Whether the person now holds one of `roles` in the scope. */
  holdsAny(personId: string, scope: ScopeType, scopeId: string, roles: readonly string[]): Promise<boolean>;
  /** The error for a viewer without the role: FORBIDDEN, or NOT_FOUND where the scope itself is hidden from them. */
  denial(scope: ScopeType, viewer: Viewer, scopeId: string, fallback: AppError): Promise<AppError>;
}

export const SCOPED_ROLES = Symbol('ScopedRoles');
