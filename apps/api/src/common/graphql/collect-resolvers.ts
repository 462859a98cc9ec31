import type { Type } from '@nestjs/common';

// Set by @nestjs/graphql's @Resolver() on the class.
const RESOLVER_WATERMARK = '__entryProvider__';
const RESOLVER_TYPE = 'graphql:resolver_type';

function isResolver(provider: unknown): provider is Type {
  return (
    typeof provider === 'function' && (Reflect.hasMetadata(RESOLVER_WATERMARK, provider) || Reflect.hasMetadata(RESOLVER_TYPE, provider))
  );
}

/** Every @Resolver class provided by these modules (and the modules they import). */
export function collectResolvers(modules: Type[]): Type[] {
  const seen = new Set<unknown>();
  const found = new Set<Type>();
  const visit = (module: unknown) => {
    if (typeof module !== 'function' || seen.has(module)) return;
    seen.add(module);
    for (const provider of (Reflect.getMetadata('providers', module) as unknown[] | undefined) ?? []) {
      if (isResolver(provider)) found.add(provider);
    }
    for (const imported of (Reflect.getMetadata('imports', module) as unknown[] | undefined) ?? []) visit(imported);
  };
  modules.forEach(visit);
  return [...found];
}
