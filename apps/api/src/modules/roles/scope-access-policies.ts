import { Injectable } from '@nestjs/common';
import type { ScopeType } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import type { AppError } from '../../common/errors/app-error.js';

export type Denial = (viewer: Viewer, scopeId: string) => Promise<AppError | null>;

/**
 * What to answer when a scoped role check fails. A feature registers how its
 * scope refuses: e.g. a members-only network answers NOT_FOUND to outsiders,
 * so its existence does not leak. Without a registration, FORBIDDEN.
 */
@Injectable()
export class ScopeAccessPolicies {
  private readonly denials = new Map<ScopeType, Denial>();

  register(scope: ScopeType, denial: Denial): void {
    this.denials.set(scope, denial);
  }

  async denial(scope: ScopeType, viewer: Viewer, scopeId: string, fallback: AppError): Promise<AppError> {
    return (await this.denials.get(scope)?.(viewer, scopeId)) ?? fallback;
  }
}
