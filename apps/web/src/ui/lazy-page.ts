import { lazy, type ComponentType } from 'react';

/**
 * A page loaded only when its route is first shown, so each route downloads its own code (and heavy
 * libraries only where used). `load` imports the page's file; `name` is its named export. Render it
 * inside a `<Suspense>` (the app's layout gives one, showing `PageLoading`).
 */
export function lazyPage<Name extends string, Module extends Record<Name, ComponentType>>(
  load: () => Promise<Module>,
  name: Name,
): ComponentType {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
