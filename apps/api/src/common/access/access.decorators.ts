import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext, Viewer } from './request-context.js';

export const ACCESS_KEY = 'weave:access';

export type ScopeType = 'network' | 'gathering';

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'platformAdmin' }
  | { kind: 'scopedRole'; scope: ScopeType; roles: readonly string[]; scopeIdArg: string };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Any signed-in person. */
export const SignedIn = () => SetMetadata(ACCESS_KEY, { kind: 'signedIn' } satisfies AccessRule);

/** Platform admins only. */
export const PlatformAdminOnly = () => SetMetadata(ACCESS_KEY, { kind: 'platformAdmin' } satisfies AccessRule);

/**
 * A signed-in person holding one of `roles` in the scope whose id is at
 * `scopeIdArg` in the field's arguments (a dotted path, e.g. `input.networkId`).
 */
export const RequireRole = (scope: ScopeType, roles: readonly string[], scopeIdArg: string) =>
  SetMetadata(ACCESS_KEY, { kind: 'scopedRole', scope, roles, scopeIdArg } satisfies AccessRule);

function contextOf(ctx: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(ctx).getContext<RequestContext>();
}

/** The signed-in viewer; the access rule must guarantee one (not `@Public`). */
export const CurrentViewer = createParamDecorator((_: unknown, ctx: ExecutionContext): Viewer => {
  const viewer = contextOf(ctx).viewer;
  if (!viewer) throw new Error('CurrentViewer used on a field that allows signed-out access');
  return viewer;
});

/** The viewer or null, for public fields that change with who is asking. */
export const OptionalViewer = createParamDecorator((_: unknown, ctx: ExecutionContext): Viewer | null => contextOf(ctx).viewer);

/** The whole request context (for setting cookies, reading the IP). */
export const Ctx = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestContext => contextOf(ctx));
