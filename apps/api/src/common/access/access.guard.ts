import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { assertUnreachable } from '../errors/app-error.js';
import { CommonError, commonError } from '../errors/common.errors.js';
import { isUuid } from '../ids.js';
import { ACCESS_KEY, type AccessRule } from './access.decorators.js';
import type { RequestContext } from './request-context.js';
import { SCOPED_ROLES, type ScopedRoles } from './scoped-roles.js';

function valueAt(args: Record<string, unknown>, dottedPath: string): unknown {
  return dottedPath
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), args);
}

/**
 * Deny by default: every resolver and controller must say who may use it
 * with one of the access decorators. A test walks the schema to prove it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(SCOPED_ROLES) private readonly roles: ScopedRoles,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!rule) throw commonError(CommonError.OperationClosed);
    if (rule.kind === 'public') return true;
    if (context.getType<string>() !== 'graphql')
      throw commonError(CommonError.OperationClosed, { message: 'Only GraphQL operations can require a role.' });

    const gql = GqlExecutionContext.create(context);
    const viewer = gql.getContext<RequestContext>().viewer;
    if (!viewer) throw commonError(CommonError.SignInRequired);

    switch (rule.kind) {
      case 'signedIn':
        return true;
      case 'platformAdmin':
        if (!viewer.isPlatformAdmin) throw commonError(CommonError.PlatformAdminsOnly);
        return true;
      case 'scopedRole': {
        const scopeId = valueAt(gql.getArgs(), rule.scopeIdArg);
        // The UUID scalar refuses a bad id first; this holds for any argument a rule names.
        if (!isUuid(scopeId)) throw commonError(CommonError.InvalidId, { field: rule.scopeIdArg });
        if (!(await this.roles.holdsAny(viewer.personId, rule.scope, scopeId, rule.roles))) {
          const needed = `${rule.roles.join(' or ')} of this ${rule.scope}`;
          throw await this.roles.denial(
            rule.scope,
            viewer,
            scopeId,
            commonError(CommonError.RoleRequired, { message: `You need to be ${needed} to do that.`, detail: needed }),
          );
        }
        return true;
      }
      default:
        return assertUnreachable(rule);
    }
  }
}
