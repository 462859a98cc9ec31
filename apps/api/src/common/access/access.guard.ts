import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { isUUID } from 'class-validator';
import { GqlExecutionContext } from '@nestjs/graphql';
import { assertUnreachable, badUserInput, forbidden, unauthenticated } from '../errors/app-error.js';
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
    if (!rule) throw forbidden('This operation is not open to anyone.');
    if (rule.kind === 'public') return true;
    if (context.getType<string>() !== 'graphql') throw forbidden();

    const gql = GqlExecutionContext.create(context);
    const viewer = gql.getContext<RequestContext>().viewer;
    if (!viewer) throw unauthenticated();

    switch (rule.kind) {
      case 'signedIn':
        return true;
      case 'platformAdmin':
        if (!viewer.isPlatformAdmin) throw forbidden('Only platform admins can do that.');
        return true;
      case 'scopedRole': {
        const scopeId = valueAt(gql.getArgs(), rule.scopeIdArg);
        if (typeof scopeId !== 'string' || !isUUID(scopeId))
          throw badUserInput({ [rule.scopeIdArg]: 'This must be the id of a ' + rule.scope + '.' });
        if (!(await this.roles.holdsAny(viewer.personId, rule.scope, scopeId, rule.roles))) {
          throw await this.roles.denial(
            rule.scope,
            viewer,
            scopeId,
            `You need to be ${rule.roles.join(' or ')} of this ${rule.scope} to do that.`,
          );
        }
        return true;
      }
      default:
        return assertUnreachable(rule);
    }
  }
}
